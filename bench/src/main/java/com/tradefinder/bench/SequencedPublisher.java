package com.tradefinder.bench;

import com.tradefinder.engine.app.Engine;
import org.agrona.DirectBuffer;

/**
 * The one way into the engine during a latency run: every publisher (the market-data client, the webhook receiver,
 * the paper venue) goes through it, so under its lock the next inbound sequence is known before the event is
 * published and a measured trigger can be recorded in {@link TriggerTimes} ahead of the business thread seeing it.
 * <p>
 * Thread-safe; callers block on the lock and on ring back-pressure.
 */
final class SequencedPublisher
{
    private final Engine engine;
    private final TriggerTimes triggers;
    private long nextSequence = -1;

    /**
     * @param engine   the running engine; nothing else may publish into it once this is in use.
     * @param triggers where measured triggers are recorded.
     */
    SequencedPublisher(final Engine engine, final TriggerTimes triggers)
    {
        this.engine = engine;
        this.triggers = triggers;
    }

    /**
     * Publishes an event that is not measured.
     *
     * @param buffer holding one SBE message, header included.
     * @param offset of the message.
     * @param length of the message.
     * @return its inbound sequence.
     */
    synchronized long publish(final DirectBuffer buffer, final int offset, final int length)
    {
        return publishChecked(buffer, offset, length);
    }

    /**
     * Publishes a measured trigger, recorded first under its sequence.
     *
     * @param buffer holding one SBE message, header included.
     * @param offset of the message.
     * @param length of the message.
     * @param index  the trigger's number in the run.
     * @param dueNs  when it was due to be sent, {@code System.nanoTime()} scale.
     * @return its inbound sequence.
     */
    synchronized long publishTrigger(final DirectBuffer buffer, final int offset, final int length, final long index,
        final long dueNs)
    {
        if (nextSequence < 0)
        {
            throw new IllegalStateException("publish one unmeasured event first: the next sequence is not known yet");
        }
        triggers.record(nextSequence, index, dueNs);
        return publishChecked(buffer, offset, length);
    }

    private long publishChecked(final DirectBuffer buffer, final int offset, final int length)
    {
        final long sequence = engine.publish(buffer, offset, length);
        if (nextSequence >= 0 && sequence != nextSequence)
        {
            throw new IllegalStateException("inbound sequence " + sequence + " where " + nextSequence +
                " was expected: something published into the engine around the SequencedPublisher");
        }
        nextSequence = sequence + 1;
        return sequence;
    }
}
