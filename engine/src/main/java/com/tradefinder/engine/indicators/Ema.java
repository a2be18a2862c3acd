package com.tradefinder.engine.indicators;

import com.tradefinder.engine.util.Hashing;

/**
 * Exponential moving average with TA-Lib's seeding, equal to TA-Lib {@code EMA}.
 * <p>
 * The first value is the simple average of the first {@code period} inputs; after that
 * {@code ema = (input - ema) * k + ema} with {@code k = 2 / (period + 1)}, in that order of operations.
 * Ready after {@code period} inputs (TA-Lib lookback {@code period - 1}).
 * <p>
 * Single business-logic thread, not thread-safe. Deterministic: the same inputs give the same values and
 * {@link #stateHash(long)}. O(1) and allocation-free per update.
 */
public final class Ema
{
    private final int period;
    private final double k;
    private int count;
    private double sum;
    private double value;

    /**
     * @param period smoothing period, at least 1.
     */
    public Ema(final int period)
    {
        this.period = IndicatorMath.requireAtLeast("period", period, 1);
        this.k = 2.0 / (period + 1);
        reset();
    }

    /**
     * Adds the next input, once per closed bar.
     *
     * @param input the input, finite.
     */
    public void update(final double input)
    {
        if (count < period)
        {
            sum += input;
            if (++count == period)
            {
                value = sum / period;
            }
        }
        else
        {
            value = ((input - value) * k) + value;
        }
    }

    /**
     * @return the average, NaN before {@link #isReady()}.
     */
    public double value()
    {
        return value;
    }

    /**
     * @return true once {@code period} inputs have been seen.
     */
    public boolean isReady()
    {
        return count == period;
    }

    /**
     * @return the smoothing period.
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
        count = 0;
        sum = 0.0;
        value = Double.NaN;
    }

    /**
     * Folds all mutable state into a running hash.
     *
     * @param hash running hash.
     * @return the new running hash.
     */
    public long stateHash(final long hash)
    {
        long h = Hashing.mix(hash, count);
        h = Hashing.mix(h, sum);
        return Hashing.mix(h, value);
    }
}
