package com.tradefinder.tools.run;

import com.tradefinder.codecs.AdminAction;
import com.tradefinder.codecs.AdminCommandEncoder;
import com.tradefinder.codecs.CancelOrderDecoder;
import com.tradefinder.codecs.CheckpointEncoder;
import com.tradefinder.codecs.FillDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.NewOrderDecoder;
import com.tradefinder.config.BotConfig;
import com.tradefinder.engine.app.Engine;
import com.tradefinder.engine.app.EngineContext;
import com.tradefinder.engine.bot.Bot;
import com.tradefinder.engine.logic.BusinessLogic;
import com.tradefinder.tools.session.EngineSetup;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The composition root of a running engine: the {@link Engine} (ring, journal, business logic) on a new journal, a
 * {@link MarketDataSource} publishing into its ring, and a {@link VenueConnector} receiving its commands and
 * publishing executions back.
 * <p>
 * {@link #start()} launches the engine, starts the venue, then publishes what a backtest publishes first (the
 * source's InstrumentDefinitions, the EngineSettings and each bot's config text, through {@link EngineSetup}) and
 * starts the source. {@link #shutdown()} is the orderly stop: the source stops first (a quiet stream: no fill or new
 * entry can race the cancels), then every bot with {@code execution.cancel_on_shutdown} is paused with its resting
 * entries cancelled (an AdminCommand PAUSE with {@link Bot#PAUSE_CANCEL_ENTRIES}, through the ring, so it is journaled
 * and replays), the venue's answers are awaited, a final Checkpoint records the state hash, and the venue and the
 * engine (journal) close. Bots without it keep their resting orders.
 * <p>
 * Thread contract: {@link #start()} and {@link #shutdown()} from one controlling thread at a time ({@code shutdown}
 * is synchronized and idempotent, so a shutdown hook and the main thread may both call it); the counters are updated
 * on the business thread.
 */
public final class EngineHost implements AutoCloseable
{
    /** Longest wait for each step of the shutdown (a barrier, a venue flush). */
    public static final long SHUTDOWN_STEP_TIMEOUT_MS = 10_000;

    /** Flush rounds at shutdown: answers may cause commands whose answers cause more; this bounds the cascade. */
    private static final int MAX_FLUSH_ROUNDS = 16;

    /**
     * What a session did.
     *
     * @param journal   the session's journal folder.
     * @param events    inbound events journaled.
     * @param outputs   business-logic outputs journaled.
     * @param orders    NewOrder commands sent.
     * @param cancels   CancelOrder commands sent.
     * @param fills     Fill events received from the venue.
     * @param stateHash the business logic's state hash at the end.
     * @param halted    whether the business logic halted on a fault.
     * @param venue     the venue connector's own summary line.
     */
    public record Summary(Path journal, long events, long outputs, long orders, long cancels, long fills,
        long stateHash, boolean halted, String venue)
    {
        /**
         * @return the summary as one paragraph for the console.
         */
        public String paragraph()
        {
            return String.format(Locale.ROOT, "session ended: journal %s: %d events, %d outputs; %d orders sent, " +
                "%d cancels sent, %d fills; state hash %s%s. %s.", journal, events, outputs, orders, cancels, fills,
                Long.toHexString(stateHash), halted ? "; the business logic HALTED on a fault" : "", venue);
        }
    }

    private final List<BotConfig> bots;
    private final Path journalFolder;
    private final MarketDataSource source;
    private final VenueConnector venue;
    private final EngineSetup setup;
    private final UnsafeBuffer scratch = new UnsafeBuffer(new byte[256]);
    private final MessageHeaderEncoder headerEncoder = new MessageHeaderEncoder();
    private final MessageHeaderDecoder outputHeader = new MessageHeaderDecoder();
    private final MessageHeaderDecoder inboundHeader = new MessageHeaderDecoder();
    private Engine engine;
    private InboundPublisher publisher;
    private Summary summary;
    private long checkpointId;

    // business thread; read by others after close, or as volatile progress
    private volatile long lastInboundSequence = -1;
    private long outputs;
    private long orders;
    private long cancels;
    private long fills;

    /**
     * @param bots          validated bot configs, in bot-id order.
     * @param journalFolder the session's journal: a folder that does not exist yet or is empty.
     * @param source        the market data.
     * @param venue         where orders go.
     */
    public EngineHost(final List<BotConfig> bots, final Path journalFolder, final MarketDataSource source,
        final VenueConnector venue)
    {
        this.bots = List.copyOf(bots);
        this.setup = new EngineSetup(bots);
        this.journalFolder = journalFolder;
        this.source = source;
        this.venue = venue;
    }

    /**
     * Launches the engine, the venue and the source.
     */
    public void start()
    {
        engine = Engine.launch(new EngineContext()
            .journalFolder(journalFolder)
            .replaceJournal(false)
            .downstream(this::onOutput)
            .inboundTap(this::onInbound));
        publisher = new RingPublisher(engine);
        try
        {
            venue.start(publisher);
            source.publishDefinitions(publisher);
            final long startNs = sourceTimeNs();
            setup.publishSettings(startNs, publisher::publish);
            setup.publishConfigs(startNs, publisher::publish);
            source.start(publisher);
        }
        catch (final RuntimeException ex)
        {
            source.close();
            venue.close();
            engine.close();
            throw ex;
        }
    }

    /**
     * @return the running engine (for the operator endpoints: its ring, journal and gauges).
     * @throws IllegalStateException before {@link #start()}.
     */
    public Engine engine()
    {
        if (engine == null)
        {
            throw new IllegalStateException("engine host not started");
        }
        return engine;
    }

    /**
     * Waits for the source to reach the end of its data (never, for a live feed).
     *
     * @param timeoutMs longest wait.
     * @return true when the end was reached.
     * @throws InterruptedException if interrupted.
     */
    public boolean awaitSourceEnd(final long timeoutMs) throws InterruptedException
    {
        return source.awaitEnd(timeoutMs);
    }

    /**
     * @return inbound events handed to the business logic so far; any thread.
     */
    public long eventsSoFar()
    {
        return lastInboundSequence + 1;
    }

    /**
     * The orderly stop (see the class comment). Idempotent: later calls return the first summary.
     *
     * @return what the session did.
     */
    public synchronized Summary shutdown()
    {
        if (summary != null)
        {
            return summary;
        }
        if (engine == null)
        {
            throw new IllegalStateException("engine host was never started");
        }
        source.close();
        try
        {
            final long timeNs = sourceTimeNs();
            for (int botId = 0; botId < bots.size(); botId++)
            {
                if (bots.get(botId).execution().cancelOnShutdown())
                {
                    publishCancelEntries(botId, timeNs);
                }
            }
            settle(timeNs);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
        finally
        {
            venue.close();
            engine.close();
        }
        final BusinessLogic logic = engine.logic();
        summary = new Summary(journalFolder, lastInboundSequence + 1, outputs, orders, cancels, fills,
            logic.stateHash(), logic.halted(), venue.summary());
        return summary;
    }

    @Override
    public void close()
    {
        if (engine != null)
        {
            shutdown();
        }
    }

    /**
     * Alternates barriers and venue flushes until nothing arrives between two barriers: with the source stopped only
     * the venue's answers can, so the venue has answered everything and the last event is a Checkpoint.
     */
    private void settle(final long timeNs) throws InterruptedException
    {
        long previous = barrier(timeNs);
        for (int round = 0; round < MAX_FLUSH_ROUNDS && previous >= 0; round++)
        {
            if (venue.flush(SHUTDOWN_STEP_TIMEOUT_MS) < 0)
            {
                System.err.println("engine: venue did not answer in " + SHUTDOWN_STEP_TIMEOUT_MS + " ms");
                return;
            }
            final long next = barrier(timeNs);
            if (next == previous + 1)
            {
                return;
            }
            previous = next;
        }
        if (previous < 0)
        {
            System.err.println("engine: shutdown barrier not reached in " + SHUTDOWN_STEP_TIMEOUT_MS + " ms");
        }
    }

    /**
     * Publishes a Checkpoint and waits until the business logic reaches it: everything before it is handled and its
     * commands are with the venue; the Checkpoint's StateHash output records the state at that point.
     *
     * @return the Checkpoint's inbound sequence, or -1 if the logic did not reach it in time.
     */
    private long barrier(final long timeNs) throws InterruptedException
    {
        final CheckpointEncoder checkpoint = new CheckpointEncoder()
            .wrapAndApplyHeader(scratch, 0, headerEncoder)
            .checkpointId(++checkpointId)
            .timeNs(timeNs);
        final long sequence = publisher.publish(scratch, 0,
            MessageHeaderEncoder.ENCODED_LENGTH + checkpoint.encodedLength());
        final long deadlineNs = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(SHUTDOWN_STEP_TIMEOUT_MS);
        while (lastInboundSequence < sequence)
        {
            if (System.nanoTime() - deadlineNs > 0)
            {
                return -1;
            }
            Thread.sleep(1);
        }
        return sequence;
    }

    private void publishCancelEntries(final int botId, final long timeNs)
    {
        final AdminCommandEncoder admin = new AdminCommandEncoder()
            .wrapAndApplyHeader(scratch, 0, headerEncoder)
            .botId(botId)
            .action(AdminAction.PAUSE)
            .argument(Bot.PAUSE_CANCEL_ENTRIES)
            .timeNs(timeNs);
        publisher.publish(scratch, 0, MessageHeaderEncoder.ENCODED_LENGTH + admin.encodedLength());
    }

    /** The session's clock for its own events: the source's time, or the wall clock before its first event. */
    private long sourceTimeNs()
    {
        final long timeNs = source.timeNs();
        return timeNs > 0 ? timeNs : System.currentTimeMillis() * 1_000_000L;
    }

    /** Business thread: every inbound event, before the logic; the sequence is published after the venue saw it. */
    private void onInbound(final long sequence, final DirectBuffer buffer, final int offset, final int length)
    {
        inboundHeader.wrap(buffer, offset);
        if (inboundHeader.templateId() == FillDecoder.TEMPLATE_ID)
        {
            fills++;
        }
        venue.onInbound(sequence, buffer, offset, length);
        lastInboundSequence = sequence;
    }

    /** Business thread: every output, already journaled. */
    private void onOutput(final long causeSequence, final DirectBuffer buffer, final int offset, final int length)
    {
        outputs++;
        outputHeader.wrap(buffer, offset);
        final int templateId = outputHeader.templateId();
        if (templateId == NewOrderDecoder.TEMPLATE_ID)
        {
            orders++;
        }
        else if (templateId == CancelOrderDecoder.TEMPLATE_ID)
        {
            cancels++;
        }
        venue.onOutbound(causeSequence, buffer, offset, length);
    }
}
