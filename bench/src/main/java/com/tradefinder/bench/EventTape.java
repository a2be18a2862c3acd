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
 * A {@link #fixed(String, byte[][]) fixed} tape holds events of any kind and is never re-stamped: it is one lap
 * ({@link #maxLaps()} is 1), for a caller that gives every lap a fresh business logic.
 * <p>
 * Built once in a benchmark's setup; stamping is allocation-free.
 */
public final class EventTape
{
    /** Bytes per slot of a stamped tape: every event handled there (Bar 74, Trade 53 bytes) fits. */
    public static final int SLOT = 128;

    private final String name;
    private final UnsafeBuffer buffer;
    private final int[] lengths;
    private final long[] firstTimeNs;
    private final long[] secondTimeNs;
    private final int firstTimeOffset;
    private final int secondTimeOffset;
    private final int count;
    private final int slot;
    private final long lapNs;
    private final long maxLaps;

    EventTape(final String name, final byte[][] events, final long[] firstTimeNs, final long[] secondTimeNs,
        final int firstTimeOffset, final int secondTimeOffset)
    {
        this(name, events, SLOT, firstTimeNs, secondTimeNs, firstTimeOffset, secondTimeOffset);
    }

    private EventTape(final String name, final byte[][] events, final int slot, final long[] firstTimeNs,
        final long[] secondTimeNs, final int firstTimeOffset, final int secondTimeOffset)
    {
        this.name = name;
        this.count = events.length;
        this.slot = slot;
        this.buffer = new UnsafeBuffer(BufferUtil.allocateDirectAligned(count * slot, 64));
        this.lengths = new int[count];
        for (int i = 0; i < count; i++)
        {
            if (events[i].length > slot)
            {
                throw new IllegalArgumentException("event of " + events[i].length + " bytes exceeds a slot");
            }
            buffer.putBytes(i * slot, events[i]);
            lengths[i] = events[i].length;
        }
        if (firstTimeOffset < 0)
        {
            this.firstTimeNs = null;
            this.secondTimeNs = null;
            this.firstTimeOffset = -1;
            this.secondTimeOffset = -1;
            this.lapNs = 0;
            this.maxLaps = 1;
            return;
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
     * A tape of events of any kind that is never re-stamped: one lap only. Slots are the longest event rounded up
     * to 64 bytes (at least {@value #SLOT}).
     *
     * @param name   what the tape holds, for messages.
     * @param events encoded events, header included.
     * @return the tape.
     */
    static EventTape fixed(final String name, final byte[][] events)
    {
        int longest = SLOT;
        for (final byte[] event : events)
        {
            longest = Math.max(longest, event.length);
        }
        return new EventTape(name, events, (longest + 63) & ~63, null, null, -1, -1);
    }

    /**
     * Writes the times of event {@code index} for lap {@code lap} into its slot; nothing on a fixed tape.
     *
     * @param index event, 0 to {@link #count()} - 1.
     * @param lap   0 to {@link #maxLaps()} - 1.
     */
    public void stamp(final int index, final long lap)
    {
        if (firstTimeOffset < 0)
        {
            return;
        }
        final int at = index * slot;
        final long shift = lap * lapNs;
        buffer.putLong(at + firstTimeOffset, firstTimeNs[index] + shift, ByteOrder.LITTLE_ENDIAN);
        buffer.putLong(at + secondTimeOffset, secondTimeNs[index] + shift, ByteOrder.LITTLE_ENDIAN);
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
        return index * slot;
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
