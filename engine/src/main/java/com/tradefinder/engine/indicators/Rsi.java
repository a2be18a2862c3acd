package com.tradefinder.engine.indicators;

import com.tradefinder.engine.util.Hashing;

/**
 * Wilder's relative strength index, equal to TA-Lib {@code RSI}.
 * <p>
 * Close-to-close gains and losses (from the second bar on) each feed a {@link WilderAverage}; the value is
 * {@code 100 * gain / (gain + loss)}, or 0 when {@code gain + loss} is within 1e-8 of zero, as in TA-Lib. Ready on
 * bar index {@code period} (TA-Lib lookback {@code period}).
 * <p>
 * Single business-logic thread, not thread-safe. Deterministic: the same closes give the same values and
 * {@link #stateHash(long)}. O(1) and allocation-free per update.
 */
public final class Rsi
{
    private final WilderAverage gain;
    private final WilderAverage loss;
    private boolean hasPreviousClose;
    private double previousClose;
    private double value;

    /**
     * @param period smoothing period, at least 2 (as TA-Lib).
     */
    public Rsi(final int period)
    {
        IndicatorMath.requireAtLeast("period", period, 2);
        this.gain = new WilderAverage(period);
        this.loss = new WilderAverage(period);
        reset();
    }

    /**
     * Adds the close of the next closed bar.
     *
     * @param close the close, finite.
     */
    public void update(final double close)
    {
        if (hasPreviousClose)
        {
            final double change = close - previousClose;
            if (change < 0)
            {
                gain.update(0.0);
                loss.update(-change);
            }
            else
            {
                gain.update(change);
                loss.update(0.0);
            }
            if (gain.isReady())
            {
                final double total = gain.value() + loss.value();
                value = IndicatorMath.isNearZero(total) ? 0.0 : 100.0 * (gain.value() / total);
            }
        }
        else
        {
            hasPreviousClose = true;
        }
        previousClose = close;
    }

    /**
     * @return the index, 0 to 100, NaN before {@link #isReady()}.
     */
    public double value()
    {
        return value;
    }

    /**
     * @return true once {@code period + 1} closes have been seen.
     */
    public boolean isReady()
    {
        return gain.isReady();
    }

    /**
     * @return the smoothing period.
     */
    public int period()
    {
        return gain.period();
    }

    /**
     * Returns to the state of a freshly constructed instance.
     */
    public void reset()
    {
        gain.reset();
        loss.reset();
        hasPreviousClose = false;
        previousClose = Double.NaN;
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
        long h = gain.stateHash(hash);
        h = loss.stateHash(h);
        h = Hashing.mix(h, hasPreviousClose);
        h = Hashing.mix(h, previousClose);
        return Hashing.mix(h, value);
    }
}
