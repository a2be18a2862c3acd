package com.tradefinder.engine.strategy;

import com.tradefinder.codecs.ExitReason;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.engine.indicators.Atr;
import com.tradefinder.engine.util.Hashing;

import java.util.Map;

/**
 * Moving-average crossover (type {@code ma_crossover}).
 * <p>
 * Rules, at each bar close once both averages and the ATR are defined:
 * <ul>
 *     <li>Exit: a LONG while the fast average is below the slow one, a SHORT while it is above.</li>
 *     <li>Cross: the fast average was at or below the slow one on the previous bar and is above it now (up), or
 *     was at or above and is below now (down); both must have been defined on the previous bar.</li>
 *     <li>Entry on a cross: working entries are canceled and, when {@link StrategyContext#mayOpen()} and not
 *     already holding that side, an entry in the cross direction is asked for: limit = the close, stop = close ∓
 *     {@code stop_atr_multiplier} × ATR (snapped wider), no take-profit.</li>
 * </ul>
 * Parameters: {@code fast_period} (20), {@code slow_period} (50, above the fast one), {@code ma_type} ({@code ema}
 * or {@code sma}), {@code atr_period} (14), {@code stop_atr_multiplier} (2.0).
 * <p>
 * Business-logic thread only; deterministic; allocation-free per callback.
 */
public final class MaCrossoverStrategy extends AbstractStrategy
{
    /** Type name in config. */
    public static final String TYPE = "ma_crossover";

    private final int fastPeriod;
    private final int slowPeriod;
    private final String maType;
    private final int atrPeriod;
    private final double stopAtrMultiplier;
    private final MovingAverage fast;
    private final MovingAverage slow;
    private final Atr atr;
    private double previousFast = Double.NaN;
    private double previousSlow = Double.NaN;

    /**
     * @param strategyId        id within the bot.
     * @param instrumentId      instrument traded.
     * @param timeframeSec      timeframe.
     * @param fastPeriod        period of the fast average, at least 1.
     * @param slowPeriod        period of the slow average, above {@code fastPeriod}.
     * @param maType            {@code ema} or {@code sma}.
     * @param atrPeriod         ATR period for the stop, at least 1.
     * @param stopAtrMultiplier stop distance in ATRs, greater than 0.
     */
    public MaCrossoverStrategy(final int strategyId, final int instrumentId, final int timeframeSec,
        final int fastPeriod, final int slowPeriod, final String maType, final int atrPeriod,
        final double stopAtrMultiplier)
    {
        super(TYPE, strategyId, instrumentId, timeframeSec);
        this.fastPeriod = ParameterChecks.atLeast(TYPE, "fast_period", fastPeriod, 1);
        this.slowPeriod = ParameterChecks.atLeast(TYPE, "slow_period", slowPeriod, fastPeriod + 1);
        if (!MovingAverage.EMA.equals(maType) && !MovingAverage.SMA.equals(maType))
        {
            throw ParameterChecks.failure(TYPE, "ma_type", "must be one of ema, sma", String.valueOf(maType));
        }
        this.maType = maType;
        this.atrPeriod = ParameterChecks.atLeast(TYPE, "atr_period", atrPeriod, 1);
        this.stopAtrMultiplier = ParameterChecks.positive(TYPE, "stop_atr_multiplier", stopAtrMultiplier);
        this.fast = new MovingAverage(maType, fastPeriod);
        this.slow = new MovingAverage(maType, slowPeriod);
        this.atr = new Atr(atrPeriod);
    }

    @Override
    public void onBar(final BarClose bar, final StrategyContext context)
    {
        final double close = bar.close();
        fast.update(close);
        slow.update(close);
        atr.update(bar.high(), bar.low(), close);
        final double wasFast = previousFast;
        final double wasSlow = previousSlow;
        previousFast = fast.value();
        previousSlow = slow.value();
        if (!fast.isReady() || !slow.isReady() || !atr.isReady())
        {
            withdrawEntriesWhenClosed(context);
            return;
        }

        final double fastValue = fast.value();
        final double slowValue = slow.value();
        if (fastValue < slowValue && holds(context, PositionSide.LONG))
        {
            context.exit(PositionSide.LONG, ExitReason.STRATEGY_EXIT);
        }
        if (fastValue > slowValue && holds(context, PositionSide.SHORT))
        {
            context.exit(PositionSide.SHORT, ExitReason.STRATEGY_EXIT);
        }

        final boolean crossUp = wasFast <= wasSlow && fastValue > slowValue;
        final boolean crossDown = wasFast >= wasSlow && fastValue < slowValue;
        if (crossUp || crossDown)
        {
            enterOnCross(crossUp ? PositionSide.LONG : PositionSide.SHORT, bar.closeMantissa(), context);
        }
        else
        {
            withdrawEntriesWhenClosed(context);
        }
    }

    private void enterOnCross(final PositionSide side, final long close, final StrategyContext context)
    {
        if (context.workingEntries() > 0)
        {
            context.cancelEntries();
        }
        if (!context.mayOpen() || holds(context, side))
        {
            return;
        }
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
            context.enter(side, entry, stop, 0L, 0);
        }
    }

    @Override
    public void parameters(final Map<String, String> out)
    {
        out.put("fast_period", Integer.toString(fastPeriod));
        out.put("slow_period", Integer.toString(slowPeriod));
        out.put("ma_type", maType);
        out.put("atr_period", Integer.toString(atrPeriod));
        out.put("stop_atr_multiplier", Double.toString(stopAtrMultiplier));
    }

    @Override
    public long stateHash(final long hash)
    {
        long h = fast.stateHash(hash);
        h = slow.stateHash(h);
        h = atr.stateHash(h);
        h = Hashing.mix(h, previousFast);
        return Hashing.mix(h, previousSlow);
    }
}
