package com.tradefinder.engine.strategy;

import com.tradefinder.codecs.ExitReason;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.WebhookSignalDecoder;
import com.tradefinder.engine.util.Hashing;

import java.util.Map;
import java.util.TreeMap;

/**
 * Combines member strategies' signals by weighted vote (type {@code weighted}).
 * <p>
 * Each member trades a {@link ShadowContext shadow book} of its own: its entries and exits become its stance, +1
 * while its shadow LONG is open, -1 while its shadow SHORT is, 0 when flat (or holding both). Rules, after every
 * member has seen a bar (or a trade or a signal):
 * <ul>
 *     <li>Score: {@code sum(weight × stance) / sum(weight)}; the composer's stance is LONG when the score is at least
 *     {@code threshold}, SHORT when at most {@code -threshold}, none otherwise.</li>
 *     <li>Exit: the composer's LONG is exited as soon as its stance is no longer LONG (members asked to exit or
 *     flipped, so the qualified majority is gone), likewise the SHORT.</li>
 *     <li>Entry: when the stance turns LONG (or SHORT) from anything else, working entries are canceled and, when
 *     {@link StrategyContext#mayOpen()} and not already holding that side, an entry is asked for at the close
 *     with the widest stop among the members that agree (the lowest for a LONG, the highest for a SHORT) and the
 *     nearest take-profit among them, if any has one. A stance that turned while entries were not allowed, or
 *     whose position the bot stopped out, waits for the next turn: the composer does not chase.</li>
 *     <li>Trailing: while holding the side of its stance, the stop follows the widest stop of the agreeing
 *     members whenever that tightens it.</li>
 * </ul>
 * Members get no fills and always may open in their shadow books; directional members (not the grid) are the
 * meaningful ones. Parameters: {@code threshold} (0 to 1] and one weight per member.
 * <p>
 * Business-logic thread only; deterministic; allocation-free per callback.
 */
public final class WeightedComposer extends AbstractStrategy
{
    /** Type name in config. */
    public static final String TYPE = "weighted";

    private static final double SCORE_TOLERANCE = 1e-12;

    private final Strategy[] members;
    private final double[] weights;
    private final double threshold;
    private final double totalWeight;
    private final ShadowContext[] shadows;
    private int stance;
    private long lastCloseMantissa;

    /**
     * @param strategyId   id within the bot.
     * @param instrumentId instrument traded; every member trades it too.
     * @param timeframeSec timeframe; every member's too.
     * @param members      at least one member strategy.
     * @param weights      one weight per member, each greater than 0.
     * @param threshold    share of the total weight needed to act, greater than 0 and at most 1.
     */
    public WeightedComposer(final int strategyId, final int instrumentId, final int timeframeSec,
        final Strategy[] members, final double[] weights, final double threshold)
    {
        super(TYPE, strategyId, instrumentId, timeframeSec);
        if (members == null || members.length == 0)
        {
            throw ParameterChecks.failure(TYPE, "members", "must name at least one strategy", "none");
        }
        if (weights == null || weights.length != members.length)
        {
            throw ParameterChecks.failure(TYPE, "weights", "must give one weight per member (" + members.length + ")",
                weights == null ? "none" : Integer.toString(weights.length));
        }
        if (!(threshold > 0.0 && threshold <= 1.0))
        {
            throw ParameterChecks.failure(TYPE, "threshold", "must be greater than 0 and at most 1",
                Double.toString(threshold));
        }
        double total = 0.0;
        for (int i = 0; i < members.length; i++)
        {
            final Strategy member = members[i];
            if (member == null || member.instrumentId() != instrumentId || member.timeframeSec() != timeframeSec)
            {
                throw ParameterChecks.failure(TYPE, "members",
                    "must trade the composer's instrument " + instrumentId + " on its timeframe " + timeframeSec,
                    member == null ? "null at " + i :
                    member.type() + " on " + member.instrumentId() + "/" + member.timeframeSec());
            }
            total += ParameterChecks.positive(TYPE, "weights", weights[i]);
        }
        this.members = members.clone();
        this.weights = weights.clone();
        this.threshold = threshold;
        this.totalWeight = total;
        this.shadows = new ShadowContext[members.length];
        for (int i = 0; i < shadows.length; i++)
        {
            shadows[i] = new ShadowContext();
        }
    }

    @Override
    public void onBar(final BarClose bar, final StrategyContext context)
    {
        final long close = bar.closeMantissa();
        lastCloseMantissa = close;
        for (int i = 0; i < members.length; i++)
        {
            final ShadowContext shadow = shadows[i];
            shadow.markToBar(bar.highMantissa(), bar.lowMantissa());
            shadow.begin(context, close);
            members[i].onBar(bar, shadow);
        }
        withdrawEntriesWhenClosed(context);
        decide(close, context);
    }

    @Override
    public void onTrade(final long timeNs, final long priceMantissa, final long sizeMantissa,
        final StrategyContext context)
    {
        for (int i = 0; i < members.length; i++)
        {
            shadows[i].begin(context, priceMantissa);
            members[i].onTrade(timeNs, priceMantissa, sizeMantissa, shadows[i]);
        }
        decide(priceMantissa, context);
    }

