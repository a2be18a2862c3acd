package com.tradefinder.gateway.binance.ws;

import org.agrona.DirectBuffer;
import org.agrona.collections.LongHashSet;

/**
 * Remembers the hashes of the last N frames delivered, to recognise the second copy of a frame while two connections
 * carry the same streams (the overlap of a rotation): Binance sends the same bytes for an event on every connection, so equal text
 * means the same event.
 * <p>
 * 64-bit hashes over the whole frame; a false match needs two different frames with equal hashes inside the window.
 * Not thread-safe: owned by one event loop. Allocation-free after construction.
 */
final class RecentFrameSet
{
    private final long[] ring;
    private final LongHashSet hashes;
    private int next;
    private int size;

    /**
     * @param capacity frames remembered, at least 1.
     */
    RecentFrameSet(final int capacity)
    {
        ring = new long[capacity];
        hashes = new LongHashSet(capacity * 2);
    }

    /**
     * @return true if an equal frame is among the last N remembered.
     */
    boolean contains(final DirectBuffer buffer, final int offset, final int length)
    {
        return hashes.contains(hash(buffer, offset, length));
    }

    /**
     * Remembers a frame, forgetting the oldest when full.
     */
    void remember(final DirectBuffer buffer, final int offset, final int length)
    {
        final long hash = hash(buffer, offset, length);
        if (size == ring.length)
        {
            hashes.remove(ring[next]);
        }
        else
        {
            size++;
        }
        ring[next] = hash;
        hashes.add(hash);
        next = next + 1 == ring.length ? 0 : next + 1;
    }

    void clear()
    {
        hashes.clear();
        size = 0;
        next = 0;
    }

    static long hash(final DirectBuffer buffer, final int offset, final int length)
    {
        // FNV-1a over the bytes, then a 64-bit finaliser so that similar frames spread over the whole range
        long h = 0xcbf29ce484222325L ^ length;
        for (int i = 0; i < length; i++)
        {
            h = (h ^ buffer.getByte(offset + i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
