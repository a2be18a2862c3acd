package com.tradefinder.engine.journal;

import com.tradefinder.codecs.MessageHeaderDecoder;
import net.openhft.chronicle.bytes.Bytes;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;
import org.agrona.BufferUtil;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Reads one queue of a journal (inbound or outbound) from the start, record by record.
 * <p>
 * Each record is checked: long enough for its envelope and SBE header, TradeFinder's schema id, a schema version
 * this build understands, and a body no shorter than the header's block length. A violation raises a
 * {@link JournalFormatException} naming the journal, the queue and the record.
 * <p>
 * Confined to one thread. After {@link #next()} the message is valid in {@link #buffer()} until the next call.
 */
public final class JournalCursor implements AutoCloseable
{
    private final String description;
    private final ExcerptTailer tailer;
    private final UnsafeBuffer message = new UnsafeBuffer(
        BufferUtil.allocateDirectAligned(Journal.MAX_MESSAGE_LENGTH, 64));
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private long sequence;
    private int length;
    private long index;
    private long records;

    JournalCursor(final String description, final ExcerptTailer tailer)
    {
        this.description = description;
        this.tailer = tailer;
    }

    /**
     * @return true if a record was read; false at the end of the queue.
     * @throws JournalFormatException if the record is damaged or from an unknown or newer schema.
     */
    public boolean next()
    {
        try (DocumentContext dc = tailer.readingDocument())
        {
            if (!dc.isPresent())
            {
                return false;
            }
            index = dc.index();
            final Bytes<?> bytes = dc.wire().bytes();
            final long remaining = bytes.readRemaining();
            if (remaining < Long.BYTES + MessageHeaderDecoder.ENCODED_LENGTH)
            {
                throw damaged("record of " + remaining + " bytes is shorter than a message header");
            }
            sequence = bytes.readLong();
            final long messageLength = bytes.readRemaining();
            if (messageLength > Journal.MAX_MESSAGE_LENGTH)
            {
                throw damaged("record of " + messageLength + " bytes exceeds the " + Journal.MAX_MESSAGE_LENGTH +
                    "-byte limit");
            }
            length = (int)messageLength;
            bytes.nativeRead(bytes.readPosition(), message.addressOffset(), length);
            bytes.readSkip(length);
        }
        catch (final JournalFormatException ex)
        {
            throw ex;
        }
        catch (final RuntimeException | InternalError ex)
        {
            // a cycle file cut short surfaces as an InternalError from a faulting memory-mapped read
            throw new JournalFormatException(description + " is damaged or truncated after record " + records +
                ": " + ex.getClass().getSimpleName() + (ex.getMessage() == null ? "" : ": " + ex.getMessage()), ex);
        }
        header.wrap(message, 0);
        if (header.schemaId() != MessageHeaderDecoder.SCHEMA_ID)
        {
            throw damaged("message schema id " + header.schemaId() + " is not TradeFinder's (" +
                MessageHeaderDecoder.SCHEMA_ID + ")");
        }
        if (header.version() > MessageHeaderDecoder.SCHEMA_VERSION)
        {
            throw new JournalFormatException(description + " was written by a newer schema version " +
                header.version() + "; this build reads up to version " + MessageHeaderDecoder.SCHEMA_VERSION +
                " (record " + records + ")");
        }
        if (MessageHeaderDecoder.ENCODED_LENGTH + header.blockLength() > length)
        {
            throw damaged("message body is shorter than its block length " + header.blockLength());
        }
        records++;
        return true;
    }

    private JournalFormatException damaged(final String detail)
    {
        return new JournalFormatException(description + " is damaged at record " + records + ": " + detail);
    }

    /**
     * @return the sequence of the current record (own inbound sequence, or the causing one for outbound).
     */
    public long sequence()
    {
        return sequence;
    }

    /**
     * @return buffer holding the current SBE message at offset 0, header included.
     */
    public DirectBuffer buffer()
    {
        return message;
    }

    /**
     * @return length of the current message, header included.
     */
    public int length()
    {
        return length;
    }

    /**
     * @return SBE template id of the current message.
     */
    public int templateId()
    {
        return header.templateId();
    }

    /**
     * @return the Chronicle index of the current record.
     */
    public long index()
    {
        return index;
    }

    /**
     * @return records read so far.
     */
    public long records()
    {
        return records;
    }

    @Override
    public void close()
    {
        tailer.close();
    }
}