    @Override
    public void onSignal(final WebhookSignalDecoder signal, final StrategyContext context)
    {
        for (int i = 0; i < members.length; i++)
        {
            shadows[i].begin(context, lastCloseMantissa);
            members[i].onSignal(signal, shadows[i]);
        }
        decide(lastCloseMantissa, context);
    }

    /**
     * @return the composer's stance after the last callback: +1 LONG, -1 SHORT, 0 none.
     */
    public int stance()
    {
        return stance;
    }

    private void decide(final long reference, final StrategyContext context)
    {
        double sum = 0.0;
        for (int i = 0; i < members.length; i++)
        {
            sum += weights[i] * shadows[i].stance();
        }
        final double score = sum / totalWeight;
        final int next = score >= threshold - SCORE_TOLERANCE ? 1 : score <= SCORE_TOLERANCE - threshold ? -1 : 0;
        if (next != 1 && holds(context, PositionSide.LONG))
        {
            context.exit(PositionSide.LONG, ExitReason.STRATEGY_EXIT);
        }
        if (next != -1 && holds(context, PositionSide.SHORT))
        {
            context.exit(PositionSide.SHORT, ExitReason.STRATEGY_EXIT);
        }
        final int previous = stance;
        stance = next;
        if (next == 0 || reference <= 0)
        {
            return;
        }
        final PositionSide side = next > 0 ? PositionSide.LONG : PositionSide.SHORT;
        if (next != previous)
        {
            enterAgreed(side, reference, context);
        }
        else if (holds(context, side))
        {
            trail(side, reference, context);
        }
    }

    private void enterAgreed(final PositionSide side, final long reference, final StrategyContext context)
    {
        if (!context.mayOpen())
        {
            return;
        }
        if (context.workingEntries() > 0)
        {
            context.cancelEntries();
        }
        if (holds(context, side))
        {
            return;
        }
        final long widest = widestAgreeingStop(side);
        final long nearest = nearestAgreeingTarget(side);
        final long entry;
        final long stop;
        final long target;
        if (side == PositionSide.LONG)
        {
            entry = StrategyPrices.longEntry(reference, context);
            stop = StrategyPrices.longStopMantissa(widest, entry, context);
            target = nearest == 0 ? 0L : StrategyPrices.longTakeProfitMantissa(nearest, entry, context);
        }
        else
        {
            entry = StrategyPrices.shortEntry(reference, context);
            stop = StrategyPrices.shortStopMantissa(widest, entry, context);
            target = nearest == 0 ? 0L : StrategyPrices.shortTakeProfitMantissa(nearest, entry, context);
        }
        if (stop != StrategyPrices.NONE)
        {
            context.enter(side, entry, stop, target, 0);
        }
    }

    private void trail(final PositionSide side, final long reference, final StrategyContext context)
    {
        final long widest = widestAgreeingStop(side);
        final long current = context.stopPrice(side);
        if (side == PositionSide.LONG)
        {
            final long stop = StrategyPrices.longStopMantissa(widest, reference, context);
            if (stop != StrategyPrices.NONE && stop > current)
            {
                context.moveStop(side, stop);
            }
        }
        else
        {
            final long stop = StrategyPrices.shortStopMantissa(widest, reference, context);
            if (stop != StrategyPrices.NONE && (current == 0 || stop < current))
            {
                context.moveStop(side, stop);
            }
        }
    }

    private long widestAgreeingStop(final PositionSide side)
    {
        final int sign = side == PositionSide.LONG ? 1 : -1;
        long widest = 0;
        for (int i = 0; i < shadows.length; i++)
        {
            if (shadows[i].stance() == sign)
            {
                final long stop = shadows[i].stopPrice(side);
                if (widest == 0 || (sign > 0 ? stop < widest : stop > widest))
                {
                    widest = stop;
                }
            }
        }
        return widest;
    }

    private long nearestAgreeingTarget(final PositionSide side)
    {
        final int sign = side == PositionSide.LONG ? 1 : -1;
        long nearest = 0;
        for (int i = 0; i < shadows.length; i++)
        {
            final long target = shadows[i].takeProfit(side);
            if (shadows[i].stance() == sign && target != 0
                && (nearest == 0 || (sign > 0 ? target < nearest : target > nearest)))
            {
                nearest = target;
            }
        }
        return nearest;
    }

    @Override
    public void parameters(final Map<String, String> out)
    {
        out.put("threshold", Double.toString(threshold));
        for (int i = 0; i < members.length; i++)
        {
            final String prefix = "member" + i + ".";
            out.put(prefix + "type", members[i].type());
            out.put(prefix + "weight", Double.toString(weights[i]));
            final Map<String, String> memberParameters = new TreeMap<>();
            members[i].parameters(memberParameters);
            for (final Map.Entry<String, String> parameter : memberParameters.entrySet())
            {
                out.put(prefix + parameter.getKey(), parameter.getValue());
            }
        }
    }

    @Override
    public long stateHash(final long hash)
    {
        long h = Hashing.mix(hash, stance);
        h = Hashing.mix(h, lastCloseMantissa);
        for (int i = 0; i < members.length; i++)
        {
            h = shadows[i].stateHash(h);
            h = members[i].stateHash(h);
        }
        return h;
    }
}
