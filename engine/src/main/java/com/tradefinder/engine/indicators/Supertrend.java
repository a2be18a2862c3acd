package com.tradefinder.engine.indicators;

import com.tradefinder.engine.util.Hashing;

/**
 * Supertrend: a trailing band {@code multiplier} {@link Atr average true ranges} from the bar's midpoint that
 * follows the trend and flips when the close crosses it.
 * <p>
 * With {@code hl2 = (high + low) / 2}, the basic bands are {@code hl2 + multiplier * ATR} and
 * {@code hl2 - multiplier * ATR} (Wilder's ATR, as {@link Atr}). The final upper band takes the basic upper band
 * when that is lower than the previous final upper band or when the previous close was above the previous final
 * upper band, and otherwise keeps the previous final upper band; the final lower band is symmetric (basic lower band
 * when higher, or when the previous close was below the previous final lower band). An uptrend turns down when the
 * close falls below the final lower band, a downtrend turns up when the close rises above the final upper band. The
 * supertrend is the final lower band in an uptrend and the final upper band in a downtrend.
 * <p>
 * Initial state: on the first bar with a defined ATR (bar index {@code atrPeriod}) the final bands are the basic
 * bands and the trend starts <em>down</em> ({@code -1}), as TradingView's {@code ta.supertrend} starts; it turns up
 * on the first later close above the final upper band. Before that bar {@link #direction()} is 0 and the values are
 * NaN.
 * <p>
 * Single business-logic thread, not thread-safe. Deterministic: the same bars give the same values and
 * {@link #stateHash(long)}. O(1) and allocation-free per update.
 */
public final class Supertrend
{
    private final Atr atr;
    private final double multiplier;
    private int direction;
    private double upperBand;
    private double lowerBand;
    private double previousClose;

    /**
     * @param atrPeriod  period of the ATR, at least 1.
     * @param multiplier distance of the basic bands from the bar's midpoint, in ATRs, finite and not negative.
     */
    public Supertrend(final int atrPeriod, final double multiplier)
    {
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
        atr.update(high, low, close);
        if (atr.isReady())
        {
            final double middle = (high + low) / 2.0;
            final double offset = multiplier * atr.value();
            final double basicUpper = middle + offset;
            final double basicLower = middle - offset;
            if (direction == 0)
            {
                upperBand = basicUpper;
                lowerBand = basicLower;
                direction = -1;
            }
            else
            {
                if (basicUpper < upperBand || previousClose > upperBand)
                {
                    upperBand = basicUpper;
                }
                if (basicLower > lowerBand || previousClose < lowerBand)
                {
                    lowerBand = basicLower;
                }
                if (direction > 0 && close < lowerBand)
                {
                    direction = -1;
                }
                else if (direction < 0 && close > upperBand)
                {
                    direction = 1;
                }
            }
        }
        previousClose = close;
    }

    /**
     * @return the active band: the final lower band in an uptrend, the final upper band in a downtrend; NaN before
     * {@link #isReady()}.
     */
    public double value()
    {
        return direction > 0 ? lowerBand : upperBand;
    }

    /**
     * @return +1 in an uptrend, -1 in a downtrend, 0 before {@link #isReady()}.
     */
    public int direction()
    {
        return direction;
    }

    /**
     * @return the final upper band, NaN before {@link #isReady()}.
     */
    public double upperBand()
    {
        return upperBand;
    }

    /**
     * @return the final lower band, NaN before {@link #isReady()}.
     */
    public double lowerBand()
    {
        return lowerBand;
    }

    /**
     * @return true once the ATR is defined, from bar index {@code atrPeriod}.
     */
    public boolean isReady()
    {
        return direction != 0;
    }

    /**
     * Returns to the state of a freshly constructed instance.
     */
    public void reset()
    {
        atr.reset();
        direction = 0;
        upperBand = Double.NaN;
        lowerBand = Double.NaN;
        previousClose = Double.NaN;
    }

    /**
     * Folds all mutable state into a running hash.
     *
     * @param hash running hash.
     * @return the new running hash.
     */
    public long stateHash(final long hash)
    {
        long h = atr.stateHash(hash);
        h = Hashing.mix(h, direction);
        h = Hashing.mix(h, upperBand);
        h = Hashing.mix(h, lowerBand);
        return Hashing.mix(h, previousClose);
    }
}
