package com.tradefinder.tools.journal;

import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.StateHashDecoder;
import com.tradefinder.engine.journal.Journal;
import com.tradefinder.engine.journal.JournalCursor;
import com.tradefinder.engine.logic.BusinessLogic;
import com.tradefinder.engine.logic.OutboundSink;
import org.agrona.DirectBuffer;

/**
 * Replays a journal's inbound events through a fresh {@link BusinessLogic} and, when verifying, checks every
 * output against the journal's outbound records, byte for byte and with the same causing sequence, stopping at
 * the first difference. Finally it checks that no journaled output is left over, and reports the state hash.
 * Single-threaded.
 */
public final class ReplayVerifier implements OutboundSink
{
    /** The outcome of a replay. */
    public record Result(boolean matched, String difference, long events, long outputs, long stateHash,
        long journaledStateHash, boolean halted)
    {
    }

    private final SchemaJson json = new SchemaJson();
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final StateHashDecoder stateHash = new StateHashDecoder();
    private final boolean verify;
    private JournalCursor expected;
    private String difference;
    private long outputs;
    private long lastJournaledHash;
    private boolean sawJournaledHash;

    /**
     * @param verify compare outputs against the journal's outbound records.
     */
    public ReplayVerifier(final boolean verify)
    {
        this.verify = verify;
    }

    /**
     * @param journal an open journal.
     * @return the outcome.
     */
    public Result run(final Journal journal)
    {
        final BusinessLogic logic = new BusinessLogic(this);
        long events = 0;
        try (JournalCursor in = journal.inboundCursor(); JournalCursor out = journal.outboundCursor())
        {
            expected = out;
            while (difference == null && in.next())
            {
                logic.onEvent(in.sequence(), in.buffer(), 0, in.length());
                events++;
            }
            if (verify && difference == null && out.next())
            {
                difference = "journal has more outputs than the replay produced: first extra is " +
                    json.messageName(out.templateId()) + " caused by inbound sequence " + out.sequence();
            }
        }
        return new Result(difference == null, difference, events, outputs, logic.stateHash(),
            sawJournaledHash ? lastJournaledHash : 0, logic.halted());
    }

    @Override
    public void onOutbound(final long causeSequence, final DirectBuffer buffer, final int offset, final int length)
    {
        outputs++;
        header.wrap(buffer, offset);
        if (header.templateId() == StateHashDecoder.TEMPLATE_ID)
        {
            stateHash.wrapAndApplyHeader(buffer, offset, header);
            lastJournaledHash = stateHash.stateHash();
            sawJournaledHash = true;
        }
        if (!verify || difference != null)
        {
            return;
        }
        final String produced = json.messageName(header.templateId());
        if (!expected.next())
        {
            difference = "replay produced " + produced + " (output " + outputs + ", inbound sequence " +
                causeSequence + ") but the journal has no more outputs";
            return;
        }
        if (expected.sequence() != causeSequence)
        {
            difference = "output " + outputs + " (" + produced + ") was caused by inbound sequence " + causeSequence +
                " in the replay but by " + expected.sequence() + " in the journal";
            return;
        }
        if (expected.length() != length)
        {
            difference = "output " + outputs + " at inbound sequence " + causeSequence + ": replay produced " +
                produced + " of " + length + " bytes, journal has " + json.messageName(expected.templateId()) +
                " of " + expected.length() + " bytes";
            return;
        }
        final DirectBuffer journaled = expected.buffer();
        for (int i = 0; i < length; i++)
        {
            if (journaled.getByte(i) != buffer.getByte(offset + i))
            {
                final StringBuilder replayed = new StringBuilder();
                json.render(buffer, offset, replayed);
                final StringBuilder recorded = new StringBuilder();
                json.render(journaled, 0, recorded);
                difference = "output " + outputs + " at inbound sequence " + causeSequence + " differs at byte " + i +
                    ": replay {" + replayed + "} journal {" + recorded + "}";
                return;
            }
        }
    }
}
