package com.tradefinder.config;

import java.util.List;

/**
 * The bar timeframes a bot may name, the same set the engine's bar aggregator supports (the Binance kline intervals
 * below a week, each dividing a day). Pure functions; any thread.
 */
final class Timeframes
{
    /** The labels, ascending by length. */
    static final List<String> LABELS =
        List.of("1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d");

    private static final int[] SECONDS = { 60, 180, 300, 900, 1_800, 3_600, 7_200, 14_400, 21_600, 28_800, 43_200,
        86_400 };

    private Timeframes()
    {
    }

    /**
     * @param label a label such as {@code "4h"}; case-sensitive.
     * @return its length in seconds, or -1 when it is not a supported label.
     */
    static int seconds(final String label)
    {
        final int index = LABELS.indexOf(label);
        return index < 0 ? -1 : SECONDS[index];
    }

    /**
     * @param seconds a supported timeframe in seconds.
     * @return its label.
     * @throws IllegalArgumentException when it is not supported.
     */
    static String label(final int seconds)
    {
        for (int i = 0; i < SECONDS.length; i++)
        {
            if (SECONDS[i] == seconds)
            {
                return LABELS.get(i);
            }
        }
        throw new IllegalArgumentException("unsupported timeframe " + seconds + "s");
    }
}
