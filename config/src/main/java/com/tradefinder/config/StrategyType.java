package com.tradefinder.config;

import java.util.Locale;

/**
 * The kind of a strategy, the {@code [[strategies]] type} key; each has its own {@code params} (see
 * {@link StrategyParams}).
 */
public enum StrategyType
{
    /** Trend following on the Supertrend line: {@link SupertrendParams}. */
    SUPERTREND,
    /** Bollinger inside Keltner, then expansion with volume: {@link SqueezeBreakoutParams}. */
    SQUEEZE_BREAKOUT,
    /** Bollinger and RSI extremes in a range, exit at the mean: {@link MeanReversionParams}. */
    MEAN_REVERSION,
    /** Bounded levels in a Donchian range, each with its own stop: {@link GridParams}. */
    GRID,
    /** Fast / slow moving average crossover: {@link MaCrossoverParams}. */
    MA_CROSSOVER,
    /** Entries and exits from journaled TradingView alerts: {@link TradingViewParams}. */
    TRADINGVIEW,
    /** A weighted vote of other strategies' signals: {@link WeightedParams}. */
    WEIGHTED;

    /**
     * @return the value as written in config, e.g. {@code "squeeze_breakout"}.
     */
    public String configName()
    {
        return name().toLowerCase(Locale.ROOT);
    }
}
