package com.tradefinder.tools.run;

import com.tradefinder.codecs.AdminCommandDecoder;
import com.tradefinder.codecs.CancelOrderDecoder;
import com.tradefinder.codecs.CheckpointDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.OrderCanceledDecoder;
import com.tradefinder.codecs.OrderRole;
import com.tradefinder.codecs.OrderState;
import com.tradefinder.codecs.OrderUpdateDecoder;
import com.tradefinder.config.BotConfig;
import com.tradefinder.config.BotConfigLoader;
import com.tradefinder.config.ConfigException;
import com.tradefinder.engine.journal.Journal;
import com.tradefinder.engine.journal.JournalCursor;
import com.tradefinder.tools.importer.HistoryImport;
import com.tradefinder.tools.importer.ImportOptions;
import com.tradefinder.tools.importer.ImportReport;
import com.tradefinder.tools.journal.ReplayVerifier;
import com.tradefinder.tools.session.EngineSetup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The orderly stop that SIGTERM/SIGINT triggers ({@link EngineHost#shutdown()}), after a paper session over a real
 * capture left a grid sell entry resting: with {@code cancel_on_shutdown} the entry is cancelled through a journaled
 * AdminCommand and the venue's answer is in the journal before it closes, protective stops untouched; without it the
 * entry stays. Either journal replays byte for byte.
 */
@Tag("slow")
class EngineHostShutdownTest
{
    /**
     * Journal counts of the shutdown phase: from the first AdminCommand or Checkpoint (the host's own events after the
     * source stopped) to the end.
     */
    private record Tally(int admins, int cancelOrders, int orderCanceled, int entriesCancelled,
        int protectiveCancelled, int lastInboundTemplate)
    {
    }

    private static EngineHost.Summary session(final Path dir, final boolean cancelOnShutdown)
        throws IOException, ConfigException, InterruptedException
    {
        final List<BotConfig> bots = List.of(BotConfigLoader.load(PaperBots.write(dir, "paper-stop",
            cancelOnShutdown)));
        final HistoryImport history = HistoryImport.open(List.of(PaperBots.capture()),
            ImportOptions.defaults().instruments(Set.of("BTCUSDT")), new ImportReport(5));
        final EngineHost host = new EngineHost(bots, dir.resolve("journal"),
            new ReplaySource(history, ReplayPace.MAX),
            new PaperVenue(new EngineSetup(bots).venueSettings(), PaperVenue.DEFAULT_QUEUE_BYTES));
        host.start();
        assertThat(host.awaitSourceEnd(60_000)).as("replay reached its end").isTrue();
        return host.shutdown();
    }

    private static Tally tally(final Path journalFolder)
    {
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        final OrderUpdateDecoder update = new OrderUpdateDecoder();
        long shutdownStart = Long.MAX_VALUE;
        int admins = 0;
        int orderCanceled = 0;
        int cancelOrders = 0;
        int entries = 0;
        int protective = 0;
        int lastInbound = -1;
        try (Journal journal = Journal.openForReading(journalFolder);
            JournalCursor in = journal.inboundCursor();
            JournalCursor out = journal.outboundCursor())
        {
            while (in.next())
            {
                final int templateId = in.templateId();
                if (templateId == AdminCommandDecoder.TEMPLATE_ID || templateId == CheckpointDecoder.TEMPLATE_ID)
                {
                    shutdownStart = Math.min(shutdownStart, in.sequence());
                }
                admins += templateId == AdminCommandDecoder.TEMPLATE_ID ? 1 : 0;
                orderCanceled += templateId == OrderCanceledDecoder.TEMPLATE_ID && in.sequence() > shutdownStart ?
                    1 : 0;
                lastInbound = templateId;
            }
            while (out.next())
            {
                if (out.sequence() < shutdownStart)
                {
                    continue;
                }
                cancelOrders += out.templateId() == CancelOrderDecoder.TEMPLATE_ID ? 1 : 0;
                if (out.templateId() == OrderUpdateDecoder.TEMPLATE_ID)
                {
                    update.wrapAndApplyHeader(out.buffer(), 0, header);
                    if (update.toState() == OrderState.CANCELED)
                    {
                        if (update.role() == OrderRole.ENTRY)
                        {
                            entries++;
                        }
                        else
                        {
                            protective++;
                        }
                    }
                }
            }
        }
        return new Tally(admins, cancelOrders, orderCanceled, entries, protective, lastInbound);
    }

    private static void assertReplaysExactly(final Path journalFolder, final EngineHost.Summary summary)
    {
        try (Journal journal = Journal.openForReading(journalFolder))
        {
            final ReplayVerifier.Result replay = new ReplayVerifier(true).run(journal);
            assertThat(replay.matched()).as(replay.difference()).isTrue();
            assertThat(replay.stateHash()).isEqualTo(summary.stateHash());
            assertThat(replay.outputs()).isEqualTo(summary.outputs());
        }
    }

    @Test
    void shouldCancelRestingEntriesOnShutdownWhenConfigured(@TempDir final Path dir) throws Exception
    {
        // act
        final EngineHost.Summary summary = session(dir, true);

        // assert
        final Tally tally = tally(dir.resolve("journal"));
        assertThat(summary.orders()).as("orders").isGreaterThanOrEqualTo(2);
        assertThat(tally.admins()).as("shutdown AdminCommand").isEqualTo(1);
        assertThat(tally.cancelOrders()).as("CancelOrder sent").isGreaterThanOrEqualTo(1);
        assertThat(tally.orderCanceled()).as("venue answers journaled").isEqualTo(tally.cancelOrders());
        assertThat(tally.entriesCancelled()).as("entries cancelled").isEqualTo(tally.cancelOrders());
        assertThat(tally.protectiveCancelled()).as("protective orders stay").isZero();
        assertThat(tally.lastInboundTemplate()).as("the session ends on a Checkpoint")
            .isEqualTo(CheckpointDecoder.TEMPLATE_ID);
        assertThat(summary.halted()).isFalse();
        assertReplaysExactly(dir.resolve("journal"), summary);
    }

    @Test
    void shouldKeepRestingEntriesOnShutdownWhenNotConfigured(@TempDir final Path dir) throws Exception
    {
        // act
        final EngineHost.Summary summary = session(dir, false);

        // assert
        final Tally tally = tally(dir.resolve("journal"));
        assertThat(summary.orders()).as("orders").isGreaterThanOrEqualTo(2);
        assertThat(tally.admins()).isZero();
        assertThat(tally.cancelOrders()).isZero();
        assertThat(tally.orderCanceled()).isZero();
        assertThat(tally.entriesCancelled()).isZero();
        assertReplaysExactly(dir.resolve("journal"), summary);
    }

    @Test
    void shouldReturnTheSameSummaryWhenShutDownTwice(@TempDir final Path dir) throws Exception
    {
        // arrange
        final List<BotConfig> bots = List.of(BotConfigLoader.load(PaperBots.write(dir, "paper-twice", true)));
        final HistoryImport history = HistoryImport.open(List.of(PaperBots.capture()),
            ImportOptions.defaults().instruments(Set.of("BTCUSDT")), new ImportReport(5));
        final EngineHost host = new EngineHost(bots, dir.resolve("journal"),
            new ReplaySource(history, ReplayPace.MAX),
            new PaperVenue(new EngineSetup(bots).venueSettings(), PaperVenue.DEFAULT_QUEUE_BYTES));
        host.start();

        // act: stopped mid-replay, as a signal would, then again, as the main thread would
        final EngineHost.Summary first = host.shutdown();
        final EngineHost.Summary second = host.shutdown();

        // assert
        assertThat(second).isSameAs(first);
        assertThat(first.events()).isGreaterThan(0);
        assertReplaysExactly(dir.resolve("journal"), first);
    }
}
