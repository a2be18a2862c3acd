package com.tradefinder.tools.report;

import com.tradefinder.codecs.ExitReason;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.Regime;
import com.tradefinder.tools.UserException;
import com.tradefinder.tools.journal.Instruments;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The scorecard of a three-day run in USD and in CHF at changing rates.
 * <pre>
 * snapshot       equity USD  fees cum.  CHF rate  equity CHF   benchmark USD  benchmark CHF
 * 01-01 00:00    100         0          0.9       90           100            90
 * 01-02 00:00    110         1          0.8       88           120            96
 * 01-03 00:00     99         3          1.0       99           126            126
 * </pre>
 * One trade exits 01-02 12:00 with net 10 USD and risk 5 USD (8 and 4 CHF at 0.8).
 */
class ScorecardResultTest
{
    private static final double EPSILON = 1e-9;

    private static BotRun run()
    {
        final EquitySeries equity = new EquitySeries()
            .add(ReportJournal.time("2024-01-01T00:00:00Z"), ReportJournal.amount("100"), 0, 0, 0, 0, 0, 0, 0)
            .add(ReportJournal.time("2024-01-02T00:00:00Z"), ReportJournal.amount("110"), 0, 0, 0, 0,
                ReportJournal.amount("1"), 0, 1)
            .add(ReportJournal.time("2024-01-03T00:00:00Z"), ReportJournal.amount("99"), 0, 0, 0, 0,
                ReportJournal.amount("3"), 0, 0);
        final ClosedTrade trade = new ClosedTrade(7, 1, 1, "BTCUSDT", -2, -3, PositionSide.LONG,
            ReportJournal.time("2024-01-01T12:00:00Z"), ReportJournal.time("2024-01-02T12:00:00Z"),
            ReportJournal.price("100"), ReportJournal.price("110"), ReportJournal.price("100"),
            ReportJournal.size("1"), ReportJournal.amount("10"), 0, 0, ReportJournal.amount("5"),
            Regime.TRENDING_UP, ExitReason.TAKE_PROFIT);
        final PriceSeries benchmark = new PriceSeries(1, "BTCUSDT", 86_400, -2)
            .add(ReportJournal.time("2024-01-01T00:00:00Z"), ReportJournal.price("100"))
            .add(ReportJournal.time("2024-01-02T00:00:00Z"), ReportJournal.price("120"))
            .add(ReportJournal.time("2024-01-03T00:00:00Z"), ReportJournal.price("126"));
        return new BotRun(Path.of("j"), 7, new Instruments(), List.of(trade), equity, List.of(benchmark),
            new RiskDecisionTally());
    }

    private static CurrencyRates rates()
    {
        return CurrencyRates.parse("rates.csv",
            List.of("date,CHF", "2024-01-01,0.9", "2024-01-02,0.8", "2024-01-03,1.0"), List.of("CHF"));
    }

    private static ScorecardResult result(final String currency)
    {
        final BotRun run = run();
        return ScorecardResult.of(ScorecardInput.of(run, run.prices().get(0), rates(), currency));
    }

    @Test
    void shouldComputeTheUsdColumnFromTheJournalAmounts()
    {
        final ScorecardResult usd = result("USD");
        // 99 / 100 − 1; peak 110 → 99: 1 − 99/110 = 0.1; fees = last total 3
        assertThat(usd.totalReturn()).isCloseTo(-0.01, within(EPSILON));
        assertThat(usd.maxDrawdown()).isCloseTo(0.1, within(EPSILON));
        assertThat(usd.fees()).isCloseTo(3.0, within(EPSILON));
        assertThat(usd.expectancy()).isCloseTo(10.0, within(EPSILON));
        // buy and hold 126 / 100 − 1 = 0.26; daily strategy 0.1, −0.1 on benchmark 0.2, 0.05:
        // beta = 0.2 / 0.15 = 1.3333; alpha = (0 − 1.3333 × 0.125) × 365 = −60.8333
        assertThat(usd.benchmarkReturn()).isCloseTo(0.26, within(EPSILON));
        assertThat(usd.beta()).isCloseTo(4.0 / 3.0, within(EPSILON));
        assertThat(usd.alpha()).isCloseTo(-60.833333333, within(1e-6));
        // in the market from day 1 to day 2 of 2 days
        assertThat(usd.exposure()).isCloseTo(0.5, within(EPSILON));
    }

    @Test
    void shouldConvertEquityPerSnapshotDateAndComputeRatiosOnTheConvertedSeries()
    {
        final ScorecardResult chf = result("CHF");
        // CHF equity 90, 88, 99: total 99 / 90 − 1 = 0.1; drawdown 1 − 88/90 = 0.0222222
        assertThat(chf.startEquity()).isCloseTo(90.0, within(EPSILON));
        assertThat(chf.endEquity()).isCloseTo(99.0, within(EPSILON));
        assertThat(chf.totalReturn()).isCloseTo(0.1, within(EPSILON));
        assertThat(chf.maxDrawdown()).isCloseTo(2.0 / 90.0, within(EPSILON));
        // daily −0.0222222, 0.125: mean 0.0513889, sample sd 0.1041019: Sharpe × √365 = 9.4309901
        assertThat(chf.sharpe()).isCloseTo(9.430990098, within(1e-6));
        // downside √(0.0222222² / 2) = 0.0157135: Sortino 62.4803094
        assertThat(chf.sortino()).isCloseTo(62.480309398, within(1e-6));
        // fees step by step: 0 × 0.9 + 1 × 0.8 + 2 × 1.0 = 2.8
        assertThat(chf.fees()).isCloseTo(2.8, within(EPSILON));
        // trade at its exit date's 0.8: net 8, risk 4, R still 2
        assertThat(chf.expectancy()).isCloseTo(8.0, within(EPSILON));
        assertThat(chf.expectancyR()).isCloseTo(2.0, within(EPSILON));
        // benchmark CHF 90, 96, 126: return 0.4; daily 0.0666667, 0.3125;
        // beta = 0.1472222 / 0.2458333 = 0.5988701, alpha = (0.0513889 − 0.5988701 × 0.1895833) × 365 = −22.6836158
        assertThat(chf.benchmarkReturn()).isCloseTo(0.4, within(EPSILON));
        assertThat(chf.beta()).isCloseTo(0.598870056, within(1e-8));
        assertThat(chf.alpha()).isCloseTo(-22.683615819, within(1e-6));
        // win rate and exposure do not depend on the currency
        assertThat(chf.winRate()).isEqualTo(1.0);
        assertThat(chf.profitFactor()).isInfinite();
        assertThat(chf.exposure()).isCloseTo(0.5, within(EPSILON));
    }

    @Test
    void shouldFailInOneLineWhenTheRunStartsBeforeTheRates()
    {
        final CurrencyRates late = CurrencyRates.parse("rates.csv", List.of("date,CHF", "2024-01-02,0.8"),
            List.of("CHF"));
        final BotRun run = run();
        assertThatThrownBy(() -> ScorecardInput.of(run, null, late, "CHF"))
            .isInstanceOf(UserException.class)
            .hasMessage("rates file rates.csv has no CHF rate on or before 2024-01-01 (its first row is 2024-01-02)");
    }

    @Test
    void shouldLeaveBenchmarkMetricsUndefinedWithoutBenchmark()
    {
        final ScorecardResult usd = ScorecardResult.of(ScorecardInput.of(run(), null, rates(), "USD"));
        assertThat(usd.alpha()).isNaN();
        assertThat(usd.beta()).isNaN();
        assertThat(usd.benchmarkReturn()).isNaN();
    }
}
