package com.tradefinder.config;

import java.util.Map;

/**
 * Params of an {@code ma_crossover} strategy: long when the fast average crosses above the slow one, short when it
 * crosses below.
 *
 * @param fastPeriod        {@code fast_period}: fast average period, in bars; default 20; 2..1000 and below
 *                          {@code slow_period}.
 * @param slowPeriod        {@code slow_period}: slow average period, in bars; default 50; 2..1000.
 * @param maType            {@code ma_type}: {@code ema} or {@code sma}; default {@code ema}.
 * @param atrPeriod         {@code atr_period}: ATR period of the stop, in bars; default 14; 2..500.
 * @param stopAtrMultiplier {@code stop_atr_multiplier}: stop distance from the entry, in ATRs; default 2.0; 0.1..20.
 */
public record MaCrossoverParams(
    int fastPeriod,
    int slowPeriod,
    MaType maType,
    int atrPeriod,
    double stopAtrMultiplier) implements StrategyParams
{
    @Override
    public StrategyType type()
    {
        return StrategyType.MA_CROSSOVER;
    }

    @Override
    public void parameters(final Map<String, String> out)
    {
        out.put("fast_period", Integer.toString(fastPeriod));
        out.put("slow_period", Integer.toString(slowPeriod));
        out.put("ma_type", maType.configName());
        out.put("atr_period", Integer.toString(atrPeriod));
        out.put("stop_atr_multiplier", Texts.number(stopAtrMultiplier));
    }
}
