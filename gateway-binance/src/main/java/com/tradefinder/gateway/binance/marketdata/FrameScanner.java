package com.tradefinder.gateway.binance.marketdata;

/**
 * Walks a Binance frame once, front to back, and notes where every value the translators may need is.
 * <p>
 * Accepts a combined-stream message {@code {"stream":"<name>","data":{...}}} and a bare payload alike: the event's
 * fields land in {@link #fields()} either way, a kline's {@code k} object in {@link #klineFields()}, and the
 * {@code [price, size]} pairs of {@code b}/{@code bids} and {@code a}/{@code asks} in {@link #bids()} and
 * {@link #asks()}. Keys are accepted in any order; unknown keys are checked for syntax and skipped. Integers are read
 * as they are scanned; decimals are left as text for the translators, which know the instrument's exponents.
 * <p>
 * The frame is a range of a byte array, read with plain array loads: every method takes the position of its first
 * byte and returns the position after what it read, or {@link #FAILED} with the error recorded (a syntax error names
 * its byte as an offset from the frame's start: {@link DecodeError#TRUNCATED} when the frame ends first, otherwise
 * {@link DecodeError#UNEXPECTED_BYTE}). Nesting is followed to {@link JsonCursor#MAX_DEPTH} levels, the rules of
 * {@link JsonCursor} throughout.
 * <p>
 * Single-threaded; allocation-free after construction.
 */
final class FrameScanner
{
    private static final int FAILED = -1;
    private static final int KLINE = FieldTable.key('k');
    private static final int BID_LEVELS = FieldTable.key('b');
    private static final int ASK_LEVELS = FieldTable.key('a');
    /** Smallest 19-digit value; a 19-digit integer that wrapped around past {@link Long#MAX_VALUE} reads less. */
    private static final long MIN_NINETEEN_DIGITS = 1_000_000_000_000_000_000L;
    private static final int MAX_INTEGER_DIGITS = 19;
    private static final byte[] STREAM = FieldTable.ascii("stream");
    private static final byte[] DATA = FieldTable.ascii("data");
    private static final byte[] TRUE = FieldTable.ascii("true");
    private static final byte[] FALSE = FieldTable.ascii("false");
    private static final byte[] NULL = FieldTable.ascii("null");

