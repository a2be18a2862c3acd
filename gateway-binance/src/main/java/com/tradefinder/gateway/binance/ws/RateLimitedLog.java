package com.tradefinder.gateway.binance.ws;

/**
 * Decides whether a repeated edge problem (a malformed frame, say) may be logged now: at most once per interval,
 * with the number of occurrences held back since the last line, so a flood of bad frames costs a counter each and
 * one log line per interval.
 * <p>
 * Not thread-safe: one per event loop.
 */
public final class RateLimitedLog
{
    private final long intervalNs;
    private long lastLogNs;
    private boolean logged;
    private long suppressed;

    /**
     * @param intervalNs shortest time between two log lines.
     */
    public RateLimitedLog(final long intervalNs)
    {
        this.intervalNs = intervalNs;
    }

    /**
     * Counts one occurrence.
     *
     * @param nowNs monotonic time, nanoseconds.
     * @return true if this occurrence should be logged; then {@link #suppressed()} tells how many were not.
     */
    public boolean tryAcquire(final long nowNs)
    {
        if (!logged || nowNs - lastLogNs >= intervalNs)
        {
            logged = true;
            lastLogNs = nowNs;
            return true;
        }
        suppressed++;
        return false;
    }

    /**
     * @return occurrences not logged since the previous logged one; reading resets it.
     */
    public long suppressed()
    {
        final long count = suppressed;
        suppressed = 0;
        return count;
    }
}
