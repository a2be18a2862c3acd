package com.tradefinder.gateway.binance;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientOrderIdTextTest
{
    @ParameterizedTest
    @ValueSource(longs = {1L, 42L, (7L << 48) | (3L << 40) | 12345L, (0x7FFFL << 48) | (0xFFL << 40) | 0xFF_FFFF_FFFFL})
    void shouldRoundTripThroughTextAndBytes(final long id)
    {
        // arrange
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[64]);

        // act
        final String text = ClientOrderIdText.format(id);
        final int length = ClientOrderIdText.write(id, buffer, 5);

        // assert
        assertThat(text).matches("^[\\.A-Z\\:/a-z0-9_-]{1,36}$").hasSizeLessThanOrEqualTo(ClientOrderIdText.MAX_LENGTH);
        assertThat(buffer.getStringWithoutLengthAscii(5, length)).isEqualTo(text);
        assertThat(ClientOrderIdText.parse(text)).isEqualTo(id);
        assertThat(ClientOrderIdText.parse(buffer, 5, length)).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "tf", "x123", "TF12", "tf12a", "web_abc123", "tf0", "tf99999999999999999999",
        "autoclose-1692123"})
    void shouldReportForeignIdsAsNotOurs(final String text)
    {
        // arrange
        final byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);

        // act
        final long fromText = ClientOrderIdText.parse(text);
        final long fromBytes = ClientOrderIdText.parse(new UnsafeBuffer(bytes), 0, bytes.length);

        // assert
        assertThat(fromText).isEqualTo(ClientOrderIdText.NOT_OURS);
        assertThat(fromBytes).isEqualTo(ClientOrderIdText.NOT_OURS);
    }

    @Test
    void shouldRecoverTheBotFromTheTopBits()
    {
        // arrange
        final long id = (9L << 48) | (2L << 40) | 77L;

        // act
        final int bot = ClientOrderIdText.botId(id);

        // assert
        assertThat(bot).isEqualTo(9);
        assertThatThrownBy(() -> ClientOrderIdText.format(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
