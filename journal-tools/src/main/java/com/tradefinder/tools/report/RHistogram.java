package com.tradefinder.tools.report;

import java.util.List;

/**
 * The distribution of trade outcomes in R multiples (net P&amp;L over initial risk), in bins of
 * {@link #BIN_WIDTH_R}: bin {@code k} holds {@code [k·w, (k+1)·w)}. The range runs from the worst to the best trade
 * but is clipped to [{@link #MIN_R}, {@link #MAX_R}]; trades beyond fall into the edge bins, labelled {@code ≤} and
 * {@code ≥}. Trades without an initial risk have no R and are left out. Immutable.
 *
 * @param lowerEdges lower edge of each bin, in R.
 * @param counts     trades per bin.
 * @param labels     label per bin.
 * @param omitted    trades left out for having no initial risk.
 */
public record RHistogram(double[] lowerEdges, int[] counts, List<String> labels, int omitted)
{
    /** Bin width in R. */
    public static final double BIN_WIDTH_R = 0.5;

    /** Lowest bin edge shown. */
    public static final double MIN_R = -5.0;

    /** Highest bin edge shown. */
    public static final double MAX_R = 10.0;

    /**
     * @param rMultiples R multiple per trade, NaN for a trade without initial risk.
     * @return the histogram; no bins when no trade has an R.
     */
    public static RHistogram of(final double[] rMultiples)
    {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        int omitted = 0;
        for (final double r : rMultiples)
        {
            if (Double.isNaN(r))
            {
                omitted++;
                continue;
            }
            low = Math.min(low, r);
            high = Math.max(high, r);
        }
        if (low > high)
        {
            return new RHistogram(new double[0], new int[0], List.of(), omitted);
        }
        final int first = (int)Math.floor(Math.max(low, MIN_R) / BIN_WIDTH_R);
        final int last = (int)Math.floor(Math.min(high, MAX_R - BIN_WIDTH_R) / BIN_WIDTH_R);
        final int bins = Math.max(1, last - first + 1);
        final double[] edges = new double[bins];
        final int[] counts = new int[bins];
        final String[] labels = new String[bins];
        for (int b = 0; b < bins; b++)
        {
            edges[b] = (first + b) * BIN_WIDTH_R;
            labels[b] = Format.number(edges[b], 1);
        }
        if (low < MIN_R)
        {
            labels[0] = "\u2264" + labels[0];
        }
        if (high >= MAX_R)
        {
            labels[bins - 1] = "\u2265" + labels[bins - 1];
        }
        for (final double r : rMultiples)
        {
            if (!Double.isNaN(r))
            {
                final int bin = (int)Math.floor(r / BIN_WIDTH_R) - first;
                counts[Math.max(0, Math.min(bins - 1, bin))]++;
            }
        }
        return new RHistogram(edges, counts, List.of(labels), omitted);
    }
}
