package com.tradefinder.tools.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScorecardTest
{
    private static final long DAY = Scorecard.DAY_NS;
    private static final long HOUR = DAY / 24;
    private static final double EPSILON = 1e-12;

    @Test
    void shouldComputeTotalReturnFromFirstAndLastEquity()
    {
        // 99 / 100 − 1 = −0.01
        assertThat(Scorecard.totalReturn(new double[]{ 100, 110, 99 })).isCloseTo(-0.01, within(EPSILON));
    }

    @Test
    void shouldComputeCagrOverCalendarTime()
    {
        // 100 → 121 over two Julian years (2 × 365.25 days): 1.21^(1/2) − 1 = 0.1
        final long[] times = { 0, (long)(2 * 365.25 * DAY) };
        assertThat(Scorecard.cagr(times, new double[]{ 100, 121 })).isCloseTo(0.1, within(1e-12));
        // 100 → 110 over half a Julian year: 1.1^2 − 1 = 0.21
        assertThat(Scorecard.cagr(new long[]{ 0, (long)(365.25 * DAY / 2) }, new double[]{ 100, 110 }))
            .isCloseTo(0.21, within(1e-12));
    }

    @Test
    void shouldReportTotalLossAsCagrOfMinusOne()
    {
        assertThat(Scorecard.cagr(new long[]{ 0, DAY }, new double[]{ 100, 0 })).isEqualTo(-1.0);
    }

    @Test
    void shouldComputeSimpleReturns()
    {
        // 110 / 100 − 1 = 0.1; 99 / 110 − 1 = −0.1
        assertThat(Scorecard.returns(new double[]{ 100, 110, 99 }))
            .containsExactly(new double[]{ 0.1, -0.1 }, within(EPSILON));
    }

    @Test
    void shouldComputeSharpeFromDailyReturnsAnnualisedWithRootOf365()
    {
        // r = 0.01, −0.01, 0.02, 0: mean 0.005; deviations ±0.005, ±0.015; Σ squares = 2·0.000025 + 2·0.000225
        // = 0.0005; sample sd = √(0.0005 / 3) = 0.0129099445; Sharpe = 0.005 / 0.0129099445 × √365 = 7.3993243
        assertThat(Scorecard.sharpe(new double[]{ 0.01, -0.01, 0.02, 0.0 })).isCloseTo(7.399324293, within(1e-8));
    }

    @Test
    void shouldComputeSortinoWithDownsideDeviationOverAllDays()
    {
        // same returns: only −0.01 is below 0; downside sd = √(0.0001 / 4) = 0.005; 0.005 / 0.005 × √365 = 19.1049732
        assertThat(Scorecard.sortino(new double[]{ 0.01, -0.01, 0.02, 0.0 })).isCloseTo(19.10497317, within(1e-7));
    }

    @Test
    void shouldGiveInfiniteSortinoWithoutLosingDaysAndUndefinedSharpeForConstantReturns()
    {
        assertThat(Scorecard.sortino(new double[]{ 0.01, 0.02 })).isInfinite();
        assertThat(Scorecard.sharpe(new double[]{ 0.01, 0.01 })).isNaN();
        assertThat(Scorecard.sharpe(new double[]{ 0.01 })).isNaN();
        assertThat(Scorecard.sortino(new double[0])).isNaN();
    }

    @Test
    void shouldComputeCalmarAsCagrOverDrawdown()
    {
        // 0.2 / 0.1 = 2
        assertThat(Scorecard.calmar(0.2, 0.1)).isCloseTo(2.0, within(EPSILON));
        assertThat(Scorecard.calmar(0.2, 0.0)).isInfinite();
        assertThat(Scorecard.calmar(-0.1, 0.0)).isNaN();
        assertThat(Scorecard.calmar(Double.NaN, 0.1)).isNaN();
    }

    @Test
    void shouldComputeDrawdownsFromTheRunningPeak()
    {
        // peaks 100, 120, 120, 130, 130: 0, 0, 90/120 − 1 = −0.25, 0, 117/130 − 1 = −0.1
        final double[] equity = { 100, 120, 90, 130, 117 };
        assertThat(Scorecard.drawdowns(equity)).containsExactly(new double[]{ 0, 0, -0.25, 0, -0.1 }, within(EPSILON));
        assertThat(Scorecard.maxDrawdown(equity)).isCloseTo(0.25, within(EPSILON));
    }

    @Test
    void shouldMeasureDrawdownDurationFromPeakToRecovery()
    {
        // peak 120 on day 1, back to 130 ≥ 120 on day 3: 2 days; then 130 on day 3, below to the end (day 4): 1 day
        final long[] times = { 0, DAY, 2 * DAY, 3 * DAY, 4 * DAY };
        assertThat(Scorecard.maxDrawdownDays(times, new double[]{ 100, 120, 90, 130, 117 }))
            .isCloseTo(2.0, within(EPSILON));
    }

    @Test
    void shouldMeasureAnUnrecoveredDrawdownToTheEnd()
    {
        // peak 100 at day 0, never regained; the last snapshot is at day 3.5: 3.5 days
        final long[] times = { 0, DAY, 3 * DAY + 12 * HOUR };
        assertThat(Scorecard.maxDrawdownDays(times, new double[]{ 100, 90, 95 })).isCloseTo(3.5, within(EPSILON));
    }

    @Test
    void shouldCountOnlyPositiveTradesAsWins()
    {
        // 10 and 20 win; −5 loses; 0 is not a win: 2 / 4 = 0.5
        assertThat(Scorecard.winRate(new double[]{ 10, -5, 0, 20 })).isCloseTo(0.5, within(EPSILON));
    }

    @Test
    void shouldComputeProfitFactorFromNetWinsAndLosses()
    {
        // wins 10 + 20 = 30, losses |−5| = 5: 6
        assertThat(Scorecard.profitFactor(new double[]{ 10, -5, 0, 20 })).isCloseTo(6.0, within(EPSILON));
    }

    @Test
    void shouldGiveInfiniteProfitFactorWithoutLosses()
    {
        assertThat(Scorecard.profitFactor(new double[]{ 10, 20 })).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Format.number(Scorecard.profitFactor(new double[]{ 10, 20 }), 2)).isEqualTo("∞");
    }

    @Test
    void shouldComputeExpectancyPerTradeAndInR()
    {
        // (10 − 5 + 0 + 20) / 4 = 6.25
        assertThat(Scorecard.expectancy(new double[]{ 10, -5, 0, 20 })).isCloseTo(6.25, within(EPSILON));
        // R: 10 / 10 = 1, −5 / 5 = −1, the third has no risk and is left out: mean 0
        assertThat(Scorecard.expectancyR(new double[]{ 10, -5, 20 }, new double[]{ 10, 5, 0 }))
            .isCloseTo(0.0, within(EPSILON));
        // 30 / 10 = 3, −5 / 10 = −0.5: mean 1.25
        assertThat(Scorecard.expectancyR(new double[]{ 30, -5 }, new double[]{ 10, 10 })).isCloseTo(1.25,
            within(EPSILON));
    }

    @Test
    void shouldComputeExposureAsTimeWithAnOpenPosition()
    {
        // snapshots at 0 h, 1 h, 3 h, 4 h with 1, 0, 2, 0 open: [0, 1) and [3, 4) exposed = 2 h of 4 h = 0.5
        final long[] times = { 0, HOUR, 3 * HOUR, 4 * HOUR };
        assertThat(Scorecard.exposure(times, new int[]{ 1, 0, 2, 0 })).isCloseTo(0.5, within(EPSILON));
    }

    @Test
    void shouldComputeTurnoverOverMeanEquity()
    {
        // (1000 + 500) / mean(100, 200, 300) = 1500 / 200 = 7.5
        assertThat(Scorecard.turnover(new double[]{ 1000, 500 }, new double[]{ 100, 200, 300 }))
            .isCloseTo(7.5, within(EPSILON));
    }

    @Test
    void shouldConvertCumulativeAmountsStepByStep()
    {
        // steps 1, 2, 3 at rates 1, 2, 0.5: 1 + 4 + 1.5 = 6.5; at rate 1 it is the last total, 6
        final double[] cumulative = { 1, 3, 6 };
        assertThat(Scorecard.convertedIncrements(cumulative, new double[]{ 1, 2, 0.5 })).isCloseTo(6.5,
            within(EPSILON));
        assertThat(Scorecard.convertedIncrements(cumulative, new double[]{ 1, 1, 1 })).isCloseTo(6.0, within(EPSILON));
        // funding paid shows negative: −2 then −3 → −3
        assertThat(Scorecard.convertedIncrements(new double[]{ -2, -3 }, new double[]{ 1, 1 })).isCloseTo(-3.0,
            within(EPSILON));
    }

    @Test
    void shouldRegressStrategyOnBenchmarkForAlphaAndBeta()
    {
        // y = 0.001 + 0.5 x exactly: beta 0.5, daily alpha 0.001, annual 0.001 × 365 = 0.365
        final double[] x = { 0.01, 0.02, -0.01, 0.0 };
        final double[] y = { 0.006, 0.011, -0.004, 0.001 };
        assertThat(Scorecard.beta(y, x)).isCloseTo(0.5, within(1e-12));
        assertThat(Scorecard.alpha(y, x)).isCloseTo(0.365, within(1e-12));
    }

    @Test
    void shouldRegressAnInexactFitByOrdinaryLeastSquares()
    {
        // x = 0, 1, 2; y = 0, 1, 1: x̄ = 1, ȳ = 2/3; cov = (−1)(−2/3) + 0 + (1)(1/3) = 1; var = 2: beta 0.5;
        // alpha = 2/3 − 0.5 · 1 = 1/6 a day, × 365 = 60.8333
        assertThat(Scorecard.beta(new double[]{ 0, 1, 1 }, new double[]{ 0, 1, 2 })).isCloseTo(0.5, within(1e-12));
        assertThat(Scorecard.alpha(new double[]{ 0, 1, 1 }, new double[]{ 0, 1, 2 }))
            .isCloseTo(365.0 / 6.0, within(1e-9));
    }

    @Test
    void shouldSkipMissingDaysAndRefuseAConstantBenchmark()
    {
        // the NaN day is left out; the rest is y = 2x: beta 2, alpha 0
        assertThat(Scorecard.beta(new double[]{ Double.NaN, 0.02, 0.04, -0.02 },
            new double[]{ 0.5, 0.01, 0.02, -0.01 })).isCloseTo(2.0, within(1e-12));
        assertThat(Scorecard.beta(new double[]{ 0.01, 0.02 }, new double[]{ 0.01, 0.01 })).isNaN();
        assertThat(Scorecard.alpha(new double[]{ 0.01 }, new double[]{ 0.01 })).isNaN();
    }

    @Test
    void shouldLeaveTradeMetricsUndefinedWithoutTrades()
    {
        final double[] none = new double[0];
        assertThat(Scorecard.winRate(none)).isNaN();
        assertThat(Scorecard.profitFactor(none)).isNaN();
        assertThat(Scorecard.expectancy(none)).isNaN();
        assertThat(Scorecard.expectancyR(none, none)).isNaN();
        assertThat(Scorecard.turnover(none, new double[]{ 100 })).isZero();
        assertThat(Format.number(Scorecard.profitFactor(none), 2)).isEqualTo("–");
    }

    @Test
    void shouldHandleASingleSnapshot()
    {
        final long[] times = { 5 * DAY };
        final double[] equity = { 1000 };
        assertThat(Scorecard.totalReturn(equity)).isZero();
        assertThat(Scorecard.cagr(times, equity)).isNaN();
        assertThat(Scorecard.sharpe(Scorecard.returns(DailyResampler.dailyCloses(times, equity)))).isNaN();
        assertThat(Scorecard.maxDrawdown(equity)).isZero();
        assertThat(Scorecard.maxDrawdownDays(times, equity)).isZero();
        assertThat(Scorecard.exposure(times, new int[]{ 1 })).isEqualTo(1.0);
        assertThat(Scorecard.calmar(Scorecard.cagr(times, equity), Scorecard.maxDrawdown(equity))).isNaN();
    }

    @Test
    void shouldLeaveEquityMetricsUndefinedWithoutSnapshots()
    {
        assertThat(Scorecard.totalReturn(new double[0])).isNaN();
        assertThat(Scorecard.maxDrawdown(new double[0])).isNaN();
        assertThat(Scorecard.maxDrawdownDays(new long[0], new double[0])).isNaN();
        assertThat(Scorecard.exposure(new long[0], new int[0])).isNaN();
        assertThat(Scorecard.turnover(new double[]{ 1 }, new double[0])).isNaN();
    }
}
