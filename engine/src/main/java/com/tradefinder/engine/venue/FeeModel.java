package com.tradefinder.engine.venue;

import com.tradefinder.numeric.FixedMath;

/**
 * Trading fees: a maker and a taker rate in hundredths of a basis point of the fill's notional.
 * <p>
 * {@code fee = round(notional × rate / 1 000 000)}, half away from zero, at exponent -8; positive is paid, negative
 * a rebate. Stateless after construction, allocation-free.
 */
final class FeeModel
{
    private static final long CENTI_BPS_PER_UNIT = 1_000_000L;

    private final long makerCentiBps;
    private final long takerCentiBps;

    /**
     * @param makerCentiBps maker rate, hundredths of a bp.
     * @param takerCentiBps taker rate, hundredths of a bp.
     */
    FeeModel(final long makerCentiBps, final long takerCentiBps)
    {
        this.makerCentiBps = makerCentiBps;
        this.takerCentiBps = takerCentiBps;
    }

    /**
     * @param notionalMantissa fill notional, exponent -8.
     * @param maker            true for a maker fill.
     * @return the fee, exponent -8.
     */
    long fee(final long notionalMantissa, final boolean maker)
    {
        return FixedMath.multiplyDivideRound(notionalMantissa, maker ? makerCentiBps : takerCentiBps,
            CENTI_BPS_PER_UNIT);
    }

    /**
     * @param notionalMantissa notional, exponent -8.
     * @return the taker fee on it, exponent -8.
     */
    long takerFee(final long notionalMantissa)
    {
        return fee(notionalMantissa, false);
    }
}
