package com.tradefinder.engine.strategy;

import com.tradefinder.codecs.ExitReason;
import com.tradefinder.codecs.PositionSide;

import java.util.ArrayList;
import java.util.List;

/**
 * A {@link StrategyContext} test double that records every request and whose answers (positions, stops, working
 * entries, whether entries are allowed) the test sets by hand. Requests change nothing except {@link #moveStop},
 * which updates the held side's stop as the bot would. Prices: exponent -2, tick 0.10 (mantissa 10) unless given.
 */
final class RecordingContext implements StrategyContext
{
    /** What was asked. */
    enum Kind
    {
        ENTER, EXIT, MOVE_STOP, CANCEL_ENTRIES
    }

    /**
     * One request, in the order asked.
     */
    record Request(Kind kind, PositionSide side, long limit, long stop, long takeProfit, int tag, ExitReason reason)
    {
        static Request enter(final PositionSide side, final long limit, final long stop, final long takeProfit,
            final int tag)
        {
            return new Request(Kind.ENTER, side, limit, stop, takeProfit, tag, null);
        }

        static Request exit(final PositionSide side)
        {
            return new Request(Kind.EXIT, side, 0, 0, 0, 0, ExitReason.STRATEGY_EXIT);
        }

        static Request moveStop(final PositionSide side, final long stop)
        {
            return new Request(Kind.MOVE_STOP, side, 0, stop, 0, 0, null);
        }

        static Request cancelEntries()
        {
            return new Request(Kind.CANCEL_ENTRIES, null, 0, 0, 0, 0, null);
        }
    }

    private final List<Request> requests = new ArrayList<>();
    private final int priceExponent;
    private final long tickSizeMantissa;
    private boolean mayOpen = true;
    private int workingEntries;
    private long longEntry;
    private long longStop;
    private long shortEntry;
    private long shortStop;

    RecordingContext()
    {
        this(-2, 10);
    }

    RecordingContext(final int priceExponent, final long tickSizeMantissa)
    {
        this.priceExponent = priceExponent;
        this.tickSizeMantissa = tickSizeMantissa;
    }

    RecordingContext mayOpen(final boolean allowed)
    {
        mayOpen = allowed;
        return this;
    }

    RecordingContext workingEntries(final int count)
    {
        workingEntries = count;
        return this;
    }

    /** Holds one unit on {@code side} at {@code entry} with {@code stop}. */
    RecordingContext hold(final PositionSide side, final long entry, final long stop)
    {
        if (side == PositionSide.LONG)
        {
            longEntry = entry;
            longStop = stop;
        }
        else
        {
            shortEntry = entry;
            shortStop = stop;
        }
        return this;
    }

    /** Nothing held on {@code side}. */
    RecordingContext flat(final PositionSide side)
    {
        return hold(side, 0, 0);
    }

    /** Fills an entry request as the bot would: holds its side at its limit with its stop, nothing working. */
    RecordingContext fill(final Request entry)
    {
        workingEntries = 0;
        return hold(entry.side(), entry.limit(), entry.stop());
    }

    /** @return the requests since the last call, and forgets them. */
    List<Request> drain()
    {
        final List<Request> drained = List.copyOf(requests);
        requests.clear();
        return drained;
    }

    @Override
    public boolean mayOpen()
    {
        return mayOpen;
    }

    @Override
    public long positionSize(final PositionSide side)
    {
        return averageEntryPrice(side) > 0 ? 1_000L : 0L;
    }

    @Override
    public long averageEntryPrice(final PositionSide side)
    {
        return side == PositionSide.LONG ? longEntry : side == PositionSide.SHORT ? shortEntry : 0;
    }

    @Override
    public long stopPrice(final PositionSide side)
    {
        return side == PositionSide.LONG ? longStop : side == PositionSide.SHORT ? shortStop : 0;
    }

    @Override
    public int workingEntries()
    {
        return workingEntries;
    }

    @Override
    public void enter(final PositionSide side, final long limitPriceMantissa, final long stopPriceMantissa,
        final long takeProfitMantissa, final int tag)
    {
        requests.add(Request.enter(side, limitPriceMantissa, stopPriceMantissa, takeProfitMantissa, tag));
    }

    @Override
    public void exit(final PositionSide side, final ExitReason reason)
    {
        requests.add(new Request(Kind.EXIT, side, 0, 0, 0, 0, reason));
    }

    @Override
    public void moveStop(final PositionSide side, final long stopPriceMantissa)
    {
        requests.add(Request.moveStop(side, stopPriceMantissa));
        if (positionSize(side) > 0)
        {
            hold(side, averageEntryPrice(side), stopPriceMantissa);
        }
    }

    @Override
    public void cancelEntries()
    {
        requests.add(Request.cancelEntries());
    }

    @Override
    public int priceExponent()
    {
        return priceExponent;
    }

    @Override
    public long tickSizeMantissa()
    {
        return tickSizeMantissa;
    }
}
