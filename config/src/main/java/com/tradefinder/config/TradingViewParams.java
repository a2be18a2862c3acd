package com.tradefinder.config;

import java.util.Map;

/**
 * Params of a {@code tradingview} strategy: journaled TradingView alerts for the bot become entries and exits through
 * the same risk path as every other strategy. Not regime-routed unless {@code [routing]} lists it (see
 * {@link RoutingConfig}).
 *
 * @param defaultStopPct {@code default_stop_pct}: stop distance from the entry, in percent of price, for an alert
 *                       that carries no stop; default 1.0; 0.05..50.
 * @param allowShort     {@code allow_short}: whether sell alerts may open shorts (otherwise they only close longs);
 *                       default true.
 */
public record TradingViewParams(double defaultStopPct, boolean allowShort) implements StrategyParams
{
    @Override
    public StrategyType type()
    {
        return StrategyType.TRADINGVIEW;
    }

    @Override
    public void parameters(final Map<String, String> out)
    {
        out.put("default_stop_pct", Texts.number(defaultStopPct));
        out.put("allow_short", Boolean.toString(allowShort));
    }
}
