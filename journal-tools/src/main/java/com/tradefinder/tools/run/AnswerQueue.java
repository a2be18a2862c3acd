package com.tradefinder.tools.run;

import org.agrona.DirectBuffer;
import org.agrona.ExpandableArrayBuffer;

import java.util.Arrays;

/**
 * A FIFO of encoded execution events waiting for room in the inbound ring: the paper venue queues its answers here
 * and moves them into the ring with non-blocking publishes, so a full ring delays them instead of stopping the venue.
 * Confined to the venue thread; allocation-free once grown.
 */
final class AnswerQueue
{
    private final ExpandableArrayBuffer bytes = new ExpandableArrayBuffer(64 * 1024);
    private int[] offsets = new int[256];
    private int[] lengths = new int[256];
    private int head;
    private int count;
    private int used;

    void add(final DirectBuffer buffer, final int offset, final int length)
    {
        if (count == offsets.length)
        {
            offsets = Arrays.copyOf(offsets, count * 2);
            lengths = Arrays.copyOf(lengths, count * 2);
        }
        bytes.putBytes(used, buffer, offset, length);
        offsets[count] = used;
        lengths[count] = length;
        used += length;
        count++;
    }

    boolean isEmpty()
    {
        return head == count;
    }

    int size()
    {
        return count - head;
    }

    /**
     * Publishes queued events in order until the ring is full or the queue is empty.
     *
     * @return events published.
     */
    int publishTo(final InboundPublisher publisher)
    {
        int published = 0;
        while (head < count)
        {
            if (publisher.tryPublish(bytes, offsets[head], lengths[head]) < 0)
            {
                return published;
            }
            head++;
            published++;
        }
        head = 0;
        count = 0;
        used = 0;
        return published;
    }
}
