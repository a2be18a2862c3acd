package com.tradefinder.gateway.binance.marketdata;

import org.agrona.BufferUtil;
import org.agrona.DirectBuffer;

/**
 * A frame's bytes as a range of a byte array, so that the scanner reads them with plain array loads rather than a
 * bounds-checked call per byte: the buffer's own array when it has one (no copy), otherwise one bulk copy into an
 * array held here (an off-heap buffer, such as a Netty direct buffer's memory).
 * <p>
 * Positions convert both ways: {@code array index = buffer index + adjustment}.
 * <p>
 * Single-threaded. Allocation-free, except that an off-heap frame longer than any copied before grows the copy
 * array once (at least doubling it); heap frames are never copied.
 */
final class FrameBytes
{
    private byte[] copy;
    private byte[] array;
    private int adjustment;

    /**
     * @param copyCapacity bytes of off-heap frame copied without growing, at least 1.
     */
    FrameBytes(final int copyCapacity)
    {
        copy = new byte[copyCapacity];
    }

    /**
     * @param frame  buffer holding the frame.
     * @param offset of the frame's first byte in the buffer.
     * @param length of the frame in bytes.
     * @throws IndexOutOfBoundsException if the range is not inside the buffer (a caller's bug, not a bad frame).
     */
    void wrap(final DirectBuffer frame, final int offset, final int length)
    {
        final byte[] backing = frame.byteArray();
        if (backing != null)
        {
            frame.boundsCheck(offset, length);
            array = backing;
            adjustment = (int)(frame.addressOffset() - BufferUtil.ARRAY_BASE_OFFSET);
            return;
        }
        if (copy.length < length)
        {
            copy = new byte[Math.max(length, copy.length * 2)];
        }
        frame.getBytes(offset, copy, 0, length);
        array = copy;
        adjustment = -offset;
    }

    /**
     * @return the array holding the frame wrapped last.
     */
    byte[] array()
    {
        return array;
    }

    /**
     * @param bufferIndex a position in the frame's buffer.
     * @return the same position in {@link #array()}.
     */
    int arrayIndex(final int bufferIndex)
    {
        return bufferIndex + adjustment;
    }

    /**
     * @param arrayIndex a position in {@link #array()}.
     * @return the same position in the frame's buffer.
     */
    int bufferIndex(final int arrayIndex)
    {
        return arrayIndex - adjustment;
    }
}
