package com.tradefinder.tools.report;

import com.tradefinder.codecs.ExitReason;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.Regime;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ClosedTradeTest
{
    private static ClosedTrade trade(final PositionSide side, final String entry, final String exit,
        final String intended, final String realized, final String fees, final String funding, final String risk)
    {
        return new ClosedTrade(7, 2, 1, "BTCUSDT", ReportJournal.PRICE_EXPONENT, ReportJournal.SIZE_EXPONENT, side,
            0, 1, ReportJournal.price(entry), ReportJournal.price(exit), ReportJournal.price(intended),
            ReportJournal.size("0.1"), ReportJournal.amount(realized), ReportJournal.amount(fees),
            ReportJournal.amount(funding), ReportJournal.amount(risk), Regime.TRENDING_UP, ExitReason.STOP_LOSS);
    }

    @Test
    void shouldComputeNetPnlAsRealizedMinusFeesPlusFunding()
    {
        // 99.95 − 5.04 + (−1.5) = 93.41; R = 93.41 / 100 = 0.9341
        final ClosedTrade trade = trade(PositionSide.LONG, "42000.5", "43000", "42000", "99.95", "5.04", "-1.5", "100");
        assertThat(trade.netPnlMantissa()).isEqualTo(ReportJournal.amount("93.41"));
        assertThat(trade.rMultipleText()).isEqualTo("0.9341");
        assertThat(trade.rMultiple()).isCloseTo(0.9341, within(1e-12));
        // notional both legs: (42000.5 + 43000) × 0.1 = 8500.05
        assertThat(trade.tradedNotional()).isCloseTo(8500.05, within(1e-9));
    }

    @Test
    void shouldCountAdverseSlippageAsPositiveForBothSides()
    {
        // long: (42000.50 − 42000) / 42000 × 10000 = 0.1190476 → 0.119 bps (paid more)
        assertThat(trade(PositionSide.LONG, "42000.5", "43000", "42000", "1", "0", "0", "1").slippageBpsText())
            .isEqualTo("0.119");
        // short: −(43000 − 43010) / 43010 × 10000 = 2.3250407 → 2.325 bps (sold lower)
        assertThat(trade(PositionSide.SHORT, "43000", "43500", "43010", "-100", "0", "0", "1").slippageBpsText())
            .isEqualTo("2.325");
        // short filled above the intended price is favourable: −(43020 − 43000) / 43000 × 10000 = −4.6512
        assertThat(trade(PositionSide.SHORT, "43020", "43500", "43000", "-96", "0", "0", "1").slippageBpsText())
            .isEqualTo("-4.6512");
    }

    @Test
    void shouldInferTheSideOfAOneWayTradeFromItsPnl()
    {
        // price up and profit: long; price up and loss: short; no move: unknown
        assertThat(trade(PositionSide.BOTH, "100", "110", "100", "1", "0", "0", "1").sideName()).isEqualTo("LONG");
        assertThat(trade(PositionSide.BOTH, "100", "110", "100", "-1", "0", "0", "1").sideName()).isEqualTo("SHORT");
        final ClosedTrade flat = trade(PositionSide.BOTH, "100", "100", "99", "0", "0", "0", "1");
        assertThat(flat.sideName()).isEqualTo("BOTH");
        assertThat(flat.slippageBpsText()).isEmpty();
    }

    @Test
    void shouldLeaveRAndSlippageEmptyWhenUndefined()
    {
        final ClosedTrade trade = trade(PositionSide.LONG, "100", "110", "0", "1", "0", "0", "0");
        assertThat(trade.rMultipleText()).isEmpty();
        assertThat(trade.rMultiple()).isNaN();
        assertThat(trade.slippageBpsText()).isEmpty();
    }
}
