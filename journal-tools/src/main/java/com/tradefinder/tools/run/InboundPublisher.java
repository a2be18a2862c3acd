package com.tradefinder.tools.run;

import org.agrona.DirectBuffer;

/**
 * The way into a running engine's inbound ring for sources and venues: each published SBE message is journaled and
 * then handed to the business logic, in ring order.
 * <p>
 * Safe from any thread. A producer the business thread may wait on (a venue) uses {@link #tryPublish} only, so a full
 * ring can never close a wait cycle; other producers may block in {@link #publish}.
 */
public interface InboundPublisher
{
    /**
     * Publishes one message, blocking while the ring is full.
     *
     * @param buffer holding one SBE message, header included; copied.
     * @param offset of the message.
     * @param length of the message, at most 4 KiB.
     * @return the inbound sequence given to the event.
     */
    long publish(DirectBuffer buffer, int offset, int length);

    /**
     * Publishes one message if the ring has room; never blocks.
     *
     * @param buffer holding one SBE message, header included; copied.
     * @param offset of the message.
     * @param length of the message, at most 4 KiB.
     * @return the inbound sequence given to the event, or -1 when the ring is full (nothing was published).
     */
    long tryPublish(DirectBuffer buffer, int offset, int length);
}
