package com.tradefinder.engine.regime;

/**
 * Settings of the regime stage, mirroring the fields of the SBE {@code EngineSettings} message, with fluent
 * accessors: {@code x()} reads, {@code x(value)} sets and returns this.
 * <p>
 * A mutable holder filled at configuration time (config file, then an {@code EngineSettings} event) and checked with
 * {@link #validate()}. Components copy the values they need when they are constructed, so changing a holder later
 * does not change a running component. Not thread-safe; not for the hot path.
 * <p>
 * Defaults: {@code adxPeriod 14, atrPeriod 14, bollingerPeriod 20, bollingerStdDevs 2.0, percentileWindow 100,
 * trendAdxEnter 25, trendAdxExit 20, rangeAdxMax 20, highVolatilityPercentile 0.90,
 * highVolatilityExitPercentile 0.80, squeezePercentile 0.50, confirmBars 2}.
 * ADX values are on Wilder's 0..100 scale, percentiles are fractions in [0, 1], periods and windows count bars.
 */
public final class RegimeSettings
{
    /** Default ADX / DI period, in bars. */
    public static final int DEFAULT_ADX_PERIOD = 14;
    /** Default ATR period, in bars. */
    public static final int DEFAULT_ATR_PERIOD = 14;
    /** Default Bollinger Bands period, in bars. */
    public static final int DEFAULT_BOLLINGER_PERIOD = 20;
    /** Default Bollinger Bands width, in standard deviations either side of the mean. */
    public static final double DEFAULT_BOLLINGER_STD_DEVS = 2.0;
    /** Default length of the rolling ATR% and band-width percentile windows, in bars. */
    public static final int DEFAULT_PERCENTILE_WINDOW = 100;
    /** Default ADX at or above which a trend is entered. */
    public static final double DEFAULT_TREND_ADX_ENTER = 25.0;
    /** Default ADX at or above which an adopted trend is kept. */
    public static final double DEFAULT_TREND_ADX_EXIT = 20.0;
    /** Default ADX at or below which a quiet market may enter a range. */
    public static final double DEFAULT_RANGE_ADX_MAX = 20.0;
    /** Default ATR% percentile at or above which the market is highly volatile. */
    public static final double DEFAULT_HIGH_VOLATILITY_PERCENTILE = 0.90;
    /** Default ATR% percentile at or above which an adopted high-volatility regime is kept. */
    public static final double DEFAULT_HIGH_VOLATILITY_EXIT_PERCENTILE = 0.80;
    /** Default band-width percentile at or below which a quiet market may enter a range. */
    public static final double DEFAULT_SQUEEZE_PERCENTILE = 0.50;
    /** Default number of consecutive bars a new regime must persist before it is adopted. */
    public static final int DEFAULT_CONFIRM_BARS = 2;

    private int adxPeriod = DEFAULT_ADX_PERIOD;
    private int atrPeriod = DEFAULT_ATR_PERIOD;
    private int bollingerPeriod = DEFAULT_BOLLINGER_PERIOD;
    private double bollingerStdDevs = DEFAULT_BOLLINGER_STD_DEVS;
    private int percentileWindow = DEFAULT_PERCENTILE_WINDOW;
    private double trendAdxEnter = DEFAULT_TREND_ADX_ENTER;
    private double trendAdxExit = DEFAULT_TREND_ADX_EXIT;
    private double rangeAdxMax = DEFAULT_RANGE_ADX_MAX;
    private double highVolatilityPercentile = DEFAULT_HIGH_VOLATILITY_PERCENTILE;
    private double highVolatilityExitPercentile = DEFAULT_HIGH_VOLATILITY_EXIT_PERCENTILE;
    private double squeezePercentile = DEFAULT_SQUEEZE_PERCENTILE;
    private int confirmBars = DEFAULT_CONFIRM_BARS;

