package com.tradefinder.engine.indicators;

import com.tradefinder.engine.util.Hashing;

import java.util.Arrays;

/**
 * Donchian channel: the highest high and the lowest low of the last {@code period} bars, the current one included,
 * equal to TA-Lib {@code MAX(high)} and {@code MIN(low)}, and their midpoint (TA-Lib {@code MIDPRICE}).
 * <p>
 * Two monotonic deques held in primitive ring arrays of capacity {@code period}: the high deque keeps, in bar order,
 * the highs not dominated by a later one, the low deque the lows likewise, so each front is the extreme of the
 * window. Each bar enters and leaves a deque once: amortised O(1) per update. Ready after {@code period} bars
 * (TA-Lib lookback {@code period - 1}).
 * <p>
 * Single business-logic thread, not thread-safe. Deterministic: the same bars give the same values and
 * {@link #stateHash(long)}. Allocation-free per update; the rings are allocated by the constructor.
 */
public final class Donchian
{
    private final int period;
    private final double[] highs;
    private final long[] highBars;
    private final double[] lows;
    private final long[] lowBars;
    private int highHead;
    private int highSize;
    private int lowHead;
    private int lowSize;
    private long bar;

    /**
     * @param period number of bars in the window, at least 1.
     */
    public Donchian(final int period)
    {
        this.period = IndicatorMath.requireAtLeast("period", period, 1);
        this.highs = new double[period];
        this.highBars = new long[period];
        this.lows = new double[period];
        this.lowBars = new long[period];
        reset();
    }

    /**
     * Adds the next closed bar.
     *
     * @param high the bar's high, finite.
     * @param low  the bar's low, finite.
     */
    public void update(final double high, final double low)
    {
        final long expired = bar - period;

        if (highSize > 0 && highBars[highHead] <= expired)
        {
            highHead = advance(highHead);
            highSize--;
        }
        while (highSize > 0 && highs[slot(highHead, highSize - 1)] <= high)
        {
            highSize--;
        }
        final int highTail = slot(highHead, highSize);
        highs[highTail] = high;
        highBars[highTail] = bar;
        highSize++;

        if (lowSize > 0 && lowBars[lowHead] <= expired)
        {
            lowHead = advance(lowHead);
            lowSize--;
        }
        while (lowSize > 0 && lows[slot(lowHead, lowSize - 1)] >= low)
        {
            lowSize--;
        }
        final int lowTail = slot(lowHead, lowSize);
        lows[lowTail] = low;
        lowBars[lowTail] = bar;
        lowSize++;

        bar++;
    }

    /**
     * @return the highest high of the last {@code period} bars, NaN before {@link #isReady()}.
     */
    public double upper()
    {
        return isReady() ? highs[highHead] : Double.NaN;
    }

    /**
     * @return the lowest low of the last {@code period} bars, NaN before {@link #isReady()}.
     */
    public double lower()
    {
        return isReady() ? lows[lowHead] : Double.NaN;
    }

    /**
     * @return {@code (upper + lower) / 2}, NaN before {@link #isReady()}.
     */
    public double middle()
    {
        return isReady() ? (highs[highHead] + lows[lowHead]) / 2.0 : Double.NaN;
    }

    /**
     * @return true once {@code period} bars have been seen.
     */
    public boolean isReady()
    {
        return bar >= period;
    }

    /**
     * @return the number of bars in the window.
     */
    public int period()
    {
        return period;
    }

    /**
     * Returns to the state of a freshly constructed instance.
     */
    public void reset()
    {
        Arrays.fill(highs, 0.0);
        Arrays.fill(highBars, 0L);
        Arrays.fill(lows, 0.0);
        Arrays.fill(lowBars, 0L);
        highHead = 0;
        highSize = 0;
        lowHead = 0;
        lowSize = 0;
        bar = 0;
    }

    /**
     * Folds all mutable state into a running hash.
     *
     * @param hash running hash.
     * @return the new running hash.
     */
    public long stateHash(final long hash)
    {
        long h = Hashing.mix(hash, bar);
        h = Hashing.mix(h, highHead);
        h = Hashing.mix(h, highSize);
        h = Hashing.mix(h, lowHead);
        h = Hashing.mix(h, lowSize);
        for (int i = 0; i < period; i++)
        {
            h = Hashing.mix(h, highs[i]);
            h = Hashing.mix(h, highBars[i]);
            h = Hashing.mix(h, lows[i]);
            h = Hashing.mix(h, lowBars[i]);
        }
        return h;
    }

    private int advance(final int index)
    {
        final int next = index + 1;
        return next == period ? 0 : next;
    }

    private int slot(final int head, final int offset)
    {
        final int index = head + offset;
        return index >= period ? index - period : index;
    }
}
