package com.tradefinder.tools.report;

/**
 * Resamples irregular series (equity snapshots, bar closes) at UTC day ends, for daily returns.
 * <p>
 * The grid starts at the first snapshot's own time, then has every UTC midnight strictly after it, up to and
 * including the first midnight at or after the last snapshot. A value at a grid point is the last observation at or
 * before it, so an observation stamped exactly at midnight closes the day that just ended. The last day, if the
 * series stops before its midnight, closes at the last observation. Pure functions; safe on any thread.
 */
public final class DailyResampler
{
    private DailyResampler()
    {
    }

    /**
     * @param firstNs time of the first observation.
     * @param lastNs  time of the last observation, ≥ {@code firstNs}.
     * @return the grid: {@code firstNs}, then each UTC midnight in {@code (firstNs, ceil(lastNs to a midnight)]}.
     */
    public static long[] grid(final long firstNs, final long lastNs)
    {
        final long firstDay = Math.floorDiv(firstNs, Scorecard.DAY_NS);
        final long lastEndDay = -Math.floorDiv(-lastNs, Scorecard.DAY_NS);
        final int days = (int)Math.max(0, lastEndDay - firstDay);
        final long[] grid = new long[1 + days];
        grid[0] = firstNs;
        for (int i = 1; i <= days; i++)
        {
            grid[i] = (firstDay + i) * Scorecard.DAY_NS;
        }
        return grid;
    }

    /**
     * @param timesNs observation times, ascending.
     * @param grid    sample times, ascending.
     * @return for each sample time the index of the last observation at or before it; −1 before the first.
     */
    public static int[] indices(final long[] timesNs, final long[] grid)
    {
        final int[] indices = new int[grid.length];
        int next = 0;
        for (int g = 0; g < grid.length; g++)
        {
            while (next < timesNs.length && timesNs[next] <= grid[g])
            {
                next++;
            }
            indices[g] = next - 1;
        }
        return indices;
    }

    /**
     * @param timesNs observation times, ascending.
     * @param values  observation values.
     * @param grid    sample times, ascending.
     * @return for each sample time the last value observed at or before it; NaN before the first observation.
     */
    public static double[] sample(final long[] timesNs, final double[] values, final long[] grid)
    {
        final int[] indices = indices(timesNs, grid);
        final double[] sampled = new double[grid.length];
        for (int g = 0; g < grid.length; g++)
        {
            sampled[g] = indices[g] < 0 ? Double.NaN : values[indices[g]];
        }
        return sampled;
    }

    /**
     * @param timesNs observation times, ascending.
     * @param values  observation values.
     * @return the series at the day-end grid of its own first and last time; empty for an empty series.
     */
    public static double[] dailyCloses(final long[] timesNs, final double[] values)
    {
        if (timesNs.length == 0)
        {
            return new double[0];
        }
        return sample(timesNs, values, grid(timesNs[0], timesNs[timesNs.length - 1]));
    }
}
