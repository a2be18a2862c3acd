package com.tradefinder.tools.report;

/**
 * One column of the scorecard: every metric of one bot's run in one currency. Fractions are fractions
 * ({@code 0.05} is 5 %), amounts are in {@code currency}; NaN is undefined and ∞ unbounded (see {@link Scorecard}).
 *
 * @param currency        three-letter code.
 * @param startEquity     equity at the first snapshot.
 * @param endEquity       equity at the last snapshot.
 * @param totalReturn     {@link Scorecard#totalReturn}.
 * @param cagr            {@link Scorecard#cagr}.
 * @param sharpe          {@link Scorecard#sharpe}.
 * @param sortino         {@link Scorecard#sortino}.
 * @param calmar          {@link Scorecard#calmar}.
 * @param maxDrawdown     {@link Scorecard#maxDrawdown}.
 * @param maxDrawdownDays {@link Scorecard#maxDrawdownDays}.
 * @param trades          closed trades.
 * @param winRate         {@link Scorecard#winRate}.
 * @param profitFactor    {@link Scorecard#profitFactor}.
 * @param expectancy      {@link Scorecard#expectancy}.
 * @param expectancyR     {@link Scorecard#expectancyR}.
 * @param exposure        {@link Scorecard#exposure}.
 * @param turnover        {@link Scorecard#turnover}.
 * @param fees            fees paid over the run.
 * @param funding         funding over the run, received (+) or paid (−).
 * @param benchmarkReturn buy-and-hold return over the same days; NaN without a benchmark.
 * @param alpha           {@link Scorecard#alpha}.
 * @param beta            {@link Scorecard#beta}.
 */
public record ScorecardResult(String currency, double startEquity, double endEquity, double totalReturn,
    double cagr, double sharpe, double sortino, double calmar, double maxDrawdown, double maxDrawdownDays,
    int trades, double winRate, double profitFactor, double expectancy, double expectancyR, double exposure,
    double turnover, double fees, double funding, double benchmarkReturn, double alpha, double beta)
{
    /**
     * Computes every metric of one input.
     *
     * @param in the series in one currency.
     * @return the metrics.
     */
    public static ScorecardResult of(final ScorecardInput in)
    {
        final double[] equity = in.equity();
        final int n = equity.length;
        final double[] dailyReturns = Scorecard.returns(in.dailyEquity());
        final double[] benchmarkReturns = in.benchmarkDaily() == null ? null : Scorecard.returns(in.benchmarkDaily());
        final double cagr = Scorecard.cagr(in.snapshotTimesNs(), equity);
        final double maxDrawdown = Scorecard.maxDrawdown(equity);
        return new ScorecardResult(
            in.currency(),
            n == 0 ? Double.NaN : equity[0],
            n == 0 ? Double.NaN : equity[n - 1],
            Scorecard.totalReturn(equity),
            cagr,
            Scorecard.sharpe(dailyReturns),
            Scorecard.sortino(dailyReturns),
            Scorecard.calmar(cagr, maxDrawdown),
            maxDrawdown,
            Scorecard.maxDrawdownDays(in.snapshotTimesNs(), equity),
            in.tradeNetPnl().length,
            Scorecard.winRate(in.tradeNetPnl()),
            Scorecard.profitFactor(in.tradeNetPnl()),
            Scorecard.expectancy(in.tradeNetPnl()),
            Scorecard.expectancyR(in.tradeNetPnl(), in.tradeRisk()),
            Scorecard.exposure(in.snapshotTimesNs(), in.openPositions()),
            Scorecard.turnover(in.tradeNotional(), equity),
            n == 0 ? Double.NaN : Scorecard.convertedIncrements(in.cumulativeFeesUsd(), in.snapshotRates()),
            n == 0 ? Double.NaN : Scorecard.convertedIncrements(in.cumulativeFundingUsd(), in.snapshotRates()),
            benchmarkReturns == null ? Double.NaN : Scorecard.totalReturn(finite(in.benchmarkDaily())),
            benchmarkReturns == null ? Double.NaN : Scorecard.alpha(dailyReturns, benchmarkReturns),
            benchmarkReturns == null ? Double.NaN : Scorecard.beta(dailyReturns, benchmarkReturns));
    }

    private static double[] finite(final double[] values)
    {
        int count = 0;
        for (final double value : values)
        {
            count += Double.isNaN(value) ? 0 : 1;
        }
        final double[] finite = new double[count];
        int next = 0;
        for (final double value : values)
        {
            if (!Double.isNaN(value))
            {
                finite[next++] = value;
            }
        }
        return finite;
    }
}
