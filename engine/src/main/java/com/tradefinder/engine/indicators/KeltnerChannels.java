package com.tradefinder.engine.indicators;

import com.tradefinder.engine.util.Hashing;

/**
 * Keltner channels: an {@link Ema} of the close with bands {@code multiplier} {@link Atr average true ranges} above
 * and below it.
 * <p>
 * {@code middle = EMA(close, emaPeriod)}, {@code upper = middle + multiplier * ATR(atrPeriod)},
 * {@code lower = middle - multiplier * ATR(atrPeriod)}, with TA-Lib's EMA seeding and Wilder's ATR. Ready when both
 * are, on bar index {@code max(emaPeriod - 1, atrPeriod)}.
 * <p>
 * Single business-logic thread, not thread-safe. Deterministic: the same bars give the same values and
 * {@link #stateHash(long)}. O(1) and allocation-free per update.
 */
public final class KeltnerChannels
{
    private final Ema ema;
    private final Atr atr;
    private final double multiplier;
    private double middle;
    private double upper;
    private double lower;

    /**
     * @param emaPeriod  period of the EMA of the close, at least 1.
     * @param atrPeriod  period of the ATR, at least 1.
     * @param multiplier distance of each band from the middle, in ATRs, finite and not negative.
     */
    public KeltnerChannels(final int emaPeriod, final int atrPeriod, final double multiplier)
    {
        this.ema = new Ema(emaPeriod);
        this.atr = new Atr(atrPeriod);
        this.multiplier = IndicatorMath.requireFiniteNonNegative("multiplier", multiplier);
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
        ema.update(close);
        atr.update(high, low, close);
        if (ema.isReady() && atr.isReady())
        {
            middle = ema.value();
            final double offset = multiplier * atr.value();
            upper = middle + offset;
            lower = middle - offset;
        }
    }

    /**
     * @return the EMA of the close, NaN before {@link #isReady()}.
     */
    public double middle()
    {
        return middle;
    }

    /**
     * @return the upper channel, NaN before {@link #isReady()}.
     */
    public double upper()
    {
        return upper;
    }

    /**
     * @return the lower channel, NaN before {@link #isReady()}.
     */
    public double lower()
    {
        return lower;
    }

    /**
     * @return true once both the EMA and the ATR are defined.
     */
    public boolean isReady()
    {
        return ema.isReady() && atr.isReady();
    }

    /**
     * Returns to the state of a freshly constructed instance.
     */
    public void reset()
    {
        ema.reset();
        atr.reset();
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
        long h = ema.stateHash(hash);
        h = atr.stateHash(h);
        h = Hashing.mix(h, middle);
        h = Hashing.mix(h, upper);
        return Hashing.mix(h, lower);
    }
}
