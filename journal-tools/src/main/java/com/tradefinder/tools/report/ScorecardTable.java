package com.tradefinder.tools.report;

import java.util.List;
import java.util.function.Function;

/**
 * The scorecard as an HTML table: one row per metric, one column per currency, each metric with its one-line
 * definition (as the row's tooltip and in the definitions list under the table).
 */
public final class ScorecardTable
{
    /**
     * One scorecard row.
     *
     * @param label      row label.
     * @param definition one-line definition.
     * @param value      formats the metric of one column.
     */
    public record Metric(String label, String definition, Function<ScorecardResult, String> value)
    {
    }

    /** The rows, in display order. */
    public static final List<Metric> METRICS = List.of(
        new Metric("Start equity", "Equity at the first snapshot.", r -> Format.money(r.startEquity())),
        new Metric("End equity", "Equity at the last snapshot.", r -> Format.money(r.endEquity())),
        new Metric("Total return", "Last equity / first equity − 1.", r -> Format.percent(r.totalReturn())),
        new Metric("CAGR", "(last / first equity)^(1 / years) − 1, years = calendar time between the first and " +
            "last snapshot / 365.25 days.", r -> Format.percent(r.cagr())),
        new Metric("Sharpe ratio", "mean / sample stdev of daily returns (equity at UTC day ends) × √365; " +
            "risk-free rate 0.", r -> Format.number(r.sharpe(), 2)),
        new Metric("Sortino ratio", "mean daily return / √(Σ min(r, 0)² / n) × √365; target and risk-free rate 0.",
            r -> Format.number(r.sortino(), 2)),
        new Metric("Calmar ratio", "CAGR / maximum drawdown depth.", r -> Format.number(r.calmar(), 2)),
        new Metric("Max drawdown", "Largest fall of equity from a running peak, 1 − equity / peak, over all " +
            "snapshots.", r -> Format.percent(r.maxDrawdown())),
        new Metric("Max drawdown duration", "Longest time from a peak to the first snapshot back at or above it " +
            "(or to the end if never recovered), in days.", r -> Format.number(r.maxDrawdownDays(), 1) + " d"),
        new Metric("Trades", "Closed round trips.", r -> Integer.toString(r.trades())),
        new Metric("Win rate", "Trades with a positive net P&L / all trades.", r -> Format.percent(r.winRate())),
        new Metric("Profit factor", "Sum of winning trades' net P&L / |sum of losing trades' net P&L|; ∞ without " +
            "losses.", r -> Format.number(r.profitFactor(), 2)),
        new Metric("Expectancy", "Mean net P&L per trade (net = realized − fees + funding).",
            r -> Format.money(r.expectancy())),
        new Metric("Expectancy (R)", "Mean of net P&L / initial risk to the stop, over trades with a risk.",
            r -> Format.number(r.expectancyR(), 2) + (Double.isFinite(r.expectancyR()) ? " R" : "")),
        new Metric("Exposure", "Fraction of time with at least one open position (each snapshot holds until the " +
            "next).", r -> Format.percent(r.exposure())),
        new Metric("Turnover", "Notional traded, entries and exits, / mean equity.",
            r -> Format.number(r.turnover(), 2) + (Double.isFinite(r.turnover()) ? " ×" : "")),
        new Metric("Fees paid", "Fees over the run (rebates subtract).", r -> Format.money(r.fees())),
        new Metric("Funding", "Funding over the run: received (+) or paid (−).", r -> Format.money(r.funding())),
        new Metric("Buy & hold return", "Return of holding the benchmark instrument over the same days.",
            r -> Format.percent(r.benchmarkReturn())),
        new Metric("Alpha (annual)", "OLS intercept of daily strategy returns on daily buy-and-hold returns, × 365.",
            r -> Format.percent(r.alpha())),
        new Metric("Beta", "OLS slope of daily strategy returns on daily buy-and-hold returns.",
            r -> Format.number(r.beta(), 2)));

    private ScorecardTable()
    {
    }

    /**
     * @param results one per currency, USD first.
     * @param out     where the table and the definitions list are appended.
     */
    public static void append(final List<ScorecardResult> results, final StringBuilder out)
    {
        out.append("<table class=\"scorecard\">\n<thead><tr><th>Metric</th>");
        for (final ScorecardResult result : results)
        {
            out.append("<th>").append(Html.escape(result.currency())).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (final Metric metric : METRICS)
        {
            out.append("<tr title=\"").append(Html.escape(metric.definition())).append("\"><th>")
                .append(Html.escape(metric.label())).append("</th>");
            for (final ScorecardResult result : results)
            {
                out.append("<td>").append(Html.escape(metric.value().apply(result))).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n<details class=\"definitions\"><summary>Definitions</summary>\n<dl>\n");
        for (final Metric metric : METRICS)
        {
            out.append("<dt>").append(Html.escape(metric.label())).append("</dt><dd>")
                .append(Html.escape(metric.definition())).append("</dd>\n");
        }
        out.append("</dl>\n</details>\n");
    }
}
