package com.tradefinder.config;

import java.util.Map;

/**
 * The {@code [strategies.params]} table of one strategy, typed by its {@link StrategyType}: one record per type, with
 * every default filled in. Keys that do not belong to the type are errors.
 * <p>
 * The engine picks the implementation by {@link #type()} and casts, e.g.
 * {@code (SupertrendParams) strategy.params()}.
 */
public sealed interface StrategyParams
    permits SupertrendParams, SqueezeBreakoutParams, MeanReversionParams, GridParams, MaCrossoverParams,
    TradingViewParams, WeightedParams
{
    /**
     * @return the strategy type these parameters belong to.
     */
    StrategyType type();

    /**
     * Writes every parameter under its config key, for reports and the optimizer (the shape of the engine's
     * {@code Strategy.parameters}). Numbers are written as in config: integers without a point, floats in their
     * shortest form; lists as {@code a,b}. Allocates; not for the hot path.
     *
     * @param out receives key and value pairs, in the order the keys are documented.
     */
    void parameters(Map<String, String> out);
}
