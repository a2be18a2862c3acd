package com.tradefinder.engine.risk;

import com.tradefinder.codecs.RejectReason;
import com.tradefinder.engine.marketdata.InstrumentSpec;
import com.tradefinder.numeric.FixedMath;

/**
 * Exact sizing arithmetic for the risk engine. With D = 10^-(priceExponent + sizeExponent + 8)
 * ({@link InstrumentSpec#notionalDivisor()}), a price mantissa p times a size mantissa q is the quote amount
 * {@code p × q / D} at exponent -8, so the size that loses an amount A over a price distance d is
 * {@code A × D / d}. Products are compared and divided with 128-bit intermediates; results too large for a
 * {@code long} saturate instead of throwing, so any input is answered with a decision.
 * <p>
 * Stateless, allocation-free, any thread.
 */
final class PositionSizing
{
    private PositionSizing()
    {
    }

    /**
     * @param riskAmountMantissa  amount to lose at the stop, exponent -8.
     * @param distanceMantissa    |entry − stop|, a positive price mantissa.
     * @param spec                the instrument.
     * @return {@code floor(riskAmount × D / distance)} rounded down to the step size; 0 for a non-positive amount.
     */
    static long sizeForRisk(final long riskAmountMantissa, final long distanceMantissa, final InstrumentSpec spec)
    {
        return toStep(saturatingMultiplyDivideFloor(riskAmountMantissa, spec.notionalDivisor(), distanceMantissa),
            spec);
    }

    /**
     * @param amountMantissa room left under a cap, exponent -8.
     * @param priceMantissa  entry price, positive.
     * @param spec           the instrument.
     * @return the largest size on the step grid whose exact notional at that price is at most the amount; 0 when
     * there is no room.
     */
    static long sizeWithin(final long amountMantissa, final long priceMantissa, final InstrumentSpec spec)
    {
        return toStep(saturatingMultiplyDivideFloor(amountMantissa, spec.notionalDivisor(), priceMantissa), spec);
    }

    /**
     * @param spec          the instrument.
     * @param priceMantissa entry price, positive.
     * @param sizeMantissa  a size on the step grid.
     * @return {@link RejectReason#SIZE_STEP} for a size of zero or below the minimum size,
     * {@link RejectReason#MIN_NOTIONAL} for a notional below the minimum, else {@link RejectReason#NONE}.
     */
    static RejectReason belowMinimum(final InstrumentSpec spec, final long priceMantissa, final long sizeMantissa)
    {
        if (sizeMantissa <= 0 || sizeMantissa < spec.minSizeMantissa())
        {
            return RejectReason.SIZE_STEP;
        }
        // floor(p × q / D) >= minNotional  <=>  p × q >= minNotional × D
        if (spec.minNotionalMantissa() > 0 &&
            compareProducts(priceMantissa, sizeMantissa, spec.minNotionalMantissa(), spec.notionalDivisor()) < 0)
        {
            return RejectReason.MIN_NOTIONAL;
        }
        return RejectReason.NONE;
    }

    /**
     * @param priceMantissa  a positive price.
     * @param sizeMantissa   a non-negative size.
     * @param amountMantissa a bound, exponent -8.
     * @param spec           the instrument.
     * @return true when {@code floor(price × size / D) > amount}, computed without overflow.
     */
    static boolean notionalAbove(final long priceMantissa, final long sizeMantissa, final long amountMantissa,
        final InstrumentSpec spec)
    {
        if (amountMantissa < 0)
        {
            return sizeMantissa > 0;
        }
        if (amountMantissa == Long.MAX_VALUE)
        {
            return false;
        }
        return compareProducts(priceMantissa, sizeMantissa, amountMantissa + 1, spec.notionalDivisor()) >= 0;
    }

    /**
     * @param distanceMantissa |entry − stop|, a positive price mantissa.
     * @param sizeMantissa     a size no larger than a cap allowed.
     * @param spec             the instrument.
     * @return {@code ceil(distance × size / D)}: the loss at the stop, exponent -8.
     */
    static long riskAmount(final long distanceMantissa, final long sizeMantissa, final InstrumentSpec spec)
    {
        return -FixedMath.multiplyDivideFloor(-distanceMantissa, sizeMantissa, spec.notionalDivisor());
    }

    /**
     * @param distanceMantissa |entry − stop|, a positive price mantissa.
     * @param sizeMantissa     a non-negative size.
     * @param amountMantissa   a bound, exponent -8.
     * @param spec             the instrument.
     * @return true when {@code ceil(distance × size / D) > amount}, computed without overflow.
     */
    static boolean riskAbove(final long distanceMantissa, final long sizeMantissa, final long amountMantissa,
        final InstrumentSpec spec)
    {
        if (amountMantissa < 0)
        {
            return sizeMantissa > 0;
        }
        // ceil(x / D) > amount  <=>  x > amount × D
        return compareProducts(distanceMantissa, sizeMantissa, amountMantissa, spec.notionalDivisor()) > 0;
    }

    /**
     * @param a non-negative.
     * @param b non-negative.
     * @param c non-negative.
     * @param d non-negative.
     * @return the sign of {@code a × b − c × d}, exact over 128 bits.
     */
    static int compareProducts(final long a, final long b, final long c, final long d)
    {
        final long high = Math.multiplyHigh(a, b);
        final long otherHigh = Math.multiplyHigh(c, d);
        if (high != otherHigh)
        {
            return Long.compare(high, otherHigh);
        }
        return Long.compareUnsigned(a * b, c * d);
    }

    /**
     * @param a a factor; 0 is returned when not positive.
     * @param b a positive factor.
     * @param c a positive divisor.
     * @return {@code floor(a × b / c)}, or {@link Long#MAX_VALUE} when that does not fit a {@code long}.
     */
    static long saturatingMultiplyDivideFloor(final long a, final long b, final long c)
    {
        if (a <= 0 || b <= 0)
        {
            return 0;
        }
        // a, b < 2^63, so the product is below 2^126 and its bits from 63 up fit a long
        final long fromBit63 = (Math.multiplyHigh(a, b) << 1) | ((a * b) >>> 63);
        if (fromBit63 >= c)
        {
            return Long.MAX_VALUE;
        }
        return FixedMath.multiplyDivideFloor(a, b, c);
    }

    private static long toStep(final long sizeMantissa, final InstrumentSpec spec)
    {
        return spec.stepSizeMantissa() > 0 ? FixedMath.floorToStep(sizeMantissa, spec.stepSizeMantissa()) :
            sizeMantissa;
    }
}
