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
 * The shapes Binance actually sends, {@code "k":value} members with a letter for key, {@code ["price","size"]}
 * levels and the {@code {"stream":"...","data":} prefix, without whitespace or escapes, are read by fast paths in the
 * loops themselves (a call per member costs more than the member). Whatever they do not recognise is read again,
 * from the same position, by the general code over {@link FrameJson}, which gives the same result or names the
 * error; so the fast paths change the speed, never the outcome.
 * <p>
 * Single-threaded; allocation-free after construction.
 */
final class FrameScanner
{
    private static final int FAILED = FrameJson.FAILED;
    private static final int KLINE = FieldTable.key('k');
    private static final int BID_LEVELS = FieldTable.key('b');
    private static final int ASK_LEVELS = FieldTable.key('a');
    /** Bytes of {@code "k":}. */
    private static final int SHORT_KEY = 4;
    /** Room the member fast path needs before reading a value: its key and the value's first byte. */
    private static final int SHORT_MEMBER = SHORT_KEY + 1;
    /** Fewest bytes of {@code ["p","s"]}. */
    private static final int SHORT_LEVEL = 9;
    /** {@code {"stream} as a little-endian word. */
    private static final long OPEN_STREAM_KEY = AsciiWords.word(FieldTable.ascii("{\"stream"), 0);
    /** {@code ":"} as the three low bytes of a little-endian int. */
    private static final int STREAM_COLON_QUOTE = '"' | ':' << 8 | '"' << 16;
    /** Bytes of {@code {"stream":"}. */
    private static final int OPEN_STREAM_VALUE = 11;
    /** {@code ","data"} as a little-endian word: the end of the stream name and the data key. */
    private static final long DATA_KEY = AsciiWords.word(FieldTable.ascii("\",\"data\""), 0);
    private static final int DATA_KEY_LENGTH = AsciiWords.SIZE;
    /** Fewest bytes of {@code {"stream":"","data":{}}}, enough for every word read before the data value. */
    private static final int COMBINED_STREAM_MIN = OPEN_STREAM_VALUE + DATA_KEY_LENGTH + 4;
    private static final byte[] STREAM = FieldTable.ascii("stream");
    private static final byte[] DATA = FieldTable.ascii("data");

    private final DecodeStatus status;
    private final FieldTable fields;
    private final FieldTable klineFields;
    private final BookLevels bids;
    private final BookLevels asks;
    private final FrameJson json;
    private byte[] bytes;
    private int end;
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
        json = new FrameJson(status);
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
        this.end = end;
        json.wrap(bytes, start, end);
        fields.reset(bytes);
        klineFields.reset(bytes);
        bids.clear();
        asks.clear();
        hasStream = false;
        dataNotObject = false;
        final int next = topLevel(json.whitespace(start));
        if (next == FAILED)
        {
            return false;
        }
        if (json.whitespace(next) < end)
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
            return json.skipValue(first, 0);
        }
        if (first >= end || bytes[first] != '{')
        {
            return json.fail(first);
        }
        final int dataValue = combinedStreamData(first);
        if (dataValue != FAILED)
        {
            int p = data(dataValue);
            if (p == FAILED)
            {
                return FAILED;
            }
            p = json.afterMember(p);
            return p < end && bytes[p] == ',' ?
                members(json.whitespace(p + 1), fields, 1, true, true) : json.closing(p, '}');
        }
        final int p = json.whitespace(first + 1);
        if (p < end && bytes[p] == '}')
        {
            return p + 1;
        }
        return members(p, fields, 1, true, true);
    }

    /**
     * The start of a combined-stream message as Binance sends it, {@code {"stream":"<name>","data":}, without
     * whitespace or escapes, read in a few words; the stream name is noted as the general code would note it.
     *
     * @param first at the frame's opening brace.
     * @return the position of the data value, or {@link #FAILED} (nothing noted) if the frame does not start so.
     */
    private int combinedStreamData(final int first)
    {
        final byte[] bytes = this.bytes;
        if (first > end - COMBINED_STREAM_MIN || AsciiWords.word(bytes, first) != OPEN_STREAM_KEY ||
            (AsciiWords.quad(bytes, first + AsciiWords.SIZE) & 0xFFFFFF) != STREAM_COLON_QUOTE)
        {
            return FAILED;
        }
        final int nameStart = first + OPEN_STREAM_VALUE;
        final int nameEnd = json.plainStringEnd(nameStart);
        if (nameEnd == FAILED || nameEnd > end - DATA_KEY_LENGTH - 1 || AsciiWords.word(bytes, nameEnd) != DATA_KEY ||
            bytes[nameEnd + DATA_KEY_LENGTH] != ':')
        {
            return FAILED;
        }
        hasStream = true;
        streamOffset = nameStart;
        streamLength = nameEnd - nameStart;
        return json.whitespace(nameEnd + DATA_KEY_LENGTH + 1);
    }

    private int stream(final int p)
    {
        if (hasStream)
        {
            status.fail(DecodeError.DUPLICATE_KEY, "stream");
            return FAILED;
        }
        final int next = json.string(p);
        if (next == FAILED)
        {
            return FAILED;
        }
        hasStream = true;
        streamOffset = json.tokenOffset();
        streamLength = json.tokenLength();
        return next;
    }

    private int data(final int p)
    {
        if (p < end && bytes[p] == '{')
        {
            return object(p, fields, 2, true);
        }
        dataNotObject = true;
        return json.skipValue(p, 1);
    }

    /**
     * @param p at the object's {@code '{'}.
     */
    private int object(final int p, final FieldTable table, final int depth, final boolean eventLevel)
    {
        final int next = json.whitespace(p + 1);
        if (next < end && bytes[next] == '}')
        {
            return next + 1;
        }
        return members(next, table, depth, eventLevel, false);
    }

    /**
     * An object's members, from its first key to its closing brace.
     *
     * @param firstKey at the first key's opening quote.
     * @param topLevel true for the frame's own object, whose {@code stream} and {@code data} keys are read here.
     */
    private int members(
        final int firstKey, final FieldTable table, final int depth, final boolean eventLevel, final boolean topLevel)
    {
        final byte[] bytes = this.bytes;
        final int end = this.end;
        int next = firstKey;
        while (true)
        {
            // the shape of nearly every Binance member, "k":value with a letter for key and no whitespace, is read
            // here, in the loop; anything else (or a key seen before) goes to the general code from the same position
            int valueEnd = FAILED;
            if (next <= end - SHORT_MEMBER)
            {
                final int quad = AsciiWords.quad(bytes, next);
                final int slot = FieldTable.letterSlot((quad >>> 8) & 0xFF);
                if (AsciiWords.isShortKey(quad) && slot >= 0 && !table.has(slot))
                {
                    final int value = next + SHORT_KEY;
                    final byte first = bytes[value];
                    if (first == '"')
                    {
                        valueEnd = shortString(value, table, slot);
                    }
                    else if (first >= '0' && first <= '9')
                    {
                        valueEnd = shortInteger(value, table, slot);
                    }
                    else
                    {
                        valueEnd = shortBoolean(value, table, slot);
                    }
                }
            }
            next = valueEnd != FAILED ? valueEnd : member(next, table, depth, eventLevel, topLevel);
            if (next == FAILED)
            {
                return FAILED;
            }
            next = json.afterMember(next);
            if (next < end && bytes[next] == ',')
            {
                next = json.whitespace(next + 1);
            }
            else
            {
                return json.closing(next, '}');
            }
        }
    }

    /**
     * @param p at a value's opening quote.
     * @return the position after a string without escapes, recorded, or {@link #FAILED} (nothing recorded) for
     * anything else.
     */
    private int shortString(final int p, final FieldTable table, final int slot)
    {
        final int closingQuote = json.plainStringEnd(p + 1);
        if (closingQuote == FAILED)
        {
            return FAILED;
        }
        table.record(slot, FieldTable.STRING, p + 1, closingQuote - p - 1);
        return closingQuote + 1;
    }

    /**
     * @param p at a value's first byte, a digit.
     * @return the position after a plain integer ({@link FrameJson#plainInteger}), recorded, or {@link #FAILED}
     * (nothing recorded) for anything else.
     */
    private int shortInteger(final int p, final FieldTable table, final int slot)
    {
        final int next = json.plainInteger(p);
        if (next != FAILED)
        {
            table.recordNumber(slot, p, next - p, json.integer());
        }
        return next;
    }

    /**
     * @param p at a value's first byte.
     * @return the position after {@code true} or {@code false} followed by a delimiter, recorded, or {@link #FAILED}
     * (nothing recorded) for anything else.
     */
    private int shortBoolean(final int p, final FieldTable table, final int slot)
    {
        final int next = json.plainBoolean(p);
        if (next != FAILED)
        {
            table.record(slot, bytes[p] == 't' ? FieldTable.TRUE : FieldTable.FALSE, 0, 0);
        }
        return next;
    }

    /**
     * A book level in the shape Binance sends, {@code ["price","size"]} without whitespace or escapes, read without
     * the general code; anything else, or a full side, is left to the general code from the same position.
     *
     * @param p at the level's opening bracket.
     * @return the position after the level, or {@link #FAILED} (no error recorded) if it is not that shape.
     */
    private int shortLevel(final int p, final BookLevels side)
    {
        final byte[] bytes = this.bytes;
        if (p > end - SHORT_LEVEL || bytes[p] != '[' || bytes[p + 1] != '"')
        {
            return FAILED;
        }
        final int priceEnd = json.plainStringEnd(p + 2);
        if (priceEnd == FAILED || priceEnd > end - 3 || bytes[priceEnd + 1] != ',' || bytes[priceEnd + 2] != '"')
        {
            return FAILED;
        }
        final int sizeEnd = json.plainStringEnd(priceEnd + 3);
        if (sizeEnd == FAILED || sizeEnd > end - 2 || bytes[sizeEnd + 1] != ']' ||
            !side.add(p + 2, priceEnd - p - 2, priceEnd + 3, sizeEnd - priceEnd - 3))
        {
            return FAILED;
        }
        return sizeEnd + 2;
    }


    /**
     * A member in any shape JSON allows.
     *
     * @param p at the key's opening quote.
     * @return the position after its value, or {@link #FAILED} with the error recorded.
     */
    private int member(
        final int p, final FieldTable table, final int depth, final boolean eventLevel, final boolean topLevel)
    {
        final int next = json.key(p);
        if (next == FAILED)
        {
            return FAILED;
        }
        if (topLevel && json.tokenLength() == STREAM.length && FieldTable.equals(bytes, json.tokenOffset(), STREAM))
        {
            return stream(next);
        }
        if (topLevel && json.tokenLength() == DATA.length && FieldTable.equals(bytes, json.tokenOffset(), DATA))
        {
            return data(next);
        }
        return field(next, table, json.tokenOffset(), json.tokenLength(), depth, eventLevel);
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
            return json.skipValue(p, depth);
        }
        final byte first = bytes[p];
        if (first == '"')
        {
            final int next = json.string(p);
            return next != FAILED && table.put(slot, FieldTable.STRING, json.tokenOffset(), json.tokenLength()) ?
                next : FAILED;
        }
        if (first >= '0' && first <= '9')
        {
            final int next = json.number(p);
            return next != FAILED && table.putNumber(slot, json.tokenOffset(), json.tokenLength(), json.integer()) ?
                next : FAILED;
        }
        return otherField(p, first, table, slot, depth, eventLevel);
    }

    /**
     * A known key's value that is not a string or a number starting with a digit: the rarer, larger cases, kept out
     * of {@link #field} so that it stays small enough to be inlined where it is called.
     */
    private int otherField(
        final int p, final byte first, final FieldTable table, final int slot, final int depth,
        final boolean eventLevel)
    {
        switch (first)
        {
            case '{':
                if (!table.put(slot, FieldTable.OBJECT, 0, 0))
                {
                    return FAILED;
                }
                return eventLevel && slot == KLINE ?
                    object(p, klineFields, depth + 1, false) : json.skipValue(p, depth);
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
                return json.skipValue(p, depth);
            case 't':
            case 'f':
            case 'n':
            {
                final int next = json.literal(p, FrameJson.literalText(first));
                final byte kind = first == 't' ? FieldTable.TRUE : first == 'f' ? FieldTable.FALSE : FieldTable.NULL;
                return next != FAILED && table.put(slot, kind, 0, 0) ? next : FAILED;
            }
            default:
            {
                final int next = json.number(p);
                return next != FAILED && table.putNumber(slot, json.tokenOffset(), json.tokenLength(), json.integer()) ?
                next : FAILED;
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
        int next = json.whitespace(p + 1);
        if (next < end && bytes[next] == ']')
        {
            return next + 1;
        }
        while (true)
        {
            final int levelEnd = shortLevel(next, side);
            next = levelEnd != FAILED ? levelEnd : level(next, side, depth);
            if (next == FAILED)
            {
                return FAILED;
            }
            next = json.afterMember(next);
            if (next < end && bytes[next] == ',')
            {
                next = json.whitespace(next + 1);
            }
            else
            {
                return json.closing(next, ']');
            }
        }
    }

    /**
     * One {@code [price, size, ...]} level, any shape JSON allows.
     *
     * @param p at the level's opening bracket.
     * @return the position after it, or {@link #FAILED} with the error recorded.
     */
    private int level(final int p, final BookLevels side, final int depth)
    {
        int next = p;
        if (next >= end || bytes[next] != '[')
        {
            return json.fail(next);
        }
        next = json.string(json.whitespace(next + 1));
        if (next == FAILED)
        {
            return FAILED;
        }
        final int priceOffset = json.tokenOffset();
        final int priceLength = json.tokenLength();
        next = json.whitespace(next);
        if (next >= end || bytes[next] != ',')
        {
            return json.fail(next);
        }
        next = json.string(json.whitespace(next + 1));
        if (next == FAILED)
        {
            return FAILED;
        }
        final int sizeOffset = json.tokenOffset();
        final int sizeLength = json.tokenLength();
        next = json.whitespace(next);
        while (next < end && bytes[next] == ',')
        {
            next = json.skipValue(json.whitespace(next + 1), depth + 1);
            if (next == FAILED)
            {
                return FAILED;
            }
            next = json.whitespace(next);
        }
        if (next >= end || bytes[next] != ']')
        {
            return json.fail(next);
        }
        if (!side.add(priceOffset, priceLength, sizeOffset, sizeLength))
        {
            status.fail(DecodeError.TOO_MANY_LEVELS, side == bids ? "b" : "a");
            return FAILED;
        }
        return next + 1;
    }

















}
