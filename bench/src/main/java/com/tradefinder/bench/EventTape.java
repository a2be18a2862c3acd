package com.tradefinder.bench;

import org.agrona.BufferUtil;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteOrder;

/**
 * A sequence of pre-encoded SBE events of one kind (bars or trades), each in a fixed-size slot of one off-heap
 * buffer, that can be replayed lap after lap with time moving forward.
 * <p>
 * Every event carries two time fields (a bar's open and receive times, a trade's exchange and receive times).
 * {@link #stamp(int, long)} rewrites them in place for lap {@code n} as {@code base + n × lapNs}, where
 * {@link #lapNs()} is a whole number of days longer than the tape, so the next lap's events follow the previous
 * lap's in time and stay aligned to every UTC bucket (1h, 4h, 1d): bars keep closing in order however many laps
 * are fed. Time is a signed 64-bit nanosecond count, so only {@link #maxLaps()} laps fit before it overflows; a
 * caller that needs more starts a fresh business logic and begins again at lap 0.
 * <p>
 * Built once in a benchmark's setup; stamping is allocation-free.
 */
public final class EventTape
{
    /** Bytes per slot: every event handled here (Bar 74, Trade 53 bytes) fits. */
    public static final int SLOT = 128;

    private final String name;
    private final UnsafeBuffer buffer;
    private final int[] lengths;
    private final long[] firstTimeNs;
    private final long[] secondTimeNs;
    private final int firstTimeOffset;
    private final int secondTimeOffset;
    private final int count;
    private final long lapNs;
    private final long maxLaps;

    EventTape(final String name, final byte[][] events, final long[] firstTimeNs, final long[] secondTimeNs,
        final int firstTimeOffset, final int secondTimeOffset)
    {
        this.name = name;
        this.count = events.length;
        this.buffer = new UnsafeBuffer(BufferUtil.allocateDirectAligned(count * SLOT, 64));
        this.lengths = new int[count];
        for (int i = 0; i < count; i++)
        {
            if (events[i].length > SLOT)
            {
                throw new IllegalArgumentException("event of " + events[i].length + " bytes exceeds a slot");
            }
            buffer.putBytes(i * SLOT, events[i]);
            lengths[i] = events[i].length;
        }
        this.firstTimeNs = firstTimeNs.clone();
        this.secondTimeNs = secondTimeNs.clone();
        this.firstTimeOffset = firstTimeOffset;
        this.secondTimeOffset = secondTimeOffset;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < count; i++)
        {
            first = Math.min(first, Math.min(firstTimeNs[i], secondTimeNs[i]));
            last = Math.max(last, Math.max(firstTimeNs[i], secondTimeNs[i]));
        }
        final long dayNs = 86_400_000_000_000L;
        this.lapNs = (Math.floorDiv(last, dayNs) - Math.floorDiv(first, dayNs) + 1) * dayNs;
        this.maxLaps = (Long.MAX_VALUE - last) / lapNs;
    }

    /**
     * Writes the times of event {@code index} for lap {@code lap} into its slot.
     *
     * @param index event, 0 to {@link #count()} - 1.
     * @param lap   0 to {@link #maxLaps()} - 1.
     */
    public void stamp(final int index, final long lap)
    {
        final int slot = index * SLOT;
        final long shift = lap * lapNs;
        buffer.putLong(slot + firstTimeOffset, firstTimeNs[index] + shift, ByteOrder.LITTLE_ENDIAN);
        buffer.putLong(slot + secondTimeOffset, secondTimeNs[index] + shift, ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * @return the buffer holding every event.
     */
    public DirectBuffer buffer()
    {
        return buffer;
    }

    /**
     * @param index event.
     * @return offset of the event in {@link #buffer()}.
     */
    public int offset(final int index)
    {
        return index * SLOT;
    }

    /**
     * @param index event.
     * @return length of the event, header included.
     */
    public int length(final int index)
    {
        return lengths[index];
    }

    /**
     * @return events in one lap.
     */
    public int count()
    {
        return count;
    }

    /**
     * @return time added per lap, a whole number of days.
     */
    public long lapNs()
    {
        return lapNs;
    }

    /**
     * @return laps that fit before a time would overflow.
     */
    public long maxLaps()
    {
        return maxLaps;
    }

    /**
     * @return what the tape holds, for messages.
     */
    public String name()
    {
        return name;
    }
}
