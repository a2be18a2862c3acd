package com.tradefinder.engine.indicators;

import com.tradefinder.engine.util.Hashing;

/**
 * Wilder's directional movement system: {@link #adx()}, {@link #plusDi()} and {@link #minusDi()}, equal to TA-Lib
 * {@code ADX}, {@code PLUS_DI} and {@code MINUS_DI}.
 * <p>
 * Per bar, +DM is the rise of the high and -DM the fall of the low; only the larger counts, and only if positive.
 * The first {@code period - 1} directional movements and true ranges (bars 1 to {@code period - 1}) are summed;
 * from bar {@code period} on the sums are smoothed the Wilder way ({@code sum - sum / period + new}) and
 * {@code +DI = 100 * +DM / TR}, {@code -DI = 100 * -DM / TR} are defined ({@link #isDiReady()}, TA-Lib lookback
 * {@code period}; both 0 when TR is within 1e-8 of zero, as in TA-Lib).
 * {@code DX = 100 * |+DI - -DI| / (+DI + -DI)}; the first ADX, on bar {@code 2 * period - 1} ({@link #isReady()},
 * TA-Lib lookback {@code 2 * period - 1}), is the sum of the {@code period} DX of bars {@code period} to
 * {@code 2 * period - 1} divided by {@code period}, then {@code adx = (adx * (period - 1) + dx) / period}. As in
 * TA-Lib, a DX that is undefined (TR or +DI + -DI within 1e-8 of zero) adds nothing to the first sum and leaves the
 * ADX unchanged afterwards.
 * <p>
 * Single business-logic thread, not thread-safe. Deterministic: the same bars give the same values and
 * {@link #stateHash(long)}. O(1) and allocation-free per update.
 */
public final class Adx
{
    private final int period;
    private int bars;
    private double previousHigh;
    private double previousLow;
    private double previousClose;
    private double plusDm;
    private double minusDm;
    private double trueRange;
    private double dxSum;
    private double plusDi;
    private double minusDi;
    private double adx;

    /**
     * @param period smoothing period, at least 2 (as TA-Lib).
     */
    public Adx(final int period)
    {
        this.period = IndicatorMath.requireAtLeast("period", period, 2);
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
        if (bars == 0)
        {
            previousHigh = high;
            previousLow = low;
            previousClose = close;
            bars = 1;
            return;
        }

        final double up = high - previousHigh;
        final double down = previousLow - low;
        final double range = IndicatorMath.trueRange(high, low, previousClose);
        previousHigh = high;
        previousLow = low;
        previousClose = close;

        if (bars < period)
        {
            if (down > 0 && up < down)
            {
                minusDm += down;
            }
            else if (up > 0 && up > down)
            {
                plusDm += up;
            }
            trueRange += range;
            bars++;
            return;
        }

        minusDm -= minusDm / period;
        plusDm -= plusDm / period;
        if (down > 0 && up < down)
        {
            minusDm += down;
        }
        else if (up > 0 && up > down)
        {
            plusDm += up;
        }
        trueRange = trueRange - (trueRange / period) + range;

        boolean dxDefined = false;
        double dx = 0.0;
        if (IndicatorMath.isNearZero(trueRange))
        {
            minusDi = 0.0;
            plusDi = 0.0;
        }
        else
        {
            minusDi = 100.0 * (minusDm / trueRange);
            plusDi = 100.0 * (plusDm / trueRange);
            final double diSum = minusDi + plusDi;
            if (!IndicatorMath.isNearZero(diSum))
            {
                dx = 100.0 * (Math.abs(minusDi - plusDi) / diSum);
                dxDefined = true;
            }
        }

        final int adxBar = 2 * period - 1;
        if (bars < adxBar)
        {
            if (dxDefined)
            {
                dxSum += dx;
            }
            bars++;
        }
        else if (bars == adxBar)
        {
            if (dxDefined)
            {
                dxSum += dx;
            }
            adx = dxSum / period;
            bars++;
        }
        else if (dxDefined)
        {
            adx = ((adx * (period - 1)) + dx) / period;
        }
    }

    /**
     * @return the average directional index, 0 to 100, NaN before {@link #isReady()}.
     */
    public double adx()
    {
        return adx;
    }

    /**
     * @return the plus directional indicator, 0 to 100, NaN before {@link #isDiReady()}.
     */
    public double plusDi()
    {
        return plusDi;
    }

    /**
     * @return the minus directional indicator, 0 to 100, NaN before {@link #isDiReady()}.
     */
    public double minusDi()
    {
        return minusDi;
    }

    /**
     * @return true once the directional indicators are defined, from bar index {@code period}.
     */
    public boolean isDiReady()
    {
        return bars > period;
    }

    /**
     * @return true once the ADX is defined, from bar index {@code 2 * period - 1}.
     */
    public boolean isReady()
    {
        return bars == 2 * period;
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
        bars = 0;
        previousHigh = Double.NaN;
        previousLow = Double.NaN;
        previousClose = Double.NaN;
        plusDm = 0.0;
        minusDm = 0.0;
        trueRange = 0.0;
        dxSum = 0.0;
        plusDi = Double.NaN;
        minusDi = Double.NaN;
        adx = Double.NaN;
    }

    /**
     * Folds all mutable state into a running hash.
     *
     * @param hash running hash.
     * @return the new running hash.
     */
    public long stateHash(final long hash)
    {
        long h = Hashing.mix(hash, bars);
        h = Hashing.mix(h, previousHigh);
        h = Hashing.mix(h, previousLow);
        h = Hashing.mix(h, previousClose);
        h = Hashing.mix(h, plusDm);
        h = Hashing.mix(h, minusDm);
        h = Hashing.mix(h, trueRange);
        h = Hashing.mix(h, dxSum);
        h = Hashing.mix(h, plusDi);
        h = Hashing.mix(h, minusDi);
        return Hashing.mix(h, adx);
    }
}
