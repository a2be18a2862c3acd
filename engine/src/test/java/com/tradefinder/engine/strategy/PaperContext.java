package com.tradefinder.engine.strategy;

import com.tradefinder.codecs.ExitReason;
import com.tradefinder.codecs.OrderRole;
import com.tradefinder.codecs.PositionSide;

/**
 * A tiny allocation-free venue for long runs: entries rest as limit orders and fill when a later bar trades
 * through them (or expire after a timeout in bars, as the bot's limit-entry timeout would; resting grid levels
 * may be given none), every fill becomes one lot of size 1 with its own stop
 * and take-profit, which the next bars trigger (stop first), and every fill is reported to the strategy through
 * {@link Strategy#onFill}. Exits close a side at once.
 * <p>
 * It checks every request as it arrives: an entry while entries are not allowed, a stop not strictly on the losing
 * side of its limit, a take-profit on the losing side, a price off the tick grid, or a moved stop on the wrong side
 * of the last close, all count as {@link #violations()}.
 */
final class PaperContext implements StrategyContext
{
    private static final int CAPACITY = 512;
    private static final int LONG = 0;
    private static final int SHORT = 1;

    private final long tick;
    private final int exponent;
    private final int timeoutBars;
    private final int[] orderSide = new int[CAPACITY];
    private final long[] orderLimit = new long[CAPACITY];
    private final long[] orderStop = new long[CAPACITY];
    private final long[] orderTarget = new long[CAPACITY];
    private final int[] orderTag = new int[CAPACITY];
    private final int[] orderAge = new int[CAPACITY];
    private int orders;
    private final int[] lotSide = new int[CAPACITY];
    private final long[] lotEntry = new long[CAPACITY];
    private final long[] lotStop = new long[CAPACITY];
    private final long[] lotTarget = new long[CAPACITY];
    private final int[] lotTag = new int[CAPACITY];
    private int lots;
    private final int[] eventSide = new int[CAPACITY];
    private final long[] eventPrice = new long[CAPACITY];
    private final int[] eventTag = new int[CAPACITY];
    private final OrderRole[] eventRole = new OrderRole[CAPACITY];
    private int events;
    private boolean mayOpen = true;
    private long lastClose;
    private long entries;
    private long exits;
    private long stopMoves;
    private long stopsHit;
    private long targetsHit;
    private long violations;

    PaperContext(final int exponent, final long tick, final int timeoutBars)
    {
        this.exponent = exponent;
        this.tick = tick;
        this.timeoutBars = timeoutBars;
    }

    void mayOpen(final boolean allowed)
    {
        mayOpen = allowed;
    }

    /**
     * Lets the bar trade against resting entries and open lots, before the strategy sees it.
     */
    void beforeBar(final Strategy strategy, final long high, final long low, final long close, final long timeNs)
    {
        events = 0;
        int kept = 0;
        for (int i = 0; i < orders; i++)
        {
            final boolean fills = orderSide[i] == LONG ? low <= orderLimit[i] : high >= orderLimit[i];
            if (fills)
            {
                lotSide[lots] = orderSide[i];
                lotEntry[lots] = orderLimit[i];
                lotStop[lots] = orderStop[i];
                lotTarget[lots] = orderTarget[i];
                lotTag[lots] = orderTag[i];
                lots++;
                event(OrderRole.ENTRY, orderSide[i], orderLimit[i], orderTag[i]);
            }
            else if (++orderAge[i] < timeoutBars)
            {
                copyOrder(i, kept++);
            }
        }
        orders = kept;
        deliver(strategy, timeNs);

        events = 0;
        kept = 0;
        for (int i = 0; i < lots; i++)
        {
            final boolean isLong = lotSide[i] == LONG;
            final boolean stopped = isLong ? low <= lotStop[i] : high >= lotStop[i];
            final boolean target = lotTarget[i] != 0 && (isLong ? high >= lotTarget[i] : low <= lotTarget[i]);
            if (stopped)
            {
                stopsHit++;
                event(OrderRole.STOP_LOSS, lotSide[i], lotStop[i], lotTag[i]);
            }
            else if (target)
            {
                targetsHit++;
                event(OrderRole.TAKE_PROFIT, lotSide[i], lotTarget[i], lotTag[i]);
            }
            else
            {
                copyLot(i, kept++);
            }
        }
        lots = kept;
        lastClose = close;
        deliver(strategy, timeNs);
    }

    long entries()
    {
        return entries;
    }

    long exits()
    {
        return exits;
    }

    long stopMoves()
    {
        return stopMoves;
    }

    long stopsHit()
    {
        return stopsHit;
    }

