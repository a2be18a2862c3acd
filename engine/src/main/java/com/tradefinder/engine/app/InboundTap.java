package com.tradefinder.engine.app;

import org.agrona.DirectBuffer;

/**
 * Sees every inbound event on the business-logic thread, in ring order, just before the business logic handles it:
 * for a component that must follow the same stream as the logic (the paper venue follows the market data this way,
 * interleaved exactly with the commands the logic sends it).
 * <p>
 * Called on the business-logic thread; must not block for long and must copy what it keeps (the ring entry is reused).
 */
@FunctionalInterface
public interface InboundTap
{
    /** Sees nothing: the default. */
    InboundTap NONE = (sequence, buffer, offset, length) ->
    {
    };

    /**
     * @param sequence inbound sequence of the event.
     * @param buffer   holding one SBE message, header included.
     * @param offset   of the message.
     * @param length   of the message, header included.
     */
    void onInbound(long sequence, DirectBuffer buffer, int offset, int length);
}
