package com.tradefinder.gateway.binance.ws;

import org.agrona.DirectBuffer;

/**
 * Receives the text of each complete WebSocket data message of a connection.
 * <p>
 * Called on the connection's event loop only, one frame at a time; the bytes are valid only during the call.
 * Implementations must not throw (an exception is counted and logged by the connection, and the frame dropped).
 */
@FunctionalInterface
public interface FrameHandler
{
    /**
     * @param buffer        holding the frame's UTF-8 text.
     * @param offset        of its first byte.
     * @param length        in bytes.
     * @param receiveTimeNs when it was read, epoch nanoseconds.
     */
    void onFrame(DirectBuffer buffer, int offset, int length, long receiveTimeNs);
}