    /**
     * Checks every setting and the relations between them.
     * <ul>
     *   <li>{@code adxPeriod}, {@code atrPeriod}, {@code bollingerPeriod} &gt;= 2;</li>
     *   <li>{@code bollingerStdDevs} finite and &gt; 0;</li>
     *   <li>{@code percentileWindow} &gt;= 10;</li>
     *   <li>{@code trendAdxEnter} in [0, 100], {@code trendAdxExit} in [0, trendAdxEnter],
     *       {@code rangeAdxMax} in [0, trendAdxEnter);</li>
     *   <li>{@code highVolatilityPercentile} in [0, 1], {@code highVolatilityExitPercentile} in
     *       [0, highVolatilityPercentile], {@code squeezePercentile} in [0, highVolatilityExitPercentile);</li>
     *   <li>{@code confirmBars} &gt;= 1.</li>
     * </ul>
     * The strict upper bounds keep each entry zone inside the zone where the regime is kept (see
     * {@link RegimeClassifier}).
     *
     * @return this.
     * @throws IllegalArgumentException with one line naming the first bad setting, its value and the allowed range.
     */
    public RegimeSettings validate()
    {
        requireAtLeast("adxPeriod", adxPeriod, 2);
        requireAtLeast("atrPeriod", atrPeriod, 2);
        requireAtLeast("bollingerPeriod", bollingerPeriod, 2);
        if (!(Double.isFinite(bollingerStdDevs) && bollingerStdDevs > 0))
        {
            throw invalid("bollingerStdDevs", bollingerStdDevs, "a finite number > 0");
        }
        requireAtLeast("percentileWindow", percentileWindow, 10);
        requireIn("trendAdxEnter", trendAdxEnter, 0, "0", 100, "100]");
        requireIn("trendAdxExit", trendAdxExit, 0, "0", trendAdxEnter, "trendAdxEnter=" + trendAdxEnter + "]");
        requireBelow("rangeAdxMax", rangeAdxMax, 0, "0", trendAdxEnter, "trendAdxEnter=" + trendAdxEnter + ")");
        requireIn("highVolatilityPercentile", highVolatilityPercentile, 0, "0", 1, "1]");
        requireIn(
            "highVolatilityExitPercentile", highVolatilityExitPercentile, 0, "0",
            highVolatilityPercentile, "highVolatilityPercentile=" + highVolatilityPercentile + "]");
        requireBelow(
            "squeezePercentile", squeezePercentile, 0, "0",
            highVolatilityExitPercentile, "highVolatilityExitPercentile=" + highVolatilityExitPercentile + ")");
        requireAtLeast("confirmBars", confirmBars, 1);
        return this;
    }

    /**
     * Copies every setting of {@code other} into this holder.
     *
     * @param other settings to copy.
     * @return this.
     */
    public RegimeSettings copyFrom(final RegimeSettings other)
    {
        adxPeriod = other.adxPeriod;
        atrPeriod = other.atrPeriod;
        bollingerPeriod = other.bollingerPeriod;
        bollingerStdDevs = other.bollingerStdDevs;
        percentileWindow = other.percentileWindow;
        trendAdxEnter = other.trendAdxEnter;
        trendAdxExit = other.trendAdxExit;
        rangeAdxMax = other.rangeAdxMax;
        highVolatilityPercentile = other.highVolatilityPercentile;
        highVolatilityExitPercentile = other.highVolatilityExitPercentile;
        squeezePercentile = other.squeezePercentile;
        confirmBars = other.confirmBars;
        return this;
    }

    /**
     * @return ADX / DI period in bars, default 14.
     */
    public int adxPeriod()
    {
        return adxPeriod;
    }

    /**
     * @param bars ADX / DI period in bars, &gt;= 2.
     * @return this.
     */
    public RegimeSettings adxPeriod(final int bars)
    {
        adxPeriod = bars;
        return this;
    }

    /**
     * @return ATR period in bars, default 14.
     */
    public int atrPeriod()
    {
        return atrPeriod;
    }

    /**
     * @param bars ATR period in bars, &gt;= 2.
     * @return this.
     */
    public RegimeSettings atrPeriod(final int bars)
    {
        atrPeriod = bars;
        return this;
    }

    /**
     * @return Bollinger Bands period in bars, default 20.
     */
    public int bollingerPeriod()
    {
        return bollingerPeriod;
    }

    /**
     * @param bars Bollinger Bands period in bars, &gt;= 2.
     * @return this.
     */
    public RegimeSettings bollingerPeriod(final int bars)
    {
        bollingerPeriod = bars;
        return this;
    }

    /**
     * @return Bollinger Bands half-width in standard deviations, default 2.0.
     */
    public double bollingerStdDevs()
    {
        return bollingerStdDevs;
    }

    /**
     * @param stdDevs Bollinger Bands half-width in standard deviations, finite and &gt; 0.
     * @return this.
     */
    public RegimeSettings bollingerStdDevs(final double stdDevs)
    {
        bollingerStdDevs = stdDevs;
        return this;
    }

