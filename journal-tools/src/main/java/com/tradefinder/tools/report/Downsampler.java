package com.tradefinder.tools.report;

/**
 * Thins a long series for drawing while keeping its shape: the first and last points, and in each of
 * {@code (maxPoints − 2) / 2} equal buckets of the points between them the lowest and the highest point, in order.
 * Every extreme survives (the global minimum and maximum are always some bucket's), so a drawdown's bottom or a
 * peak is never smoothed away. Pure function; safe on any thread.
 */
public final class Downsampler
{
    /** Default limit per chart series: keeps a 6-year hourly backtest's charts to tens of kilobytes. */
    public static final int DEFAULT_MAX_POINTS = 2_000;

    private Downsampler()
    {
    }

    /**
     * @param values    the series.
     * @param maxPoints the most points to keep, at least 4.
     * @return ascending indices of the points to keep: all of them when there are at most {@code maxPoints}.
     */
    public static int[] keep(final double[] values, final int maxPoints)
    {
        final int n = values.length;
        if (maxPoints < 4)
        {
            throw new IllegalArgumentException("maxPoints " + maxPoints + " is below 4");
        }
        if (n <= maxPoints)
        {
            final int[] all = new int[n];
            for (int i = 0; i < n; i++)
            {
                all[i] = i;
            }
            return all;
        }
        final int buckets = (maxPoints - 2) / 2;
        final int inner = n - 2;
        final int[] kept = new int[2 + 2 * buckets];
        int count = 0;
        kept[count++] = 0;
        for (int b = 0; b < buckets; b++)
        {
            final int from = 1 + (int)((long)inner * b / buckets);
            final int to = 1 + (int)((long)inner * (b + 1) / buckets);
            int low = from;
            int high = from;
            for (int i = from + 1; i < to; i++)
            {
                if (values[i] < values[low])
                {
                    low = i;
                }
                if (values[i] > values[high])
                {
                    high = i;
                }
            }
            kept[count++] = Math.min(low, high);
            if (high != low)
            {
                kept[count++] = Math.max(low, high);
            }
        }
        kept[count++] = n - 1;
        return java.util.Arrays.copyOf(kept, count);
    }
}
