package com.tradefinder.engine.strategy;

import com.tradefinder.codecs.ExitReason;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.SignalAction;
import com.tradefinder.codecs.WebhookSignalDecoder;
import com.tradefinder.engine.util.Hashing;

import java.util.Map;

/**
 * Turns journaled TradingView signals into entries and exits through the same risk path as every other strategy
 * (type {@code tradingview}). The account runs in hedge mode, so the LONG and SHORT sides are separate positions.
 * <p>
 * Rules, per {@link #onSignal signal} for its instrument:
 * <ul>
 *     <li>BUY: opens or adds to the LONG side; it does not close a SHORT (send CLOSE for that).</li>
 *     <li>SELL: with {@code allow_short}, opens or adds to the SHORT side; without, exits the LONG side.</li>
 *     <li>CLOSE and FLAT: cancel working entries and exit both sides.</li>
 *     <li>CANCEL: cancels working entries.</li>
 * </ul>
 * An entry's limit is the signal's price, or the last close seen in {@link #onBar} when the signal has none; its
 * stop is the signal's stop, or {@code default_stop_pct} percent away from the limit; its take-profit is the
 * signal's, or none. An alert does not bypass the regime routing ({@link StrategyContext#routed()}; an entry the
 * routing refuses is counted, {@link #refusedSignals()}), nor pauses, the kill switch or circuit breakers: it is sent
 * to the risk engine, whose journaled decision refuses it with the reason. A signal for another
 * instrument, with no price and no close seen yet, with a stop or take-profit on the wrong side, or with an unknown
 * action is ignored and counted ({@link #ignoredSignals()}). The signal's size and risk are not used: the risk
 * engine sizes every entry.
 * <p>
 * Business-logic thread only; deterministic; allocation-free per callback.
 */
public final class TradingViewStrategy extends AbstractStrategy
{
    /** Type name in config. */
    public static final String TYPE = "tradingview";

    private static final short BUY = SignalAction.BUY.value();
    private static final short SELL = SignalAction.SELL.value();
    private static final short CLOSE = SignalAction.CLOSE.value();
    private static final short FLAT = SignalAction.FLAT.value();
    private static final short CANCEL = SignalAction.CANCEL.value();

    private final double defaultStopPct;
    private final boolean allowShort;
    private long lastCloseMantissa;
    private long ignoredSignals;
    private long refusedSignals;

    /**
     * @param strategyId     id within the bot.
     * @param instrumentId   instrument traded.
     * @param timeframeSec   timeframe of the bars that give the last close.
     * @param defaultStopPct stop distance when the signal has none, percent of the entry, between 0 and 100.
     * @param allowShort     whether SELL opens a SHORT (else it exits the LONG).
     */
    public TradingViewStrategy(final int strategyId, final int instrumentId, final int timeframeSec,
        final double defaultStopPct, final boolean allowShort)
    {
        super(TYPE, strategyId, instrumentId, timeframeSec);
        this.defaultStopPct = ParameterChecks.between(TYPE, "default_stop_pct", defaultStopPct, 0.0, 100.0);
        this.allowShort = allowShort;
    }

    @Override
    public void onBar(final BarClose bar, final StrategyContext context)
    {
        lastCloseMantissa = bar.closeMantissa();
        withdrawEntriesWhenClosed(context);
    }

    @Override
    public void onSignal(final WebhookSignalDecoder signal, final StrategyContext context)
    {
        if (signal.instrumentId() != instrumentId())
        {
            ignoredSignals++;
            return;
        }
        final short action = signal.actionRaw();
        if (action == BUY)
        {
            open(PositionSide.LONG, signal, context);
        }
        else if (action == SELL)
        {
            if (allowShort)
            {
                open(PositionSide.SHORT, signal, context);
            }
            else if (holds(context, PositionSide.LONG))
            {
                context.exit(PositionSide.LONG, ExitReason.STRATEGY_EXIT);
            }
        }
        else if (action == CLOSE || action == FLAT)
        {
            if (context.workingEntries() > 0)
            {
                context.cancelEntries();
            }
            if (holds(context, PositionSide.LONG))
            {
                context.exit(PositionSide.LONG, ExitReason.STRATEGY_EXIT);
            }
            if (holds(context, PositionSide.SHORT))
            {
                context.exit(PositionSide.SHORT, ExitReason.STRATEGY_EXIT);
            }
        }
        else if (action == CANCEL)
        {
            context.cancelEntries();
        }
        else
        {
            ignoredSignals++;
        }
    }

    private void open(final PositionSide side, final WebhookSignalDecoder signal, final StrategyContext context)
    {
        if (!context.routed())
        {
            refusedSignals++;
            return;
        }
        final long price = signal.priceMantissa() > 0 ? signal.priceMantissa() : lastCloseMantissa;
        if (price <= 0)
        {
            ignoredSignals++;
            return;
        }
        final long givenStop = signal.stopPriceMantissa();
        final long givenTarget = signal.takeProfitPriceMantissa();
        final long entry;
        final long stop;
        final long target;
        if (side == PositionSide.LONG)
        {
            entry = StrategyPrices.longEntry(price, context);
            stop = StrategyPrices.longStopMantissa(
                givenStop != 0 ? givenStop : Math.round(entry * (1.0 - defaultStopPct / 100.0)), entry, context);
            target = givenTarget != 0 ? StrategyPrices.longTakeProfitMantissa(givenTarget, entry, context) : 0L;
        }
        else
        {
            entry = StrategyPrices.shortEntry(price, context);
            stop = StrategyPrices.shortStopMantissa(
                givenStop != 0 ? givenStop : Math.round(entry * (1.0 + defaultStopPct / 100.0)), entry, context);
            target = givenTarget != 0 ? StrategyPrices.shortTakeProfitMantissa(givenTarget, entry, context) : 0L;
        }
        if (stop == StrategyPrices.NONE || (givenTarget != 0 && target == StrategyPrices.NONE))
        {
            ignoredSignals++;
            return;
        }
        context.enter(side, entry, stop, target, 0);
    }

    /**
     * @return signals ignored as malformed for this strategy since construction.
     */
    public long ignoredSignals()
    {
        return ignoredSignals;
    }

    /**
     * @return entry signals refused because the regime routing did not let the strategy open at the time.
     */
    public long refusedSignals()
    {
        return refusedSignals;
    }

    @Override
    public void parameters(final Map<String, String> out)
    {
        out.put("default_stop_pct", Double.toString(defaultStopPct));
        out.put("allow_short", Boolean.toString(allowShort));
    }

    @Override
    public long stateHash(final long hash)
    {
        long h = Hashing.mix(hash, lastCloseMantissa);
        h = Hashing.mix(h, ignoredSignals);
        return Hashing.mix(h, refusedSignals);
    }
}
