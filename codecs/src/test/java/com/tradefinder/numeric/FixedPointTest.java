package com.tradefinder.numeric;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
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
        "63943.90, -8", "7225.0, -2", "-0.00012359, -8", "+5, 0", "92233720368.54775807, -8",
        "92233720368.54775808, -8",
        ".5, -1", "5., 0", "0.100000000, -1", "0.123456789, -8", "1.2.3, -2", "12a, 0", "1e5, 0", "-, 0", "., 0",
        "99999999999999999999, 0", "0.000000000000000000000001, -18",
    })
    void shouldParseByteArraysExactlyAsBuffers(final String text, final int exponent)
    {
        final byte[] bytes = ("xx" + text + "yy").getBytes(StandardCharsets.US_ASCII);

        final long fromArray = FixedPoint.parse(bytes, 2, text.length(), exponent);
        final long fromBuffer = FixedPoint.parse(new UnsafeBuffer(bytes), 2, text.length(), exponent);

        assertThat(fromArray).isEqualTo(fromBuffer).isEqualTo(FixedPoint.parse(text, exponent));
    }

    @Test
    void shouldAgreeBetweenArrayAndBufferOnManyGeneratedTexts()
    {
        final SplittableRandom random = new SplittableRandom(20_240_808);
        final byte[] alphabet = "0123456789012345678901234567890123456789..-+e x".getBytes(StandardCharsets.US_ASCII);
        final byte[] bytes = new byte[32];
        final UnsafeBuffer buffer = new UnsafeBuffer(bytes);
        int valid = 0;

        for (int i = 0; i < 200_000; i++)
        {
            final int length = 1 + random.nextInt(24);
            for (int j = 0; j < length; j++)
            {
                bytes[j] = alphabet[random.nextInt(alphabet.length)];
            }
            final int exponent = -random.nextInt(19);
            final long fromArray = FixedPoint.parse(bytes, 0, length, exponent);
            final long fromBuffer = FixedPoint.parse(buffer, 0, length, exponent);

            assertThat(fromArray).as("%s at %d", new String(bytes, 0, length, StandardCharsets.US_ASCII), exponent)
                .isEqualTo(fromBuffer);
            valid += fromArray == FixedPoint.INVALID ? 0 : 1;
        }

        assertThat(valid).isGreaterThan(10_000);
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
