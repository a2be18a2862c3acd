package com.tradefinder.engine.venue;

import com.tradefinder.engine.util.Hashing;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Commands in flight to the venue: each one's bytes copied with the time the venue acts on it (command time plus
 * latency), released first in, first out.
 * <p>
 * Due times never decrease: a command due before the one ahead of it waits for it, so the venue acts on commands in
 * the order they were sent. Single-threaded; allocation-free unless more commands are in flight at once than ever
 * before.
 */
final class CommandQueue
{
    /** Largest command the queue holds, header included. */
    static final int SLOT_SIZE = 256;
    private static final int INITIAL_SLOTS = 64;

    private UnsafeBuffer slots = new UnsafeBuffer(new byte[INITIAL_SLOTS * SLOT_SIZE]);
    private long[] dueTimesNs = new long[INITIAL_SLOTS];
    private int[] lengths = new int[INITIAL_SLOTS];
    private int head;
    private int size;
    private long lastDueNs = Long.MIN_VALUE;

    /**
     * @param buffer holding the command, header included.
     * @param offset of the command.
     * @param length of the command, at most {@link #SLOT_SIZE}.
     * @param dueNs  time the venue acts on it.
     */
    void offer(final DirectBuffer buffer, final int offset, final int length, final long dueNs)
    {
        if (length > SLOT_SIZE)
        {
            throw new IllegalArgumentException("command of " + length + " bytes exceeds " + SLOT_SIZE);
        }
        if (size == lengths.length)
        {
            grow();
        }
        final int slot = (head + size) % lengths.length;
        slots.putBytes(slot * SLOT_SIZE, buffer, offset, length);
        lengths[slot] = length;
        lastDueNs = Math.max(lastDueNs, dueNs);
        dueTimesNs[slot] = lastDueNs;
        size++;
    }

    /**
     * @param nowNs venue time.
     * @return true if the first command is due at or before that time.
     */
    boolean hasDue(final long nowNs)
    {
        return size > 0 && dueTimesNs[head] <= nowNs;
    }

    /**
     * @return due time of the first command.
     */
    long headDueNs()
    {
        return dueTimesNs[head];
    }

    /**
     * @return buffer holding the first command at {@link #headOffset()}; valid until {@link #pop()}.
     */
    DirectBuffer headBuffer()
    {
        return slots;
    }

    int headOffset()
    {
        return head * SLOT_SIZE;
    }

    int headLength()
    {
        return lengths[head];
    }

    /**
     * Drops the first command.
     */
    void pop()
    {
        head = (head + 1) % lengths.length;
        size--;
    }

    int size()
    {
        return size;
    }

    /**
     * @param hash running hash.
     * @return the hash with every pending command (due time and bytes) folded in, in order.
     */
    long stateHash(final long hash)
    {
        long h = Hashing.mix(hash, size);
        h = Hashing.mix(h, lastDueNs);
        for (int i = 0; i < size; i++)
        {
            final int slot = (head + i) % lengths.length;
            h = Hashing.mix(h, dueTimesNs[slot]);
            h = Hashing.mix(h, lengths[slot]);
            for (int b = 0; b < lengths[slot]; b++)
            {
                h = Hashing.mix(h, slots.getByte(slot * SLOT_SIZE + b));
            }
        }
        return h;
    }

    private void grow()
    {
        final int capacity = lengths.length * 2;
        final UnsafeBuffer newSlots = new UnsafeBuffer(new byte[capacity * SLOT_SIZE]);
        final long[] newDue = new long[capacity];
        final int[] newLengths = new int[capacity];
        for (int i = 0; i < size; i++)
        {
            final int slot = (head + i) % lengths.length;
            newSlots.putBytes(i * SLOT_SIZE, slots, slot * SLOT_SIZE, lengths[slot]);
            newDue[i] = dueTimesNs[slot];
            newLengths[i] = lengths[slot];
        }
        slots = newSlots;
        dueTimesNs = newDue;
        lengths = newLengths;
        head = 0;
    }
}
