package com.tradefinder.engine.venue;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rendering of the numbers inside venue texts, and the decimals rule behind -1111.
 */
class VenueTextTest
{
    @Test
    void shouldRenderAmountsWithAtLeastOneFractionalDigit()
    {
        assertThat(VenueText.amount(500_000_000L)).isEqualTo("5.0");
        assertThat(VenueText.amount(550_000_000L)).isEqualTo("5.5");
        assertThat(VenueText.amount(10_000_000_000L)).isEqualTo("100.0");
        assertThat(VenueText.amount(1L)).isEqualTo("0.00000001");
        assertThat(VenueText.amount(-50_000_000L)).isEqualTo("-0.5");
    }

    @Test
    void shouldWriteLongsWithoutAllocatingText()
    {
        final byte[] text = new byte[24];

        final int end = VenueText.putLong(text, 2, -1234);

        assertThat(new String(text, 2, end - 2, StandardCharsets.US_ASCII)).isEqualTo("-1234");
        assertThat(new String(text, 0, VenueText.putLong(text, 0, 0), StandardCharsets.US_ASCII)).isEqualTo("0");
    }

    @Test
    void shouldCountSignificantDecimalsOfAMantissa()
    {
        assertThat(OrderFilters.decimals(10, -2)).isEqualTo(1);
        assertThat(OrderFilters.decimals(10005, -2)).isEqualTo(2);
        assertThat(OrderFilters.decimals(10000, -2)).isZero();
        assertThat(OrderFilters.decimals(1000, -6)).isEqualTo(3);
    }
}
