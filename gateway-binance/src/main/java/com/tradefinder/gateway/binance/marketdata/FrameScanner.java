package com.tradefinder.gateway.binance.marketdata;

import org.agrona.DirectBuffer;

/**
 * Walks a Binance frame once, front to back, and notes where every value the translators may need is.
 * <p>
 * Accepts a combined-stream message {@code {"stream":"<name>","data":{...}}} and a bare payload alike: the event's
 * fields land in {@link #fields()} either way, a kline's {@code k} object in {@link #klineFields()}, and the
 * {@code [price, size]} pairs of {@code b}/{@code bids} and {@code a}/{@code asks} in {@link #bids()} and
 * {@link #asks()}. Keys are accepted in any order; unknown keys are checked for syntax and skipped. Nothing is
 * converted here except the syntax itself.
 * <p>
 * Single-threaded; allocation-free after construction.
 */
final class FrameScanner
{
    private static final int KLINE = FieldTable.key('k');
    private static final int BID_LEVELS = FieldTable.key('b');
    private static final int ASK_LEVELS = FieldTable.key('a');

    private final DecodeStatus status;
    private final JsonCursor cursor;
    private final FieldTable fields;
    private final FieldTable klineFields;
    private final BookLevels bids;
    private final BookLevels asks;
    private boolean hasStream;
    private int streamOffset;
    private int streamLength;
    private boolean dataNotObject;

    /**
     * @param status           where errors go.
     * @param maxLevelsPerSide most book levels accepted on each side of one frame.
     */
    FrameScanner(final DecodeStatus status, final int maxLevelsPerSide)
    {
        this.status = status;
        cursor = new JsonCursor(status);
        fields = new FieldTable(status, "");
        klineFields = new FieldTable(status, "k.");
        bids = new BookLevels(maxLevelsPerSide);
        asks = new BookLevels(maxLevelsPerSide);
    }

    /**
     * @param buffer holding the frame.
     * @param offset of its first byte.
     * @param length of the frame in bytes.
     * @return true if the frame is one well-formed JSON object; false with an error recorded.
     */
    boolean scan(final DirectBuffer buffer, final int offset, final int length)
    {
        cursor.wrap(buffer, offset, length);
        fields.reset(buffer);
        klineFields.reset(buffer);
        bids.clear();
        asks.clear();
        hasStream = false;
        dataNotObject = false;
        if (!topLevel())
        {
            return false;
        }
        if (!cursor.atEnd())
        {
            status.fail(DecodeError.TRAILING_BYTES, null);
            return false;
        }
        return true;
    }

    FieldTable fields()
    {
        return fields;
    }

    FieldTable klineFields()
    {
        return klineFields;
    }

    BookLevels bids()
    {
        return bids;
    }

    BookLevels asks()
    {
        return asks;
    }

    boolean hasStream()
    {
        return hasStream;
    }

    int streamOffset()
    {
        return streamOffset;
    }

    int streamLength()
    {
        return streamLength;
    }

    /**
     * @return true if the frame is a JSON array or has a {@code data} member that is not an object (an array stream
     * such as {@code !markPrice@arr}).
     */
    boolean dataNotObject()
    {
        return dataNotObject;
    }

    private boolean topLevel()
    {
        if (cursor.peek() == '[')
        {
            dataNotObject = true;
            return cursor.skipValue(0);
        }
        if (!cursor.expect('{'))
        {
            return false;
        }
        if (cursor.tryConsume('}'))
        {
            return true;
        }
        final DirectBuffer buffer = cursor.buffer();
        do
        {
            if (!cursor.string())
            {
                return false;
            }
            final int keyOffset = cursor.tokenOffset();
            final int keyLength = cursor.tokenLength();
            if (!cursor.expect(':'))
            {
                return false;
            }
            if (keyLength == 6 && FieldTable.equals(buffer, keyOffset, "stream"))
            {
                if (!stream())
                {
                    return false;
                }
            }
            else if (keyLength == 4 && FieldTable.equals(buffer, keyOffset, "data"))
            {
                if (!data())
                {
                    return false;
                }
            }
            else if (!field(fields, keyOffset, keyLength, 1, true))
            {
                return false;
            }
        }
        while (cursor.tryConsume(','));
        return cursor.expect('}');
    }

