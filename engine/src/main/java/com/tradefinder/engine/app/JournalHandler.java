package com.tradefinder.engine.app;

import com.lmax.disruptor.EventHandler;
import com.tradefinder.engine.journal.Journal;
import com.tradefinder.engine.journal.JournalAppender;

/**
 * First consumer of the inbound ring: appends every event to the inbound journal, in ring order.
 * The business-logic handler is gated on this handler's sequence, so nothing acts on an event before it is
 * journaled. Runs on its own thread; owns its appender.
 * <p>
 * Without journaling (the benchmark baseline of {@link EngineContext#journalEnabled(boolean)}) the engine uses
 * {@link Skipping} instead: same thread, gating and hooks, nothing appended.
 */
final class JournalHandler implements EventHandler<RingEntry>
{
    private final Journal journal;
    private final long sequenceBase;
    private final Runnable onStopped;
    private JournalAppender appender;

    JournalHandler(final Journal journal, final long sequenceBase, final Runnable onStopped)
    {
        this.journal = journal;
        this.sequenceBase = sequenceBase;
        this.onStopped = onStopped;
    }

    @Override
    public void onStart()
    {
        appender = journal.inboundAppender();
    }

    @Override
    public void onEvent(final RingEntry entry, final long sequence, final boolean endOfBatch)
    {
        appender.append(sequenceBase + sequence, entry.buffer, 0, entry.length);
    }

    @Override
    public void onShutdown()
    {
        try
        {
            if (appender != null)
            {
                appender.close();
            }
        }
        finally
        {
            onStopped.run();
        }
    }

    /**
     * The baseline handler: same thread, gating and shutdown hook as the journal handler, but nothing is appended.
     */
    static final class Skipping implements EventHandler<RingEntry>
    {
        private final Runnable onStopped;

        Skipping(final Runnable onStopped)
        {
            this.onStopped = onStopped;
        }

        @Override
        public void onEvent(final RingEntry entry, final long sequence, final boolean endOfBatch)
        {
            // benchmark baseline: the event goes on to the business logic unjournaled
        }

        @Override
        public void onShutdown()
        {
            onStopped.run();
        }
    }
}
