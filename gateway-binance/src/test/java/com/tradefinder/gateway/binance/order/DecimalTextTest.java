package com.tradefinder.gateway.binance.order;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.tradefinder.numeric.FixedPoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DecimalTextTest
{
    @ParameterizedTest
    @CsvSource({
        "639599000, -4, 63959.9",
        "5000000000000, -8, 50000",
        "1, -3, 0.001",
        "100, -3, 0.1",
        "1050, -3, 1.05",
        "0, -8, 0",
        "7, 0, 7",
        "-12345, -2, -123.45",
        "1, -18, 0.000000000000000001",
        "9223372036854775807, -18, 9.223372036854775807",
        "9223372036854775807, 0, 9223372036854775807"})
    void shouldWritePlainDecimalsWithoutTrailingZeros(final long mantissa, final int exponent, final String expected)
    {
        // arrange
        final UnsafeBuffer out = new UnsafeBuffer(new byte[DecimalText.MAX_LENGTH + 3]);

        // act
        final int length = DecimalText.write(mantissa, exponent, out, 3);

        // assert
        assertThat(out.getStringWithoutLengthAscii(3, length)).isEqualTo(expected);
        assertThat(FixedPoint.parse(expected, exponent)).isEqualTo(mantissa);
    }

    @Test
    void shouldRefuseAnInvalidMantissa()
    {
        // arrange
        final UnsafeBuffer out = new UnsafeBuffer(new byte[DecimalText.MAX_LENGTH]);

        // act / assert
        assertThatThrownBy(() -> DecimalText.write(FixedPoint.INVALID, -2, out, 0))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
