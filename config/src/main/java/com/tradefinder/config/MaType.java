package com.tradefinder.config;

import java.util.Locale;

/**
 * The moving average of an {@code ma_crossover} strategy, its {@code params.ma_type} key.
 */
public enum MaType
{
    /** Exponential moving average. */
    EMA,
    /** Simple moving average. */
    SMA;

    /**
     * @return the value as written in config, e.g. {@code "ema"}.
     */
    public String configName()
    {
        return name().toLowerCase(Locale.ROOT);
    }
}
