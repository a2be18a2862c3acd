package com.tradefinder.tools.report;

import java.util.List;

/**
 * The series one scorecard column is computed from, all in one currency. Equity is converted snapshot by snapshot
 * at each snapshot's UTC date; a trade's amounts at its exit date; buy-and-hold closes at each close's date; fees and
 * funding step by step (see {@link Scorecard#convertedIncrements(double[], double[])}). Ratio metrics are then
 * computed on the converted series, so a CHF Sharpe ratio is the Sharpe ratio of a CHF investor.
 *
 * @param currency          three-letter code.
 * @param snapshotTimesNs   equity snapshot times.
 * @param equity            equity per snapshot, converted.
 * @param cumulativeFeesUsd cumulative fees per snapshot, in USD.
 * @param cumulativeFundingUsd cumulative funding per snapshot, in USD.
 * @param snapshotRates     the rate of each snapshot's date (1 for USD).
 * @param openPositions     open positions per snapshot.
 * @param tradeNetPnl       net P&amp;L per trade, converted.
 * @param tradeRisk         initial risk per trade, converted.
 * @param tradeNotional     traded notional per trade (both legs), converted.
 * @param benchmarkDaily    buy-and-hold closes at the equity's day-end grid, converted; null without a benchmark.
 */
public record ScorecardInput(String currency, long[] snapshotTimesNs, double[] equity, double[] cumulativeFeesUsd,
    double[] cumulativeFundingUsd, double[] snapshotRates, int[] openPositions, double[] tradeNetPnl,
    double[] tradeRisk, double[] tradeNotional, double[] benchmarkDaily)
{
    /**
     * Converts a bot's run into one currency.
     *
     * @param run       the bot's run.
     * @param benchmark buy-and-hold closes, or null.
     * @param rates     exchange rates.
     * @param currency  {@code USD} or a currency of {@code rates}.
     * @return the input.
     * @throws com.tradefinder.tools.UserException if a date is before the rates file's first row.
     */
    public static ScorecardInput of(final BotRun run, final PriceSeries benchmark, final CurrencyRates rates,
        final String currency)
    {
        final EquitySeries series = run.equity();
        final long[] times = series.times();
        final double[] snapshotRates = rates.rates(currency, times);
        final double[] equity = series.equity();
        for (int i = 0; i < equity.length; i++)
        {
            equity[i] *= snapshotRates[i];
        }
        final List<ClosedTrade> trades = run.trades();
        final double[] net = new double[trades.size()];
        final double[] risk = new double[trades.size()];
        final double[] notional = new double[trades.size()];
        for (int i = 0; i < net.length; i++)
        {
            final ClosedTrade trade = trades.get(i);
            final double rate = rates.rate(currency, trade.exitTimeNs());
            net[i] = trade.netPnl() * rate;
            risk[i] = trade.risk() * rate;
            notional[i] = trade.tradedNotional() * rate;
        }
        return new ScorecardInput(currency, times, equity, series.fees(), series.funding(), snapshotRates,
            series.openPositions(), net, risk, notional, benchmarkDaily(times, benchmark, rates, currency));
    }

    private static double[] benchmarkDaily(final long[] snapshotTimes, final PriceSeries benchmark,
        final CurrencyRates rates, final String currency)
    {
        if (benchmark == null || snapshotTimes.length == 0)
        {
            return null;
        }
        final long[] grid = DailyResampler.grid(snapshotTimes[0], snapshotTimes[snapshotTimes.length - 1]);
        final long[] closeTimes = benchmark.times();
        final double[] closes = benchmark.closes();
        final int[] indices = DailyResampler.indices(closeTimes, grid);
        final double[] daily = new double[grid.length];
        for (int g = 0; g < grid.length; g++)
        {
            final int i = indices[g];
            daily[g] = i < 0 ? Double.NaN : closes[i] * rates.rate(currency, closeTimes[i]);
        }
        return daily;
    }

    /**
     * @return equity at the day-end grid of the snapshots.
     */
    public double[] dailyEquity()
    {
        return DailyResampler.dailyCloses(snapshotTimesNs, equity);
    }
}
