package com.tradefinder.tools.run;

import com.tradefinder.codecs.BarDecoder;
import com.tradefinder.codecs.BestBidOfferDecoder;
import com.tradefinder.codecs.CancelOrderDecoder;
import com.tradefinder.codecs.FillDecoder;
import com.tradefinder.codecs.FundingRateDecoder;
import com.tradefinder.codecs.InstrumentDefinitionDecoder;
import com.tradefinder.codecs.MarkPriceDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.NewOrderDecoder;
import com.tradefinder.codecs.TimerDecoder;
import com.tradefinder.codecs.TradeDecoder;
import com.tradefinder.codecs.VenueSetupDecoder;
import com.tradefinder.engine.marketdata.InstrumentSpec;
import com.tradefinder.engine.venue.SimulatedVenue;
import com.tradefinder.engine.venue.VenueSimulationSettings;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.MessageHandler;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.ringbuffer.ManyToOneRingBuffer;
import org.agrona.concurrent.ringbuffer.RingBufferDescriptor;

import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Paper trading: the deterministic {@link SimulatedVenue} on a thread of its own, answering the business logic's
 * commands against the market data the logic sees.
 *
 * <h2>Flow and why it cannot deadlock</h2>
 * The business thread copies into one Agrona {@link ManyToOneRingBuffer} (the <i>venue queue</i>) both the market
 * data it is about to handle ({@link #onInbound}, called before the logic sees the event) and the commands the logic
 * sends ({@link #onOutbound}); so the venue sees them in exactly the ring's order, market data before the commands it
 * caused, as in a backtest. The venue thread reads the queue, drives the simulated venue, and moves its answers into
 * the engine's ring with {@link InboundPublisher#tryPublish} only: when the ring is full the answers wait in an
 * {@link AnswerQueue} on the venue thread and the thread goes on reading the venue queue. The venue thread therefore
 * never blocks on anything, and the business thread, which waits only while the venue queue is full, always gets room
 * back. Its answers are journaled as they enter the ring, so a replay is exact whatever the timing was.
 * <p>
 * Only what the venue uses goes through the queue: InstrumentDefinition, Trade, BestBidOffer, Bar, MarkPrice,
 * FundingRate and Timer (which moves the venue's clock, so latency elapses when the market is quiet) inbound;
 * NewOrder, CancelOrder and VenueSetup outbound.
 * <p>
 * Thread contract: {@link #onInbound} and {@link #onOutbound} on the business thread (allocation-free); {@link #start},
 * {@link #flush}, {@link #summary} and {@link #close} on the host's thread; everything else on the venue thread.
 */
public final class PaperVenue implements VenueConnector
{
    /** Default venue queue: 16 MiB, a few hundred thousand market events of slack. */
    public static final int DEFAULT_QUEUE_BYTES = 16 * 1024 * 1024;

    private static final int MSG_INBOUND = 1;
    private static final int MSG_COMMAND = 2;
    private static final int READ_LIMIT = 256;

    private final SimulatedVenue venue;
    private final long latencyNs;
    private final ManyToOneRingBuffer queue;
    private final AnswerQueue answers = new AnswerQueue();
    private final IdleStrategy idle = new BackoffIdleStrategy(100, 10, TimeUnit.MICROSECONDS.toNanos(1),
        TimeUnit.MILLISECONDS.toNanos(1));
    private final MessageHeaderDecoder businessHeader = new MessageHeaderDecoder();
    private final MessageHeaderDecoder venueHeader = new MessageHeaderDecoder();
    private final MessageHeaderDecoder answerHeader = new MessageHeaderDecoder();
    private final InstrumentDefinitionDecoder definition = new InstrumentDefinitionDecoder();
    private final TimerDecoder timer = new TimerDecoder();
    private final NewOrderDecoder newOrder = new NewOrderDecoder();
    private final CancelOrderDecoder cancelOrder = new CancelOrderDecoder();
    private final VenueSetupDecoder venueSetup = new VenueSetupDecoder();
    private final MessageHandler handler = this::onMessageCounted;
    private final Thread thread;
    private volatile boolean running;
    private volatile long flushRequested;
    private volatile long flushCompleted;
    private volatile long flushAnswers;
    private volatile Throwable failure;
    private InboundPublisher publisher;
    private long flushAdvanced;
    private long flushStartAnswers;
    private long lastCommandTimeNs = Long.MIN_VALUE;

    // business thread
    private long queueFullWaits;
    private long droppedAfterStop;

    // venue thread; read by others only after close (the join orders them)
    private long commands;
    private long newOrders;
    private long answersProduced;
    private volatile long answersPublished;
    private long fills;
    private long marketEvents;
    private long rejectedMessages;

    /**
     * @param settings   the simulated venue's settings (fees, latency, slippage, balances).
     * @param queueBytes capacity of the venue queue, a power of two (see {@link #DEFAULT_QUEUE_BYTES}).
     */
    public PaperVenue(final VenueSimulationSettings settings, final int queueBytes)
    {
        this.venue = new SimulatedVenue(settings, this::onExecution);
        this.latencyNs = settings.latencyNs();
        this.queue = new ManyToOneRingBuffer(new UnsafeBuffer(
            ByteBuffer.allocateDirect(queueBytes + RingBufferDescriptor.TRAILER_LENGTH)));
        this.thread = new Thread(this::run, "paper-venue");
        this.thread.setDaemon(true);
    }

    @Override
    public void start(final InboundPublisher publisher)
    {
        this.publisher = publisher;
        running = true;
        thread.start();
    }

    @Override
    public void onInbound(final long sequence, final DirectBuffer buffer, final int offset, final int length)
    {
        businessHeader.wrap(buffer, offset);
        if (businessHeader.schemaId() != MessageHeaderDecoder.SCHEMA_ID)
        {
            return;
        }
        switch (businessHeader.templateId())
        {
            case InstrumentDefinitionDecoder.TEMPLATE_ID:
            case TradeDecoder.TEMPLATE_ID:
            case BestBidOfferDecoder.TEMPLATE_ID:
            case BarDecoder.TEMPLATE_ID:
            case MarkPriceDecoder.TEMPLATE_ID:
            case FundingRateDecoder.TEMPLATE_ID:
            case TimerDecoder.TEMPLATE_ID:
                enqueue(MSG_INBOUND, buffer, offset, length);
                break;
            default:
                break;
        }
    }

    @Override
    public void onOutbound(final long causeSequence, final DirectBuffer buffer, final int offset, final int length)
    {
        businessHeader.wrap(buffer, offset);
        if (businessHeader.schemaId() != MessageHeaderDecoder.SCHEMA_ID)
        {
            return;
        }
        final int templateId = businessHeader.templateId();
        if (templateId == NewOrderDecoder.TEMPLATE_ID || templateId == CancelOrderDecoder.TEMPLATE_ID ||
            templateId == VenueSetupDecoder.TEMPLATE_ID)
        {
            enqueue(MSG_COMMAND, buffer, offset, length);
        }
    }

    /** Business thread: waits for room only while the venue thread runs, which always makes room (see above). */
    private void enqueue(final int type, final DirectBuffer buffer, final int offset, final int length)
    {
        if (queue.write(type, buffer, offset, length))
        {
            return;
        }
        queueFullWaits++;
        while (!queue.write(type, buffer, offset, length))
        {
            if (!running)
            {
                droppedAfterStop++;
                return;
            }
            Thread.yield();
        }
    }

    @Override
    public long flush(final long timeoutMs) throws InterruptedException
    {
        final long request = flushRequested + 1;
        flushRequested = request;
        final long deadlineNs = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        while (flushCompleted < request)
        {
            if (!running || System.nanoTime() - deadlineNs > 0)
            {
                return -1;
            }
            if (Thread.interrupted())
            {
                throw new InterruptedException("paper venue flush");
            }
            Thread.sleep(1);
        }
        return flushAnswers;
    }

    private void run()
    {
        try
        {
            while (running)
            {
                int work = queue.read(handler, READ_LIMIT);
                work += answers.publishTo(publisher);
                answersPublished = answersProduced - answers.size();
                work += flushWork();
                idle.idle(work);
            }
        }
        catch (final RuntimeException | Error ex)
        {
            failure = ex;
            System.err.println("paper venue: stopped on an unexpected " + ex);
            running = false;
        }
    }

    /**
     * A flush runs once the venue queue is empty: the venue's clock moves to when the last command is due, then the
     * flush completes when every answer is in the ring.
     */
    private int flushWork()
    {
        final long request = flushRequested;
        if (request == flushCompleted || queue.size() != 0)
        {
            return 0;
        }
        if (flushAdvanced != request)
        {
            flushAdvanced = request;
            flushStartAnswers = answersPublished;
            if (lastCommandTimeNs != Long.MIN_VALUE)
            {
                venue.advanceTo(lastCommandTimeNs + latencyNs);
            }
            return 1;
        }
        if (answers.isEmpty())
        {
            flushAnswers = answersPublished - flushStartAnswers;
            flushCompleted = request;
            return 1;
        }
        return 0;
    }

    /** A message the simulated venue cannot take is counted and reported once, and the venue goes on. */
    private void onMessageCounted(final int type, final MutableDirectBuffer buffer, final int offset,
        final int length)
    {
        try
        {
            onMessage(type, buffer, offset, length);
        }
        catch (final RuntimeException ex)
        {
            if (rejectedMessages++ == 0)
            {
                System.err.println("paper venue: dropped " + (type == MSG_COMMAND ? "command" : "event") +
                    " template " + venueHeader.templateId() + " of " + length + " bytes: " + ex);
            }
        }
    }

    private void onMessage(final int type, final MutableDirectBuffer buffer, final int offset, final int length)
    {
        venueHeader.wrap(buffer, offset);
        final int templateId = venueHeader.templateId();
        if (type == MSG_COMMAND)
        {
            final long timeNs = commandTimeNs(templateId, buffer, offset);
            lastCommandTimeNs = Math.max(lastCommandTimeNs, timeNs);
            commands++;
            if (templateId == NewOrderDecoder.TEMPLATE_ID)
            {
                newOrders++;
            }
            venue.onCommand(buffer, offset, length, timeNs);
            return;
        }
        switch (templateId)
        {
            case InstrumentDefinitionDecoder.TEMPLATE_ID:
                definition.wrapAndApplyHeader(buffer, offset, venueHeader);
                venue.define(new InstrumentSpec().set(definition));
                break;
            case TimerDecoder.TEMPLATE_ID:
                venue.advanceTo(timer.wrapAndApplyHeader(buffer, offset, venueHeader).timeNs());
                break;
            default:
                marketEvents++;
                venue.onMarketData(buffer, offset, length);
                break;
        }
    }

    private long commandTimeNs(final int templateId, final DirectBuffer buffer, final int offset)
    {
        switch (templateId)
        {
            case NewOrderDecoder.TEMPLATE_ID:
                return newOrder.wrapAndApplyHeader(buffer, offset, venueHeader).timeNs();
            case CancelOrderDecoder.TEMPLATE_ID:
                return cancelOrder.wrapAndApplyHeader(buffer, offset, venueHeader).timeNs();
            default:
                return venueSetup.wrapAndApplyHeader(buffer, offset, venueHeader).timeNs();
        }
    }

    /** The simulated venue's sink, on the venue thread: answers wait for room in the ring in order. */
    private void onExecution(final DirectBuffer buffer, final int offset, final int length, final long timeNs)
    {
        answerHeader.wrap(buffer, offset);
        if (answerHeader.templateId() == FillDecoder.TEMPLATE_ID)
        {
            fills++;
        }
        answersProduced++;
        answers.add(buffer, offset, length);
    }

    /**
     * @return answers published into the ring so far; any thread.
     */
    public long answersPublished()
    {
        return answersPublished;
    }

    /**
     * @return times the business thread found the venue queue full and had to wait for room; read after close.
     */
    public long queueFullWaits()
    {
        return queueFullWaits;
    }

    /**
     * @return the simulated venue's state hash; read after close.
     */
    public long venueStateHash()
    {
        return venue.stateHash(0);
    }

    @Override
    public String summary()
    {
        return String.format(Locale.ROOT, "paper venue: %d market events, %d commands (%d new orders), %d answers " +
            "(%d fills), %d waits on a full venue queue%s%s%s", marketEvents, commands, newOrders,
            answersProduced, fills, queueFullWaits,
            droppedAfterStop == 0 ? "" : ", " + droppedAfterStop + " dropped after stop",
            rejectedMessages == 0 ? "" : ", " + rejectedMessages + " messages it could not take",
            failure == null ? "" : ", stopped on " + failure);
    }

    /**
     * @return fills the venue produced; read after close.
     */
    public long fills()
    {
        return fills;
    }

    /**
     * @return NewOrder commands the venue received; read after close.
     */
    public long newOrders()
    {
        return newOrders;
    }

    @Override
    public void close()
    {
        running = false;
        if (thread.isAlive())
        {
            try
            {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
            }
        }
    }
}
