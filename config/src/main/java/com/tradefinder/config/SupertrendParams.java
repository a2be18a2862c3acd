package com.tradefinder.config;

import java.util.Map;

/**
 * Params of a {@code supertrend} strategy: trend following on the Supertrend line, which is also the stop.
 *
 * @param atrPeriod  {@code atr_period}: ATR period of the Supertrend bands, in bars; default 10; 2..500.
 * @param multiplier {@code multiplier}: band distance in ATRs; default 3.0; 0.5..10.
 */
public record SupertrendParams(int atrPeriod, double multiplier) implements StrategyParams
{
    @Override
    public StrategyType type()
    {
        return StrategyType.SUPERTREND;
    }

    @Override
    public void parameters(final Map<String, String> out)
    {
        out.put("atr_period", Integer.toString(atrPeriod));
        out.put("multiplier", Texts.number(multiplier));
    }
}
