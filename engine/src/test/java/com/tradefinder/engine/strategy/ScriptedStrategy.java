package com.tradefinder.engine.strategy;

import com.tradefinder.engine.util.Hashing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A member strategy for composer tests: at each bar it runs the next scripted action against its context (or does
 * nothing when the script is empty).
 */
final class ScriptedStrategy implements Strategy
{
    private final Deque<Consumer<StrategyContext>> script = new ArrayDeque<>();
    private int bars;

    /** Queues what it does at the next unscripted bar. */
    ScriptedStrategy then(final Consumer<StrategyContext> action)
    {
        script.add(action);
        return this;
    }

    @Override
    public int strategyId()
    {
        return 99;
    }

    @Override
    public String type()
    {
        return "scripted";
    }

    @Override
    public int instrumentId()
    {
        return TestBars.INSTRUMENT;
    }

    @Override
    public int timeframeSec()
    {
        return TestBars.TIMEFRAME_SEC;
    }

    @Override
    public void onBar(final BarClose bar, final StrategyContext context)
    {
        bars++;
        final Consumer<StrategyContext> action = script.poll();
        if (action != null)
        {
            action.accept(context);
        }
    }

    @Override
    public void parameters(final Map<String, String> out)
    {
        out.put("script", "test");
    }

    @Override
    public long stateHash(final long hash)
    {
        return Hashing.mix(hash, bars);
    }
}
