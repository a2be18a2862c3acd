package com.tradefinder.bench;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Which inbound sequence carries which measured trigger, and when that trigger was due: written by the thread that
 * publishes into the engine just before it publishes the trigger (see {@link SequencedPublisher}, which knows the
 * sequence in advance), read by the business-logic thread when an order names its cause sequence. The ring's
 * publication orders the record before the event, so the reader always finds it.
 * <p>
 * A window of the last {@code capacity} triggers, slots tagged with their sequence. One writer (under the
 * publisher's lock) and one reader.
 */
final class TriggerTimes
{
    private static final long EMPTY = -1;

    private final int mask;
    private final AtomicLongArray sequences;
    private final long[] dueNs;
    private final long[] triggerIndex;

    /**
     * @param capacity triggers kept, a power of two larger than the triggers in flight.
     */
    TriggerTimes(final int capacity)
    {
        if (Integer.bitCount(capacity) != 1)
        {
            throw new IllegalArgumentException("capacity " + capacity + " is not a power of two");
        }
        mask = capacity - 1;
        sequences = new AtomicLongArray(capacity);
        for (int i = 0; i < capacity; i++)
        {
            sequences.set(i, EMPTY);
        }
        dueNs = new long[capacity];
        triggerIndex = new long[capacity];
    }

    /**
     * Publisher thread: the trigger with this index goes onto the ring at this sequence.
     *
     * @param sequence inbound sequence the engine gave the trigger.
     * @param index    the trigger's number in the run.
     * @param due      when the trigger was due to be sent, {@code System.nanoTime()} scale.
     */
    void record(final long sequence, final long index, final long due)
    {
        final int slot = (int)sequence & mask;
        dueNs[slot] = due;
        triggerIndex[slot] = index;
        sequences.set(slot, sequence);
    }

    /**
     * Reader thread.
     *
     * @param sequence an order's cause sequence.
     * @return the slot to read {@link #dueNs(int)} and {@link #index(int)} from, or -1 if the cause is not a
     * measured trigger.
     */
    int find(final long sequence)
    {
        final int slot = (int)sequence & mask;
        return sequences.get(slot) == sequence ? slot : -1;
    }

    /**
     * @param slot from {@link #find}.
     * @return when the trigger was due.
     */
    long dueNs(final int slot)
    {
        return dueNs[slot];
    }

    /**
     * @param slot from {@link #find}.
     * @return the trigger's number in the run.
     */
    long index(final int slot)
    {
        return triggerIndex[slot];
    }
}