    private final DecodeStatus status;
    private final FieldTable fields;
    private final FieldTable klineFields;
    private final BookLevels bids;
    private final BookLevels asks;
    private byte[] bytes;
    private int start;
    private int end;
    private int tokenOffset;
    private int tokenLength;
    private long integer;
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
        fields = new FieldTable(status, "");
        klineFields = new FieldTable(status, "k.");
        bids = new BookLevels(maxLevelsPerSide);
        asks = new BookLevels(maxLevelsPerSide);
    }

    /**
     * @param bytes holding the frame; every position noted is an index into it.
     * @param start index of the frame's first byte.
     * @param end   index after the frame's last byte.
     * @return true if the frame is one well-formed JSON value; false with an error recorded.
     */
    boolean scan(final byte[] bytes, final int start, final int end)
    {
        this.bytes = bytes;
        this.start = start;
        this.end = end;
        fields.reset(bytes);
        klineFields.reset(bytes);
        bids.clear();
        asks.clear();
        hasStream = false;
        dataNotObject = false;
        final int next = topLevel(whitespace(start));
        if (next == FAILED)
        {
            return false;
        }
        if (whitespace(next) < end)
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

    private int topLevel(final int first)
    {
        if (first < end && bytes[first] == '[')
        {
            dataNotObject = true;
            return skipValue(first, 0);
        }
        if (first >= end || bytes[first] != '{')
        {
            return fail(first);
        }
        int p = whitespace(first + 1);
        if (p < end && bytes[p] == '}')
        {
            return p + 1;
        }
        while (true)
        {
            p = string(p);
            if (p == FAILED)
            {
                return FAILED;
            }
            final int keyOffset = tokenOffset;
            final int keyLength = tokenLength;
            p = colon(p);
            if (p == FAILED)
            {
                return FAILED;
            }
            if (keyLength == STREAM.length && FieldTable.equals(bytes, keyOffset, STREAM))
            {
                p = stream(p);
            }
            else if (keyLength == DATA.length && FieldTable.equals(bytes, keyOffset, DATA))
            {
                p = data(p);
            }
            else
            {
                p = field(p, fields, keyOffset, keyLength, 1, true);
            }
            if (p == FAILED)
            {
                return FAILED;
            }
            p = whitespace(p);
            if (p < end && bytes[p] == ',')
            {
                p = whitespace(p + 1);
            }
            else
            {
                return closing(p, '}');
            }
        }
    }

    private int stream(final int p)
    {
        if (hasStream)
        {
            status.fail(DecodeError.DUPLICATE_KEY, "stream");
            return FAILED;
        }
        final int next = string(p);
        if (next == FAILED)
        {
            return FAILED;
        }
        hasStream = true;
        streamOffset = tokenOffset;
        streamLength = tokenLength;
        return next;
    }

    private int data(final int p)
    {
        if (p < end && bytes[p] == '{')
        {
            return object(p, fields, 2, true);
        }
        dataNotObject = true;
        return skipValue(p, 1);
    }

    /**
     * @param p at the object's {@code '{'}.
     */
    private int object(final int p, final FieldTable table, final int depth, final boolean eventLevel)
    {
        int next = whitespace(p + 1);
        if (next < end && bytes[next] == '}')
        {
            return next + 1;
        }
        while (true)
        {
            next = string(next);
            if (next == FAILED)
            {
                return FAILED;
            }
            final int keyOffset = tokenOffset;
            final int keyLength = tokenLength;
            next = colon(next);
            if (next == FAILED)
            {
                return FAILED;
            }
            next = field(next, table, keyOffset, keyLength, depth, eventLevel);
            if (next == FAILED)
            {
                return FAILED;
            }
            next = whitespace(next);
            if (next < end && bytes[next] == ',')
            {
                next = whitespace(next + 1);
            }
            else
            {
                return closing(next, '}');
            }
        }
    }

    /**
     * @param p at the value's first byte.
     */
    private int field(
        final int p, final FieldTable table, final int keyOffset, final int keyLength, final int depth,
        final boolean eventLevel)
    {
        final int slot = keyLength == 0 ? -1 : FieldTable.slotOf(bytes, keyOffset, keyLength);
        if (slot < 0 || p >= end)
        {
            return skipValue(p, depth);
        }
        switch (bytes[p])
        {
            case '"':
            {
                final int next = string(p);
                return next != FAILED && table.put(slot, FieldTable.STRING, tokenOffset, tokenLength) ? next : FAILED;
            }
            case '{':
                if (!table.put(slot, FieldTable.OBJECT, 0, 0))
                {
                    return FAILED;
                }
                return eventLevel && slot == KLINE ? object(p, klineFields, depth + 1, false) : skipValue(p, depth);
            case '[':
                if (!table.put(slot, FieldTable.ARRAY, 0, 0))
                {
                    return FAILED;
                }
                if (eventLevel && (slot == BID_LEVELS || slot == FieldTable.BIDS))
                {
                    return levels(p, bids, depth);
                }
                if (eventLevel && (slot == ASK_LEVELS || slot == FieldTable.ASKS))
                {
                    return levels(p, asks, depth);
                }
                return skipValue(p, depth);
            case 't':
            {
                final int next = literal(p, TRUE);
                return next != FAILED && table.put(slot, FieldTable.TRUE, 0, 0) ? next : FAILED;
            }
            case 'f':
            {
                final int next = literal(p, FALSE);
                return next != FAILED && table.put(slot, FieldTable.FALSE, 0, 0) ? next : FAILED;
            }
            case 'n':
            {
                final int next = literal(p, NULL);
                return next != FAILED && table.put(slot, FieldTable.NULL, 0, 0) ? next : FAILED;
            }
            default:
            {
                final int next = number(p);
                return next != FAILED && table.putNumber(slot, tokenOffset, tokenLength, integer) ? next : FAILED;
            }
        }
    }

    /**
     * The {@code [[price, size, ...], ...]} levels of one book side; elements after the size are checked and skipped.
     *
     * @param p at the array's {@code '['}.
     */
    private int levels(final int p, final BookLevels side, final int depth)
    {
        int next = whitespace(p + 1);
        if (next < end && bytes[next] == ']')
        {
            return next + 1;
        }
        while (true)
        {
            if (next >= end || bytes[next] != '[')
            {
                return fail(next);
            }
            next = string(whitespace(next + 1));
            if (next == FAILED)
            {
                return FAILED;
            }
            final int priceOffset = tokenOffset;
            final int priceLength = tokenLength;
            next = whitespace(next);
            if (next >= end || bytes[next] != ',')
            {
                return fail(next);
            }
            next = string(whitespace(next + 1));
            if (next == FAILED)
            {
                return FAILED;
            }
            final int sizeOffset = tokenOffset;
            final int sizeLength = tokenLength;
            next = whitespace(next);
            while (next < end && bytes[next] == ',')
            {
                next = skipValue(whitespace(next + 1), depth + 1);
                if (next == FAILED)
                {
                    return FAILED;
                }
                next = whitespace(next);
            }
            if (next >= end || bytes[next] != ']')
            {
                return fail(next);
            }
            if (!side.add(priceOffset, priceLength, sizeOffset, sizeLength))
            {
                status.fail(DecodeError.TOO_MANY_LEVELS, side == bids ? "b" : "a");
                return FAILED;
            }
            next = whitespace(next + 1);
            if (next < end && bytes[next] == ',')
            {
                next = whitespace(next + 1);
            }
            else
            {
                return closing(next, ']');
            }
        }
    }

    /**
     * Skips one value of any type, checking its syntax.
     *
     * @param p     at the value's first byte.
     * @param depth nesting depth of the value's container.
     */
    private int skipValue(final int p, final int depth)
    {
        if (p >= end)
        {
            return fail(p);
        }
        switch (bytes[p])
        {
            case '"':
                return string(p);
            case '{':
                return skipObject(p, depth + 1);
            case '[':
                return skipArray(p, depth + 1);
            case 't':
                return literal(p, TRUE);
            case 'f':
                return literal(p, FALSE);
            case 'n':
                return literal(p, NULL);
            default:
                return number(p);
        }
    }

    private int skipObject(final int p, final int depth)
    {
        if (depth > JsonCursor.MAX_DEPTH)
        {
            status.failAt(DecodeError.TOO_DEEP, p - start);
            return FAILED;
        }
        int next = whitespace(p + 1);
        if (next < end && bytes[next] == '}')
        {
            return next + 1;
        }
        while (true)
        {
            next = string(next);
            if (next == FAILED)
            {
                return FAILED;
            }
            next = colon(next);
            if (next == FAILED)
            {
                return FAILED;
            }
            next = skipValue(next, depth);
            if (next == FAILED)
            {
                return FAILED;
            }
            next = whitespace(next);
            if (next < end && bytes[next] == ',')
            {
                next = whitespace(next + 1);
            }
            else
            {
                return closing(next, '}');
            }
        }
    }

    private int skipArray(final int p, final int depth)
    {
        if (depth > JsonCursor.MAX_DEPTH)
        {
            status.failAt(DecodeError.TOO_DEEP, p - start);
            return FAILED;
        }
        int next = whitespace(p + 1);
        if (next < end && bytes[next] == ']')
        {
            return next + 1;
        }
        while (true)
        {
            next = skipValue(next, depth);
            if (next == FAILED)
            {
                return FAILED;
            }
            next = whitespace(next);
            if (next < end && bytes[next] == ',')
            {
                next = whitespace(next + 1);
            }
            else
            {
                return closing(next, ']');
            }
        }
    }

    /**
     * A string, its content (escapes left as they are) noted as the token.
     *
     * @param p where its opening quote must be.
     */
    private int string(final int p)
    {
        final byte[] bytes = this.bytes;
        final int end = this.end;
        if (p >= end || bytes[p] != '"')
        {
            return fail(p);
        }
        final int contentStart = p + 1;
        int next = contentStart;
        while (next < end)
        {
            final byte b = bytes[next];
            if (b == '"')
            {
                tokenOffset = contentStart;
                tokenLength = next - contentStart;
                return next + 1;
            }
            if (b == '\\')
            {
                next++;
            }
            else if ((b & 0xFF) < 0x20)
            {
                return fail(next);
            }
            next++;
        }
        return fail(next);
    }

    /**
     * A number, {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}, noted as the token, its value as
     * {@link #integer} when it is plain digits that fit an int64 (else -1): one pass over the digits.
     *
     * @param p at its first byte.
     */
    private int number(final int p)
    {
        final byte[] bytes = this.bytes;
        final int end = this.end;
        int next = p;
        final boolean negative = next < end && bytes[next] == '-';
        if (negative)
        {
            next++;
        }
        final int intStart = next;
        long value = 0;
        while (next < end)
        {
            final int digit = bytes[next] - '0';
            if (digit < 0 || digit > 9)
            {
                break;
            }
            value = value * 10 + digit;
            next++;
        }
        final int intDigits = next - intStart;
        if (intDigits == 0)
        {
            return fail(next);
        }
        if (bytes[intStart] == '0' && intDigits > 1)
        {
            return fail(intStart + 1);
        }
        boolean plain = !negative;
        if (next < end && bytes[next] == '.')
        {
            next = digits(next + 1);
            if (next == FAILED)
            {
                return FAILED;
            }
            plain = false;
        }
        if (next < end && (bytes[next] | 0x20) == 'e')
        {
            next++;
            if (next < end && (bytes[next] == '+' || bytes[next] == '-'))
            {
                next++;
            }
            next = digits(next);
            if (next == FAILED)
            {
                return FAILED;
            }
            plain = false;
        }
        if (next < end && !isDelimiter(bytes[next]))
        {
            return fail(next);
        }
        tokenOffset = p;
        tokenLength = next - p;
        integer = plain && (intDigits < MAX_INTEGER_DIGITS ||
            (intDigits == MAX_INTEGER_DIGITS && value >= MIN_NINETEEN_DIGITS)) ? value : -1;
        return next;
    }

    /**
     * One or more digits.
     */
    private int digits(final int p)
    {
        int next = p;
        while (next < end && bytes[next] >= '0' && bytes[next] <= '9')
        {
            next++;
        }
        return next > p ? next : fail(next);
    }

    /**
     * {@code true}, {@code false} or {@code null}, which a delimiter or the frame's end must follow.
     *
     * @param p at its first byte.
     */
    private int literal(final int p, final byte[] text)
    {
        final int available = Math.min(text.length, end - p);
        for (int i = 0; i < available; i++)
        {
            if (bytes[p + i] != text[i])
            {
                return fail(p);
            }
        }
        if (available < text.length)
        {
            return fail(end);
        }
        final int next = p + text.length;
        if (next < end && !isDelimiter(bytes[next]))
        {
            return fail(p);
        }
        return next;
    }

    /**
     * @param p after a key: whitespace, then the colon.
     * @return the position of the value's first byte (whitespace skipped).
     */
    private int colon(final int p)
    {
        final int next = whitespace(p);
        if (next >= end || bytes[next] != ':')
        {
            return fail(next);
        }
        return whitespace(next + 1);
    }

    /**
     * @param p       after a member's value and whitespace, where no comma was.
     * @param closing the container's closing byte, which must be there.
     */
    private int closing(final int p, final char closing)
    {
        return p < end && bytes[p] == closing ? p + 1 : fail(p);
    }

    private int whitespace(final int p)
    {
        int next = p;
        while (next < end && isWhitespace(bytes[next]))
        {
            next++;
        }
        return next;
    }

    private int fail(final int p)
    {
        status.failAt(p >= end ? DecodeError.TRUNCATED : DecodeError.UNEXPECTED_BYTE, p - start);
        return FAILED;
    }

    private static boolean isWhitespace(final byte b)
    {
        return b <= ' ' && (b == ' ' || b == '\n' || b == '\r' || b == '\t');
    }

    private static boolean isDelimiter(final byte b)
    {
        return b == ',' || b == '}' || b == ']' || isWhitespace(b);
    }
}
