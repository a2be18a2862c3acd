package com.tradefinder.engine.execution;

import com.tradefinder.codecs.OrderType;

/**
 * Settings of one bot's order state machines, with fluent accessors: {@code x()} reads, {@code x(value)} sets and
 * returns this.
 * <p>
 * A mutable holder filled at configuration time and checked with {@link #validate()}; {@link OrderManager} copies the
 * values when it is constructed, so changing a holder later does not change a running manager. Not thread-safe; not
 * for the hot path.
 * <p>
 * Defaults: {@code entryType LIMIT, entryTimeoutNs 60 s, maxReprices 3, abandonAfterBps 50, hedgeMode true,
 * takeProfitEnabled true}.
 */
public final class ExecutionSettings
{
    /** Default time a limit entry may work without a fill before it is canceled and re-priced: one minute. */
    public static final long DEFAULT_ENTRY_TIMEOUT_NS = 60_000_000_000L;
    /** Default number of re-prices of one entry before it is given up. */
    public static final int DEFAULT_MAX_REPRICES = 3;
    /** Default adverse move from the first limit price, in basis points, beyond which an entry is abandoned. */
    public static final int DEFAULT_ABANDON_AFTER_BPS = 50;

    private OrderType entryType = OrderType.LIMIT;
    private long entryTimeoutNs = DEFAULT_ENTRY_TIMEOUT_NS;
    private int maxReprices = DEFAULT_MAX_REPRICES;
    private int abandonAfterBps = DEFAULT_ABANDON_AFTER_BPS;
    private boolean hedgeMode = true;
    private boolean takeProfitEnabled = true;

    /**
     * Checks every setting: {@code entryType} LIMIT or MARKET, {@code entryTimeoutNs >= 0},
     * {@code maxReprices >= 0}, {@code abandonAfterBps >= 0}.
     *
     * @return this.
     * @throws IllegalArgumentException with one line naming the first bad setting, its value and the allowed range.
     */
    public ExecutionSettings validate()
    {
        if (entryType != OrderType.LIMIT && entryType != OrderType.MARKET)
        {
            throw new IllegalArgumentException("entryType must be LIMIT or MARKET: " + entryType);
        }
        if (entryTimeoutNs < 0)
        {
            throw new IllegalArgumentException("entryTimeoutNs must be >= 0: " + entryTimeoutNs);
        }
        if (maxReprices < 0)
        {
            throw new IllegalArgumentException("maxReprices must be >= 0: " + maxReprices);
        }
        if (abandonAfterBps < 0)
        {
            throw new IllegalArgumentException("abandonAfterBps must be >= 0: " + abandonAfterBps);
        }
        return this;
    }

    /**
     * @return LIMIT: entries with a limit price are sent as limit orders (a 0 limit price still means market);
     * MARKET: every entry is sent at market.
     */
    public OrderType entryType()
    {
        return entryType;
    }

    /**
     * @param entryType LIMIT or MARKET.
     * @return this.
     */
    public ExecutionSettings entryType(final OrderType entryType)
    {
        this.entryType = entryType;
        return this;
    }

    /**
     * @return event-time nanoseconds a limit entry may work since it was placed or last filled before it is
     * canceled and re-priced; 0 disables the timeout.
     */
    public long entryTimeoutNs()
    {
        return entryTimeoutNs;
    }

    /**
     * @param entryTimeoutNs see {@link #entryTimeoutNs()}.
     * @return this.
     */
    public ExecutionSettings entryTimeoutNs(final long entryTimeoutNs)
    {
        this.entryTimeoutNs = entryTimeoutNs;
        return this;
    }

    /**
     * @return how many times one entry may be re-priced after a timeout; at the next timeout it is given up.
     */
    public int maxReprices()
    {
        return maxReprices;
    }

    /**
     * @param maxReprices see {@link #maxReprices()}.
     * @return this.
     */
    public ExecutionSettings maxReprices(final int maxReprices)
    {
        this.maxReprices = maxReprices;
        return this;
    }

    /**
     * @return basis points the market may run against an entry (above the first limit price of a buy, below that of
     * a sell) before a timed-out entry is abandoned with {@code PRICE_RAN_AWAY} instead of re-priced; 0 never
     * abandons.
     */
    public int abandonAfterBps()
    {
        return abandonAfterBps;
    }

    /**
     * @param abandonAfterBps see {@link #abandonAfterBps()}.
     * @return this.
     */
    public ExecutionSettings abandonAfterBps(final int abandonAfterBps)
    {
        this.abandonAfterBps = abandonAfterBps;
        return this;
    }

    /**
     * @return true: the account is in hedge mode, orders carry positionSide LONG or SHORT and never reduceOnly;
     * false: one-way mode, positionSide BOTH and closing orders reduceOnly.
     */
    public boolean hedgeMode()
    {
        return hedgeMode;
    }

    /**
     * @param hedgeMode see {@link #hedgeMode()}.
     * @return this.
     */
    public ExecutionSettings hedgeMode(final boolean hedgeMode)
    {
        this.hedgeMode = hedgeMode;
        return this;
    }

    /**
     * @return true when an entry's take-profit price places a TAKE_PROFIT_MARKET order; false ignores take-profits.
     */
    public boolean takeProfitEnabled()
    {
        return takeProfitEnabled;
    }

    /**
     * @param takeProfitEnabled see {@link #takeProfitEnabled()}.
     * @return this.
     */
    public ExecutionSettings takeProfitEnabled(final boolean takeProfitEnabled)
    {
        this.takeProfitEnabled = takeProfitEnabled;
        return this;
    }
}
