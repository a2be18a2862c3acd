package com.tradefinder.config;

import java.util.Map;

/**
 * Params of a {@code mean_reversion} strategy: a close beyond a Bollinger band with the RSI at an extreme, exit at
 * the mean (the middle band).
 *
 * @param bollingerPeriod   {@code bollinger_period}: Bollinger Bands period, in bars; default 20; 2..500.
 * @param bollingerStdDevs  {@code bollinger_stddevs}: band half-width in standard deviations; default 2.0; 0.1..10.
 * @param rsiPeriod         {@code rsi_period}: RSI period, in bars; default 14; 2..500.
 * @param rsiOversold       {@code rsi_oversold}: RSI at or below which a long may open; default 30; 1..99 and below
 *                          {@code rsi_overbought}.
 * @param rsiOverbought     {@code rsi_overbought}: RSI at or above which a short may open; default 70; 1..99.
 * @param atrPeriod         {@code atr_period}: ATR period of the stop, in bars; default 14; 2..500.
 * @param stopAtrMultiplier {@code stop_atr_multiplier}: stop distance from the entry, in ATRs; default 1.5; 0.1..20.
 */
public record MeanReversionParams(
    int bollingerPeriod,
    double bollingerStdDevs,
    int rsiPeriod,
    double rsiOversold,
    double rsiOverbought,
    int atrPeriod,
    double stopAtrMultiplier) implements StrategyParams
{
    @Override
    public StrategyType type()
    {
        return StrategyType.MEAN_REVERSION;
    }

    @Override
    public void parameters(final Map<String, String> out)
    {
        out.put("bollinger_period", Integer.toString(bollingerPeriod));
        out.put("bollinger_stddevs", Texts.number(bollingerStdDevs));
        out.put("rsi_period", Integer.toString(rsiPeriod));
        out.put("rsi_oversold", Texts.number(rsiOversold));
        out.put("rsi_overbought", Texts.number(rsiOverbought));
        out.put("atr_period", Integer.toString(atrPeriod));
        out.put("stop_atr_multiplier", Texts.number(stopAtrMultiplier));
    }
}
