package com.tradefinder.gateway.binance.marketdata;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.tradefinder.numeric.FixedPoint;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The one-word decimal reader gives FixedPoint's result for every text: the short plain decimals it reads itself and
 * everything it hands over (signs, exponents, long texts, too many fractional digits, texts at the array's end).
 */
class FrameDecimalsTest
{
    @ParameterizedTest
    @CsvSource({
        "61234.50, -8, 6123450000000", "0.123, -3, 123", "0.020, -3, 20", "5, 0, 5",
        "12345678, -10, 123456780000000000", "92233720, -11, 9223372000000000000",
        ".5, -1, 5", "5., -2, 500", "0.0100, -2, 1", "99999999, -10, 999999990000000000", "0.00002754, -9, 27540",
    })
    void shouldReadShortDecimalsExactly(final String text, final int exponent, final long expected)
    {
        final byte[] bytes = ("\"" + text + "\",\"next\"").getBytes(StandardCharsets.US_ASCII);

        final long mantissa = FrameDecimals.parse(bytes, 1, text.length(), exponent);

        assertThat(mantissa).isEqualTo(expected).isEqualTo(FixedPoint.parse(text, exponent));
    }

    @ParameterizedTest
    @CsvSource({
        "99999999, -11", "92233721, -11", "1.2.3, -2", "1e5, 0", "-1.5, -1", "+15, 0", "., -1", "'', -1", "1.23, -1",
        "12a, 0",
        "123456789.5, -8", "92233720368.54775808, -8",
    })
    void shouldAgreeWithFixedPointOnEverythingElse(final String text, final int exponent)
    {
        final byte[] bytes = ("\"" + text + "\",\"next\"").getBytes(StandardCharsets.US_ASCII);

        final long mantissa = FrameDecimals.parse(bytes, 1, text.length(), exponent);

        assertThat(mantissa).isEqualTo(FixedPoint.parse(bytes, 1, text.length(), exponent));
    }

    @Test
    void shouldAgreeWithFixedPointOnGeneratedTextsAnywhereInTheArray()
    {
        final SplittableRandom random = new SplittableRandom(61_234_50);
        final byte[] alphabet = "0123456789012345678901234567890123456789...-+e\"x".getBytes(StandardCharsets.US_ASCII);
        final byte[] bytes = new byte[24];
        int shortOnes = 0;

        for (int i = 0; i < 500_000; i++)
        {
            for (int j = 0; j < bytes.length; j++)
            {
                bytes[j] =
                    random.nextInt(8) == 0 ? (byte)random.nextInt(256) : alphabet[random.nextInt(alphabet.length)];
            }
            final int offset = random.nextInt(bytes.length);
            final int length = Math.min(1 + random.nextInt(10), bytes.length - offset);
            final int exponent = -random.nextInt(19);

            final long mantissa = FrameDecimals.parse(bytes, offset, length, exponent);

            final String text = new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
            assertThat(mantissa).as("%s at %d", text, exponent)
                .isEqualTo(FixedPoint.parse(bytes, offset, length, exponent));
            shortOnes += mantissa != FixedPoint.INVALID && length <= AsciiWords.SIZE ? 1 : 0;
        }

        assertThat(shortOnes).isGreaterThan(50_000);
    }
}
