package com.tradefinder.engine.execution;

/**
 * Exact 128-bit sums of price × size mantissa products, for average fill prices that are never rounded on the way.
 * <p>
 * A sum is held by its caller as two {@code long}s, high and low words of an unsigned 128-bit value; prices and sizes
 * are non-negative, so every product and sum is too. Stateless, allocation-free, any thread.
 */
final class Notional
{
    private Notional()
    {
    }

    /**
     * @param priceMantissa non-negative price.
     * @param sizeMantissa  non-negative size.
     * @return the high word of {@code price × size}.
     */
    static long productHigh(final long priceMantissa, final long sizeMantissa)
    {
        return Math.multiplyHigh(priceMantissa, sizeMantissa);
    }

    /**
     * @param priceMantissa non-negative price.
     * @param sizeMantissa  non-negative size.
     * @return the low word of {@code price × size}.
     */
    static long productLow(final long priceMantissa, final long sizeMantissa)
    {
        return priceMantissa * sizeMantissa;
    }

    /**
     * @param low      low word of a sum.
     * @param addLow   low word added to it.
     * @return 1 when adding {@code addLow} to {@code low} carries into the high word, else 0.
     */
    static long carry(final long low, final long addLow)
    {
        return Long.compareUnsigned(low + addLow, low) < 0 ? 1L : 0L;
    }

    /**
     * @param high    high word of a non-negative 128-bit value.
     * @param low     low word.
     * @param divisor positive divisor, greater than {@code high} so that the quotient fits 64 bits.
     * @return {@code high:low / divisor} rounded half up.
     * @throws ArithmeticException when the divisor is not positive or the quotient would not fit.
     */
    static long divideRound(final long high, final long low, final long divisor)
    {
        if (divisor <= 0)
        {
            throw new ArithmeticException("divisor must be positive: " + divisor);
        }
        if (Long.compareUnsigned(high, divisor) >= 0)
        {
            throw new ArithmeticException("quotient overflows");
        }
        long remainder = high;
        long quotient = 0;
        if (high == 0)
        {
            quotient = Long.divideUnsigned(low, divisor);
            remainder = Long.remainderUnsigned(low, divisor);
        }
        else
        {
            // restoring binary long division, one quotient bit per step
            for (int i = 63; i >= 0; i--)
            {
                final boolean carry = remainder < 0;
                remainder = (remainder << 1) | ((low >>> i) & 1L);
                quotient <<= 1;
                if (carry || Long.compareUnsigned(remainder, divisor) >= 0)
                {
                    remainder -= divisor;
                    quotient |= 1L;
                }
            }
        }
        if (Long.compareUnsigned(remainder, divisor - remainder) >= 0)
        {
            quotient++;
        }
        if (quotient < 0)
        {
            throw new ArithmeticException("quotient overflows");
        }
        return quotient;
    }
}
