package com.tradefinder.engine.indicators;

import com.tradefinder.engine.util.Hashing;

/**
 * Average true range, equal to TA-Lib {@code ATR}, with {@link #percent()} equal to TA-Lib {@code NATR}.
 * <p>
 * The true range of a bar is the greatest of its range and the distances from the previous close to its high and
 * low. The first bar has no previous close: its {@link #trueRange()} is its range, but, as in TA-Lib, it is not
 * averaged. The true ranges of the following bars feed a {@link WilderAverage}, so the first value, on bar index
 * {@code period} (TA-Lib lookback {@code period}), is the simple average of {@code period} true ranges.
 * <p>
 * Single business-logic thread, not thread-safe. Deterministic: the same bars give the same values and
 * {@link #stateHash(long)}. O(1) and allocation-free per update.
 */
public final class Atr
{
    private final WilderAverage average;
    private boolean hasPreviousClose;
    private double previousClose;
    private double trueRange;
    private double percent;

    /**
     * @param period number of true ranges averaged, at least 1.
     */
    public Atr(final int period)
    {
        this.average = new WilderAverage(period);
        reset();
    }

    /**
     * Adds the next closed bar.
     *
     * @param high  the bar's high.
     * @param low   the bar's low.
     * @param close the bar's close.
     */
    public void update(final double high, final double low, final double close)
    {
        if (hasPreviousClose)
        {
            trueRange = IndicatorMath.trueRange(high, low, previousClose);
            average.update(trueRange);
            if (average.isReady())
            {
                percent = IndicatorMath.isNearZero(close) ? 0.0 : (average.value() / close) * 100.0;
            }
        }
        else
        {
            trueRange = high - low;
            hasPreviousClose = true;
        }
        previousClose = close;
    }

    /**
     * @return the average true range, in price units, NaN before {@link #isReady()}.
     */
    public double value()
    {
        return average.value();
    }

    /**
     * @return the average true range as a percentage of the last close ({@code 100 * ATR / close}), 0 when that
     * close is within 1e-8 of zero as in TA-Lib, NaN before {@link #isReady()}.
     */
    public double percent()
    {
        return percent;
    }

    /**
     * @return the true range of the last bar (its range for the very first bar), NaN before any bar.
     */
    public double trueRange()
    {
        return trueRange;
    }

    /**
     * @return true once {@code period + 1} bars have been seen.
     */
    public boolean isReady()
    {
        return average.isReady();
    }

    /**
     * @return the number of true ranges averaged.
     */
    public int period()
    {
        return average.period();
    }

    /**
     * Returns to the state of a freshly constructed instance.
     */
    public void reset()
    {
        average.reset();
        hasPreviousClose = false;
        previousClose = Double.NaN;
        trueRange = Double.NaN;
        percent = Double.NaN;
    }

    /**
     * Folds all mutable state into a running hash.
     *
     * @param hash running hash.
     * @return the new running hash.
     */
    public long stateHash(final long hash)
    {
        long h = average.stateHash(hash);
        h = Hashing.mix(h, hasPreviousClose);
        h = Hashing.mix(h, previousClose);
        h = Hashing.mix(h, trueRange);
        return Hashing.mix(h, percent);
    }
}
