package com.tradefinder.tools.report;

import com.tradefinder.tools.testsupport.HeadlessChromium;

import com.tradefinder.codecs.ExitReason;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.Regime;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Opens a six-year hourly backtest report in headless Chromium: the page must render to a non-trivial screenshot
 * without a console message (the page has no scripts, so any console line is a problem). The report and the
 * screenshot stay in {@code target/report-browser/} for a look. Skipped only when Chromium is missing and
 * {@code TRADEFINDER_SHARED} is unset (a developer machine); CI sets it and installs Chromium, so CI always runs it.
 */
@Tag("slow")
class ReportBrowserTest
{
    private static final long HOUR = Scorecard.DAY_NS / 24;
    private static final int HOURS = 6 * 365 * 24;
    private static final long START = ReportJournal.time("2019-01-01T00:00:00Z");
    private static final Path OUTPUT = Path.of("target", "report-browser");
    private static final long BROWSER_TIMEOUT_SEC = 120;

    @BeforeAll
    static void findChromium()
    {
        HeadlessChromium.require();
    }

    @Test
    void shouldRenderASixYearHourlyReportWithoutConsoleErrors(@TempDir final Path dir) throws Exception
    {
        final Path journal = dir.resolve("journal");
        writeSixYearJournal(journal);
        final Path output = cleanOutput();
        final Path rates = dir.resolve("rates.csv");
        Files.writeString(rates, "date,CHF,EUR\n2018-12-31,0.98,0.87\n2021-06-01,0.91,0.82\n2024-01-01,0.84,0.91\n");

        final BacktestReport.ReportFiles files = BacktestReport.write(journal, 1, output, new ReportOptions()
            .title("Regime bot — synthetic six years, hourly").currencies(List.of("CHF", "EUR")).ratesFile(rates)
            .strategyNames(Map.of(1, "supertrend", 2, "mean-reversion", 3, "squeeze-breakout")));

        assertThat(files.snapshots()).isEqualTo(HOURS);
        final String html = Files.readString(files.reportHtml());
        assertThat(Files.size(files.reportHtml())).as("report.html bytes").isLessThan(2_000_000L);
        for (final String svg : BacktestReportTest.svgElements(html))
        {
            final Matcher points = Pattern.compile("points=\"([^\"]*)\"").matcher(svg);
            while (points.find())
            {
                assertThat(points.group(1).split(" ").length).isLessThanOrEqualTo(Downsampler.DEFAULT_MAX_POINTS);
            }
        }

        final Path screenshot = output.resolve("report.png");
        final List<String> console = screenshot(files.reportHtml(), screenshot, dir.resolve("profile"),
            output.resolve("chromium.log"));
        assertThat(console).as("console messages of report.html").isEmpty();
        assertThat(screenshot).exists();
        assertThat(Files.size(screenshot)).as("screenshot bytes").isGreaterThan(50_000L);
    }

    @Test
    void shouldNoticeAnUncaughtErrorOnABrokenPage(@TempDir final Path dir) throws Exception
    {
        final Path page = dir.resolve("broken.html");
        Files.writeString(page, "<!DOCTYPE html><html><body><p>broken</p>" +
            "<script>throw new Error('deliberate');</script></body></html>");

        final List<String> console = screenshot(page, dir.resolve("broken.png"), dir.resolve("profile"),
            dir.resolve("chromium.log"));

        assertThat(console).as("the console check must see a thrown error, or it proves nothing")
            .anySatisfy(line -> assertThat(line).contains("Uncaught"));
    }

    private static List<String> screenshot(final Path page, final Path png, final Path profile, final Path log)
        throws IOException, InterruptedException
    {
        return HeadlessChromium.screenshot(page, png, profile, log);
    }

    private static Path cleanOutput() throws IOException
    {
        Files.createDirectories(OUTPUT);
        for (final String name : List.of(BacktestReport.TRADES_CSV, BacktestReport.EQUITY_CSV,
            BacktestReport.REPORT_HTML, "report.png", "chromium.log"))
        {
            Files.deleteIfExists(OUTPUT.resolve(name));
        }
        return OUTPUT;
    }

    /**
     * A seeded synthetic run: BTCUSDT hourly closes as a random walk with regime blocks, one bot's equity drifting
     * with noise, and a trade about every 60 hours with an R drawn around +0.2.
     */
    private static void writeSixYearJournal(final Path folder)
    {
        final Random random = new Random(20_190_101L);
        final Regime[] regimes = { Regime.TRENDING_UP, Regime.RANGING, Regime.HIGH_VOLATILITY, Regime.TRENDING_DOWN,
            Regime.UNCERTAIN };
        try (ReportJournal out = new ReportJournal(folder))
        {
            out.instrument(1, "BTCUSDT");
            double price = 3_700;
            double equity = 10_000;
            double fees = 0;
            double funding = 0;
            int entryHour = 24;
            int exitHour = entryHour + 6 + random.nextInt(40);
            double entryPrice = price;
            for (int h = 1; h <= HOURS; h++)
            {
                final long timeNs = START + h * HOUR;
                final Regime regime = regimes[(h / 700) % regimes.length];
                price *= 1 + 0.00005 + 0.006 * random.nextGaussian();
                out.close(1, 3_600, timeNs, Math.round(price * 100), regime);
                equity *= 1 + 0.00003 + 0.0025 * random.nextGaussian();
                if (h == entryHour)
                {
                    entryPrice = price;
                }
                if (h == exitHour)
                {
                    final double risk = equity * 0.01;
                    final double r = 0.2 + 1.4 * random.nextGaussian();
                    final double fee = 2 + random.nextInt(300) / 100.0;
                    final double fundingPaid = -random.nextInt(200) / 100.0;
                    final double net = r * risk;
                    out.trade(1, 1 + random.nextInt(3), 1, random.nextBoolean() ? PositionSide.LONG :
                        PositionSide.SHORT, START + entryHour * HOUR, timeNs, Math.round(entryPrice * 100),
                        Math.round(price * 100), Math.round(entryPrice * 99.98), 1 + random.nextInt(500),
                        cents(net + fee - fundingPaid), cents(fee), cents(fundingPaid), cents(risk),
                        regimes[(entryHour / 700) % regimes.length],
                        r < -0.9 ? ExitReason.STOP_LOSS : r > 1.5 ? ExitReason.TAKE_PROFIT : ExitReason.STRATEGY_EXIT);
                    fees += fee;
                    funding += fundingPaid;
                    equity += net;
                    entryHour = h + 20 + random.nextInt(80);
                    exitHour = entryHour + 6 + random.nextInt(40);
                }
                final boolean open = h >= entryHour && h < exitHour;
                out.snapshot(1, timeNs, cents(equity), cents(equity), 0, open ? cents(equity * 2) : 0,
                    open ? cents(equity * 0.01) : 0, cents(fees), cents(funding), open ? 1 : 0);
            }
        }
    }

    private static long cents(final double amount)
    {
        return Math.round(amount * 100) * 1_000_000L;
    }
}
