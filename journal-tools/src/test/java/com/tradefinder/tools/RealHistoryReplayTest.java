package com.tradefinder.tools;

import com.tradefinder.testsupport.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance run over real data: 6.4 years of Binance USDⓈ-M 1h klines for BTCUSDT and ETHUSDT are
 * imported through the event core in a JVM limited to a 256 MB heap, then replayed and verified twice in this
 * process and once in a fresh 256 MB JVM; all three must print the state hash the import journaled.
 */
@Tag("slow")
class RealHistoryReplayTest
{
    @Test
    void shouldImportSixYearsOfBtcAndEthAndReplayToTheSameStateHashAcrossRunsAndProcesses(@TempDir final Path dir)
        throws IOException, InterruptedException
    {
        final Path btc = SharedData.data("binance-futures-um-BTCUSDT-1h-2020-01-01_2026-05-16.csv");
        final Path eth = SharedData.data("binance-futures-um-ETHUSDT-1h-2020-01-01_2026-05-16.csv");
        final Path journal = dir.resolve("btc-eth-1h");

        // The import and one replay run as the launcher runs them, in a JVM of their own with a 256 MB heap
        final String imported = inAFreshJvmWith256Mb("import", btc.toString(), eth.toString(), "--journal",
            journal.toString(), "--timeframes", "1h,4h,1d", "--strict");
        // 2 instrument definitions + settings + 2 × 55,872 bars + the closing checkpoint
        assertThat(imported).contains("journal " + journal + ": " + (3 + 2 * 55_872 + 1) + " inbound events");
        final String hash = value(imported, "state hash: ");

        final CliRun first = CliRun.of("journal", "replay", journal.toString(), "--verify");
        final CliRun second = CliRun.of("journal", "replay", journal.toString(), "--verify");
        final String restarted = inAFreshJvmWith256Mb("journal", "replay", journal.toString(), "--verify");

        assertThat(first.exitCode()).as(first.out()).isZero();
        assertThat(second.exitCode()).as(second.out()).isZero();
        assertThat(value(first.out(), "state hash: ")).isEqualTo(hash);
        assertThat(value(second.out(), "state hash: ")).isEqualTo(hash);
        assertThat(value(restarted, "state hash: ")).isEqualTo(hash);
        assertThat(first.out()).contains("journaled state hash " + hash + " reproduced");
        System.out.println("6.4 years BTCUSDT+ETHUSDT 1h: state hash " + hash + " on import, 2 replays and a new JVM" +
            " (import and that replay with -Xmx256m)");
    }

    private static String inAFreshJvmWith256Mb(final String... args) throws IOException, InterruptedException
    {
        final List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
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
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    private static String value(final String output, final String prefix)
    {
        return output.lines().filter(l -> l.startsWith(prefix)).findFirst()
            .map(l -> l.substring(prefix.length()).trim())
            .orElseThrow(() -> new AssertionError("no '" + prefix + "' in:\n" + output));
    }
}
