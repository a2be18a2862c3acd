package com.tradefinder.config;

import java.util.Map;

/**
 * Params of a {@code squeeze_breakout} strategy: Bollinger Bands inside the Keltner Channels (the squeeze), then a
 * close outside the bands on rising volume.
 *
 * @param bollingerPeriod   {@code bollinger_period}: Bollinger Bands period, in bars; default 20; 2..500.
 * @param bollingerStdDevs  {@code bollinger_stddevs}: band half-width in standard deviations; default 2.0; 0.1..10.
 * @param keltnerPeriod     {@code keltner_period}: Keltner Channels EMA period, in bars; default 20; 2..500.
 * @param keltnerMultiplier {@code keltner_multiplier}: channel half-width in ATRs; default 1.5; 0.1..10.
 * @param atrPeriod         {@code atr_period}: ATR period for the channels and the stop, in bars; default 14;
 *                          2..500.
 * @param volumePeriod      {@code volume_period}: bars of the average volume the breakout bar is compared with;
 *                          default 20; 2..500.
 * @param volumeFactor      {@code volume_factor}: the breakout bar's volume must be at least this many times the
 *                          average; default 1.5; 1..20.
 * @param stopAtrMultiplier {@code stop_atr_multiplier}: stop distance from the entry, in ATRs; default 2.0; 0.1..20.
 * @param takeProfitR       {@code take_profit_r}: take-profit as a multiple of the initial risk; 0 = none; default
 *                          2.0; 0..100. Wins over {@code execution.take_profit_r}.
 */
public record SqueezeBreakoutParams(
    int bollingerPeriod,
    double bollingerStdDevs,
    int keltnerPeriod,
    double keltnerMultiplier,
    int atrPeriod,
    int volumePeriod,
    double volumeFactor,
    double stopAtrMultiplier,
    double takeProfitR) implements StrategyParams
{
    @Override
    public StrategyType type()
    {
        return StrategyType.SQUEEZE_BREAKOUT;
    }

    @Override
    public void parameters(final Map<String, String> out)
    {
        out.put("bollinger_period", Integer.toString(bollingerPeriod));
        out.put("bollinger_stddevs", Texts.number(bollingerStdDevs));
        out.put("keltner_period", Integer.toString(keltnerPeriod));
        out.put("keltner_multiplier", Texts.number(keltnerMultiplier));
        out.put("atr_period", Integer.toString(atrPeriod));
        out.put("volume_period", Integer.toString(volumePeriod));
        out.put("volume_factor", Texts.number(volumeFactor));
        out.put("stop_atr_multiplier", Texts.number(stopAtrMultiplier));
        out.put("take_profit_r", Texts.number(takeProfitR));
    }
}
