package com.tradefinder.tools.run;

import com.tradefinder.tools.TradeFinderCli;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code tradefinder run} as the service runs it, in its own JVM: it keeps serving after the replay's end, and SIGTERM
 * (what systemd sends) stops it in order: resting entries cancelled, summary printed, exit 0, and the journal replays
 * byte for byte.
 */
@Tag("slow")
class RunSignalTest
{
    @Test
    void shouldStopInOrderOnSigtermAndExitZero(@TempDir final Path dir) throws IOException, InterruptedException
    {
        // arrange
        final Path bot = PaperBots.write(dir, "paper-signal", true);
        final Path journal = dir.resolve("journal");
        final Path log = dir.resolve("run.log");
        final Process process = start(log, "run", bot.toString(), "--journal", journal.toString(), "--source",
            "replay:" + PaperBots.capture() + ",pace=max");

        // act: wait until the replay has ended and the engine keeps serving, then SIGTERM
        final boolean exited;
        try
        {
            final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.readString(log).contains("replay: end of") && process.isAlive() &&
                System.nanoTime() < deadlineNs)
            {
                Thread.sleep(50);
            }
            assertThat(process.isAlive()).as(Files.readString(log)).isTrue();
            process.destroy();
            exited = process.waitFor(60, TimeUnit.SECONDS);
        }
        finally
        {
            if (process.isAlive())
            {
                process.destroyForcibly();
            }
        }

        // assert
        final String output = Files.readString(log);
        assertThat(exited).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("session ended: journal " + journal).containsPattern("[1-9]\\d* cancels sent");
        assertThat(TradeFinderCli.execute("journal", "replay", journal.toString(), "--verify")).isZero();
    }

    private static Process start(final Path log, final String... args) throws IOException
    {
        final List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
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
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
