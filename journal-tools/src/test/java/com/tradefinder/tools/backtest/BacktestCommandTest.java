package com.tradefinder.tools.backtest;

import com.tradefinder.tools.TradeFinderCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backtest command over the embedded synthetic market: the whole chain (strategies, risk, orders, simulated
 * venue, journal, replay check, report files) from one config file, twice, with identical results.
 */
class BacktestCommandTest
{
    private static final Path EXAMPLE = exampleBot();

    private static Path exampleBot()
    {
        final String root = System.getenv("TRADEFINDER_PROJECT_ROOT");
        return (root == null ? Paths.get("..") : Paths.get(root))
            .resolve("config/examples/backtest-regime-bot.toml").toAbsolutePath().normalize();
    }

    private record Run(int exitCode, String out, String err)
    {
    }

    private static synchronized Run run(final String... args)
    {
        final PrintStream oldOut = System.out;
        final PrintStream oldErr = System.err;
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        try
        {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            final int code = TradeFinderCli.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
        finally
        {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void shouldGiveIdenticalTradesAndJournalsForTheSameConfigTwice(@TempDir final Path dir) throws IOException
    {
        final Run first = run("backtest", EXAMPLE.toString(), "--bars", "4000", "--output",
            dir.resolve("a").toString());
        final Run second = run("backtest", EXAMPLE.toString(), "--bars", "4000", "--output",
            dir.resolve("b").toString());

        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
        assertThat(first.out()).contains("SYNTHETIC").contains("replay verified");
        final String trades = Files.readString(dir.resolve("a/regime-bot/trades.csv"));
        assertThat(trades.lines().count()).as("trades").isGreaterThan(10);
        assertThat(Files.readString(dir.resolve("b/regime-bot/trades.csv"))).isEqualTo(trades);
        assertThat(Files.readString(dir.resolve("b/regime-bot/equity.csv")))
            .isEqualTo(Files.readString(dir.resolve("a/regime-bot/equity.csv")));
        assertThat(hash(second.out())).isEqualTo(hash(first.out()));
        assertThat(Files.size(dir.resolve("a/regime-bot/report.html"))).isGreaterThan(10_000);
    }

    @Test
    void shouldReplayTheBacktestJournalThroughTheJournalTools(@TempDir final Path dir)
    {
        final Run backtest = run("backtest", EXAMPLE.toString(), "--bars", "2000", "--output", dir.toString(),
            "--no-verify");
        final Run replay = run("journal", "replay", dir.resolve("journal").toString(), "--verify");

        assertThat(backtest.exitCode()).as(backtest.out() + backtest.err()).isZero();
        assertThat(replay.exitCode()).as(replay.out()).isZero();
        assertThat(replay.out()).contains("state hash: " + hash(backtest.out()));
    }

    @Test
    void shouldReportEveryConfigErrorInOneLineEachWithoutRunning(@TempDir final Path dir) throws IOException
    {
        final Path bad = Files.writeString(dir.resolve("bad.toml"), Files.readString(EXAMPLE)
            .replace("risk_per_trade_pct = 1.0", "risk_per_trade_pct = 7.5"));

        final Run run = run("backtest", bad.toString(), "--bars", "500", "--output", dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(TradeFinderCli.EXIT_USER_ERROR);
        assertThat(run.err()).startsWith("tradefinder: " + bad).contains("risk_per_trade_pct")
            .doesNotContain("Exception");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void shouldRefuseDataWithoutTheWhitelistedInstruments(@TempDir final Path dir) throws IOException
    {
        final Path csv = Files.writeString(dir.resolve("binance-futures-um-SOLUSDT-1h-2024.csv"),
            "open_time,open,high,low,close,volume\n1704067200000,100,101,99,100.5,10\n");

        final Run run = run("backtest", EXAMPLE.toString(), "--data", csv.toString(), "--output",
            dir.resolve("out").toString());

        assertThat(run.exitCode()).isEqualTo(TradeFinderCli.EXIT_USER_ERROR);
        assertThat(run.err()).contains("BTCUSDT has no data").hasLineCount(1);
    }

    @Test
    void shouldTradeTheBotsVenueAndIgnoreOtherInstrumentsWithTheSameSymbols(@TempDir final Path dir)
        throws IOException
    {
        final String binanceBtc = klines(dir, "binance-futures-um-BTCUSDT-1h-2024.csv", 60_000);
        final String binanceEth = klines(dir, "binance-futures-um-ETHUSDT-1h-2024.csv", 3_000);
        final String bybitBtc = klines(dir, "bybit-linear-BTCUSDT-1h-2024.csv", 60_010);

        final Run run = run("backtest", EXAMPLE.toString(), "--data", bybitBtc + "," + binanceBtc + "," + binanceEth,
            "--output", dir.resolve("out").toString());

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("replay verified").doesNotContain("halted");
    }

    private static String klines(final Path dir, final String name, final double start) throws IOException
    {
        final StringBuilder csv = new StringBuilder("open_time,open,high,low,close,volume\n");
        double price = start;
        for (int i = 0; i < 400; i++)
        {
            final double next = price * (1 + 0.004 * Math.sin(i / 7.0));
            csv.append(1_704_067_200_000L + i * 3_600_000L).append(',')
                .append(String.format(java.util.Locale.ROOT, "%.1f,%.1f,%.1f,%.1f", price,
                    Math.max(price, next) * 1.002, Math.min(price, next) * 0.998, next))
                .append(",12.5\n");
            price = Math.round(next * 10) / 10.0;
        }
        return Files.writeString(dir.resolve(name), csv).toString();
    }

    private static String hash(final String output)
    {
        for (final String line : output.lines().toList())
        {
            final int at = line.indexOf("state hash ");
            if (line.startsWith("journal ") && at > 0)
            {
                return line.substring(at + "state hash ".length()).trim();
            }
        }
        throw new AssertionError("no state hash in:\n" + output);
    }
}
