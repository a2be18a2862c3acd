package com.tradefinder.numeric;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FixedMathTest
{
    @ParameterizedTest
    @CsvSource({
            // 126208.5 USDT × 12.345 BTC = 1558043.9325 USDT, all at exponent -8
        "12620850000000, 1234500000, 100000000, 155804393250000",
        "7, 3, 2, 10",
        "-7, 3, 2, -11",
        "7, -3, 2, -11",
        "-7, -3, 2, 10",
        "0, 5, 3, 0",
        "-6, 1, 3, -2",
    })
    void shouldMultiplyAndDivideExactlyRoundingDown(final long a, final long b, final long c, final long expected)
    {
        assertThat(FixedMath.multiplyDivideFloor(a, b, c)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({ "7, 3, 2, 11", "-7, 3, 2, -11", "5, 1, 3, 2", "4, 1, 3, 1", "-5, 1, 3, -2" })
    void shouldRoundHalfAwayFromZero(final long a, final long b, final long c, final long expected)
    {
        assertThat(FixedMath.multiplyDivideRound(a, b, c)).isEqualTo(expected);
    }

    @Test
    void shouldAgreeWithBigIntegerOnLargeProducts()
    {
        final SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 100_000; i++)
        {
            final long a = random.nextLong(-2_000_000_000_000_000L, 2_000_000_000_000_000L);
            final long b = random.nextLong(-50_000_000_000L, 50_000_000_000L);
            final long c = random.nextLong(1, 1_000_000_000_000L);
            final BigInteger exact = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
            final BigInteger floor = new java.math.BigDecimal(exact).divide(new java.math.BigDecimal(c), 0,
                RoundingMode.FLOOR).toBigInteger();
            if (floor.bitLength() < 63)
            {
                assertThat(FixedMath.multiplyDivideFloor(a, b, c)).as("%d × %d / %d", a, b, c)
                    .isEqualTo(floor.longValueExact());
                final BigInteger rounded = new java.math.BigDecimal(exact).divide(new java.math.BigDecimal(c), 0,
                    RoundingMode.HALF_UP).toBigInteger();
                assertThat(FixedMath.multiplyDivideRound(a, b, c)).isEqualTo(rounded.longValueExact());
            }
        }
    }

    @Test
    void shouldRefuseOverflowAndBadDivisors()
    {
        assertThatThrownBy(() -> FixedMath.multiplyDivideFloor(Long.MAX_VALUE, 4, 2))
            .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> FixedMath.multiplyDivideFloor(1, 1, 0)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void shouldSnapToSteps()
    {
        assertThat(FixedMath.floorToStep(1_234_567, 100_000)).isEqualTo(1_200_000);
        assertThat(FixedMath.floorToStep(-1_234_567, 100_000)).isEqualTo(-1_300_000);
        assertThat(FixedMath.ceilToStep(1_234_567, 100_000)).isEqualTo(1_300_000);
        assertThat(FixedMath.ceilToStep(1_200_000, 100_000)).isEqualTo(1_200_000);
    }
}
