package com.tradefinder.bench;

import com.tradefinder.codecs.BarDecoder;
import com.tradefinder.codecs.FundingRateDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.tools.importer.EventSource;
import org.agrona.BufferUtil;
import org.agrona.DirectBuffer;
import org.agrona.ExpandableDirectByteBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A history read once from an {@link EventSource} (the CSV importer, the synthetic market) and kept in memory, so a
 * benchmark can hand the same events to a backtest again and again without measuring CSV parsing: an
 * {@link EventSource} over one off-heap buffer, {@link #rewind() rewound} before each run.
 * <p>
 * Reading it is allocation-free; {@link #close()} does nothing (the tape is reused), it only rewinds.
 */
public final class HistoryTape implements EventSource
{
    private static final int TEMPLATE_ID_OFFSET = MessageHeaderDecoder.templateIdEncodingOffset();

    private final String name;
    private final UnsafeBuffer buffer;
    private final int[] offsets;
    private final int[] lengths;
    private final long[] timesNs;
    private final int count;
    private final int bars;
    private final int fundingRates;
    private int next;
    private int current = -1;

    private HistoryTape(final String name, final UnsafeBuffer buffer, final int[] offsets, final int[] lengths,
        final long[] timesNs, final int count)
    {
        this.name = name;
        this.buffer = buffer;
        this.offsets = offsets;
        this.lengths = lengths;
        this.timesNs = timesNs;
        this.count = count;
        int barCount = 0;
        int fundingCount = 0;
        for (int i = 0; i < count; i++)
        {
            final int templateId = buffer.getShort(offsets[i] + TEMPLATE_ID_OFFSET, ByteOrder.LITTLE_ENDIAN) & 0xFFFF;
            if (templateId == BarDecoder.TEMPLATE_ID)
            {
                barCount++;
            }
            else if (templateId == FundingRateDecoder.TEMPLATE_ID)
            {
                fundingCount++;
            }
        }
        this.bars = barCount;
        this.fundingRates = fundingCount;
    }

    /**
     * Reads every event of a source into memory and closes the source.
     *
     * @param source the history.
     * @return the tape, positioned before its first event.
     */
    public static HistoryTape record(final EventSource source)
    {
        final ExpandableDirectByteBuffer bytes = new ExpandableDirectByteBuffer(1 << 20);
        int[] offsets = new int[1 << 16];
        int[] lengths = new int[1 << 16];
        long[] times = new long[1 << 16];
        int count = 0;
        int used = 0;
        final String name;
        try (source)
        {
            name = source.name();
            while (source.next())
            {
                if (count == offsets.length)
                {
                    offsets = Arrays.copyOf(offsets, count * 2);
                    lengths = Arrays.copyOf(lengths, count * 2);
                    times = Arrays.copyOf(times, count * 2);
                }
                final int length = source.length();
                bytes.putBytes(used, source.buffer(), source.offset(), length);
                offsets[count] = used;
                lengths[count] = length;
                times[count] = source.timeNs();
                // 8-byte aligned slots keep the SBE fields aligned as they are in the source
                used += (length + 7) & ~7;
                count++;
            }
        }
        final UnsafeBuffer copy = new UnsafeBuffer(BufferUtil.allocateDirectAligned(
            Math.max(64, (used + 63) & ~63), 64));
        copy.putBytes(0, bytes, 0, used);
        return new HistoryTape(name, copy, Arrays.copyOf(offsets, count), Arrays.copyOf(lengths, count),
            Arrays.copyOf(times, count), count);
    }

    /**
     * Moves back before the first event.
     *
     * @return this tape.
     */
    public HistoryTape rewind()
    {
        next = 0;
        current = -1;
        return this;
    }

    /**
     * @return events on the tape, instrument definitions included.
     */
    public int count()
    {
        return count;
    }

    /**
     * @return Bar events on the tape.
     */
    public int bars()
    {
        return bars;
    }

    /**
     * @return FundingRate events on the tape.
     */
    public int fundingRates()
    {
        return fundingRates;
    }

    @Override
    public boolean next()
    {
        if (next == count)
        {
            return false;
        }
        current = next++;
        return true;
    }

    @Override
    public long timeNs()
    {
        return current < 0 ? 0 : timesNs[current];
    }

    @Override
    public DirectBuffer buffer()
    {
        return buffer;
    }

    @Override
    public int offset()
    {
        return offsets[current];
    }

    @Override
    public int length()
    {
        return lengths[current];
    }

    @Override
    public String name()
    {
        return name;
    }

    /**
     * Rewinds; the tape stays usable.
     */
    @Override
    public void close()
    {
        rewind();
    }
}
