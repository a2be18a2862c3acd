package com.tradefinder.tools.report;

/**
 * The backtest scorecard's metrics, each one a pure function over plain arrays: no I/O, no state, safe on any thread.
 * <p>
 * Conventions shared by every method:
 * <ul>
 *     <li>Times are epoch nanoseconds, UTC, ascending. Amounts are in one currency, as {@code double} (statistics,
 *     never bookkeeping: the CSV files carry the exact amounts).</li>
 *     <li>Returns and drawdowns are fractions ({@code 0.05} is 5 %).</li>
 *     <li>A metric that the data cannot define (too few points, a zero denominator with a zero numerator) is
 *     {@link Double#NaN}, shown as "–"; one that is unbounded (a profit factor without losses) is
 *     {@link Double#POSITIVE_INFINITY}, shown as "∞".</li>
 *     <li>Daily returns come from {@link DailyResampler}: equity at UTC day ends. Annualisation uses 365 days a
 *     year (crypto trades every day); the risk-free rate is 0.</li>
 * </ul>
 */
public final class Scorecard
{
    /** Trading days per year for annualising daily statistics: crypto markets never close. */
    public static final double DAYS_PER_YEAR = 365.0;

    /** Nanoseconds in a day. */
    public static final long DAY_NS = 86_400_000_000_000L;

    /** Length of a calendar year for CAGR, in days (the Julian year: leap years averaged in). */
    public static final double CALENDAR_YEAR_DAYS = 365.25;

    private Scorecard()
    {
    }

    /**
     * Total return: last equity over first equity, minus one.
     *
     * @param equity equity per snapshot.
     * @return the return; NaN without snapshots or when the first equity is not positive.
     */
    public static double totalReturn(final double[] equity)
    {
        if (equity.length == 0 || !(equity[0] > 0))
        {
            return Double.NaN;
        }
        return equity[equity.length - 1] / equity[0] - 1.0;
    }

    /**
     * Compound annual growth rate over calendar time: {@code (last / first)^(1 / years) − 1} with
     * {@code years = (lastTime − firstTime) / 365.25 days}.
     *
     * @param timesNs snapshot times.
     * @param equity  equity per snapshot.
     * @return the CAGR; NaN with fewer than two snapshots, no elapsed time or a non-positive first equity; −1 when
     *         the account ended at or below zero.
     */
    public static double cagr(final long[] timesNs, final double[] equity)
    {
        final int n = equity.length;
        if (n < 2 || timesNs[n - 1] <= timesNs[0] || !(equity[0] > 0))
        {
            return Double.NaN;
        }
        final double years = (timesNs[n - 1] - timesNs[0]) / (double)DAY_NS / CALENDAR_YEAR_DAYS;
        final double growth = equity[n - 1] / equity[0];
        if (growth <= 0)
        {
            return -1.0;
        }
        return Math.pow(growth, 1.0 / years) - 1.0;
    }

    /**
     * Simple returns between consecutive values: {@code values[i] / values[i − 1] − 1}.
     *
     * @param values a series, e.g. equity at day ends.
     * @return one return fewer than values; a step from a non-positive or NaN value gives NaN.
     */
    public static double[] returns(final double[] values)
    {
        if (values.length < 2)
        {
            return new double[0];
        }
        final double[] returns = new double[values.length - 1];
        for (int i = 1; i < values.length; i++)
        {
            returns[i - 1] = values[i - 1] > 0 ? values[i] / values[i - 1] - 1.0 : Double.NaN;
        }
        return returns;
    }

