package com.tradefinder.engine.app;

import com.tradefinder.engine.journal.Journal;
import com.tradefinder.engine.journal.JournalAppender;
import com.tradefinder.engine.logic.OutboundSink;
import org.agrona.DirectBuffer;

/**
 * Journals every business-logic output, in order, before passing it on downstream (venues, gateways, listeners).
 * Business-logic thread only; the appender is created on that thread by {@link #start()}.
 */
final class JournalingOutboundSink implements OutboundSink
{
    private final Journal journal;
    private final OutboundSink downstream;
    private JournalAppender appender;

    JournalingOutboundSink(final Journal journal, final OutboundSink downstream)
    {
        this.journal = journal;
        this.downstream = downstream;
    }

    void start()
    {
        appender = journal.outboundAppender();
    }

    @Override
    public void onOutbound(final long causeSequence, final DirectBuffer buffer, final int offset, final int length)
    {
        appender.append(causeSequence, buffer, offset, length);
        downstream.onOutbound(causeSequence, buffer, offset, length);
    }

    void close()
    {
        if (appender != null)
        {
            appender.close();
        }
    }
}
