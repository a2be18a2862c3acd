package com.tradefinder.engine.indicators;

import com.tradefinder.engine.util.Hashing;

import java.util.Arrays;

/**
 * Simple moving average of the last {@code period} inputs, equal to TA-Lib {@code SMA}.
 * <p>
 * A running sum over a ring of the last {@code period} inputs: each update adds the new input, divides, then
 * subtracts the input that is about to leave the window, in TA-Lib's order, so the result is TA-Lib's to the bit.
 * Ready after {@code period} inputs (TA-Lib lookback {@code period - 1}).
 * <p>
 * Single business-logic thread, not thread-safe. Deterministic: the same inputs give the same values and
 * {@link #stateHash(long)}. O(1) and allocation-free per update; the ring is allocated by the constructor.
 */
public final class Sma
{
    private final int period;
    private final double[] window;
    private int next;
    private int count;
    private double sum;
    private double value;

    /**
     * @param period number of inputs averaged, at least 1.
     */
    public Sma(final int period)
    {
        this.period = IndicatorMath.requireAtLeast("period", period, 1);
        this.window = new double[period];
        reset();
    }

    /**
     * Adds the next input, once per closed bar.
     *
     * @param input the input, finite.
     */
    public void update(final double input)
    {
        window[next] = input;
        sum += input;
        if (++next == period)
        {
            next = 0;
        }
        if (count < period)
        {
            count++;
        }
        if (count == period)
        {
            value = sum / period;
            sum -= window[next];
        }
    }

    /**
     * @return the average of the last {@code period} inputs, NaN before {@link #isReady()}.
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
     * @return the number of inputs averaged.
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
        Arrays.fill(window, 0.0);
        next = 0;
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
        long h = Hashing.mix(hash, next);
        h = Hashing.mix(h, count);
        h = Hashing.mix(h, sum);
        h = Hashing.mix(h, value);
        for (final double input : window)
        {
            h = Hashing.mix(h, input);
        }
        return h;
    }
}