    /**
     * Annualised Sharpe ratio: {@code mean(r) / stdev(r) × √365} over daily returns, with the sample standard deviation
     * (n − 1) and a risk-free rate of 0.
     *
     * @param dailyReturns daily returns.
     * @return the ratio; NaN with fewer than two returns or a zero deviation.
     */
    public static double sharpe(final double[] dailyReturns)
    {
        final int n = dailyReturns.length;
        if (n < 2)
        {
            return Double.NaN;
        }
        final double mean = mean(dailyReturns);
        double squares = 0;
        for (final double r : dailyReturns)
        {
            squares += (r - mean) * (r - mean);
        }
        final double deviation = Math.sqrt(squares / (n - 1));
        return deviation > 0 ? mean / deviation * Math.sqrt(DAYS_PER_YEAR) : Double.NaN;
    }

    /**
     * Annualised Sortino ratio: {@code mean(r) / downside deviation × √365}, the downside deviation being
     * {@code √(Σ min(r, 0)² / n)} over all n daily returns (target return 0, risk-free rate 0).
     *
     * @param dailyReturns daily returns.
     * @return the ratio; NaN with fewer than two returns; ∞ without a losing day and a positive mean.
     */
    public static double sortino(final double[] dailyReturns)
    {
        final int n = dailyReturns.length;
        if (n < 2)
        {
            return Double.NaN;
        }
        final double mean = mean(dailyReturns);
        double squares = 0;
        for (final double r : dailyReturns)
        {
            if (r < 0)
            {
                squares += r * r;
            }
        }
        final double downside = Math.sqrt(squares / n);
        if (downside > 0)
        {
            return mean / downside * Math.sqrt(DAYS_PER_YEAR);
        }
        return mean > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
    }

    /**
     * Calmar ratio: CAGR over the maximum drawdown depth.
     *
     * @param cagr        from {@link #cagr(long[], double[])}.
     * @param maxDrawdown from {@link #maxDrawdown(double[])}, a positive fraction.
     * @return the ratio; ∞ for a positive CAGR without drawdown; NaN when undefined.
     */
    public static double calmar(final double cagr, final double maxDrawdown)
    {
        if (Double.isNaN(cagr) || Double.isNaN(maxDrawdown))
        {
            return Double.NaN;
        }
        if (maxDrawdown > 0)
        {
            return cagr / maxDrawdown;
        }
        return cagr > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
    }

