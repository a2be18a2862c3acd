package com.tradefinder.tools.report;

import com.tradefinder.codecs.Regime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Trades grouped by a key (entry regime, strategy): count, win rate, net P&amp;L (USD), mean R and profit factor
 * per group. Pure; the input is not changed.
 */
public final class Breakdown
{
    /**
     * One group.
     *
     * @param key          group name.
     * @param trades       trades in the group.
     * @param winRate      {@link Scorecard#winRate}.
     * @param netPnl       sum of net P&amp;L, USD.
     * @param expectancyR  {@link Scorecard#expectancyR}.
     * @param profitFactor {@link Scorecard#profitFactor}.
     */
    public record Row(String key, int trades, double winRate, double netPnl, double expectancyR,
        double profitFactor)
    {
    }

    private Breakdown()
    {
    }

    /**
     * @param trades closed trades.
     * @return a row per entry regime that has trades, in the regime's code order.
     */
    public static List<Row> byRegime(final List<ClosedTrade> trades)
    {
        final Map<String, List<ClosedTrade>> groups = new LinkedHashMap<>();
        for (final Regime regime : Regime.values())
        {
            if (regime != Regime.NULL_VAL)
            {
                groups.put(regime.name(), new ArrayList<>());
            }
        }
        return rows(trades, groups, trade -> trade.entryRegime().name());
    }

    /**
     * @param trades closed trades.
     * @param names  strategy names.
     * @return a row per strategy that has trades, by strategy id.
     */
    public static List<Row> byStrategy(final List<ClosedTrade> trades, final StrategyNames names)
    {
        final Map<Integer, String> ids = new TreeMap<>();
        for (final ClosedTrade trade : trades)
        {
            ids.put(trade.strategyId(), names.name(trade.strategyId()));
        }
        final Map<String, List<ClosedTrade>> groups = new LinkedHashMap<>();
        for (final String name : ids.values())
        {
            groups.put(name, new ArrayList<>());
        }
        return rows(trades, groups, trade -> names.name(trade.strategyId()));
    }

    private static List<Row> rows(final List<ClosedTrade> trades, final Map<String, List<ClosedTrade>> groups,
        final Function<ClosedTrade, String> key)
    {
        for (final ClosedTrade trade : trades)
        {
            groups.computeIfAbsent(key.apply(trade), k -> new ArrayList<>()).add(trade);
        }
        final List<Row> rows = new ArrayList<>();
        for (final Map.Entry<String, List<ClosedTrade>> group : groups.entrySet())
        {
            final List<ClosedTrade> members = group.getValue();
            if (members.isEmpty())
            {
                continue;
            }
            final double[] net = new double[members.size()];
            final double[] risk = new double[members.size()];
            for (int i = 0; i < net.length; i++)
            {
                net[i] = members.get(i).netPnl();
                risk[i] = members.get(i).risk();
            }
            rows.add(new Row(group.getKey(), net.length, Scorecard.winRate(net), Scorecard.sum(net),
                Scorecard.expectancyR(net, risk), Scorecard.profitFactor(net)));
        }
        return rows;
    }
}