    long targetsHit()
    {
        return targetsHit;
    }

    long violations()
    {
        return violations;
    }

    @Override
    public boolean mayOpen()
    {
        return mayOpen;
    }

    @Override
    public long positionSize(final PositionSide side)
    {
        final int code = code(side);
        long size = 0;
        for (int i = 0; i < lots; i++)
        {
            if (lotSide[i] == code)
            {
                size++;
            }
        }
        return size;
    }

    @Override
    public long averageEntryPrice(final PositionSide side)
    {
        final int code = code(side);
        long sum = 0;
        long count = 0;
        for (int i = 0; i < lots; i++)
        {
            if (lotSide[i] == code)
            {
                sum += lotEntry[i];
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    @Override
    public long stopPrice(final PositionSide side)
    {
        final int code = code(side);
        for (int i = 0; i < lots; i++)
        {
            if (lotSide[i] == code)
            {
                return lotStop[i];
            }
        }
        return 0;
    }

    @Override
    public int workingEntries()
    {
        return orders;
    }

    @Override
    public void enter(final PositionSide side, final long limitPriceMantissa, final long stopPriceMantissa,
        final long takeProfitMantissa, final int tag)
    {
        entries++;
        final boolean isLong = side == PositionSide.LONG;
        final boolean stopOk = isLong ? stopPriceMantissa > 0 && stopPriceMantissa < limitPriceMantissa :
            stopPriceMantissa > limitPriceMantissa;
        final boolean targetOk = takeProfitMantissa == 0
            || (isLong ? takeProfitMantissa > limitPriceMantissa : takeProfitMantissa < limitPriceMantissa);
        if (!mayOpen || !stopOk || !targetOk || limitPriceMantissa <= 0 || offGrid(limitPriceMantissa)
            || offGrid(stopPriceMantissa) || offGrid(takeProfitMantissa) || orders == CAPACITY)
        {
            violations++;
            return;
        }
        orderSide[orders] = code(side);
        orderLimit[orders] = limitPriceMantissa;
        orderStop[orders] = stopPriceMantissa;
        orderTarget[orders] = takeProfitMantissa;
        orderTag[orders] = tag;
        orderAge[orders] = 0;
        orders++;
    }

    @Override
    public void exit(final PositionSide side, final ExitReason reason)
    {
        exits++;
        final int code = code(side);
        int kept = 0;
        for (int i = 0; i < lots; i++)
        {
            if (lotSide[i] != code)
            {
                copyLot(i, kept++);
            }
        }
        lots = kept;
    }

    @Override
    public void moveStop(final PositionSide side, final long stopPriceMantissa)
    {
        stopMoves++;
        final int code = code(side);
        if (offGrid(stopPriceMantissa)
            || (code == LONG ? stopPriceMantissa >= lastClose : stopPriceMantissa <= lastClose))
        {
            violations++;
        }
        for (int i = 0; i < lots; i++)
        {
            if (lotSide[i] == code)
            {
                lotStop[i] = stopPriceMantissa;
            }
        }
    }

    @Override
    public void cancelEntries()
    {
        orders = 0;
    }

    @Override
    public int priceExponent()
    {
        return exponent;
    }

    @Override
    public long tickSizeMantissa()
    {
        return tick;
    }

    private boolean offGrid(final long price)
    {
        return price % tick != 0;
    }

    private static int code(final PositionSide side)
    {
        return side == PositionSide.LONG ? LONG : SHORT;
    }

    private void event(final OrderRole role, final int side, final long price, final int tag)
    {
        eventRole[events] = role;
        eventSide[events] = side;
        eventPrice[events] = price;
        eventTag[events] = tag;
        events++;
    }

    private void deliver(final Strategy strategy, final long timeNs)
    {
        final int count = events;
        for (int i = 0; i < count; i++)
        {
            strategy.onFill(eventRole[i], eventSide[i] == LONG ? PositionSide.LONG : PositionSide.SHORT, eventPrice[i],
                1L, eventTag[i], timeNs, this);
        }
    }

    private void copyOrder(final int from, final int to)
    {
        orderSide[to] = orderSide[from];
        orderLimit[to] = orderLimit[from];
        orderStop[to] = orderStop[from];
        orderTarget[to] = orderTarget[from];
        orderTag[to] = orderTag[from];
        orderAge[to] = orderAge[from];
    }

    private void copyLot(final int from, final int to)
    {
        lotSide[to] = lotSide[from];
        lotEntry[to] = lotEntry[from];
        lotStop[to] = lotStop[from];
        lotTarget[to] = lotTarget[from];
        lotTag[to] = lotTag[from];
    }
}
