package com.tradefinder.engine.risk;

import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.RejectReason;

/**
 * The risk engine's answer to one entry request: accepted with a size, or rejected with a reason; the fields of the
 * SBE {@code RiskDecision} event.
 * <p>
 * One instance per {@link RiskEngine}, overwritten by every {@link RiskEngine#evaluate}: read it (or journal it)
 * before the next evaluation. Business-logic thread only.
 */
public final class RiskDecision
{
    private int strategyId;
    private int instrumentId;
    private PositionSide side = PositionSide.NULL_VAL;
    private long entryPriceMantissa;
    private long stopPriceMantissa;
    private long timeNs;
    private boolean accepted;
    private RejectReason reason = RejectReason.NONE;
    private RejectReason clippedBy = RejectReason.NONE;
    private int riskBps;
    private long sizeMantissa;
    private long riskAmountMantissa;
    private long riskBudgetMantissa;
    private long equityMantissa;

    /**
     * @return true when the entry may be sent with {@link #sizeMantissa()}.
     */
    public boolean accepted()
    {
        return accepted;
    }

    /**
     * @return why the entry was rejected, {@link RejectReason#NONE} when accepted.
     */
    public RejectReason reason()
    {
        return reason;
    }

    /**
     * @return the cap that reduced the size of an accepted entry ({@link RejectReason#ALLOCATION_CAP} or
     * {@link RejectReason#TOTAL_EXPOSURE}, the last one to clip), {@link RejectReason#NONE} when none did.
     */
    public RejectReason clippedBy()
    {
        return clippedBy;
    }

    /**
     * @return accepted size, a size mantissa on the instrument's step grid; 0 when rejected.
     */
    public long sizeMantissa()
    {
        return sizeMantissa;
    }

    /**
     * @return loss if the stop is hit, |entry − stop| × size rounded up, exponent -8; 0 when rejected.
     */
    public long riskAmountMantissa()
    {
        return riskAmountMantissa;
    }

    /**
     * @return equity × risk bps / 10,000, rounded down, exponent -8: what sizing aimed to risk; 0 if rejected
     * before sizing.
     */
    public long riskBudgetMantissa()
    {
        return riskBudgetMantissa;
    }

    /**
     * @return risk per trade used, bps of equity; 0 if rejected before it was settled.
     */
    public int riskBps()
    {
        return riskBps;
    }

    /**
     * @return the equity the decision was made from, exponent -8.
     */
    public long equityMantissa()
    {
        return equityMantissa;
    }

    /**
     * @return the requesting strategy.
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
        return instrumentId;
    }

    /**
     * @return the requested position side.
     */
    public PositionSide side()
    {
        return side;
    }

    /**
     * @return the requested entry price mantissa.
     */
    public long entryPriceMantissa()
    {
        return entryPriceMantissa;
    }

    /**
     * @return the requested stop price mantissa.
     */
    public long stopPriceMantissa()
    {
        return stopPriceMantissa;
    }

    /**
     * @return event time of the decision.
     */
    public long timeNs()
    {
        return timeNs;
    }

    @Override
    public String toString()
    {
        return "RiskDecision{accepted=" + accepted + ", reason=" + reason + ", clippedBy=" + clippedBy +
            ", strategyId=" + strategyId + ", instrumentId=" + instrumentId + ", side=" + side +
            ", entry=" + entryPriceMantissa + ", stop=" + stopPriceMantissa + ", size=" + sizeMantissa +
            ", riskBps=" + riskBps + ", risk=" + riskAmountMantissa + ", budget=" + riskBudgetMantissa +
            ", equity=" + equityMantissa + ", timeNs=" + timeNs + "}";
    }

    RiskDecision reset(final int strategyId, final int instrumentId, final PositionSide side,
        final long entryPriceMantissa, final long stopPriceMantissa, final long equityMantissa, final long timeNs)
    {
        this.strategyId = strategyId;
        this.instrumentId = instrumentId;
        this.side = side;
        this.entryPriceMantissa = entryPriceMantissa;
        this.stopPriceMantissa = stopPriceMantissa;
        this.equityMantissa = equityMantissa;
        this.timeNs = timeNs;
        accepted = false;
        reason = RejectReason.NONE;
        clippedBy = RejectReason.NONE;
        riskBps = 0;
        sizeMantissa = 0;
        riskAmountMantissa = 0;
        riskBudgetMantissa = 0;
        return this;
    }

    RiskDecision reject(final RejectReason reason)
    {
        accepted = false;
        this.reason = reason;
        sizeMantissa = 0;
        riskAmountMantissa = 0;
        return this;
    }

    RiskDecision accept(final long sizeMantissa, final long riskAmountMantissa)
    {
        accepted = true;
        reason = RejectReason.NONE;
        this.sizeMantissa = sizeMantissa;
        this.riskAmountMantissa = riskAmountMantissa;
        return this;
    }

    void sizing(final int riskBps, final long riskBudgetMantissa)
    {
        this.riskBps = riskBps;
        this.riskBudgetMantissa = riskBudgetMantissa;
    }

    void clippedBy(final RejectReason cap)
    {
        clippedBy = cap;
    }
}
