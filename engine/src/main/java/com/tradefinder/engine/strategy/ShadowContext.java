package com.tradefinder.engine.strategy;

import com.tradefinder.codecs.ExitReason;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.engine.util.Hashing;

/**
 * The context a {@link WeightedComposer} gives each member: a shadow book that turns the member's requests into a
 * stance instead of orders.
 * <p>
 * An {@link #enter} opens the shadow side at once (at its limit, or at the reference price for a market entry) with
 * its stop and take-profit; {@link #exit} closes it; {@link #moveStop} moves its stop; {@link #cancelEntries} has
 * nothing to cancel. At each bar, before the member sees it, {@link #markToBar} closes a shadow side whose stop or
 * take-profit the bar's range reached. The member always may open, has no working entries and receives no fills:
 * its stance is its own view of the market, independent of what the composer and its other members hold.
 * <p>
 * Business-logic thread only; deterministic; allocation-free.
 */
final class ShadowContext implements StrategyContext
{
    private StrategyContext venue;
    private long referencePrice;
    private boolean longOpen;
    private long longEntry;
    private long longStop;
    private long longTarget;
    private boolean shortOpen;
    private long shortEntry;
    private long shortStop;
    private long shortTarget;

    /**
     * Prepares for one member callback.
     *
     * @param venue          the composer's own context, which gives the exponent and tick size.
     * @param referencePrice price of a market entry: the bar's close or the trade's price.
     */
    void begin(final StrategyContext venue, final long referencePrice)
    {
        this.venue = venue;
        this.referencePrice = referencePrice;
    }

    /**
     * Closes a shadow side whose stop or take-profit lies within the bar's range.
     *
     * @param high the bar's high.
     * @param low  the bar's low.
     */
    void markToBar(final long high, final long low)
    {
        if (longOpen && (low <= longStop || (longTarget != 0 && high >= longTarget)))
        {
            clear(PositionSide.LONG);
        }
        if (shortOpen && (high >= shortStop || (shortTarget != 0 && low <= shortTarget)))
        {
            clear(PositionSide.SHORT);
        }
    }

    /**
     * @return +1 when only the LONG side is open, -1 when only the SHORT side is, 0 otherwise.
     */
    int stance()
    {
        if (longOpen == shortOpen)
        {
            return 0;
        }
        return longOpen ? 1 : -1;
    }

    /**
     * @param side LONG or SHORT.
     * @return that side's take-profit, 0 when none or flat.
     */
    long takeProfit(final PositionSide side)
    {
        return side == PositionSide.LONG ? longTarget : shortTarget;
    }

    @Override
    public boolean mayOpen()
    {
        return true;
    }

    @Override
    public long positionSize(final PositionSide side)
    {
        return (side == PositionSide.LONG ? longOpen : side == PositionSide.SHORT && shortOpen) ? 1L : 0L;
    }

    @Override
    public long averageEntryPrice(final PositionSide side)
    {
        return side == PositionSide.LONG ? longEntry : side == PositionSide.SHORT ? shortEntry : 0L;
    }

    @Override
    public long stopPrice(final PositionSide side)
    {
        return side == PositionSide.LONG ? longStop : side == PositionSide.SHORT ? shortStop : 0L;
    }

    @Override
    public int workingEntries()
    {
        return 0;
    }

    @Override
    public void enter(final PositionSide side, final long limitPriceMantissa, final long stopPriceMantissa,
        final long takeProfitMantissa, final int tag)
    {
        final long entry = limitPriceMantissa != 0 ? limitPriceMantissa : referencePrice;
        if (side == PositionSide.LONG && stopPriceMantissa > 0 && stopPriceMantissa < entry)
        {
            longOpen = true;
            longEntry = entry;
            longStop = stopPriceMantissa;
            longTarget = takeProfitMantissa;
        }
        else if (side == PositionSide.SHORT && stopPriceMantissa > entry && entry > 0)
        {
            shortOpen = true;
            shortEntry = entry;
            shortStop = stopPriceMantissa;
            shortTarget = takeProfitMantissa;
        }
    }

    @Override
    public void exit(final PositionSide side, final ExitReason reason)
    {
        clear(side);
    }

    @Override
    public void moveStop(final PositionSide side, final long stopPriceMantissa)
    {
        if (side == PositionSide.LONG && longOpen)
        {
            longStop = stopPriceMantissa;
        }
        else if (side == PositionSide.SHORT && shortOpen)
        {
            shortStop = stopPriceMantissa;
        }
    }

    @Override
    public void cancelEntries()
    {
    }

    @Override
    public int priceExponent()
    {
        return venue.priceExponent();
    }

    @Override
    public long tickSizeMantissa()
    {
        return venue.tickSizeMantissa();
    }

    /**
     * @param hash running hash.
     * @return the hash with the shadow book folded in.
     */
    long stateHash(final long hash)
    {
        long h = Hashing.mix(hash, longOpen);
        h = Hashing.mix(h, longEntry);
        h = Hashing.mix(h, longStop);
        h = Hashing.mix(h, longTarget);
        h = Hashing.mix(h, shortOpen);
        h = Hashing.mix(h, shortEntry);
        h = Hashing.mix(h, shortStop);
        h = Hashing.mix(h, shortTarget);
        return Hashing.mix(h, referencePrice);
    }

    private void clear(final PositionSide side)
    {
        if (side == PositionSide.LONG)
        {
            longOpen = false;
            longEntry = 0;
            longStop = 0;
            longTarget = 0;
        }
        else if (side == PositionSide.SHORT)
        {
            shortOpen = false;
            shortEntry = 0;
            shortStop = 0;
            shortTarget = 0;
        }
    }
}
