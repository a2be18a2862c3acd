package com.tradefinder.numeric;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FixedPointTest
{
    @ParameterizedTest
    @CsvSource({
        "63943.90, -8, 6394390000000",
        "7225.0, -2, 722500",
        "7225, -1, 72250",
        "-0.00012359, -8, -12359",
        "0.00002760, -9, 27600",
        "0.100000000, -1, 1",
        "+5, 0, 5",
        "92233720368.54775807, -8, 9223372036854775807",
        ".5, -1, 5",
    })
    void shouldParseExactDecimals(final String text, final int exponent, final long expected)
    {
        assertThat(FixedPoint.parse(text, exponent)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "-", ".", "1.2.3", "12a", "1e5", "0.123456789", "92233720368.54775808", " 1", "NaN" })
    void shouldRejectTextThatIsNotExactAtTheExponent(final String text)
    {
        assertThat(FixedPoint.parse(text, -8)).isEqualTo(FixedPoint.INVALID);
    }

    @ParameterizedTest
    @CsvSource({
        "6394390000000, -8, 63943.9",
        "-12359, -8, -0.00012359",
        "100, -2, 1",
        "5, 0, 5",
        "0, -8, 0",
        "-5, -1, -0.5",
    })
    void shouldFormatWithoutTrailingZeros(final long mantissa, final int exponent, final String expected)
    {
        assertThat(FixedPoint.toText(mantissa, exponent)).isEqualTo(expected);
        assertThat(FixedPoint.parse(expected, exponent)).isEqualTo(mantissa);
    }

    @ParameterizedTest
    @CsvSource({ "6394390000000, -8, 63943.9", "-12359, -8, -0.00012359" })
    void shouldConvertToNearestDouble(final long mantissa, final int exponent, final double expected)
    {
        assertThat(FixedPoint.toDouble(mantissa, exponent)).isEqualTo(expected);
    }
}
