package com.tradefinder.tools.report;

import com.tradefinder.codecs.RejectReason;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;

/**
 * Renders {@code report.html}: one self-contained page (inline CSS and SVG, no scripts, fonts or links to fetch)
 * with the scorecard, equity curve, drawdown, monthly returns, R distribution, per-regime and per-strategy
 * breakdowns, risk decisions and notes. Every text from the journal or the options is escaped. Deterministic: the
 * same inputs give the same bytes (no generation time is printed).
 */
public final class HtmlReport
{
    private static final String EQUITY_COLOUR = "#2563eb";
    private static final String BENCHMARK_COLOUR = "#9ca3af";
    private static final String DRAWDOWN_COLOUR = "#dc2626";
    private static final String WIN_COLOUR = "#16a34a";
    private static final String LOSS_COLOUR = "#dc2626";
    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

    private static final String STYLE = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#111827;margin:0;\
        background:#f9fafb}
        main{max-width:1200px;margin:0 auto;padding:24px}
        h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:32px 0 8px;border-bottom:1px solid #e5e7eb;\
        padding-bottom:4px}
        .meta{color:#4b5563;font-size:13px;margin:0 0 16px}.meta span{margin-right:18px}
        section{background:#fff;border:1px solid #e5e7eb;border-radius:6px;padding:8px 16px 16px;margin:16px 0}
        table{border-collapse:collapse;font-size:13px;font-variant-numeric:tabular-nums}
        th,td{padding:4px 10px;border-bottom:1px solid #f3f4f6;text-align:right;white-space:nowrap}
        th:first-child{text-align:left}thead th{border-bottom:2px solid #d1d5db;background:#f9fafb}
        table.scorecard tbody th{font-weight:500}
        table.monthly td{min-width:44px}table.monthly td.year{font-weight:600}
        .note,.empty{color:#6b7280;font-size:13px}
        details.definitions{margin-top:10px;font-size:13px}dl{display:grid;grid-template-columns:max-content auto;\
        gap:2px 12px}dt{font-weight:600}dd{margin:0;color:#374151}
        svg{display:block;max-width:100%;height:auto}
        """;

    private final ReportOptions options;
    private final CurrencyRates rates;

    /**
     * @param options concluded options.
     * @param rates   the rates the non-USD columns were converted with.
     */
    public HtmlReport(final ReportOptions options, final CurrencyRates rates)
    {
        this.options = options;
        this.rates = rates;
    }

    /**
     * @param run       the bot's run.
     * @param benchmark buy-and-hold closes, or null.
     * @param results   scorecard columns, USD first.
     * @return the page.
     */
    public String render(final BotRun run, final PriceSeries benchmark, final List<ScorecardResult> results)
    {
        final StringBuilder html = new StringBuilder(256 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .append("<link rel=\"icon\" href=\"data:,\">\n<title>").append(Html.escape(options.title()))
            .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
        header(run, benchmark, html);
        section(html, "scorecard", "Scorecard");
        ScorecardTable.append(results, html);
        endSection(html);
        equityChart(run, benchmark, html);
        drawdownChart(run, html);
        monthlyTable(run, html);
        distribution(run, html);
        breakdown(html, "regimes", "By entry regime", "Regime", Breakdown.byRegime(run.trades()));
        breakdown(html, "strategies", "By strategy", "Strategy",
            Breakdown.byStrategy(run.trades(), options.strategyNames()));
        riskDecisions(run.riskDecisions(), html);
        notes(html);
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private void header(final BotRun run, final PriceSeries benchmark, final StringBuilder html)
    {
        html.append("<h1>").append(Html.escape(options.title())).append("</h1>\n<p class=\"meta\">");
        meta(html, "Bot " + run.botId());
        final EquitySeries equity = run.equity();
        if (equity.size() > 0)
        {
            final long first = equity.timeNs(0);
            final long last = equity.timeNs(equity.size() - 1);
            meta(html, Instant.ofEpochSecond(0, first) + " → " + Instant.ofEpochSecond(0, last) + " (" +
                Format.number((last - first) / (double)Scorecard.DAY_NS, 1) + " days)");
        }
        final TreeSet<String> symbols = new TreeSet<>();
        for (final ClosedTrade trade : run.trades())
        {
            symbols.add(trade.symbol());
        }
        meta(html, "Traded: " + (symbols.isEmpty() ? "nothing" : String.join(", ", symbols)));
        meta(html, "Benchmark: " + (benchmark == null ? "none (no bar closes in the journal)" :
            benchmark.symbol() + " buy & hold, " + benchmark.timeframeSec() + " s closes"));
        meta(html, equity.size() + " snapshots, " + run.trades().size() + " trades");
        meta(html, "Journal: " + run.journalFolder());
        html.append("</p>\n");
    }

    private static void meta(final StringBuilder html, final String text)
    {
        html.append("<span>").append(Html.escape(text)).append("</span>");
    }

    private void equityChart(final BotRun run, final PriceSeries benchmark, final StringBuilder html)
    {
        section(html, "equity", "Equity curve (USD)");
        final long[] times = run.equity().times();
        final double[] equity = run.equity().equity();
        final List<SvgChart.Series> series = new ArrayList<>();
        series.add(new SvgChart.Series("Equity", EQUITY_COLOUR, times, equity, false));
        if (benchmark != null && times.length > 0)
        {
            final SvgChart.Series hold = buyAndHold(benchmark, times[0], times[times.length - 1], equity[0]);
            if (hold != null)
            {
                series.add(0, hold);
            }
        }
        html.append(SvgChart.timeLines("Equity curve in USD", series, Format::compact, options.maxChartPoints()));
        endSection(html);
    }

    /** Buy and hold of the benchmark over the equity's time range, scaled to start at the starting equity. */
    private static SvgChart.Series buyAndHold(final PriceSeries benchmark, final long fromNs, final long toNs,
        final double startEquity)
    {
        final long[] times = benchmark.times();
        final double[] closes = benchmark.closes();
        final int start = DailyResampler.indices(times, new long[]{ fromNs })[0];
        final int base = Math.max(0, start);
        if (times.length == 0 || !(closes[base] > 0))
        {
            return null;
        }
        int end = base;
        while (end < times.length && times[end] <= toNs)
        {
            end++;
        }
        final long[] keptTimes = new long[end - base];
        final double[] scaled = new double[end - base];
        for (int i = base; i < end; i++)
        {
            keptTimes[i - base] = Math.max(times[i], fromNs);
            scaled[i - base] = startEquity * closes[i] / closes[base];
        }
        return new SvgChart.Series("Buy & hold " + benchmark.symbol(), BENCHMARK_COLOUR, keptTimes, scaled, false);
    }

    private void drawdownChart(final BotRun run, final StringBuilder html)
    {
        section(html, "drawdown", "Drawdown (%)");
        final double[] drawdowns = Scorecard.drawdowns(run.equity().equity());
        for (int i = 0; i < drawdowns.length; i++)
        {
            drawdowns[i] *= 100.0;
        }
        html.append(SvgChart.timeLines("Drawdown from the running peak, percent",
            List.of(new SvgChart.Series("Drawdown", DRAWDOWN_COLOUR, run.equity().times(), drawdowns, true)),
            value -> Format.number(value, Math.abs(value) >= 10 || value == 0 ? 0 : 1) + "%",
            options.maxChartPoints()));
        endSection(html);
    }

    private static void monthlyTable(final BotRun run, final StringBuilder html)
    {
        section(html, "monthly", "Monthly returns (USD)");
        final SortedMap<Integer, double[]> rows =
            MonthlyReturns.of(run.equity().times(), run.equity().equity()).rows();
        if (rows.isEmpty())
        {
            html.append("<p class=\"empty\">No equity snapshots.</p>\n");
            endSection(html);
            return;
        }
        double largestMonth = 0;
        double largestYear = 0;
        for (final double[] row : rows.values())
        {
            for (int m = 0; m < MonthlyReturns.YEAR_TOTAL; m++)
            {
                if (Double.isFinite(row[m]))
                {
                    largestMonth = Math.max(largestMonth, Math.abs(row[m]));
                }
            }
            if (Double.isFinite(row[MonthlyReturns.YEAR_TOTAL]))
            {
                largestYear = Math.max(largestYear, Math.abs(row[MonthlyReturns.YEAR_TOTAL]));
            }
        }
        html.append("<table class=\"monthly\">\n<thead><tr><th>Year</th>");
        for (final String month : MONTHS)
        {
            html.append("<th>").append(month).append("</th>");
        }
        html.append("<th>Year</th></tr></thead>\n<tbody>\n");
        for (final Map.Entry<Integer, double[]> row : rows.entrySet())
        {
            html.append("<tr><th>").append(row.getKey()).append("</th>");
            for (int m = 0; m <= MonthlyReturns.YEAR_TOTAL; m++)
            {
                final double value = row.getValue()[m];
                html.append("<td").append(m == MonthlyReturns.YEAR_TOTAL ? " class=\"year\"" : "")
                    .append(heat(value, m == MonthlyReturns.YEAR_TOTAL ? largestYear : largestMonth)).append('>')
                    .append(Double.isFinite(value) ? Html.escape(Format.number(value * 100.0, 1)) : "")
                    .append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n<p class=\"note\">Percent; a month's close over the previous month's " +
            "close (the first snapshot for the first month); green gains, red losses, deeper for larger moves (months and " +
            "years each on their own scale).</p>\n");
        endSection(html);
    }

    private static String heat(final double value, final double largest)
    {
        if (!Double.isFinite(value) || value == 0 || !(largest > 0))
        {
            return "";
        }
        final double strength = 0.12 + 0.5 * Math.min(1.0, Math.abs(value) / largest);
        final String rgb = value > 0 ? "22,163,74" : "220,38,38";
        return " style=\"background:rgba(" + rgb + "," + Math.round(strength * 100) / 100.0 + ")\"";
    }

    private static void distribution(final BotRun run, final StringBuilder html)
    {
        section(html, "distribution", "Trade P&L distribution (R multiples)");
        final double[] r = new double[run.trades().size()];
        for (int i = 0; i < r.length; i++)
        {
            r[i] = run.trades().get(i).rMultiple();
        }
        final RHistogram histogram = RHistogram.of(r);
        final List<SvgChart.Bar> bars = new ArrayList<>();
        for (int b = 0; b < histogram.counts().length; b++)
        {
            bars.add(new SvgChart.Bar(histogram.labels().get(b), histogram.counts()[b],
                histogram.lowerEdges()[b] < 0 ? LOSS_COLOUR : WIN_COLOUR));
        }
        html.append(SvgChart.bars("Trades per R-multiple bin", bars,
            "net P&L / initial risk (R), bins of " + RHistogram.BIN_WIDTH_R + " R by lower edge",
            value -> Format.number(value, Math.rint(value) == value ? 0 : 1)));
        if (histogram.omitted() > 0)
        {
            html.append("<p class=\"note\">").append(histogram.omitted())
                .append(" trade(s) without an initial risk are not shown.</p>\n");
        }
        endSection(html);
    }

    private static void breakdown(final StringBuilder html, final String id, final String heading,
        final String keyTitle, final List<Breakdown.Row> rows)
    {
        section(html, id, heading);
        if (rows.isEmpty())
        {
            html.append("<p class=\"empty\">No trades.</p>\n");
            endSection(html);
            return;
        }
        html.append("<table>\n<thead><tr><th>").append(Html.escape(keyTitle)).append("</th><th>Trades</th>")
            .append("<th>Win rate</th><th>Net P&amp;L (USD)</th><th>Expectancy (R)</th><th>Profit factor</th>")
            .append("</tr></thead>\n<tbody>\n");
        for (final Breakdown.Row row : rows)
        {
            html.append("<tr><th>").append(Html.escape(row.key())).append("</th><td>").append(row.trades())
                .append("</td><td>").append(Html.escape(Format.percent(row.winRate()))).append("</td><td>")
                .append(Html.escape(Format.money(row.netPnl()))).append("</td><td>")
                .append(Html.escape(Format.number(row.expectancyR(), 2))).append("</td><td>")
                .append(Html.escape(Format.number(row.profitFactor(), 2))).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        endSection(html);
    }

    private static void riskDecisions(final RiskDecisionTally tally, final StringBuilder html)
    {
        section(html, "risk", "Risk decisions");
        if (tally.total() == 0)
        {
            html.append("<p class=\"empty\">No risk decisions journaled for this bot.</p>\n");
            endSection(html);
            return;
        }
        html.append("<table>\n<thead><tr><th>Decision</th><th>Count</th></tr></thead>\n<tbody>\n")
            .append("<tr><th>Accepted</th><td>").append(tally.accepted()).append("</td></tr>\n");
        for (final Map.Entry<RejectReason, Integer> entry : tally.rejected().entrySet())
        {
            html.append("<tr><th>Rejected: ").append(Html.escape(entry.getKey().name())).append("</th><td>")
                .append(entry.getValue()).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        endSection(html);
    }

    private void notes(final StringBuilder html)
    {
        section(html, "notes", "Notes");
        html.append("<ul class=\"note\">\n<li>Amounts are in USD: USDT, the perpetuals' quote asset, is treated as " +
            "USD (1 USDT = 1 USD).</li>\n");
        if (!options.currencies().isEmpty())
        {
            html.append("<li>").append(Html.escape(String.join(", ", options.currencies())))
                .append(" columns use the daily rates of ").append(Html.escape(rates.source()))
                .append(" (units per USD; a date without a rate takes the last earlier one): equity at each ")
                .append("snapshot's UTC date, a trade's amounts at its exit date, buy-and-hold prices at each ")
                .append("close's date, fees and funding as they accrue. Ratios are computed on the converted ")
                .append("series.</li>\n");
        }
        html.append("<li>Daily returns are equity at UTC day ends (a snapshot exactly at midnight closes the day " +
            "before); Sharpe and Sortino are annualised with √365 (crypto trades every day), risk-free rate 0.</li>\n" +
            "<li>Net P&amp;L = realized P&amp;L − fees + funding. R = net P&amp;L / initial risk to the stop.</li>\n" +
            "<li>Charts draw at most " + options.maxChartPoints() + " points per line, keeping every bucket's " +
            "high and low. trades.csv and equity.csv hold the exact values.</li>\n</ul>\n");
        endSection(html);
    }

    private static void section(final StringBuilder html, final String id, final String heading)
    {
        html.append("<section id=\"").append(id).append("\">\n<h2>").append(Html.escape(heading)).append("</h2>\n");
    }

    private static void endSection(final StringBuilder html)
    {
        html.append("</section>\n");
    }
}
