package com.tradefinder.engine.strategy;

import java.util.List;
import java.util.Map;

/**
 * Builds strategies from their config type name and parameters, as a TOML parser produced them ({@code Long},
 * {@code Double}, {@code String}, {@code Boolean}, {@code List}). A missing parameter takes its default; an unknown
 * parameter, a value of the wrong type or out of range is an {@link IllegalArgumentException} with one line naming
 * the strategy type and the parameter.
 * <p>
 * Types and parameters (defaults):
 * <ul>
 *     <li>{@value SupertrendStrategy#TYPE}: atr_period 10, multiplier 3.0.</li>
 *     <li>{@value SqueezeBreakoutStrategy#TYPE}: bollinger_period 20, bollinger_stddevs 2.0, keltner_period 20,
 *     keltner_multiplier 1.5, atr_period 14, volume_period 20, volume_factor 1.5, stop_atr_multiplier 2.0,
 *     take_profit_r 2.0.</li>
 *     <li>{@value MeanReversionStrategy#TYPE}: bollinger_period 20, bollinger_stddevs 2.0, rsi_period 14,
 *     rsi_oversold 30, rsi_overbought 70, atr_period 14, stop_atr_multiplier 1.5.</li>
 *     <li>{@value GridStrategy#TYPE}: levels 5, spacing_pct 0.5, range_lookback 50, stop_pct 1.0, atr_period 14,
 *     allow_short true.</li>
 *     <li>{@value MaCrossoverStrategy#TYPE}: fast_period 20, slow_period 50, ma_type ema (or sma), atr_period 14,
 *     stop_atr_multiplier 2.0.</li>
 *     <li>{@value TradingViewStrategy#TYPE}: default_stop_pct 1.0, allow_short true.</li>
 *     <li>{@value WeightedComposer#TYPE}: built from its members by
 *     {@link #weighted(int, int, int, List, double[], double)}.</li>
 * </ul>
 * Configuration time only (allocates); any thread.
 */
public final class StrategyFactory
{
    /** Every type {@link #create} knows, in config spelling. */
    public static final List<String> TYPES = List.of(SupertrendStrategy.TYPE, SqueezeBreakoutStrategy.TYPE,
        MeanReversionStrategy.TYPE, GridStrategy.TYPE, MaCrossoverStrategy.TYPE, TradingViewStrategy.TYPE);

    private StrategyFactory()
    {
    }

    /**
     * @param type         strategy type as written in config, e.g. {@code supertrend}.
     * @param strategyId   id within the bot.
     * @param instrumentId instrument traded.
     * @param timeframeSec timeframe whose bar closes drive it.
     * @param params       parameters by name; {@code null} or empty for all defaults.
     * @return the strategy.
     * @throws IllegalArgumentException for an unknown type, an unknown parameter, or a value of the wrong type or
     *                                  out of range.
     */
    public static Strategy create(final String type, final int strategyId, final int instrumentId,
        final int timeframeSec, final Map<String, Object> params)
    {
        final ParameterReader reader = new ParameterReader(type, params);
        final Strategy strategy;
        switch (type == null ? "" : type)
        {
            case SupertrendStrategy.TYPE:
                strategy = new SupertrendStrategy(strategyId, instrumentId, timeframeSec,
                    reader.integer("atr_period", SupertrendStrategy.DEFAULT_ATR_PERIOD),
                    reader.number("multiplier", SupertrendStrategy.DEFAULT_MULTIPLIER));
                break;

            case SqueezeBreakoutStrategy.TYPE:
                strategy = new SqueezeBreakoutStrategy(strategyId, instrumentId, timeframeSec,
                    reader.integer("bollinger_period", 20),
                    reader.number("bollinger_stddevs", 2.0),
                    reader.integer("keltner_period", 20),
                    reader.number("keltner_multiplier", 1.5),
                    reader.integer("atr_period", 14),
                    reader.integer("volume_period", 20),
                    reader.number("volume_factor", 1.5),
                    reader.number("stop_atr_multiplier", 2.0),
                    reader.number("take_profit_r", 2.0));
                break;

            case MeanReversionStrategy.TYPE:
                strategy = new MeanReversionStrategy(strategyId, instrumentId, timeframeSec,
                    reader.integer("bollinger_period", 20),
                    reader.number("bollinger_stddevs", 2.0),
                    reader.integer("rsi_period", 14),
                    reader.number("rsi_oversold", 30.0),
                    reader.number("rsi_overbought", 70.0),
                    reader.integer("atr_period", 14),
                    reader.number("stop_atr_multiplier", 1.5));
                break;

            case GridStrategy.TYPE:
                strategy = new GridStrategy(strategyId, instrumentId, timeframeSec,
                    reader.integer("levels", 5),
                    reader.number("spacing_pct", 0.5),
                    reader.integer("range_lookback", 50),
                    reader.number("stop_pct", 1.0),
                    reader.integer("atr_period", 14),
                    reader.bool("allow_short", true));
                break;

            case MaCrossoverStrategy.TYPE:
                strategy = new MaCrossoverStrategy(strategyId, instrumentId, timeframeSec,
                    reader.integer("fast_period", 20),
                    reader.integer("slow_period", 50),
                    reader.choice("ma_type", MovingAverage.EMA, MovingAverage.EMA, MovingAverage.SMA),
                    reader.integer("atr_period", 14),
                    reader.number("stop_atr_multiplier", 2.0));
                break;

            case TradingViewStrategy.TYPE:
                strategy = new TradingViewStrategy(strategyId, instrumentId, timeframeSec,
                    reader.number("default_stop_pct", 1.0),
                    reader.bool("allow_short", true));
                break;

            case WeightedComposer.TYPE:
                throw new IllegalArgumentException("strategy " + WeightedComposer.TYPE
                    + ": needs its member strategies; build it with StrategyFactory.weighted");

            default:
                throw new IllegalArgumentException("unknown strategy type '" + type + "' (known: "
                    + String.join(", ", TYPES) + ", " + WeightedComposer.TYPE + ")");
        }
        reader.rejectUnknown();
        return strategy;
    }

    /**
     * @param strategyId   id within the bot.
     * @param instrumentId instrument traded; every member's too.
     * @param timeframeSec timeframe; every member's too.
     * @param members      the member strategies, built by {@link #create}; at least one.
     * @param weights      one weight per member, each greater than 0.
     * @param threshold    share of the total weight needed to act, greater than 0 and at most 1.
     * @return the composer.
     * @throws IllegalArgumentException when the members, weights or threshold are not as described.
     */
    public static Strategy weighted(final int strategyId, final int instrumentId, final int timeframeSec,
        final List<Strategy> members, final double[] weights, final double threshold)
    {
        return new WeightedComposer(strategyId, instrumentId, timeframeSec,
            members == null ? null : members.toArray(new Strategy[0]), weights, threshold);
    }
}
