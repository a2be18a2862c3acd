package com.tradefinder.config;

import java.util.Map;

/**
 * Params of a {@code grid} strategy: bounded buy levels below and sell levels above the middle of a Donchian range,
 * every level with its own stop.
 *
 * @param levels        {@code levels}: levels on each side of the middle; default 5; 1..50.
 * @param spacingPct    {@code spacing_pct}: distance between neighbouring levels, in percent of price; default 0.5;
 *                      0.05..20.
 * @param rangeLookback {@code range_lookback}: Donchian lookback that bounds the grid, in bars; default 50; 5..5000.
 * @param stopPct       {@code stop_pct}: stop distance beyond the outermost level, in percent of price; default 1.0;
 *                      0.05..50.
 * @param atrPeriod     {@code atr_period}: ATR period, in bars (the grid stands down when the range breaks by more
 *                      than an ATR); default 14; 2..500.
 */
public record GridParams(int levels, double spacingPct, int rangeLookback, double stopPct, int atrPeriod)
    implements StrategyParams
{
    @Override
    public StrategyType type()
    {
        return StrategyType.GRID;
    }

    @Override
    public void parameters(final Map<String, String> out)
    {
        out.put("levels", Integer.toString(levels));
        out.put("spacing_pct", Texts.number(spacingPct));
        out.put("range_lookback", Integer.toString(rangeLookback));
        out.put("stop_pct", Texts.number(stopPct));
        out.put("atr_period", Integer.toString(atrPeriod));
    }
}
