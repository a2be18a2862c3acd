package com.tradefinder.engine.strategy;

import com.tradefinder.codecs.ExitReason;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.engine.indicators.Atr;
import com.tradefinder.engine.indicators.BollingerBands;
import com.tradefinder.engine.indicators.KeltnerChannels;
import com.tradefinder.engine.indicators.Sma;
import com.tradefinder.engine.util.Hashing;

import java.util.Map;

/**
 * Volatility breakout after a squeeze (type {@code squeeze_breakout}), for high-volatility regimes.
 * <p>
 * Indicators: Bollinger bands ({@code bollinger_period}, {@code bollinger_stddevs}) of the close; Keltner channels
 * with an EMA of {@code keltner_period} closes and bands {@code keltner_multiplier} ATRs of {@code keltner_period}
 * bars away; an ATR of {@code atr_period} for the stop; the simple average of the previous {@code volume_period}
 * bars' volumes. Rules, at each bar close once all are defined:
 * <ul>
 *     <li>Squeeze: both Bollinger bands inside the Keltner channels (upper below upper, lower above lower).</li>
 *     <li>Release: the first bar out of a squeeze that lasted at least one bar. Only on a release bar, when
 *     {@link StrategyContext#mayOpen()} and nothing is held or working, and the bar's volume is at least
 *     {@code volume_factor} times the average of the previous {@code volume_period} volumes: a close above the upper
 *     Bollinger band enters LONG, a close below the lower band enters SHORT.</li>
 *     <li>Entry: limit = the close; stop = close ∓ {@code stop_atr_multiplier} × ATR (snapped wider); take-profit
 *     = entry ± {@code take_profit_r} × |entry − stop| (snapped nearer), none when {@code take_profit_r} is 0.</li>
 *     <li>Exit: a LONG when the close falls below the middle band, a SHORT when it rises above it.</li>
 * </ul>
 * <p>
 * Business-logic thread only; deterministic; allocation-free per callback.
 */
public final class SqueezeBreakoutStrategy extends AbstractStrategy
{
    /** Type name in config. */
    public static final String TYPE = "squeeze_breakout";

    private final int bollingerPeriod;
    private final double bollingerStdDevs;
    private final int keltnerPeriod;
    private final double keltnerMultiplier;
    private final int atrPeriod;
    private final int volumePeriod;
    private final double volumeFactor;
    private final double stopAtrMultiplier;
    private final double takeProfitR;
    private final BollingerBands bands;
    private final KeltnerChannels keltner;
    private final Atr atr;
    private final Sma volumeAverage;
    private int squeezeBars;

    /**
     * @param strategyId        id within the bot.
     * @param instrumentId      instrument traded.
     * @param timeframeSec      timeframe.
     * @param bollingerPeriod   closes in the Bollinger bands, at least 2.
     * @param bollingerStdDevs  Bollinger band distance in standard deviations, greater than 0.
     * @param keltnerPeriod     EMA and ATR period of the Keltner channels, at least 1.
     * @param keltnerMultiplier Keltner band distance in ATRs, greater than 0.
     * @param atrPeriod         ATR period for the stop, at least 1.
     * @param volumePeriod      bars in the volume average, at least 1.
     * @param volumeFactor      volume needed, in multiples of the average, not negative.
     * @param stopAtrMultiplier stop distance in ATRs, greater than 0.
     * @param takeProfitR       take-profit distance in multiples of the stop distance, 0 for none.
     */
    public SqueezeBreakoutStrategy(final int strategyId, final int instrumentId, final int timeframeSec,
        final int bollingerPeriod, final double bollingerStdDevs, final int keltnerPeriod,
        final double keltnerMultiplier, final int atrPeriod, final int volumePeriod, final double volumeFactor,
        final double stopAtrMultiplier, final double takeProfitR)
    {
        super(TYPE, strategyId, instrumentId, timeframeSec);
        this.bollingerPeriod = ParameterChecks.atLeast(TYPE, "bollinger_period", bollingerPeriod, 2);
        this.bollingerStdDevs = ParameterChecks.positive(TYPE, "bollinger_stddevs", bollingerStdDevs);
        this.keltnerPeriod = ParameterChecks.atLeast(TYPE, "keltner_period", keltnerPeriod, 1);
        this.keltnerMultiplier = ParameterChecks.positive(TYPE, "keltner_multiplier", keltnerMultiplier);
        this.atrPeriod = ParameterChecks.atLeast(TYPE, "atr_period", atrPeriod, 1);
        this.volumePeriod = ParameterChecks.atLeast(TYPE, "volume_period", volumePeriod, 1);
        this.volumeFactor = ParameterChecks.notNegative(TYPE, "volume_factor", volumeFactor);
        this.stopAtrMultiplier = ParameterChecks.positive(TYPE, "stop_atr_multiplier", stopAtrMultiplier);
        this.takeProfitR = ParameterChecks.notNegative(TYPE, "take_profit_r", takeProfitR);
        this.bands = new BollingerBands(bollingerPeriod, bollingerStdDevs);
        this.keltner = new KeltnerChannels(keltnerPeriod, keltnerPeriod, keltnerMultiplier);
        this.atr = new Atr(atrPeriod);
        this.volumeAverage = new Sma(volumePeriod);
    }

