package com.tradefinder.tools;

import com.tradefinder.engine.journal.Journal;
import com.tradefinder.engine.journal.JournalAppender;
import com.tradefinder.engine.journal.JournalCursor;
import com.tradefinder.tools.journal.RegimeTimeline;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest
{
    private static final int BARS = 3000;

    @TempDir
    static Path shared;

    private static Path demo;
    private static String demoHash;

    @BeforeAll
    static void runDemo()
    {
        demo = shared.resolve("demo");
        final CliRun run = CliRun.of("demo", "--bars", Integer.toString(BARS), "--journal", demo.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("SYNTHETIC").contains("replay verified");
        final String line = run.out().lines().filter(l -> l.startsWith("replay verified")).findFirst().orElseThrow();
        demoHash = line.substring(line.lastIndexOf(' ') + 1);
    }

    @Test
    void shouldReplayTheDemoJournalToTheSameStateHash()
    {
        final CliRun run = CliRun.of("journal", "replay", demo.toString(), "--verify");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("state hash: " + demoHash).contains("verified: every output matches");
    }

    @Test
    void shouldDumpOnlyTheAskedTypesAsJsonLines()
    {
        final CliRun run = CliRun.of("journal", "dump", demo.toString(), "--type", "RegimeChange,InstrumentDefinition");

        assertThat(run.exitCode()).isZero();
        final List<String> lines = run.out().lines().toList();
        assertThat(lines).isNotEmpty();
        assertThat(lines.get(0)).startsWith("{\"seq\":1,\"dir\":\"in\",\"type\":\"InstrumentDefinition\"")
            .contains("\"symbol\":\"SYNTHUSDT\"").endsWith("}");
        assertThat(lines.subList(1, lines.size()))
            .allMatch(l -> l.contains("\"dir\":\"out\",\"type\":\"RegimeChange\""))
            .allMatch(l -> l.contains("\"fromRegime\":\"") && l.contains("\"toRegime\":\""));
    }

    @Test
    void shouldFilterTheDumpByTimeWindow()
    {
        final CliRun run = CliRun.of("journal", "dump", demo.toString(), "--type", "Bar",
            "--from", "2024-01-02T00:00:00Z", "--to", "2024-01-03");

        assertThat(run.exitCode()).isZero();
        // bars are stamped with their close (receive) time: 24 closes in [Jan 2 00:00, Jan 3 00:00)
        assertThat(run.out().lines().count()).isEqualTo(24);
    }

    @Test
    void shouldWriteTheRegimeTimelineAsCsv()
    {
        final CliRun run = CliRun.of("journal", "regime", demo.toString(), "--instrument", "synthusdt",
            "--timeframe", "1h");

        assertThat(run.exitCode()).isZero();
        final List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo(RegimeTimeline.HEADER);
        assertThat(lines).hasSize(BARS + 1);
        assertThat(lines.get(1)).startsWith("2024-01-01T01:00:00Z,").endsWith(",UNCERTAIN");
        assertThat(lines.get(BARS)).matches("[0-9TZ:-]+,[0-9.]+,[0-9.E-]+,[0-9.E-]+,[0-9.E-]+,[0-9.E-]+,[0-9.E-]+,[A-Z_]+");
    }

    @Test
    void shouldCountMessagesAndFindNoGapsInTheDemo()
    {
        final CliRun run = CliRun.of("journal", "stats", demo.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("in   Bar").contains("SYNTHUSDT").contains("gaps: 0")
            .contains("time span: 2024-01-01T01:00:00Z");
    }

    @Test
    void shouldReportTheFirstDifferenceOfATamperedJournal(@TempDir final Path dir)
    {
        final Path tampered = dir.resolve("tampered");
        copyJournal(demo, tampered, 500);

        final CliRun run = CliRun.of("journal", "replay", tampered.toString(), "--verify");

        assertThat(run.exitCode()).isEqualTo(TradeFinderCli.EXIT_CHECK_FAILED);
        assertThat(run.out()).contains("MISMATCH: output 501 at inbound sequence").contains("differs at byte");
    }

    private static void copyJournal(final Path from, final Path to, final int corruptOutput)
    {
        final UnsafeBuffer scratch = new UnsafeBuffer(new byte[Journal.MAX_MESSAGE_LENGTH]);
        try (Journal source = Journal.openForReading(from); Journal target = Journal.create(to, false);
            JournalCursor in = source.inboundCursor(); JournalCursor out = source.outboundCursor();
            JournalAppender inAppender = target.inboundAppender();
            JournalAppender outAppender = target.outboundAppender())
        {
            while (in.next())
            {
                inAppender.append(in.sequence(), in.buffer(), 0, in.length());
            }
            int index = 0;
            while (out.next())
            {
                scratch.putBytes(0, out.buffer(), 0, out.length());
                if (index++ == corruptOutput)
                {
                    scratch.putByte(out.length() - 1, (byte)(scratch.getByte(out.length() - 1) ^ 1));
                }
                outAppender.append(out.sequence(), scratch, 0, out.length());
            }
        }
    }

    @Test
    void shouldSayInOneLineThatAJournalDoesNotExist(@TempDir final Path dir)
    {
        final Path missing = dir.resolve("missing");

        final CliRun run = CliRun.of("journal", "stats", missing.toString());

        assertThat(run.exitCode()).isEqualTo(TradeFinderCli.EXIT_USER_ERROR);
        assertThat(run.err()).isEqualTo("tradefinder: journal " + missing + " does not exist\n");
    }

    @Test
    void shouldSayInOneLineThatAFolderIsNotAJournal(@TempDir final Path dir) throws IOException
    {
        final Path file = Files.writeString(dir.resolve("notes.txt"), "not a journal");

        final CliRun dump = CliRun.of("journal", "dump", file.toString());
        final CliRun replay = CliRun.of("journal", "replay", dir.toString(), "--verify");

        assertThat(dump.exitCode()).isEqualTo(TradeFinderCli.EXIT_USER_ERROR);
        assertThat(dump.err()).isEqualTo("tradefinder: " + file + " is not a journal: it is a file, a journal is a folder\n");
        assertThat(replay.exitCode()).isEqualTo(TradeFinderCli.EXIT_USER_ERROR);
        assertThat(replay.err()).isEqualTo("tradefinder: " + dir + " is not a journal: no inbound/ queue with data\n");
    }

    @Test
    void shouldNameTheKnownInstrumentsWhenAskedForAnUnknownOne()
    {
        final CliRun run = CliRun.of("journal", "regime", demo.toString(), "--instrument", "DOGEUSDT",
            "--timeframe", "1h");

        assertThat(run.exitCode()).isEqualTo(TradeFinderCli.EXIT_USER_ERROR);
        assertThat(run.err()).isEqualTo(
            "tradefinder: instrument 'DOGEUSDT' is not in this journal; it has SYNTHUSDT (id 1)\n");
    }

    @Test
    void shouldRejectBadOptionValuesInOneLine()
    {
        final CliRun badTime = CliRun.of("journal", "dump", demo.toString(), "--from", "yesterday");
        final CliRun badType = CliRun.of("journal", "dump", demo.toString(), "--type", "Trades");
        final CliRun badFrame = CliRun.of("journal", "regime", demo.toString(), "--instrument", "SYNTHUSDT",
            "--timeframe", "7m");

        assertThat(badTime.exitCode()).isEqualTo(TradeFinderCli.EXIT_USER_ERROR);
        assertThat(badTime.err()).startsWith("tradefinder: --from 'yesterday' is not a time").hasLineCount(1);
        assertThat(badType.err()).startsWith("tradefinder: --type 'Trades' is not a message type; types are Trade,")
            .hasLineCount(1);
        assertThat(badFrame.exitCode()).isEqualTo(TradeFinderCli.EXIT_USER_ERROR);
        assertThat(badFrame.err()).contains("7m").hasLineCount(1);
    }

    @Test
    void shouldRefuseToImportAMissingFile(@TempDir final Path dir)
    {
        final Path missing = dir.resolve("nope.csv");

        final CliRun run = CliRun.of("import", missing.toString(), "--journal", dir.resolve("j").toString());

        assertThat(run.exitCode()).isEqualTo(TradeFinderCli.EXIT_USER_ERROR);
        assertThat(run.err()).startsWith("tradefinder: ").contains(missing.toString()).hasLineCount(1);
    }

    @ParameterizedTest
    @ValueSource(strings = { "demo", "import", "journal", "journal dump", "journal stats", "journal replay",
        "journal regime" })
    void shouldPrintHelpForEveryCommand(final String command)
    {
        final String[] args = Arrays.copyOf(command.split(" "), command.split(" ").length + 1);
        args[args.length - 1] = "--help";

        final CliRun run = CliRun.of(args);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: tradefinder " + command);
    }
}
