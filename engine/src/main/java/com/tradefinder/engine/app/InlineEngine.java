package com.tradefinder.engine.app;

import com.tradefinder.engine.journal.Journal;
import com.tradefinder.engine.journal.JournalAppender;
import com.tradefinder.engine.logic.BusinessLogic;
import com.tradefinder.engine.logic.OutboundSink;
import org.agrona.DirectBuffer;

import java.nio.file.Path;

/**
 * The event core without the ring: the calling thread journals each event, then hands it to the business logic,
 * whose outputs are journaled before they go downstream. Same journal, same logic, same outputs as {@link Engine};
 * for backtests, where one thread drives history and the simulated venue and a ring would only add hand-offs.
 * <p>
 * Confined to the thread that created it (the journal's pretoucher runs on a thread of its own). {@link #publish} must not be called from inside the downstream sink
 * (queue venue answers and publish them after the call returns).
 */
public final class InlineEngine implements AutoCloseable
{
    private final Journal journal;
    private final JournalAppender inbound;
    private final JournalingOutboundSink outbound;
    private final BusinessLogic logic;
    private long sequence;
    private boolean publishing;

    /**
     * @param folder     journal folder to create.
     * @param replace    replace an existing journal there.
     * @param downstream receives every output after it is journaled.
     */
    public InlineEngine(final Path folder, final boolean replace, final OutboundSink downstream)
    {
        this.journal = Journal.create(folder, replace);
        // A backtest appends a few hundred MB a minute: fault the pages in on another thread, not between events
        journal.startPretoucher();
        this.inbound = journal.inboundAppender();
        this.outbound = new JournalingOutboundSink(journal, downstream);
        this.outbound.start();
        this.logic = new BusinessLogic(outbound);
    }

    /**
     * Journals one event and has the business logic handle it.
     *
     * @param buffer holding the SBE message, header included.
     * @param offset of the message.
     * @param length of the message.
     * @return the event's inbound sequence.
     */
    public long publish(final DirectBuffer buffer, final int offset, final int length)
    {
        if (publishing)
        {
            throw new IllegalStateException("publish called from inside the business logic's downstream");
        }
        publishing = true;
        try
        {
            final long eventSequence = sequence++;
            inbound.append(eventSequence, buffer, offset, length);
            logic.onEvent(eventSequence, buffer, offset, length);
            return eventSequence;
        }
        finally
        {
            publishing = false;
        }
    }

    /**
     * @return the business logic.
     */
    public BusinessLogic logic()
    {
        return logic;
    }

    /**
     * @return events published.
     */
    public long events()
    {
        return sequence;
    }

    @Override
    public void close()
    {
        inbound.close();
        outbound.close();
        journal.close();
    }
}
