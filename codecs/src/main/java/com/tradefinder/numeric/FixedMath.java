package com.tradefinder.numeric;

/**
 * Exact integer arithmetic for money: {@code a × b / c} with a 128-bit intermediate product, so a price mantissa
 * times a size mantissa never overflows on its way to a quote amount.
 * <p>
 * Stateless, allocation-free, safe on any thread. Results that do not fit a {@code long} throw
 * {@link ArithmeticException}: an amount that large is a bug, never a value to round.
 */
public final class FixedMath
{
    private FixedMath()
    {
    }

    /**
     * @param a        first factor.
     * @param b        second factor.
     * @param divisor  positive divisor.
     * @return {@code floor(a × b / divisor)}, rounding toward negative infinity.
     * @throws ArithmeticException if the divisor is not positive or the result overflows.
     */
    public static long multiplyDivideFloor(final long a, final long b, final long divisor)
    {
        return multiplyDivide(a, b, divisor, false);
    }

    /**
     * @param a        first factor.
     * @param b        second factor.
     * @param divisor  positive divisor.
     * @return {@code a × b / divisor} rounded half away from zero.
     * @throws ArithmeticException if the divisor is not positive or the result overflows.
     */
    public static long multiplyDivideRound(final long a, final long b, final long divisor)
    {
        return multiplyDivide(a, b, divisor, true);
    }

    /**
     * @param value a mantissa.
     * @param step  a positive step (tick or lot size) as a mantissa of the same exponent.
     * @return the largest multiple of {@code step} not greater than {@code value}.
     */
    public static long floorToStep(final long value, final long step)
    {
        if (step <= 0)
        {
            throw new ArithmeticException("step must be positive: " + step);
        }
        return Math.floorDiv(value, step) * step;
    }

    /**
     * @param value a mantissa.
     * @param step  a positive step as a mantissa of the same exponent.
     * @return the smallest multiple of {@code step} not less than {@code value}.
     */
    public static long ceilToStep(final long value, final long step)
    {
        if (step <= 0)
        {
            throw new ArithmeticException("step must be positive: " + step);
        }
        return -Math.floorDiv(-value, step) * step;
    }

    private static long multiplyDivide(final long a, final long b, final long divisor, final boolean round)
    {
        if (divisor <= 0)
        {
            throw new ArithmeticException("divisor must be positive: " + divisor);
        }
        final boolean negative = (a < 0) != (b < 0) && a != 0 && b != 0;
        final long ua = Math.abs(a);
        final long ub = Math.abs(b);
        if (ua < 0 || ub < 0)
        {
            throw new ArithmeticException("factor is Long.MIN_VALUE");
        }
        // unsigned 128-bit product hi:lo of two non-negative longs
        final long lo = ua * ub;
        final long hi = Math.multiplyHigh(ua, ub);
        if (Long.compareUnsigned(hi, divisor) >= 0)
        {
            throw new ArithmeticException("overflow: " + a + " × " + b + " / " + divisor);
        }
        long quotient = divideUnsigned128(hi, lo, divisor);
        final long remainder = lo - quotient * divisor;
        if (quotient < 0)
        {
            throw new ArithmeticException("overflow: " + a + " × " + b + " / " + divisor);
        }
        if (round)
        {
            if (Long.compareUnsigned(remainder, divisor - remainder) >= 0)
            {
                quotient++;
            }
            return negative ? -quotient : quotient;
        }
        if (negative)
        {
            return remainder == 0 ? -quotient : -quotient - 1;
        }
        return quotient;
    }

    /** Divides the unsigned 128-bit value hi:lo by d, given hi < d (so the quotient fits 64 bits). */
    private static long divideUnsigned128(final long hi, final long lo, final long d)
    {
        if (hi == 0)
        {
            return Long.divideUnsigned(lo, d);
        }
        // restoring binary long division, one quotient bit per step
        long remainder = hi;
        long quotient = 0;
        for (int i = 63; i >= 0; i--)
        {
            final boolean carry = remainder < 0;
            remainder = (remainder << 1) | ((lo >>> i) & 1L);
            quotient <<= 1;
            if (carry || Long.compareUnsigned(remainder, d) >= 0)
            {
                remainder -= d;
                quotient |= 1L;
            }
        }
        return quotient;
    }
}
