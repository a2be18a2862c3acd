package com.tradefinder.config;

import java.util.List;

/**
 * The {@code [timeframes]} table and the timeframes the bot needs.
 *
 * @param baseSec {@code base}: the bar timeframe the bot's equity snapshots use, one of {@code 1m 3m 5m 15m 30m 1h
 *                2h 4h 6h 8h 12h 1d}; default the smallest strategy timeframe. In seconds.
 * @param allSec  every timeframe the bot needs, derived (not a key): the strategies' timeframes and the base, in
 *                seconds, ascending, without duplicates.
 */
public record TimeframesConfig(int baseSec, List<Integer> allSec)
{
    /**
     * Copies the list, so the record stays immutable.
     *
     * @param baseSec base timeframe in seconds.
     * @param allSec  every timeframe in seconds, ascending.
     */
    public TimeframesConfig
    {
        allSec = List.copyOf(allSec);
    }

    /**
     * @return the base timeframe's label, e.g. {@code "1h"}.
     */
    public String base()
    {
        return Timeframes.label(baseSec);
    }
}
