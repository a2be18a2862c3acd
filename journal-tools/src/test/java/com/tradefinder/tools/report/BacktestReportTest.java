package com.tradefinder.tools.report;

import com.tradefinder.codecs.ExitReason;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.Regime;
import com.tradefinder.codecs.RejectReason;
import com.tradefinder.tools.UserException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class BacktestReportTest
{
    private static final String TITLE = "Regime bot <7> & co";

    @TempDir
    Path dir;

    private Path journal;
    private Path rates;

    @BeforeEach
    void writeJournal() throws IOException
    {
        journal = dir.resolve("journal");
        try (ReportJournal out = new ReportJournal(journal))
        {
            out.instrument(1, "BTCUSDT").instrument(2, "ETHUSDT");
            out.close(1, 14_400, "2024-01-01T04:00:00Z", "41000");
            for (int h = 1; h <= 60; h += 11)
            {
                out.close(1, 3_600, String.format("2024-01-%02dT%02d:00:00Z", 1 + h / 24, h % 24),
                    Integer.toString(42_000 + 10 * h));
                out.close(2, 3_600, String.format("2024-01-%02dT%02d:00:00Z", 1 + h / 24, h % 24), "2200");
            }
            out.snapshot(7, "2024-01-01T01:00:00Z", "10000", "10000", "0", "0", "0", "0", "0", 0);
            out.riskDecision(7, true, RejectReason.NONE);
            out.trade(7, 1, 1, PositionSide.LONG, "2024-01-01T02:00:00Z", "2024-01-01T10:00:00Z", "42000.5", "43000",
                "42000", "0.1", "99.95", "5.04", "-1.5", "100", Regime.TRENDING_UP, ExitReason.TAKE_PROFIT);
            out.snapshot(7, "2024-01-01T12:00:00Z", "10093.41", "10093.41", "0", "0", "0", "5.04", "-1.5", 0);
            out.riskDecision(7, true, RejectReason.NONE);
            out.riskDecision(7, false, RejectReason.PORTFOLIO_HEAT);
            out.riskDecision(8, false, RejectReason.KILL_SWITCH);
            out.snapshot(7, "2024-01-02T00:00:00Z", "10050", "10093.41", "-43.41", "8600", "50", "6", "-1.5", 1);
            out.trade(7, 3, 1, PositionSide.SHORT, "2024-01-01T20:00:00Z", "2024-01-02T08:00:00Z", "43000", "43500",
                "43010", "0.2", "-100", "3.44", "0.5", "50", Regime.HIGH_VOLATILITY, ExitReason.STOP_LOSS);
            out.snapshot(7, "2024-01-02T12:00:00Z", "9990.47", "9990.47", "0", "0", "0", "8.48", "-1", 0);
            out.trade(8, 1, 2, PositionSide.LONG, "2024-01-02T01:00:00Z", "2024-01-02T05:00:00Z", "2200", "2210",
                "2200", "1", "10", "0.5", "0", "20", Regime.RANGING, ExitReason.STRATEGY_EXIT);
            out.snapshot(8, "2024-01-02T06:00:00Z", "1009.5", "1009.5", "0", "0", "0", "0.5", "0", 0);
            out.trade(7, 1, 2, PositionSide.BOTH, "2024-01-03T01:00:00Z", "2024-01-03T11:00:00Z", "2200", "2300",
                "0", "1.5", "150", "1.2", "0", "0", Regime.RANGING, ExitReason.END_OF_DATA);
            out.snapshot(7, "2024-01-03T12:00:00Z", "10139.27", "10139.27", "0", "0", "0", "9.68", "-1", 0);
        }
        rates = dir.resolve("rates.csv");
        Files.writeString(rates, "date,CHF,EUR\n2024-01-01,0.85,0.91\n2024-01-03,0.86,0.92\n");
    }

    private BacktestReport.ReportFiles write(final int botId, final String outputName)
    {
        return BacktestReport.write(journal, botId, dir.resolve(outputName), new ReportOptions().title(TITLE)
            .currencies(List.of("CHF", "eur")).ratesFile(rates).strategyNames(Map.of(1, "trend, v2")));
    }

    @Test
    void shouldWriteEveryClosedTradeOfTheBotWithExactDecimals() throws IOException
    {
        final BacktestReport.ReportFiles files = write(7, "report");

        assertThat(files.trades()).isEqualTo(3);
        assertThat(Files.readAllLines(files.tradesCsv())).containsExactly(
            TradesCsv.HEADER,
            "7,\"trend, v2\",BTCUSDT,LONG,2024-01-01T02:00:00Z,2024-01-01T10:00:00Z,42000.5,43000,42000,0.119,0.1," +
                "99.95,5.04,-1.5,93.41,0.9341,TRENDING_UP,TAKE_PROFIT",
            "7,strategy 3,BTCUSDT,SHORT,2024-01-01T20:00:00Z,2024-01-02T08:00:00Z,43000,43500,43010,2.325,0.2," +
                "-100,3.44,0.5,-102.94,-2.0588,HIGH_VOLATILITY,STOP_LOSS",
            "7,\"trend, v2\",ETHUSDT,LONG,2024-01-03T01:00:00Z,2024-01-03T11:00:00Z,2200,2300,,,1.5," +
                "150,1.2,0,148.8,,RANGING,END_OF_DATA");
    }

    @Test
    void shouldWriteEverySnapshotOfTheBotWithItsDrawdown() throws IOException
    {
        final BacktestReport.ReportFiles files = write(7, "report");

        // drawdowns from the 10093.41 peak: −43.41 / 10093.41 = −0.4301 %; −102.94 / 10093.41 = −1.0199 %
        assertThat(files.snapshots()).isEqualTo(5);
        assertThat(Files.readAllLines(files.equityCsv())).containsExactly(
            EquityCsv.HEADER,
            "2024-01-01T01:00:00Z,10000,10000,0,0,0,0,0,0",
            "2024-01-01T12:00:00Z,10093.41,10093.41,0,0,0,0,5.04,-1.5",
            "2024-01-02T00:00:00Z,10050,10093.41,-43.41,-0.4301,8600,50,6,-1.5",
            "2024-01-02T12:00:00Z,9990.47,9990.47,0,-1.0199,0,0,8.48,-1",
            "2024-01-03T12:00:00Z,10139.27,10139.27,0,0,0,0,9.68,-1");
    }

    @Test
    void shouldReturnTheScorecardInUsdAndEachCurrency()
    {
        final BacktestReport.ReportFiles files = write(7, "report");

        assertThat(files.scorecard()).extracting(ScorecardResult::currency).containsExactly("USD", "CHF", "EUR");
        final ScorecardResult usd = files.scorecard().get(0);
        // 10139.27 / 10000 − 1 = 0.013927; wins 93.41 + 148.8 = 242.21 over 102.94 = 2.3529
        assertThat(usd.totalReturn()).isCloseTo(0.013927, within(1e-12));
        assertThat(usd.trades()).isEqualTo(3);
        assertThat(usd.profitFactor()).isCloseTo(242.21 / 102.94, within(1e-12));
        assertThat(usd.fees()).isCloseTo(9.68, within(1e-9));
        // CHF: 10000 × 0.85 → 10139.27 × 0.86
        assertThat(files.scorecard().get(1).totalReturn()).isCloseTo(10139.27 * 0.86 / 8500 - 1, within(1e-12));
        assertThat(files.scorecard().get(2).startEquity()).isCloseTo(9100, within(1e-9));
    }

    @Test
    void shouldWriteASelfContainedPageWithEverySectionAndValidSvg() throws Exception
    {
        final BacktestReport.ReportFiles files = write(7, "report");
        final String html = Files.readString(files.reportHtml());

        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        for (final String id : List.of("scorecard", "equity", "drawdown", "monthly", "distribution", "regimes",
            "strategies", "risk", "notes"))
        {
            assertThat(html).contains("<section id=\"" + id + "\">");
        }
        assertThat(html).contains("<title>Regime bot &lt;7&gt; &amp; co</title>").doesNotContain("<7>");
        assertThat(html).contains("<th>Metric</th><th>USD</th><th>CHF</th><th>EUR</th>");
        assertThat(html).contains("Buy &amp; hold BTCUSDT", "BTCUSDT buy &amp; hold, 3600 s closes");
        assertThat(html).contains("<th>TRENDING_UP</th>", "<th>HIGH_VOLATILITY</th>", "<th>RANGING</th>");
        assertThat(html).contains("<th>trend, v2</th>", "<th>strategy 3</th>");
        assertThat(html).contains("<th>Rejected: PORTFOLIO_HEAT</th><td>1</td>", "<th>Accepted</th><td>2</td>")
            .doesNotContain("KILL_SWITCH</th>");
        assertThat(html).contains("USDT, the perpetuals' quote asset, is treated as USD");
        assertThat(html).contains("<tr><th>2024</th>");
        // offline: no scripts, no external resources; the only URL is the SVG namespace
        assertThat(html).doesNotContain("<script", "url(", "@import", "src=");
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http:", "https:");

        final List<String> svgs = svgElements(html);
        assertThat(svgs).hasSize(3);
        for (final String svg : svgs)
        {
            assertThat(SvgChartTest.parse(svg).getDocumentElement().getLocalName()).isEqualTo("svg");
        }
        assertThat(svgs.get(0)).contains("<polyline");
        assertThat(svgs.get(1)).contains("<path");
        assertThat(svgs.get(2)).contains("<rect");
    }

    @Test
    void shouldShowInfiniteProfitFactorAndUndefinedRatiosForOneSnapshotAndOnlyWins() throws IOException
    {
        final BacktestReport.ReportFiles files = write(8, "bot8");
        final String html = Files.readString(files.reportHtml());

        assertThat(files.trades()).isEqualTo(1);
        assertThat(files.snapshots()).isEqualTo(1);
        assertThat(row(html, "Profit factor")).isEqualTo(List.of("∞", "∞", "∞"));
        assertThat(row(html, "CAGR")).isEqualTo(List.of("–", "–", "–"));
        assertThat(row(html, "Sharpe ratio")).isEqualTo(List.of("–", "–", "–"));
        assertThat(row(html, "Total return")).isEqualTo(List.of("0.00 %", "0.00 %", "0.00 %"));
        assertThat(html).contains("<th>Rejected: KILL_SWITCH</th>");
    }

    @Test
    void shouldShowUndefinedTradeMetricsWithoutTrades() throws IOException
    {
        final Path quiet = dir.resolve("quiet");
        try (ReportJournal out = new ReportJournal(quiet))
        {
            out.instrument(1, "BTCUSDT");
            out.snapshot(3, "2024-01-01T01:00:00Z", "500", "500", "0", "0", "0", "0", "0", 0);
            out.snapshot(3, "2024-01-02T01:00:00Z", "500", "500", "0", "0", "0", "0", "0", 0);
        }
        final BacktestReport.ReportFiles files = BacktestReport.write(quiet, 3, dir.resolve("q"), new ReportOptions());
        final String html = Files.readString(files.reportHtml());

        assertThat(Files.readAllLines(files.tradesCsv())).containsExactly(TradesCsv.HEADER);
        assertThat(row(html, "Trades")).isEqualTo(List.of("0"));
        assertThat(row(html, "Win rate")).isEqualTo(List.of("–"));
        assertThat(row(html, "Profit factor")).isEqualTo(List.of("–"));
        assertThat(row(html, "Beta")).isEqualTo(List.of("–"));
        assertThat(html).contains("<title>Backtest report</title>", "No trades.", "no data",
            "Benchmark: none (no bar closes in the journal)");
    }

    @Test
    void shouldNameTheBotsPresentForAnUnknownBot()
    {
        assertThatThrownBy(() -> write(9, "x"))
            .isInstanceOf(UserException.class)
            .hasMessage("journal " + journal + " has no trades or equity snapshots of bot 9 (bots present: 7, 8)");
    }

    @Test
    void shouldRefuseBadOptionsAndRatesBeforeReadingTheJournal() throws IOException
    {
        final Path out = dir.resolve("never");
        assertThatThrownBy(() -> BacktestReport.write(journal, 7, out, new ReportOptions().currencies(List.of("CHF"))))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("report currencies CHF need a rates file (CSV date,CHF)");
        assertThatThrownBy(() -> BacktestReport.write(journal, 7, out,
            new ReportOptions().currencies(List.of("JPY")).ratesFile(rates)))
            .isInstanceOf(UserException.class)
            .hasMessage(rates + ":1: no column JPY (the header has date, CHF, EUR)");
        final Path late = dir.resolve("late.csv");
        Files.writeString(late, "date,CHF\n2024-01-02,0.85\n");
        assertThatThrownBy(() -> BacktestReport.write(journal, 7, out,
            new ReportOptions().currencies(List.of("CHF")).ratesFile(late)))
            .isInstanceOf(UserException.class)
            .hasMessage("rates file " + late + " has no CHF rate on or before 2024-01-01 (its first row is 2024-01-02)");
        assertThatThrownBy(() -> BacktestReport.write(journal, 7, out,
            new ReportOptions().benchmarkInstrument("XRPUSDT")))
            .isInstanceOf(UserException.class)
            .hasMessage("benchmark instrument 'XRPUSDT' is not in this journal; it has BTCUSDT (id 1), ETHUSDT (id 2)");
        assertThatThrownBy(() -> BacktestReport.write(journal, 7, out,
            new ReportOptions().benchmarkInstrument("ETHUSDT").benchmarkTimeframeSec(900)))
            .isInstanceOf(UserException.class)
            .hasMessage("journal " + journal + " has no bar closes (RegimeUpdate) for benchmark ETHUSDT at 900 s");
        assertThat(out).doesNotExist();
    }

    @Test
    void shouldUseTheNamedBenchmarkAndTimeframe() throws IOException
    {
        final BacktestReport.ReportFiles files = BacktestReport.write(journal, 7, dir.resolve("b"),
            new ReportOptions().benchmarkInstrument("btcusdt").benchmarkTimeframeSec(14_400));
        assertThat(Files.readString(files.reportHtml())).contains("BTCUSDT buy &amp; hold, 14400 s closes");
    }

    /** The cells of the scorecard row with that label. */
    private static List<String> row(final String html, final String label)
    {
        final Matcher row = Pattern.compile("<tr title=\"[^\"]*\"><th>" + Pattern.quote(label) + "</th>(.*?)</tr>")
            .matcher(html);
        assertThat(row.find()).as("scorecard row " + label).isTrue();
        final List<String> cells = new ArrayList<>();
        final Matcher cell = Pattern.compile("<td>(.*?)</td>").matcher(row.group(1));
        while (cell.find())
        {
            cells.add(cell.group(1));
        }
        return cells;
    }

    static List<String> svgElements(final String html)
    {
        final List<String> svgs = new ArrayList<>();
        final Matcher matcher = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL).matcher(html);
        while (matcher.find())
        {
            svgs.add(matcher.group());
        }
        return svgs;
    }
}
