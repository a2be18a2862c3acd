package com.tradefinder.engine.strategy;

import com.tradefinder.codecs.ExitReason;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.engine.indicators.Atr;
import com.tradefinder.engine.indicators.BollingerBands;
import com.tradefinder.engine.indicators.Rsi;

import java.util.Map;

/**
 * Mean reversion in a range (type {@code mean_reversion}): fade Bollinger band extremes confirmed by the RSI, exit
 * at the mean.
 * <p>
 * Rules, at each bar close once the bands, the RSI and the ATR are defined:
 * <ul>
 *     <li>Exit: a LONG when the close reaches the middle band (close ≥ middle), a SHORT when the close reaches
 *     it from above (close ≤ middle).</li>
 *     <li>Entry, when {@link StrategyContext#mayOpen()} and nothing is held or working: close ≤ lower band and
 *     RSI ≤ {@code rsi_oversold} → LONG; close ≥ upper band and RSI ≥ {@code rsi_overbought} → SHORT. Limit = the
 *     close; stop = close ∓ {@code stop_atr_multiplier} × ATR (snapped wider); no take-profit (the exit is the
 *     mean).</li>
 * </ul>
 * <p>
 * Business-logic thread only; deterministic; allocation-free per callback.
 */
public final class MeanReversionStrategy extends AbstractStrategy
{
    /** Type name in config. */
    public static final String TYPE = "mean_reversion";

    private final int bollingerPeriod;
    private final double bollingerStdDevs;
    private final int rsiPeriod;
    private final double rsiOversold;
    private final double rsiOverbought;
    private final int atrPeriod;
    private final double stopAtrMultiplier;
    private final BollingerBands bands;
    private final Rsi rsi;
    private final Atr atr;

    /**
     * @param strategyId        id within the bot.
     * @param instrumentId      instrument traded.
     * @param timeframeSec      timeframe.
     * @param bollingerPeriod   closes in the Bollinger bands, at least 2.
     * @param bollingerStdDevs  band distance in standard deviations, greater than 0.
     * @param rsiPeriod         RSI period, at least 1.
     * @param rsiOversold       RSI at or below which a LONG may open, between 0 and {@code rsiOverbought}.
     * @param rsiOverbought     RSI at or above which a SHORT may open, between {@code rsiOversold} and 100.
     * @param atrPeriod         ATR period for the stop, at least 1.
     * @param stopAtrMultiplier stop distance in ATRs, greater than 0.
     */
    public MeanReversionStrategy(final int strategyId, final int instrumentId, final int timeframeSec,
        final int bollingerPeriod, final double bollingerStdDevs, final int rsiPeriod, final double rsiOversold,
        final double rsiOverbought, final int atrPeriod, final double stopAtrMultiplier)
    {
        super(TYPE, strategyId, instrumentId, timeframeSec);
        this.bollingerPeriod = ParameterChecks.atLeast(TYPE, "bollinger_period", bollingerPeriod, 2);
        this.bollingerStdDevs = ParameterChecks.positive(TYPE, "bollinger_stddevs", bollingerStdDevs);
        this.rsiPeriod = ParameterChecks.atLeast(TYPE, "rsi_period", rsiPeriod, 1);
        this.rsiOversold = ParameterChecks.between(TYPE, "rsi_oversold", rsiOversold, 0.0, 100.0);
        this.rsiOverbought = ParameterChecks.between(TYPE, "rsi_overbought", rsiOverbought, rsiOversold, 100.0);
        this.atrPeriod = ParameterChecks.atLeast(TYPE, "atr_period", atrPeriod, 1);
        this.stopAtrMultiplier = ParameterChecks.positive(TYPE, "stop_atr_multiplier", stopAtrMultiplier);
        this.bands = new BollingerBands(bollingerPeriod, bollingerStdDevs);
        this.rsi = new Rsi(rsiPeriod);
        this.atr = new Atr(atrPeriod);
    }

    @Override
    public void onBar(final BarClose bar, final StrategyContext context)
    {
        final double close = bar.close();
        bands.update(close);
        rsi.update(close);
        atr.update(bar.high(), bar.low(), close);
        withdrawEntriesWhenClosed(context);
        if (!bands.isReady() || !rsi.isReady() || !atr.isReady())
        {
            return;
        }

        final double middle = bands.middle();
        if (close >= middle && holds(context, PositionSide.LONG))
        {
            context.exit(PositionSide.LONG, ExitReason.STRATEGY_EXIT);
        }
        if (close <= middle && holds(context, PositionSide.SHORT))
        {
            context.exit(PositionSide.SHORT, ExitReason.STRATEGY_EXIT);
        }

        if (!readyToOpen(context))
        {
            return;
        }
        final double distance = stopAtrMultiplier * atr.value();
        if (close <= bands.lower() && rsi.value() <= rsiOversold)
        {
            final long entry = StrategyPrices.longEntry(bar.closeMantissa(), context);
            final long stop = StrategyPrices.longStopBelow(entry, distance, context);
            if (stop != StrategyPrices.NONE)
            {
                context.enter(PositionSide.LONG, entry, stop, 0L, 0);
            }
        }
        else if (close >= bands.upper() && rsi.value() >= rsiOverbought)
        {
            final long entry = StrategyPrices.shortEntry(bar.closeMantissa(), context);
            final long stop = StrategyPrices.shortStopAbove(entry, distance, context);
            if (stop != StrategyPrices.NONE)
            {
                context.enter(PositionSide.SHORT, entry, stop, 0L, 0);
            }
        }
    }

    @Override
    public void parameters(final Map<String, String> out)
    {
        out.put("bollinger_period", Integer.toString(bollingerPeriod));
        out.put("bollinger_stddevs", Double.toString(bollingerStdDevs));
        out.put("rsi_period", Integer.toString(rsiPeriod));
        out.put("rsi_oversold", Double.toString(rsiOversold));
        out.put("rsi_overbought", Double.toString(rsiOverbought));
        out.put("atr_period", Integer.toString(atrPeriod));
        out.put("stop_atr_multiplier", Double.toString(stopAtrMultiplier));
    }

    @Override
    public long stateHash(final long hash)
    {
        return atr.stateHash(rsi.stateHash(bands.stateHash(hash)));
    }
}
