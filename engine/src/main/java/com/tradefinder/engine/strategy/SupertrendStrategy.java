package com.tradefinder.engine.strategy;

import com.tradefinder.codecs.ExitReason;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.engine.indicators.Supertrend;
import com.tradefinder.engine.util.Hashing;

import java.util.Map;

/**
 * Trend following on the {@link Supertrend} (type {@code supertrend}).
 * <p>
 * Rules, evaluated at each bar close once the Supertrend is defined:
 * <ul>
 *     <li>Exit: a LONG is exited while the Supertrend points down, a SHORT while it points up.</li>
 *     <li>Entry: on a flip of the direction (down to up, or up to down; the Supertrend's first defined bar is not a
 *     flip), working entries are canceled and, when {@link StrategyContext#mayOpen()} and not already holding that
 *     side, an entry in the new direction is asked for with limit = the close and stop = the Supertrend line (the
 *     final lower band for a LONG, snapped down; the final upper band for a SHORT, snapped up).</li>
 *     <li>Trailing: while holding the side the Supertrend points to, the stop is moved to the Supertrend line
 *     whenever that tightens it (up for a LONG, down for a SHORT) and keeps it on the losing side of the close.</li>
 * </ul>
 * Parameters: {@code atr_period} (10), {@code multiplier} (3.0).
 * <p>
 * Business-logic thread only; deterministic; allocation-free per callback.
 */
public final class SupertrendStrategy extends AbstractStrategy
{
    /** Type name in config. */
    public static final String TYPE = "supertrend";
    /** Default ATR period. */
    public static final int DEFAULT_ATR_PERIOD = 10;
    /** Default band distance in ATRs. */
    public static final double DEFAULT_MULTIPLIER = 3.0;

    private final int atrPeriod;
    private final double multiplier;
    private final Supertrend supertrend;
    private int previousDirection;

    /**
     * @param strategyId   id within the bot.
     * @param instrumentId instrument traded.
     * @param timeframeSec timeframe.
     * @param atrPeriod    ATR period of the Supertrend, at least 1.
     * @param multiplier   band distance in ATRs, greater than 0.
     */
    public SupertrendStrategy(final int strategyId, final int instrumentId, final int timeframeSec,
        final int atrPeriod, final double multiplier)
    {
        super(TYPE, strategyId, instrumentId, timeframeSec);
        this.atrPeriod = ParameterChecks.atLeast(TYPE, "atr_period", atrPeriod, 1);
        this.multiplier = ParameterChecks.positive(TYPE, "multiplier", multiplier);
        this.supertrend = new Supertrend(atrPeriod, multiplier);
    }

    @Override
    public void onBar(final BarClose bar, final StrategyContext context)
    {
        supertrend.update(bar.high(), bar.low(), bar.close());
        final int direction = supertrend.direction();
        final int previous = previousDirection;
        previousDirection = direction;
        if (direction == 0)
        {
            withdrawEntriesWhenClosed(context);
            return;
        }

        if (direction < 0 && holds(context, PositionSide.LONG))
        {
            context.exit(PositionSide.LONG, ExitReason.STRATEGY_EXIT);
        }
        if (direction > 0 && holds(context, PositionSide.SHORT))
        {
            context.exit(PositionSide.SHORT, ExitReason.STRATEGY_EXIT);
        }

        final long close = bar.closeMantissa();
        if (previous != 0 && direction != previous)
        {
            enterOnFlip(direction > 0 ? PositionSide.LONG : PositionSide.SHORT, close, context);
        }
        else
        {
            withdrawEntriesWhenClosed(context);
            trail(direction > 0 ? PositionSide.LONG : PositionSide.SHORT, close, context);
        }
    }

    private void enterOnFlip(final PositionSide side, final long close, final StrategyContext context)
    {
        if (context.workingEntries() > 0)
        {
            context.cancelEntries();
        }
        if (!context.mayOpen() || holds(context, side))
        {
            return;
        }
        final long stop;
        final long entry;
        if (side == PositionSide.LONG)
        {
            entry = StrategyPrices.longEntry(close, context);
            stop = StrategyPrices.longStop(supertrend.value(), entry, context);
        }
        else
        {
            entry = StrategyPrices.shortEntry(close, context);
            stop = StrategyPrices.shortStop(supertrend.value(), entry, context);
        }
        if (stop != StrategyPrices.NONE)
        {
            context.enter(side, entry, stop, 0L, 0);
        }
    }

    private void trail(final PositionSide side, final long close, final StrategyContext context)
    {
        if (!holds(context, side))
        {
            return;
        }
        final long current = context.stopPrice(side);
        if (side == PositionSide.LONG)
        {
            final long stop = StrategyPrices.longStop(supertrend.value(), close, context);
            if (stop != StrategyPrices.NONE && stop > current)
            {
                context.moveStop(side, stop);
            }
        }
        else
        {
            final long stop = StrategyPrices.shortStop(supertrend.value(), close, context);
            if (stop != StrategyPrices.NONE && (current == 0 || stop < current))
            {
                context.moveStop(side, stop);
            }
        }
    }

    @Override
    public void parameters(final Map<String, String> out)
    {
        out.put("atr_period", Integer.toString(atrPeriod));
        out.put("multiplier", Double.toString(multiplier));
    }

    @Override
    public long stateHash(final long hash)
    {
        return Hashing.mix(supertrend.stateHash(hash), previousDirection);
    }
}
