package com.tradefinder.tools.backtest;

import org.agrona.DirectBuffer;
import org.agrona.ExpandableArrayBuffer;

/**
 * A FIFO of encoded events, copied in, drained in order: holds the simulated venue's answers until the driver may
 * publish them (never from inside the business logic's own call). Single-threaded; allocation-free once grown.
 */
final class EventQueue
{
    /** Receives drained events. */
    @FunctionalInterface
    interface Consumer
    {
        void accept(DirectBuffer buffer, int offset, int length);
    }

    private final ExpandableArrayBuffer bytes = new ExpandableArrayBuffer(64 * 1024);
    private int[] offsets = new int[256];
    private int[] lengths = new int[256];
    private int count;
    private int used;

    void add(final DirectBuffer buffer, final int offset, final int length)
    {
        if (count == offsets.length)
        {
            offsets = java.util.Arrays.copyOf(offsets, count * 2);
            lengths = java.util.Arrays.copyOf(lengths, count * 2);
        }
        bytes.putBytes(used, buffer, offset, length);
        offsets[count] = used;
        lengths[count] = length;
        used += length;
        count++;
    }

    boolean isEmpty()
    {
        return count == 0;
    }

    /**
     * Hands every queued event to the consumer in order; events the consumer causes to be queued are drained too.
     */
    void drain(final Consumer consumer)
    {
        int next = 0;
        while (next < count)
        {
            final int offset = offsets[next];
            final int length = lengths[next];
            next++;
            consumer.accept(bytes, offset, length);
        }
        count = 0;
        used = 0;
    }
}
