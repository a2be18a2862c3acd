package com.tradefinder.engine.indicators;

import com.tradefinder.engine.util.Hashing;

/**
 * Moving average convergence/divergence, equal to TA-Lib {@code MACD}.
 * <p>
 * {@code macd = EMA(close, fast) - EMA(close, slow)}, {@code signal = EMA(macd, signal)},
 * {@code histogram = macd - signal}. As TA-Lib does, the fast EMA is aligned on the slow one: it ignores the first
 * {@code slowPeriod - fastPeriod} closes, so both are seeded (with a simple average) on bar index
 * {@code slowPeriod - 1}; the signal EMA is seeded with the simple average of the first {@code signalPeriod} MACD
 * values. Ready on bar index {@code slowPeriod + signalPeriod - 2} (TA-Lib lookback); all three values are NaN
 * before.
 * <p>
 * Single business-logic thread, not thread-safe. Deterministic: the same closes give the same values and
 * {@link #stateHash(long)}. O(1) and allocation-free per update.
 */
public final class Macd
{
    private final Ema fast;
    private final Ema slow;
    private final Ema signal;
    private final int fastDelay;
    private int skipped;
    private double macd;
    private double signalValue;
    private double histogram;

    /**
     * @param fastPeriod   period of the fast EMA, at least 2 (as TA-Lib).
     * @param slowPeriod   period of the slow EMA, at least {@code fastPeriod}.
     * @param signalPeriod period of the signal EMA, at least 1.
     */
    public Macd(final int fastPeriod, final int slowPeriod, final int signalPeriod)
    {
        IndicatorMath.requireAtLeast("fastPeriod", fastPeriod, 2);
        IndicatorMath.requireAtLeast("slowPeriod", slowPeriod, fastPeriod);
        this.fast = new Ema(fastPeriod);
        this.slow = new Ema(slowPeriod);
        this.signal = new Ema(signalPeriod);
        this.fastDelay = slowPeriod - fastPeriod;
        reset();
    }

    /**
     * Adds the close of the next closed bar.
     *
     * @param close the close, finite.
     */
    public void update(final double close)
    {
        slow.update(close);
        if (skipped < fastDelay)
        {
            skipped++;
        }
        else
        {
            fast.update(close);
        }
        if (slow.isReady())
        {
            final double line = fast.value() - slow.value();
            signal.update(line);
            if (signal.isReady())
            {
                macd = line;
                signalValue = signal.value();
                histogram = line - signalValue;
            }
        }
    }

    /**
     * @return fast EMA minus slow EMA, NaN before {@link #isReady()}.
     */
    public double macd()
    {
        return macd;
    }

    /**
     * @return the EMA of {@link #macd()}, NaN before {@link #isReady()}.
     */
    public double signal()
    {
        return signalValue;
    }

    /**
     * @return {@link #macd()} minus {@link #signal()}, NaN before {@link #isReady()}.
     */
    public double histogram()
    {
        return histogram;
    }

    /**
     * @return true once the signal line is defined.
     */
    public boolean isReady()
    {
        return signal.isReady();
    }

    /**
     * Returns to the state of a freshly constructed instance.
     */
    public void reset()
    {
        fast.reset();
        slow.reset();
        signal.reset();
        skipped = 0;
        macd = Double.NaN;
        signalValue = Double.NaN;
        histogram = Double.NaN;
    }

    /**
     * Folds all mutable state into a running hash.
     *
     * @param hash running hash.
     * @return the new running hash.
     */
    public long stateHash(final long hash)
    {
        long h = fast.stateHash(hash);
        h = slow.stateHash(h);
        h = signal.stateHash(h);
        h = Hashing.mix(h, skipped);
        h = Hashing.mix(h, macd);
        h = Hashing.mix(h, signalValue);
        return Hashing.mix(h, histogram);
    }
}
