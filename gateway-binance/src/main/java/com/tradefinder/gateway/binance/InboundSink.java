package com.tradefinder.gateway.binance;

import org.agrona.DirectBuffer;

/**
 * Where a gateway hands the SBE messages it produces (market data, executions, gateway status): in the engine
 * process, the publishing side of the ring, which journals every message before the business logic sees it.
 * <p>
 * Called from the gateway's own threads (Netty event loops); implementations must accept concurrent callers and
 * copy the bytes before returning, since the gateway reuses its buffer.
 */
@FunctionalInterface
public interface InboundSink
{
    /**
     * @param buffer holding one SBE message, header included.
     * @param offset of the message.
     * @param length of the message.
     */
    void publish(DirectBuffer buffer, int offset, int length);
}
