package com.tradefinder.engine.app;

import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.ExceptionHandler;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;
import com.lmax.disruptor.util.DaemonThreadFactory;
import com.tradefinder.engine.journal.Journal;
import com.tradefinder.engine.journal.JournalPretoucher;
import com.tradefinder.engine.logic.BusinessLogic;
import org.agrona.DirectBuffer;

import java.util.concurrent.atomic.AtomicReference;

/**
 * The event core of one process: a multi-producer Disruptor ring of pre-allocated entries, a journal handler that
 * appends each inbound event to the journal, and the business-logic handler gated behind it; outputs are
 * journaled by the business-logic thread before they go downstream. A {@link JournalPretoucher} thread keeps the
 * pages ahead of both journal writers faulted in, so neither the journal thread nor the business-logic thread takes a
 * page fault when appending.
 * <p>
 * Producers (gateways, importers, timers, admin) call {@link #publish} from any thread. {@link #close()} drains
 * the ring, stops the handlers and closes the journal; after it, {@link #logic()} may be read from the closing
 * thread.
 */
public final class Engine implements AutoCloseable
{
    private final Journal journal;
    private final Disruptor<RingEntry> disruptor;
    private final RingBuffer<RingEntry> ring;
    private final BusinessLogic logic;
    private final JournalingOutboundSink outbound;
    private final EventHandler<RingEntry> journalHandler;
    private final EventHandler<RingEntry> logicHandler;
    private final AtomicReference<Throwable> handlerFailure = new AtomicReference<>();
    private boolean closed;
    /** Counted down by each handler thread as it stops: the journal closes only after both stopped using it. */
    private final java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(2);
    /**
     * Counted down when the business-logic thread runs: the Disruptor's shutdown only waits for consumers already
     * running, so a close soon after launch would otherwise drop what was published.
     */
    private final java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);

    private Engine(final EngineContext context)
    {
        this.journal = Journal.create(context.journalFolder(), context.replaceJournal());
        // without journaling (a benchmark baseline) outputs go straight downstream
        this.outbound = context.journalEnabled() ? new JournalingOutboundSink(journal, context.downstream()) : null;
        this.logic = new BusinessLogic(outbound != null ? outbound : context.downstream());
        final com.lmax.disruptor.WaitStrategy waitStrategy = context.waitMode().newStrategy();
        this.disruptor = new Disruptor<>(RingEntry::new, context.ringSize(), DaemonThreadFactory.INSTANCE,
            ProducerType.MULTI, waitStrategy);
        final ExceptionHandler<RingEntry> failures = new ExceptionHandler<>()
        {
            @Override
            public void handleEventException(final Throwable ex, final long sequence, final RingEntry event)
            {
                handlerFailure.compareAndSet(null, ex);
                throw new IllegalStateException("ring handler failed at sequence " + sequence, ex);
            }

            @Override
            public void handleOnStartException(final Throwable ex)
            {
                handlerFailure.compareAndSet(null, ex);
            }

            @Override
            public void handleOnShutdownException(final Throwable ex)
            {
                handlerFailure.compareAndSet(null, ex);
            }
        };
        disruptor.setDefaultExceptionHandler(failures);
        if (context.journalEnabled())
        {
            this.journalHandler = new JournalHandler(journal, 0, stopped::countDown);
            journal.startPretoucher();
        }
        else
        {
            this.journalHandler = new JournalHandler.Skipping(stopped::countDown);
        }
        final Runnable onStart = () ->
        {
            try
            {
                if (waitStrategy instanceof SingleSpinnerWaitStrategy)
                {
                    ((SingleSpinnerWaitStrategy)waitStrategy).spinner(Thread.currentThread());
                }
                if (outbound != null)
                {
                    outbound.start();
                }
            }
            finally
            {
                started.countDown();
            }
        };
        this.logicHandler = context.businessLogicEnabled() ?
            new BusinessLogicHandler(logic, context.inboundTap(), 0, onStart, this::logicStopped) :
            new BusinessLogicHandler.Dropping(onStart, this::logicStopped);
        disruptor.handleEventsWith(journalHandler).then(logicHandler);
        this.ring = disruptor.start();
        awaitStarted();
    }

    private void awaitStarted()
    {
        try
        {
            if (!started.await(30, java.util.concurrent.TimeUnit.SECONDS))
            {
                handlerFailure.compareAndSet(null, new IllegalStateException("business-logic thread did not start"));
            }
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
    }

    private void logicStopped()
    {
        try
        {
            if (outbound != null)
            {
                outbound.close();
            }
        }
        finally
        {
            stopped.countDown();
        }
    }

    /**
     * Creates the journal and starts the handler threads; returns once the business-logic thread runs, so that even a
     * {@link #close()} right after launch processes everything published before it.
     *
     * @param context concluded settings.
     * @return the running engine.
     */
    public static Engine launch(final EngineContext context)
    {
        if (!context.isConcluded())
        {
            context.conclude();
        }
        return new Engine(context);
    }

    /**
     * Copies one SBE message into the next ring entry and publishes it. Safe from any thread; blocks while the
     * ring is full (back-pressure from the journal or the business logic).
     *
     * @param buffer holding the message, header included.
     * @param offset of the message.
     * @param length of the message, at most {@link Journal#MAX_MESSAGE_LENGTH}.
     * @return the inbound sequence given to the event.
     */
    public long publish(final DirectBuffer buffer, final int offset, final int length)
    {
        if (length > Journal.MAX_MESSAGE_LENGTH || length <= 0)
        {
            throw new IllegalArgumentException("message of " + length + " bytes does not fit a ring entry of " +
                Journal.MAX_MESSAGE_LENGTH);
        }
        final long sequence = ring.next();
        try
        {
            final RingEntry entry = ring.get(sequence);
            entry.buffer.putBytes(0, buffer, offset, length);
            entry.length = length;
        }
        finally
        {
            ring.publish(sequence);
        }
        return sequence;
    }

    /**
     * Like {@link #publish} but never blocks: when the ring has no free entry it returns at once. For producers
     * that the business thread may be waiting on (a venue whose answers feed the ring while the logic feeds it
     * commands), so that a full ring cannot close a wait cycle.
     *
     * @param buffer holding the message, header included.
     * @param offset of the message.
     * @param length of the message, at most {@link Journal#MAX_MESSAGE_LENGTH}.
     * @return the inbound sequence given to the event, or -1 when the ring is full (nothing was published).
     */
    public long tryPublish(final DirectBuffer buffer, final int offset, final int length)
    {
        if (length > Journal.MAX_MESSAGE_LENGTH || length <= 0)
        {
            throw new IllegalArgumentException("message of " + length + " bytes does not fit a ring entry of " +
                Journal.MAX_MESSAGE_LENGTH);
        }
        final long sequence;
        try
        {
            sequence = ring.tryNext();
        }
        catch (final com.lmax.disruptor.InsufficientCapacityException ex)
        {
            return -1;
        }
        try
        {
            final RingEntry entry = ring.get(sequence);
            entry.buffer.putBytes(0, buffer, offset, length);
            entry.length = length;
        }
        finally
        {
            ring.publish(sequence);
        }
        return sequence;
    }

    /**
     * @return the business logic; read it only after {@link #close()}, or from the business-logic thread. With
     * {@link EngineContext#businessLogicEnabled(boolean) businessLogicEnabled(false)} it is never given an event.
     */
    public BusinessLogic logic()
    {
        return logic;
    }

    /**
     * @return entries in the ring.
     */
    public int ringSize()
    {
        return ring.getBufferSize();
    }

    /**
     * @return free ring entries now; a snapshot, safe from any thread.
     */
    public long ringRemainingCapacity()
    {
        return ring.remainingCapacity();
    }

    /**
     * @return the highest inbound sequence published so far, -1 before the first; safe from any thread.
     */
    public long publishedSequence()
    {
        return ring.getCursor();
    }

    /**
     * @return the highest inbound sequence appended to the journal, -1 before the first; safe from any thread.
     */
    public long journaledSequence()
    {
        return disruptor.getSequenceValueFor(journalHandler);
    }

    /**
     * @return the highest inbound sequence the business logic has handled, -1 before the first; safe from any
     * thread.
     */
    public long processedSequence()
    {
        return disruptor.getSequenceValueFor(logicHandler);
    }

    /**
     * @return the journal being written.
     */
    public Journal journal()
    {
        return journal;
    }

    /**
     * Processes everything published so far, stops the handlers and closes the journal.
     *
     * @throws IllegalStateException if a handler failed (the journal could not be written).
     */
    @Override
    public void close()
    {
        if (closed)
        {
            return;
        }
        closed = true;
        if (handlerFailure.get() == null)
        {
            disruptor.shutdown();
        }
        else
        {
            disruptor.halt();
        }
        try
        {
            if (!stopped.await(30, java.util.concurrent.TimeUnit.SECONDS))
            {
                handlerFailure.compareAndSet(null, new IllegalStateException("handler threads did not stop in 30 s"));
            }
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
        }
        journal.close();
        final Throwable failure = handlerFailure.get();
        if (failure != null)
        {
            throw new IllegalStateException("engine stopped after a handler failure: " + failure, failure);
        }
    }
}
