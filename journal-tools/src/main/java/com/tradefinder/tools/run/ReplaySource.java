package com.tradefinder.tools.run;

import com.tradefinder.codecs.InstrumentDefinitionDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.TimerEncoder;
import com.tradefinder.tools.importer.EventSource;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Recorded market data played into a running engine from a thread of its own: a capture or CSV history (through the
 * importer's {@link EventSource}s) or a journal's market data ({@link JournalMarketData}), at the original pace, N
 * times faster, or as fast as the engine takes it.
 * <p>
 * The replay's clock is event time: it emits a Timer ({@link #TIMER_ID}) at every whole second of event time between
 * events, so entry timeouts and bar closes follow the data, not the wall clock, and a paper session over a replay is
 * deterministic in content at any pace. At the end of the data the thread stops and {@link #awaitEnd} returns; the
 * engine keeps running.
 * <p>
 * Thread contract: constructed, {@link #publishDefinitions}, {@link #start} and {@link #close} on the host's thread;
 * the input is read and closed only on the replay thread, which the constructor starts to read the head of the input
 * (a journal cursor is confined to one thread); {@link #timeNs} from any thread.
 */
public final class ReplaySource implements MarketDataSource
{
    /** Timer id of the replay's one-second event-time clock. */
    public static final long TIMER_ID = 1;

    private static final long SECOND_NS = 1_000_000_000L;
    private static final long MAX_PARK_NS = 50_000_000L;

    private final EventSource events;
    private final ReplayPace pace;
    private final ExpandableArrayBuffer definitions = new ExpandableArrayBuffer(4096);
    private final List<int[]> definitionSlices = new ArrayList<>();
    private final UnsafeBuffer timerBuffer = new UnsafeBuffer(new byte[64]);
    private final TimerEncoder timer = new TimerEncoder();
    private final MessageHeaderEncoder timerHeader = new MessageHeaderEncoder();
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final CountDownLatch ended = new CountDownLatch(1);
    private final CountDownLatch opened = new CountDownLatch(1);
    private final CountDownLatch started = new CountDownLatch(1);
    private final Thread thread;
    private volatile RuntimeException openFailure;
    private boolean hasFirst;
    private volatile boolean running = true;
    private volatile long timeNs;
    private volatile long published;
    private volatile String failure;
    private InboundPublisher publisher;

    /**
     * Opens the replay: reads the instrument definitions at the head of the input and stops at the first market
     * event, whose time starts the replay's clock.
     *
     * @param events the input, instrument definitions first (as the importer and journals give them); closed by the
     *               replay thread at the end or on {@link #close}.
     * @throws RuntimeException what reading the head of the input threw (a damaged journal, a bad file).
     * @param pace   how fast to play it.
     */
    public ReplaySource(final EventSource events, final ReplayPace pace)
    {
        this.events = events;
        this.pace = pace;
        this.thread = new Thread(this::run, "replay-source");
        this.thread.setDaemon(true);
        this.thread.start();
        try
        {
            opened.await();
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
        if (openFailure != null)
        {
            throw openFailure;
        }
    }

    /** On the replay thread: the head of the input, up to and including the first market event. */
    private void readHead()
    {
        int used = 0;
        while (events.next())
        {
            header.wrap(events.buffer(), events.offset());
            if (header.templateId() != InstrumentDefinitionDecoder.TEMPLATE_ID)
            {
                hasFirst = true;
                timeNs = events.timeNs();
                return;
            }
            definitions.putBytes(used, events.buffer(), events.offset(), events.length());
            definitionSlices.add(new int[]{ used, events.length() });
            used += events.length();
        }
    }

    @Override
    public void publishDefinitions(final InboundPublisher publisher)
    {
        for (final int[] slice : definitionSlices)
        {
            publisher.publish(definitions, slice[0], slice[1]);
        }
    }

    /**
     * @return instruments defined at the head of the input.
     */
    public int instruments()
    {
        return definitionSlices.size();
    }

    @Override
    public void start(final InboundPublisher publisher)
    {
        this.publisher = publisher;
        started.countDown();
    }

    @Override
    public long timeNs()
    {
        return timeNs;
    }

    /**
     * @return market events and timers published so far; any thread.
     */
    public long published()
    {
        return published;
    }

    /**
     * @return why the replay stopped early, or null.
     */
    public String failure()
    {
        return failure;
    }

    @Override
    public boolean awaitEnd(final long timeoutMs) throws InterruptedException
    {
        return ended.await(timeoutMs, TimeUnit.MILLISECONDS);
    }

    /** The replay thread: the only one that reads the input (journal cursors are confined to one thread). */
    private void run()
    {
        try
        {
            readHead();
        }
        catch (final RuntimeException ex)
        {
            openFailure = ex;
        }
        finally
        {
            opened.countDown();
        }
        try
        {
            if (openFailure == null)
            {
                started.await();
                if (running && hasFirst)
                {
                    play();
                }
            }
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
        catch (final RuntimeException ex)
        {
            failure = events.name() + ": replay stopped after " + published + " events: " + ex.getMessage();
            System.err.println("replay: " + failure);
        }
        finally
        {
            events.close();
            ended.countDown();
        }
    }

    private void play()
    {
        final long firstNs = timeNs;
        final long startWallNs = System.nanoTime();
        long nextTimerNs = (Math.floorDiv(firstNs, SECOND_NS) + 1) * SECOND_NS;
        long count = 0;
        do
        {
            final long eventNs = events.timeNs();
            while (nextTimerNs <= eventNs && running)
            {
                waitUntil(startWallNs, nextTimerNs - firstNs);
                publishTimer(nextTimerNs);
                timeNs = nextTimerNs;
                published = ++count;
                nextTimerNs += SECOND_NS;
            }
            if (!running)
            {
                return;
            }
            waitUntil(startWallNs, eventNs - firstNs);
            publisher.publish(events.buffer(), events.offset(), events.length());
            if (eventNs > timeNs)
            {
                timeNs = eventNs;
            }
            published = ++count;
        }
        while (running && events.next());
    }

    private void publishTimer(final long timerNs)
    {
        timer.wrapAndApplyHeader(timerBuffer, 0, timerHeader).timerId(TIMER_ID).timeNs(timerNs);
        publisher.publish(timerBuffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + timer.encodedLength());
    }

    /** Parks until the event is due at the replay's pace; at most 50 ms at a time so that close is prompt. */
    private void waitUntil(final long startWallNs, final long eventDeltaNs)
    {
        if (!pace.paced())
        {
            return;
        }
        final long dueNs = startWallNs + pace.wallDelayNs(eventDeltaNs);
        long remainingNs;
        while (running && (remainingNs = dueNs - System.nanoTime()) > 0)
        {
            LockSupport.parkNanos(Math.min(remainingNs, MAX_PARK_NS));
        }
    }

    @Override
    public void close()
    {
        running = false;
        started.countDown();
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
