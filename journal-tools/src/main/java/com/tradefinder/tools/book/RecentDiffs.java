package com.tradefinder.tools.book;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import com.tradefinder.engine.journal.Journal;

/**
 * Copies of the latest depth diff messages of one instrument, oldest first, so that a snapshot can be bridged by a
 * diff that arrived before it (captures and the live gateway subscribe first and ask for the snapshot after, as
 * NOTES 1.5 says: buffer the diffs, then drop those older than the snapshot).
 * <p>
 * Single-threaded. Allocates its slots once, at construction.
 */
final class RecentDiffs
{
    private final UnsafeBuffer slots;
    private final int[] lengths;
    private final UnsafeBuffer view = new UnsafeBuffer(0, 0);
    private int count;
    private int next;

    /**
     * @param capacity messages kept; older ones are forgotten.
     */
    RecentDiffs(final int capacity)
    {
        slots = new UnsafeBuffer(new byte[capacity * Journal.MAX_MESSAGE_LENGTH]);
        lengths = new int[capacity];
    }

    void add(final DirectBuffer buffer, final int offset, final int length)
    {
        slots.putBytes(next * Journal.MAX_MESSAGE_LENGTH, buffer, offset, length);
        lengths[next] = length;
        next = (next + 1) % lengths.length;
        count = Math.min(count + 1, lengths.length);
    }

    int count()
    {
        return count;
    }

    /**
     * @param age 0 for the oldest message kept.
     * @return a view of that message, header included, valid until the next call.
     */
    DirectBuffer message(final int age)
    {
        final int slot = (next - count + age + lengths.length) % lengths.length;
        view.wrap(slots, slot * Journal.MAX_MESSAGE_LENGTH, lengths[slot]);
        return view;
    }
}
