package com.tradefinder.engine.ops;

import org.agrona.DirectBuffer;

/**
 * Puts one SBE message on the engine's inbound ring, where it is journaled before the business logic sees it
 * ({@code Engine::publish} fits). Called from the operator side's threads (HTTP event loops); must be thread-safe.
 */
@FunctionalInterface
public interface EventPublisher
{
    /**
     * @param buffer holding the message, header included.
     * @param offset of the message.
     * @param length of the message.
     * @return the inbound sequence given to the event.
     */
    long publish(DirectBuffer buffer, int offset, int length);
}
