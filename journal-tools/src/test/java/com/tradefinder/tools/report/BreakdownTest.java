package com.tradefinder.tools.report;

import com.tradefinder.codecs.ExitReason;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.Regime;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BreakdownTest
{
    private static ClosedTrade trade(final int strategy, final Regime regime, final String net, final String risk)
    {
        return new ClosedTrade(7, strategy, 1, "BTCUSDT", -2, -3, PositionSide.LONG, 0, 1, 100, 100, 100, 1,
            ReportJournal.amount(net), 0, 0, ReportJournal.amount(risk), regime, ExitReason.STRATEGY_EXIT);
    }

    private final List<ClosedTrade> trades = List.of(
        trade(2, Regime.RANGING, "30", "10"),
        trade(1, Regime.TRENDING_UP, "-10", "10"),
        trade(2, Regime.RANGING, "-20", "10"),
        trade(1, Regime.TRENDING_UP, "50", "25"));

    @Test
    void shouldGroupByEntryRegimeInRegimeOrder()
    {
        // TRENDING_UP: −10, +50 → 1 win of 2, net 40, R −1 and 2 → 0.5, PF 50/10 = 5
        // RANGING: +30, −20 → 1 of 2, net 10, R 3 and −2 → 0.5, PF 1.5
        final List<Breakdown.Row> rows = Breakdown.byRegime(trades);
        assertThat(rows).extracting(Breakdown.Row::key).containsExactly("TRENDING_UP", "RANGING");
        assertThat(rows.get(0).trades()).isEqualTo(2);
        assertThat(rows.get(0).winRate()).isEqualTo(0.5);
        assertThat(rows.get(0).netPnl()).isCloseTo(40.0, within(1e-9));
        assertThat(rows.get(0).expectancyR()).isCloseTo(0.5, within(1e-9));
        assertThat(rows.get(0).profitFactor()).isCloseTo(5.0, within(1e-9));
        assertThat(rows.get(1).netPnl()).isCloseTo(10.0, within(1e-9));
        assertThat(rows.get(1).profitFactor()).isCloseTo(1.5, within(1e-9));
    }

    @Test
    void shouldGroupByStrategyInIdOrderWithNames()
    {
        final List<Breakdown.Row> rows = Breakdown.byStrategy(trades, new StrategyNames(Map.of(2, "mean-reversion")));
        assertThat(rows).extracting(Breakdown.Row::key).containsExactly("strategy 1", "mean-reversion");
        assertThat(Breakdown.byStrategy(List.of(), new StrategyNames(Map.of()))).isEmpty();
    }
}
