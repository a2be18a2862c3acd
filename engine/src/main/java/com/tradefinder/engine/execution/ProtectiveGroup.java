package com.tradefinder.engine.execution;

import com.tradefinder.codecs.PositionSide;
import com.tradefinder.engine.marketdata.InstrumentSpec;
import com.tradefinder.engine.util.Hashing;

/**
 * The position of one (strategy, instrument, side) and the orders that protect it: the entries that build it, one
 * working stop-market and at most one working take-profit for its whole size, and the market exits that close it.
 * <p>
 * Pooled by {@link PositionProtection}, which alone changes it; read on the business-logic thread. It lives from the
 * first entry until the position is flat and none of its orders is live.
 */
public final class ProtectiveGroup
{
    long key;
    int strategyId;
    int instrumentId;
    PositionSide side = PositionSide.NULL_VAL;
    InstrumentSpec spec;
    long protectedSizeMantissa;
    long exitWorkingSizeMantissa;
    long stopPriceMantissa;
    long takeProfitMantissa;
    long openedTimeNs;
    boolean suspended;
    /** The venue refused order entry (rate limit, ban): nothing is sent for this position before this time. */
    long heldUntilNs;
    /** Consecutive refusals while held, for the back-off. */
    int heldRefusals;
    /** When the hold ends, close at market (the stop or an exit was refused) rather than re-protect. */
    boolean exitWhenReleased;
    int liveOrders;
    int activeIndex = -1;
    Order stop;
    Order takeProfit;
    Order fired;

    /**
     * @return the strategy.
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
     * @return LONG or SHORT.
     */
    public PositionSide side()
    {
        return side;
    }

    /**
     * @return the instrument's spec, as given with the entry that created the group.
     */
    public InstrumentSpec spec()
    {
        return spec;
    }

    /**
     * @return the position size: entry fills less stop, take-profit and exit fills.
     */
    public long protectedSizeMantissa()
    {
        return protectedSizeMantissa;
    }

    /**
     * @return size of the market exits still working.
     */
    public long exitWorkingSizeMantissa()
    {
        return exitWorkingSizeMantissa;
    }

    /**
     * @return the stop price protecting the position.
     */
    public long stopPriceMantissa()
    {
        return stopPriceMantissa;
    }

    /**
     * @return the take-profit price, 0 for none.
     */
    public long takeProfitMantissa()
    {
        return takeProfitMantissa;
    }

    /**
     * @return event time of the fill that opened the position, 0 while flat.
     */
    public long openedTimeNs()
    {
        return openedTimeNs;
    }

    /**
     * @return true after {@link OrderManager#cancelAll}: no protective order is placed until the stop is moved or an
     * entry fills again.
     */
    public boolean suspended()
    {
        return suspended;
    }

    /**
     * @return the working stop order, null when none is working.
     */
    public Order stop()
    {
        return stop;
    }

    /**
     * @return the working take-profit order, null when none is working.
     */
    public Order takeProfit()
    {
        return takeProfit;
    }

    /**
     * @param hash running hash.
     * @return the hash with this group folded in (its orders are folded in by their own hashes).
     */
    public long stateHash(final long hash)
    {
        long h = Hashing.mix(hash, key);
        h = Hashing.mix(h, protectedSizeMantissa);
        h = Hashing.mix(h, exitWorkingSizeMantissa);
        h = Hashing.mix(h, stopPriceMantissa);
        h = Hashing.mix(h, takeProfitMantissa);
        h = Hashing.mix(h, openedTimeNs);
        h = Hashing.mix(h, suspended);
        h = Hashing.mix(h, heldUntilNs);
        h = Hashing.mix(h, heldRefusals);
        h = Hashing.mix(h, exitWhenReleased);
        h = Hashing.mix(h, liveOrders);
        h = Hashing.mix(h, stop == null ? 0 : stop.clientOrderId());
        h = Hashing.mix(h, takeProfit == null ? 0 : takeProfit.clientOrderId());
        return Hashing.mix(h, fired == null ? 0 : fired.clientOrderId());
    }

    void reset()
    {
        key = 0;
        strategyId = 0;
        instrumentId = 0;
        side = PositionSide.NULL_VAL;
        spec = null;
        protectedSizeMantissa = 0;
        exitWorkingSizeMantissa = 0;
        stopPriceMantissa = 0;
        takeProfitMantissa = 0;
        openedTimeNs = 0;
        suspended = false;
        heldUntilNs = 0;
        heldRefusals = 0;
        exitWhenReleased = false;
        liveOrders = 0;
        activeIndex = -1;
        stop = null;
        takeProfit = null;
        fired = null;
    }
}