    private boolean stream()
    {
        if (hasStream)
        {
            status.fail(DecodeError.DUPLICATE_KEY, "stream");
            return false;
        }
        if (!cursor.string())
        {
            return false;
        }
        hasStream = true;
        streamOffset = cursor.tokenOffset();
        streamLength = cursor.tokenLength();
        return true;
    }

    private boolean data()
    {
        if (cursor.peek() == '{')
        {
            return object(fields, 2, true);
        }
        dataNotObject = true;
        return cursor.skipValue(1);
    }

    private boolean object(final FieldTable table, final int depth, final boolean eventLevel)
    {
        if (!cursor.expect('{'))
        {
            return false;
        }
        if (cursor.tryConsume('}'))
        {
            return true;
        }
        do
        {
            if (!cursor.string())
            {
                return false;
            }
            final int keyOffset = cursor.tokenOffset();
            final int keyLength = cursor.tokenLength();
            if (!cursor.expect(':') || !field(table, keyOffset, keyLength, depth, eventLevel))
            {
                return false;
            }
        }
        while (cursor.tryConsume(','));
        return cursor.expect('}');
    }

    private boolean field(
        final FieldTable table, final int keyOffset, final int keyLength, final int depth, final boolean eventLevel)
    {
        final int slot = keyLength == 0 ? -1 : FieldTable.slotOf(cursor.buffer(), keyOffset, keyLength);
        if (slot < 0)
        {
            return cursor.skipValue(depth);
        }
        switch (cursor.peek())
        {
            case '"':
                return cursor.string() &&
                    table.put(slot, FieldTable.STRING, cursor.tokenOffset(), cursor.tokenLength());
            case '{':
                if (!table.put(slot, FieldTable.OBJECT, 0, 0))
                {
                    return false;
                }
                return eventLevel && slot == KLINE ? object(klineFields, depth + 1, false) : cursor.skipValue(depth);
            case '[':
                if (!table.put(slot, FieldTable.ARRAY, 0, 0))
                {
                    return false;
                }
                if (eventLevel && (slot == BID_LEVELS || slot == FieldTable.BIDS))
                {
                    return levels(bids, depth);
                }
                if (eventLevel && (slot == ASK_LEVELS || slot == FieldTable.ASKS))
                {
                    return levels(asks, depth);
                }
                return cursor.skipValue(depth);
            case 't':
            case 'f':
            {
                final int bool = cursor.bool();
                return bool >= 0 && table.put(slot, bool == 1 ? FieldTable.TRUE : FieldTable.FALSE, 0, 0);
            }
            case 'n':
                return cursor.nullLiteral() && table.put(slot, FieldTable.NULL, 0, 0);
            default:
                return cursor.number() &&
                    table.put(slot, FieldTable.NUMBER, cursor.tokenOffset(), cursor.tokenLength());
        }
    }

    private boolean levels(final BookLevels side, final int depth)
    {
        if (!cursor.expect('['))
        {
            return false;
        }
        if (cursor.tryConsume(']'))
        {
            return true;
        }
        do
        {
            if (!cursor.expect('[') || !cursor.string())
            {
                return false;
            }
            final int priceOffset = cursor.tokenOffset();
            final int priceLength = cursor.tokenLength();
            if (!cursor.expect(',') || !cursor.string())
            {
                return false;
            }
            final int sizeOffset = cursor.tokenOffset();
            final int sizeLength = cursor.tokenLength();
            while (cursor.tryConsume(','))
            {
                if (!cursor.skipValue(depth + 1))
                {
                    return false;
                }
            }
            if (!cursor.expect(']'))
            {
                return false;
            }
            if (!side.add(priceOffset, priceLength, sizeOffset, sizeLength))
            {
                status.fail(DecodeError.TOO_MANY_LEVELS, side == bids ? "b" : "a");
                return false;
            }
        }
        while (cursor.tryConsume(','));
        return cursor.expect(']');
    }
}
