package com.tradefinder.engine.logic;

import org.agrona.DirectBuffer;

/**
 * Where the business logic's outputs go: commands to venues and engine events (regime updates, faults, state hashes).
 * <p>
 * Called on the business-logic thread, in output order. The wiring journals every output before acting on it; a
 * replay verifier compares them with a journal instead. Implementations must copy what they keep: the buffer is
 * reused for the next output.
 */
@FunctionalInterface
public interface OutboundSink
{
    /**
     * @param causeSequence inbound sequence of the event being handled when the output was produced.
     * @param buffer        holding one SBE message, header included.
     * @param offset        of the message.
     * @param length        of the message, header included.
     */
    void onOutbound(long causeSequence, DirectBuffer buffer, int offset, int length);
}