    /**
     * Drawdown at each snapshot: {@code equity / running peak − 1} (0 at a new peak, negative below it).
     *
     * @param equity equity per snapshot.
     * @return the drawdown per snapshot, a fraction ≤ 0.
     */
    public static double[] drawdowns(final double[] equity)
    {
        final double[] drawdowns = new double[equity.length];
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < equity.length; i++)
        {
            peak = Math.max(peak, equity[i]);
            drawdowns[i] = peak > 0 ? equity[i] / peak - 1.0 : 0.0;
        }
        return drawdowns;
    }

    /**
     * Maximum drawdown depth: the largest fall from a running peak, {@code max(1 − equity / peak)}.
     *
     * @param equity equity per snapshot.
     * @return a fraction ≥ 0 (0.25 is a 25 % drawdown); NaN without snapshots.
     */
    public static double maxDrawdown(final double[] equity)
    {
        if (equity.length == 0)
        {
            return Double.NaN;
        }
        double worst = 0;
        for (final double drawdown : drawdowns(equity))
        {
            worst = Math.min(worst, drawdown);
        }
        return -worst;
    }

    /**
     * Maximum drawdown duration: the longest time from a peak to the first snapshot back at or above it, or to the
     * last snapshot for a drawdown never recovered.
     *
     * @param timesNs snapshot times.
     * @param equity  equity per snapshot.
     * @return days (fractional); 0 without a drawdown; NaN without snapshots.
     */
    public static double maxDrawdownDays(final long[] timesNs, final double[] equity)
    {
        final int n = equity.length;
        if (n == 0)
        {
            return Double.NaN;
        }
        long longestNs = 0;
        double peak = equity[0];
        long peakTimeNs = timesNs[0];
        boolean under = false;
        for (int i = 1; i < n; i++)
        {
            if (equity[i] >= peak)
            {
                if (under)
                {
                    longestNs = Math.max(longestNs, timesNs[i] - peakTimeNs);
                    under = false;
                }
                peak = equity[i];
                peakTimeNs = timesNs[i];
            }
            else
            {
                under = true;
            }
        }
        if (under)
        {
            longestNs = Math.max(longestNs, timesNs[n - 1] - peakTimeNs);
        }
        return longestNs / (double)DAY_NS;
    }

    /**
     * Win rate: the fraction of trades with a positive net P&amp;L (a trade at exactly zero is not a win).
     *
     * @param netPnl net P&amp;L per trade.
     * @return a fraction; NaN without trades.
     */
    public static double winRate(final double[] netPnl)
    {
        if (netPnl.length == 0)
        {
            return Double.NaN;
        }
        int wins = 0;
        for (final double pnl : netPnl)
        {
            if (pnl > 0)
            {
                wins++;
            }
        }
        return wins / (double)netPnl.length;
    }

    /**
     * Profit factor: the sum of winning trades' net P&amp;L over the absolute sum of losing trades' net P&amp;L.
     *
     * @param netPnl net P&amp;L per trade.
     * @return the factor; ∞ with wins and no losses; NaN with neither.
     */
    public static double profitFactor(final double[] netPnl)
    {
        double wins = 0;
        double losses = 0;
        for (final double pnl : netPnl)
        {
            if (pnl > 0)
            {
                wins += pnl;
            }
            else
            {
                losses -= pnl;
            }
        }
        if (losses > 0)
        {
            return wins / losses;
        }
        return wins > 0 ? Double.POSITIVE_INFINITY : Double.NaN;
    }

    /**
     * Expectancy: the mean net P&amp;L per trade.
     *
     * @param netPnl net P&amp;L per trade.
     * @return the mean; NaN without trades.
     */
    public static double expectancy(final double[] netPnl)
    {
        return netPnl.length == 0 ? Double.NaN : mean(netPnl);
    }

    /**
     * Expectancy in R: the mean of {@code net P&L / initial risk} over the trades that had a positive initial risk.
     *
     * @param netPnl      net P&amp;L per trade.
     * @param initialRisk amount at risk to the stop at entry, per trade, same currency.
     * @return the mean R multiple; NaN when no trade had a risk.
     */
    public static double expectancyR(final double[] netPnl, final double[] initialRisk)
    {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < netPnl.length; i++)
        {
            if (initialRisk[i] > 0)
            {
                sum += netPnl[i] / initialRisk[i];
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }

    /**
     * Exposure: the fraction of time with at least one open position. Each snapshot's count holds until the next
     * snapshot, so the time is {@code Σ (t[i+1] − t[i]) · [open[i] ≥ 1] / (t[last] − t[0])}. When no time elapsed
     * (one snapshot, or all at one instant) it is the fraction of snapshots with an open position.
     *
     * @param timesNs       snapshot times.
     * @param openPositions open positions per snapshot.
     * @return a fraction in [0, 1]; NaN without snapshots.
     */
    public static double exposure(final long[] timesNs, final int[] openPositions)
    {
        final int n = openPositions.length;
        if (n == 0)
        {
            return Double.NaN;
        }
        final long totalNs = timesNs[n - 1] - timesNs[0];
        if (totalNs <= 0)
        {
            int open = 0;
            for (final int positions : openPositions)
            {
                open += positions > 0 ? 1 : 0;
            }
            return open / (double)n;
        }
        long exposedNs = 0;
        for (int i = 0; i + 1 < n; i++)
        {
            if (openPositions[i] > 0)
            {
                exposedNs += timesNs[i + 1] - timesNs[i];
            }
        }
        return exposedNs / (double)totalNs;
    }

    /**
     * Turnover: the notional traded (entries and exits both counted) over the mean equity of the snapshots.
     *
     * @param tradedNotional notional per trade, entry plus exit leg.
     * @param equity         equity per snapshot.
     * @return times the mean equity was traded; NaN without snapshots or with a non-positive mean equity.
     */
    public static double turnover(final double[] tradedNotional, final double[] equity)
    {
        if (equity.length == 0)
        {
            return Double.NaN;
        }
        final double meanEquity = mean(equity);
        return meanEquity > 0 ? sum(tradedNotional) / meanEquity : Double.NaN;
    }

    /**
     * The amount a cumulative series grew by, each step converted at its own rate:
     * {@code Σ (c[i] − c[i−1]) · rate[i]}, with {@code c[−1] = 0}. For fees paid and funding, whose snapshots carry
     * running totals; with all rates 1 it is the last total.
     *
     * @param cumulative running total per snapshot, in the base currency.
     * @param rates      conversion rate per snapshot (units of the target currency per base unit).
     * @return the total in the target currency; 0 without snapshots.
     */
    public static double convertedIncrements(final double[] cumulative, final double[] rates)
    {
        double total = 0;
        double previous = 0;
        for (int i = 0; i < cumulative.length; i++)
        {
            total += (cumulative[i] - previous) * rates[i];
            previous = cumulative[i];
        }
        return total;
    }

    /**
     * Beta: the OLS slope of daily strategy returns on daily buy-and-hold returns, {@code cov(s, b) / var(b)}.
     * Days where either return is NaN are left out.
     *
     * @param strategyReturns  daily strategy returns.
     * @param benchmarkReturns daily buy-and-hold returns of the same days.
     * @return the slope; NaN with fewer than two days or a constant benchmark.
     */
    public static double beta(final double[] strategyReturns, final double[] benchmarkReturns)
    {
        return regression(strategyReturns, benchmarkReturns)[1];
    }

    /**
     * Alpha: the OLS intercept of daily strategy returns on daily buy-and-hold returns,
     * {@code mean(s) − beta · mean(b)}, annualised as a simple rate ({@code × 365}).
     *
     * @param strategyReturns  daily strategy returns.
     * @param benchmarkReturns daily buy-and-hold returns of the same days.
     * @return the annual alpha, a fraction; NaN with fewer than two days or a constant benchmark.
     */
    public static double alpha(final double[] strategyReturns, final double[] benchmarkReturns)
    {
        return regression(strategyReturns, benchmarkReturns)[0] * DAYS_PER_YEAR;
    }

    private static double[] regression(final double[] y, final double[] x)
    {
        final int length = Math.min(y.length, x.length);
        double sumX = 0;
        double sumY = 0;
        int n = 0;
        for (int i = 0; i < length; i++)
        {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i]))
            {
                sumX += x[i];
                sumY += y[i];
                n++;
            }
        }
        if (n < 2)
        {
            return new double[]{ Double.NaN, Double.NaN };
        }
        final double meanX = sumX / n;
        final double meanY = sumY / n;
        double covariance = 0;
        double variance = 0;
        for (int i = 0; i < length; i++)
        {
            if (!Double.isNaN(x[i]) && !Double.isNaN(y[i]))
            {
                covariance += (x[i] - meanX) * (y[i] - meanY);
                variance += (x[i] - meanX) * (x[i] - meanX);
            }
        }
        if (!(variance > 0))
        {
            return new double[]{ Double.NaN, Double.NaN };
        }
        final double slope = covariance / variance;
        return new double[]{ meanY - slope * meanX, slope };
    }

    /**
     * @param values numbers.
     * @return their sum; 0 when empty.
     */
    public static double sum(final double[] values)
    {
        double sum = 0;
        for (final double value : values)
        {
            sum += value;
        }
        return sum;
    }

    /**
     * @param values numbers.
     * @return their arithmetic mean; NaN when empty.
     */
    public static double mean(final double[] values)
    {
        return values.length == 0 ? Double.NaN : sum(values) / values.length;
    }
}