    @Override
    public void onBar(final BarClose bar, final StrategyContext context)
    {
        final double high = bar.high();
        final double low = bar.low();
        final double close = bar.close();
        final double volume = bar.volume();
        final double previousAverageVolume = volumeAverage.value();
        bands.update(close);
        keltner.update(high, low, close);
        atr.update(high, low, close);
        volumeAverage.update(volume);
        withdrawEntriesWhenClosed(context);
        if (!bands.isReady() || !keltner.isReady() || !atr.isReady())
        {
            return;
        }

        final boolean squeeze = bands.upper() < keltner.upper() && bands.lower() > keltner.lower();
        final boolean released = !squeeze && squeezeBars > 0;
        squeezeBars = squeeze ? Math.min(squeezeBars + 1, Integer.MAX_VALUE - 1) : 0;

        final double middle = bands.middle();
        if (close < middle && holds(context, PositionSide.LONG))
        {
            context.exit(PositionSide.LONG, ExitReason.STRATEGY_EXIT);
        }
        if (close > middle && holds(context, PositionSide.SHORT))
        {
            context.exit(PositionSide.SHORT, ExitReason.STRATEGY_EXIT);
        }

        if (released && volume >= volumeFactor * previousAverageVolume && readyToOpen(context))
        {
            if (close > bands.upper())
            {
                enter(PositionSide.LONG, bar.closeMantissa(), context);
            }
            else if (close < bands.lower())
            {
                enter(PositionSide.SHORT, bar.closeMantissa(), context);
            }
        }
    }

    private void enter(final PositionSide side, final long close, final StrategyContext context)
    {
        final double distance = stopAtrMultiplier * atr.value();
        final long entry;
        final long stop;
        if (side == PositionSide.LONG)
        {
            entry = StrategyPrices.longEntry(close, context);
            stop = StrategyPrices.longStopBelow(entry, distance, context);
        }
        else
        {
            entry = StrategyPrices.shortEntry(close, context);
            stop = StrategyPrices.shortStopAbove(entry, distance, context);
        }
        if (stop != StrategyPrices.NONE)
        {
            context.enter(side, entry, stop,
                StrategyPrices.takeProfitAtMultiple(side, entry, stop, takeProfitR, context), 0);
        }
    }

    @Override
    public void parameters(final Map<String, String> out)
    {
        out.put("bollinger_period", Integer.toString(bollingerPeriod));
        out.put("bollinger_stddevs", Double.toString(bollingerStdDevs));
        out.put("keltner_period", Integer.toString(keltnerPeriod));
        out.put("keltner_multiplier", Double.toString(keltnerMultiplier));
        out.put("atr_period", Integer.toString(atrPeriod));
        out.put("volume_period", Integer.toString(volumePeriod));
        out.put("volume_factor", Double.toString(volumeFactor));
        out.put("stop_atr_multiplier", Double.toString(stopAtrMultiplier));
        out.put("take_profit_r", Double.toString(takeProfitR));
    }

    @Override
    public long stateHash(final long hash)
    {
        long h = bands.stateHash(hash);
        h = keltner.stateHash(h);
        h = atr.stateHash(h);
        h = volumeAverage.stateHash(h);
        return Hashing.mix(h, squeezeBars);
    }
}
