package com.tradefinder.engine.strategy;

import com.tradefinder.codecs.PositionSide;

/**
 * What every strategy here shares: its identity (id, type, instrument, timeframe) and the small decisions every
 * one of them makes the same way.
 * <p>
 * Business-logic thread only; deterministic; allocation-free.
 */
abstract class AbstractStrategy implements Strategy
{
    private final String type;
    private final int strategyId;
    private final int instrumentId;
    private final int timeframeSec;

    /**
     * @param type         type name as written in config.
     * @param strategyId   id within the bot.
     * @param instrumentId instrument traded.
     * @param timeframeSec timeframe whose bar closes drive it, at least 1.
     */
    AbstractStrategy(final String type, final int strategyId, final int instrumentId, final int timeframeSec)
    {
        this.type = type;
        this.strategyId = strategyId;
        this.instrumentId = instrumentId;
        this.timeframeSec = ParameterChecks.atLeast(type, "timeframe_sec", timeframeSec, 1);
    }

    @Override
    public final int strategyId()
    {
        return strategyId;
    }

    @Override
    public final String type()
    {
        return type;
    }

    @Override
    public final int instrumentId()
    {
        return instrumentId;
    }

    @Override
    public final int timeframeSec()
    {
        return timeframeSec;
    }

    /**
     * @param context the strategy's context.
     * @param side    LONG or SHORT.
     * @return true when the strategy holds a position on that side.
     */
    static boolean holds(final StrategyContext context, final PositionSide side)
    {
        return context.positionSize(side) > 0;
    }

    /**
     * @param context the strategy's context.
     * @return true when it may open now and has nothing open or working, on either side.
     */
    static boolean readyToOpen(final StrategyContext context)
    {
        return context.mayOpen() && context.workingEntries() == 0
            && context.positionSize(PositionSide.LONG) == 0 && context.positionSize(PositionSide.SHORT) == 0;
    }

    /**
     * Withdraws working entries once the strategy may no longer open: a strategy whose regime ended, or whose bot
     * paused, opens nothing more, not even through a limit order placed earlier.
     *
     * @param context the strategy's context.
     */
    static void withdrawEntriesWhenClosed(final StrategyContext context)
    {
        if (!context.mayOpen() && context.workingEntries() > 0)
        {
            context.cancelEntries();
        }
    }
}
