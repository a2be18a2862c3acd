package com.tradefinder.engine.indicators;

import com.tradefinder.engine.util.Hashing;

import java.util.Arrays;

/**
 * Bollinger bands over a simple moving average, equal to TA-Lib {@code BBANDS} with {@code MA_Type SMA} and the
 * same deviation multiplier up and down.
 * <p>
 * The middle band is the simple average of the last {@code period} closes; the bands lie {@code stdDevs} population
 * standard deviations above and below it. As TA-Lib does, the variance is computed from running sums,
 * {@code sum(x * x) / period - middle * middle}, and taken as 0 when under 1e-8; the sums are updated in TA-Lib's
 * order so the bands are TA-Lib's to the bit. Ready after {@code period} closes (TA-Lib lookback
 * {@code period - 1}).
 * <p>
 * Single business-logic thread, not thread-safe. Deterministic: the same closes give the same values and
 * {@link #stateHash(long)}. O(1) and allocation-free per update; the ring is allocated by the constructor.
 */
public final class BollingerBands
{
    private final int period;
    private final double stdDevs;
    private final double[] window;
    private int next;
    private int count;
    private double sum;
    private double sumOfSquares;
    private double middle;
    private double upper;
    private double lower;

    /**
     * @param period  number of closes, at least 2 (as TA-Lib).
     * @param stdDevs distance of each band from the middle, in standard deviations, finite and not negative.
     */
    public BollingerBands(final int period, final double stdDevs)
    {
        this.period = IndicatorMath.requireAtLeast("period", period, 2);
        this.stdDevs = IndicatorMath.requireFiniteNonNegative("stdDevs", stdDevs);
        this.window = new double[period];
        reset();
    }

    /**
     * Adds the close of the next closed bar.
     *
     * @param close the close, finite.
     */
    public void update(final double close)
    {
        window[next] = close;
        sum += close;
        sumOfSquares += close * close;
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
            middle = sum / period;
            double variance = sumOfSquares / period;
            final double oldest = window[next];
            sum -= oldest;
            sumOfSquares -= oldest * oldest;
            variance -= middle * middle;
            final double deviation = variance < IndicatorMath.NEAR_ZERO ? 0.0 : Math.sqrt(variance);
            final double offset = deviation * stdDevs;
            upper = middle + offset;
            lower = middle - offset;
        }
    }

    /**
     * @return the simple moving average of the closes, NaN before {@link #isReady()}.
     */
    public double middle()
    {
        return middle;
    }

    /**
     * @return the upper band, NaN before {@link #isReady()}.
     */
    public double upper()
    {
        return upper;
    }

    /**
     * @return the lower band, NaN before {@link #isReady()}.
     */
    public double lower()
    {
        return lower;
    }

    /**
     * @return the band width relative to the middle, {@code (upper - lower) / middle}, NaN before
     * {@link #isReady()} (and not finite if the middle is 0).
     */
    public double width()
    {
        return (upper - lower) / middle;
    }

    /**
     * @return true once {@code period} closes have been seen.
     */
    public boolean isReady()
    {
        return count == period;
    }

    /**
     * @return the number of closes.
     */
    public int period()
    {
        return period;
    }

    /**
     * @return the distance of each band from the middle, in standard deviations.
     */
    public double stdDevs()
    {
        return stdDevs;
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
        sumOfSquares = 0.0;
        middle = Double.NaN;
        upper = Double.NaN;
        lower = Double.NaN;
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
        h = Hashing.mix(h, sumOfSquares);
        h = Hashing.mix(h, middle);
        h = Hashing.mix(h, upper);
        h = Hashing.mix(h, lower);
        for (final double close : window)
        {
            h = Hashing.mix(h, close);
        }
        return h;
    }
}
