package com.tradefinder.engine.journal;

import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptAppender;
import org.agrona.DirectBuffer;

/**
 * Appends journal records: an 8-byte little-endian sequence followed by one SBE message.
 * <p>
 * For an inbound record the sequence is the event's own inbound sequence; for an outbound record it is the
 * inbound sequence of the event that caused it, so replay can line outputs up with their causes.
 * <p>
 * The record is assembled in an off-heap scratch buffer and written as one document with
 * {@link ExcerptAppender#writeBytes}: the same document, byte for byte, as writing it through
 * {@code writingDocument()}, which costs about a hundred nanoseconds more per append on the bench box (measured).
 * <p>
 * Confined to one thread: the first thread that appends owns it. Allocation-free per append.
 */
public final class JournalAppender implements AutoCloseable
{
    private final ExcerptAppender appender;
    private final Bytes<Void> record = Bytes.allocateDirect(Long.BYTES + Journal.MAX_MESSAGE_LENGTH);
    private long appended;

    JournalAppender(final ExcerptAppender appender)
    {
        this.appender = appender;
    }

    /**
     * Appends one record.
     *
     * @param sequence inbound sequence (own or causing).
     * @param buffer   holding the SBE message, header included.
     * @param offset   of the message in the buffer.
     * @param length   of the message.
     */
    public void append(final long sequence, final DirectBuffer buffer, final int offset, final int length)
    {
        if (length > Journal.MAX_MESSAGE_LENGTH || length < 0)
        {
            throw new IllegalArgumentException("message of " + length + " bytes exceeds the journal's " +
                Journal.MAX_MESSAGE_LENGTH + "-byte limit");
        }
        final Bytes<Void> record = this.record;
        record.clear();
        record.writeLong(sequence);
        final byte[] array = buffer.byteArray();
        if (array == null)
        {
            record.writeSkip(length);
            record.nativeWrite(buffer.addressOffset() + offset, Long.BYTES, length);
        }
        else
        {
            record.write(array, (int)(buffer.wrapAdjustment() + offset), length);
        }
        appender.writeBytes(record);
        appended++;
    }

    /**
     * @return records appended through this appender.
     */
    public long appended()
    {
        return appended;
    }

    /**
     * @return the Chronicle index of the last record written by this appender.
     */
    public long lastIndex()
    {
        return appender.lastIndexAppended();
    }

    @Override
    public void close()
    {
        try
        {
            appender.close();
        }
        finally
        {
            record.releaseLast();
        }
    }
}
