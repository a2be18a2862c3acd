package com.tradefinder.engine.portfolio;

import com.tradefinder.codecs.PositionSide;
import com.tradefinder.engine.marketdata.InstrumentSpec;
import com.tradefinder.engine.util.Hashing;
import com.tradefinder.numeric.FixedMath;

/**
 * One strategy's holding on one side (LONG or SHORT, hedge mode) of one instrument.
 * <p>
 * The position keeps its exact cumulative cost instead of a rounded average price: {@link #costMantissa()} is the
 * sum of the entry notionals (price × size, quote amount at exponent -8) still held. A closing fill releases the
 * cost of the closed part pro rata, {@code floor(cost × closed / size)}, and all of it when the position goes flat,
 * so the realized P&amp;L of a whole round trip is exactly the exit notionals minus the entry notionals; a partial
 * close can be off by at most 1e-8 of the quote currency, which the final close settles.
 * <p>
 * Realized P&amp;L, fees and funding cover one position's life: they reset when a fill opens the position from
 * flat and are kept after it closes, so the closed trade can be read right after its last fill. The stop price
 * is set by the integrator ({@link Portfolio#stop}) and cleared when the position goes flat.
 * <p>
 * Owned by a {@link Portfolio}; business-logic thread only; allocation-free.
 */
public final class Position
{
    private final int strategyId;
    private final PositionSide side;
    private final InstrumentSpec spec;
    private long sizeMantissa;
    private long costMantissa;
    private long realizedPnlMantissa;
    private long feesMantissa;
    private long fundingMantissa;
    private long stopPriceMantissa;
    private long openTimeNs;
    private long lastFillTimeNs;

    Position(final int strategyId, final PositionSide side, final InstrumentSpec spec)
    {
        this.strategyId = strategyId;
        this.side = side;
        this.spec = spec;
    }

    /**
     * @return the strategy holding this position.
     */
    public int strategyId()
    {
        return strategyId;
    }

    /**
     * @return the instrument.
     */
    public int instrumentId()
    {
        return spec.instrumentId();
    }

    /**
     * @return LONG or SHORT.
     */
    public PositionSide side()
    {
        return side;
    }

    /**
     * @return size held, a non-negative size mantissa; 0 when flat.
     */
    public long sizeMantissa()
    {
        return sizeMantissa;
    }

    /**
     * @return exact entry cost of the size held, quote amount at exponent -8; 0 when flat.
     */
    public long costMantissa()
    {
        return costMantissa;
    }

    /**
     * @return cost / size as a price mantissa, rounded half away from zero; 0 when flat.
     */
    public long averageEntryPriceMantissa()
    {
        if (sizeMantissa == 0)
        {
            return 0;
        }
        return FixedMath.multiplyDivideRound(costMantissa, spec.notionalDivisor(), sizeMantissa);
    }

    /**
     * @return realized P&amp;L of this position's life, gross of fees and funding, exponent -8.
     */
    public long realizedPnlMantissa()
    {
        return realizedPnlMantissa;
    }

    /**
     * @return fees of this position's life, positive when paid, exponent -8.
     */
    public long feesMantissa()
    {
        return feesMantissa;
    }

    /**
     * @return funding of this position's life, positive when received, exponent -8.
     */
    public long fundingMantissa()
    {
        return fundingMantissa;
    }

    /**
     * @return protective stop price mantissa, 0 when none is set.
     */
    public long stopPriceMantissa()
    {
        return stopPriceMantissa;
    }

    /**
     * @return event time of the fill that opened this position from flat.
     */
    public long openTimeNs()
    {
        return openTimeNs;
    }

    /**
     * @return event time of the last fill.
     */
    public long lastFillTimeNs()
    {
        return lastFillTimeNs;
    }

    /**
     * @param markPriceMantissa a price.
     * @return |notional| of the size held at that price, exponent -8.
     */
    public long notionalAt(final long markPriceMantissa)
    {
        return sizeMantissa == 0 ? 0 : spec.notional(markPriceMantissa, sizeMantissa);
    }

    /**
     * @param markPriceMantissa a price.
     * @return P&amp;L of the size held if closed at that price, exponent -8.
     */
    public long unrealizedPnlAt(final long markPriceMantissa)
    {
        if (sizeMantissa == 0)
        {
            return 0;
        }
        final long value = spec.notional(markPriceMantissa, sizeMantissa);
        return side == PositionSide.LONG ? value - costMantissa : costMantissa - value;
    }

    /**
     * Loss from entry to the stop, never negative: a stop at or beyond the entry risks nothing. A position without a
     * stop counts its whole entry notional (a long can lose all of it; for a short this is a floor, not a bound).
     *
     * @return risk to the stop, exponent -8.
     */
    public long riskToStop()
    {
        if (sizeMantissa == 0)
        {
            return 0;
        }
        if (stopPriceMantissa <= 0)
        {
            return costMantissa;
        }
        final long value = spec.notional(stopPriceMantissa, sizeMantissa);
        return Math.max(0, side == PositionSide.LONG ? costMantissa - value : value - costMantissa);
    }

    void open(final long priceMantissa, final long sizeMantissa, final long timeNs)
    {
        if (this.sizeMantissa == 0)
        {
            realizedPnlMantissa = 0;
            feesMantissa = 0;
            fundingMantissa = 0;
            openTimeNs = timeNs;
        }
        costMantissa = Math.addExact(costMantissa, spec.notional(priceMantissa, sizeMantissa));
        this.sizeMantissa = Math.addExact(this.sizeMantissa, sizeMantissa);
        lastFillTimeNs = timeNs;
    }

    long close(final long priceMantissa, final long sizeMantissa, final long timeNs)
    {
        final long released = sizeMantissa == this.sizeMantissa ?
            costMantissa : FixedMath.multiplyDivideFloor(costMantissa, sizeMantissa, this.sizeMantissa);
        final long exit = spec.notional(priceMantissa, sizeMantissa);
        final long pnl = side == PositionSide.LONG ? exit - released : released - exit;
        costMantissa -= released;
        this.sizeMantissa -= sizeMantissa;
        realizedPnlMantissa += pnl;
        lastFillTimeNs = timeNs;
        if (this.sizeMantissa == 0)
        {
            stopPriceMantissa = 0;
        }
        return pnl;
    }

    void fee(final long feeMantissa)
    {
        feesMantissa += feeMantissa;
    }

    void funding(final long amountMantissa)
    {
        fundingMantissa += amountMantissa;
    }

    void stop(final long stopPriceMantissa)
    {
        this.stopPriceMantissa = stopPriceMantissa;
    }

    long stateHash(final long hash)
    {
        long h = Hashing.mix(hash, strategyId);
        h = Hashing.mix(h, side.value());
        h = Hashing.mix(h, sizeMantissa);
        h = Hashing.mix(h, costMantissa);
        h = Hashing.mix(h, realizedPnlMantissa);
        h = Hashing.mix(h, feesMantissa);
        h = Hashing.mix(h, fundingMantissa);
        h = Hashing.mix(h, stopPriceMantissa);
        h = Hashing.mix(h, openTimeNs);
        return Hashing.mix(h, lastFillTimeNs);
    }
}