    /**
     * @return bars in the rolling ATR% and band-width percentile windows, default 100.
     */
    public int percentileWindow()
    {
        return percentileWindow;
    }

    /**
     * @param bars bars in the rolling ATR% and band-width percentile windows, &gt;= 10.
     * @return this.
     */
    public RegimeSettings percentileWindow(final int bars)
    {
        percentileWindow = bars;
        return this;
    }

    /**
     * @return ADX at or above which a trend is entered, default 25.
     */
    public double trendAdxEnter()
    {
        return trendAdxEnter;
    }

    /**
     * @param adx ADX at or above which a trend is entered, in [0, 100].
     * @return this.
     */
    public RegimeSettings trendAdxEnter(final double adx)
    {
        trendAdxEnter = adx;
        return this;
    }

    /**
     * @return ADX at or above which an adopted trend is kept, default 20.
     */
    public double trendAdxExit()
    {
        return trendAdxExit;
    }

    /**
     * @param adx ADX at or above which an adopted trend is kept, in [0, trendAdxEnter].
     * @return this.
     */
    public RegimeSettings trendAdxExit(final double adx)
    {
        trendAdxExit = adx;
        return this;
    }

    /**
     * @return ADX at or below which a quiet market may enter a range, default 20.
     */
    public double rangeAdxMax()
    {
        return rangeAdxMax;
    }

    /**
     * @param adx ADX at or below which a quiet market may enter a range, in [0, trendAdxEnter).
     * @return this.
     */
    public RegimeSettings rangeAdxMax(final double adx)
    {
        rangeAdxMax = adx;
        return this;
    }

    /**
     * @return ATR% percentile at or above which the market is highly volatile, default 0.90.
     */
    public double highVolatilityPercentile()
    {
        return highVolatilityPercentile;
    }

    /**
     * @param percentile ATR% percentile at or above which the market is highly volatile, in [0, 1].
     * @return this.
     */
    public RegimeSettings highVolatilityPercentile(final double percentile)
    {
        highVolatilityPercentile = percentile;
        return this;
    }

    /**
     * @return ATR% percentile at or above which an adopted high-volatility regime is kept, default 0.80.
     */
    public double highVolatilityExitPercentile()
    {
        return highVolatilityExitPercentile;
    }

    /**
     * @param percentile ATR% percentile at or above which an adopted high-volatility regime is kept, in
     *                   [0, highVolatilityPercentile].
     * @return this.
     */
    public RegimeSettings highVolatilityExitPercentile(final double percentile)
    {
        highVolatilityExitPercentile = percentile;
        return this;
    }

    /**
     * @return band-width percentile at or below which a quiet market may enter a range, default 0.50.
     */
    public double squeezePercentile()
    {
        return squeezePercentile;
    }

    /**
     * @param percentile band-width percentile at or below which a quiet market may enter a range, in
     *                   [0, highVolatilityExitPercentile).
     * @return this.
     */
    public RegimeSettings squeezePercentile(final double percentile)
    {
        squeezePercentile = percentile;
        return this;
    }

    /**
     * @return consecutive bars a new regime must persist before it is adopted, default 2.
     */
    public int confirmBars()
    {
        return confirmBars;
    }

    /**
     * @param bars consecutive bars a new regime must persist before it is adopted, &gt;= 1.
     * @return this.
     */
    public RegimeSettings confirmBars(final int bars)
    {
        confirmBars = bars;
        return this;
    }

    private static void requireAtLeast(final String name, final int value, final int min)
    {
        if (value < min)
        {
            throw invalid(name, value, "an integer >= " + min);
        }
    }

    private static void requireIn(
        final String name,
        final double value,
        final double min,
        final String minText,
        final double max,
        final String maxText)
    {
        if (!(value >= min && value <= max))
        {
            throw invalid(name, value, "[" + minText + ", " + maxText);
        }
    }

    private static void requireBelow(
        final String name,
        final double value,
        final double min,
        final String minText,
        final double limit,
        final String limitText)
    {
        if (!(value >= min && value < limit))
        {
            throw invalid(name, value, "[" + minText + ", " + limitText);
        }
    }

    private static IllegalArgumentException invalid(final String name, final Object value, final String allowed)
    {
        return new IllegalArgumentException(
            "invalid regime setting " + name + "=" + value + ": allowed " + allowed);
    }
}
