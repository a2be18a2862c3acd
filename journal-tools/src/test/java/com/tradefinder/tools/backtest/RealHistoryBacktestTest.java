package com.tradefinder.tools.backtest;

import com.tradefinder.testsupport.SharedData;
import com.tradefinder.tools.TradeFinderCli;
import com.tradefinder.tools.testsupport.HeadlessChromium;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trading issue's acceptance run: the example regime bot over the full 1h BTCUSDT + ETHUSDT history with
 * funding, end to end in a separate JVM limited to a 512 MB heap; the replay of its journal verified; its report
 * opened in headless Chromium with a screenshot and no console errors.
 */
@Tag("slow")
class RealHistoryBacktestTest
{
    @Test
    void shouldBacktestTheExampleBotOverSixYearsInA512MbHeapAndRenderItsReport(@TempDir final Path dir)
        throws IOException, InterruptedException
    {
        final String data = String.join(",",
            SharedData.data("binance-futures-um-BTCUSDT-1h-2020-01-01_2026-05-16.csv").toString(),
            SharedData.data("binance-futures-um-ETHUSDT-1h-2020-01-01_2026-05-16.csv").toString(),
            SharedData.data("binance-futures-um-BTCUSDT-fundingRate-8h-2020-01-01_2026-06-30.csv").toString(),
            SharedData.data("binance-futures-um-ETHUSDT-fundingRate-8h-2020-01-01_2026-06-30.csv").toString());
        final String root = System.getenv("TRADEFINDER_PROJECT_ROOT");
        final Path example = (root == null ? Paths.get("..") : Paths.get(root))
            .resolve("config/examples/backtest-regime-bot.toml").toAbsolutePath().normalize();
        final Path output = dir.resolve("out");

        final String printed = runIn512MbJvm("backtest", example.toString(), "--data", data, "--output",
            output.toString());

        assertThat(printed).contains("replay verified").contains("fundingRate-8h");
        final Path report = output.resolve("regime-bot/report.html");
        assertThat(Files.readAllLines(output.resolve("regime-bot/trades.csv")).size()).as("trades")
            .isGreaterThan(50);
        assertThat(Files.readString(output.resolve("regime-bot/equity.csv")).lines().count())
            .as("hourly equity snapshots over 6.4 years").isGreaterThan(55_000);

        final Path screenshot = dir.resolve("report.png");
        final List<String> console = HeadlessChromium.screenshot(report, screenshot, dir.resolve("profile"),
            dir.resolve("chromium.log"));
        assertThat(console).as("console messages of the backtest report").isEmpty();
        assertThat(Files.size(screenshot)).isGreaterThan(50_000L);
        final Path kept = Paths.get("target", "backtest-report.png");
        Files.createDirectories(kept.getParent());
        Files.copy(screenshot, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static String runIn512MbJvm(final String... args) throws IOException, InterruptedException
    {
        final List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        for (final String argument : ManagementFactory.getRuntimeMXBean().getInputArguments())
        {
            if (argument.startsWith("--add-") || argument.startsWith("-Dchronicle"))
            {
                command.add(argument);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(TradeFinderCli.class.getName());
        command.addAll(List.of(args));
        final Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        final String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        System.out.println(output);
        return output;
    }
}
