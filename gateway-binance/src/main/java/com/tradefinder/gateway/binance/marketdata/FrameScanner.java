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
    private static final int TRUE_QUAD = 't' | 'r' << 8 | 'u' << 16 | 'e' << 24;
    private static final int ALSE_QUAD = 'a' | 'l' << 8 | 's' << 16 | 'e' << 24;
    private static final long[] POWERS_OF_TEN = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000 };
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
        final int dataValue = combinedStreamData(first);
        if (dataValue != FAILED)
        {
            int p = data(dataValue);
            if (p == FAILED)
            {
                return FAILED;
            }
            p = afterMember(p);
            return p < end && bytes[p] == ',' ? members(whitespace(p + 1), fields, 1, true, true) : closing(p, '}');
        }
        final int p = whitespace(first + 1);
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
        final int nameEnd = plainStringEnd(nameStart);
        if (nameEnd == FAILED || nameEnd > end - DATA_KEY_LENGTH - 1 || AsciiWords.word(bytes, nameEnd) != DATA_KEY ||
            bytes[nameEnd + DATA_KEY_LENGTH] != ':')
        {
            return FAILED;
        }
        hasStream = true;
        streamOffset = nameStart;
        streamLength = nameEnd - nameStart;
        return whitespace(nameEnd + DATA_KEY_LENGTH + 1);
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
        final int next = whitespace(p + 1);
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
                        valueEnd = shortBoolean(value, first, table, slot);
                    }
                }
            }
            next = valueEnd != FAILED ? valueEnd : member(next, table, depth, eventLevel, topLevel);
            if (next == FAILED)
            {
                return FAILED;
            }
            next = afterMember(next);
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
     * @param p at a value's opening quote.
     * @return the position after a string without escapes, recorded, or {@link #FAILED} (nothing recorded) for
     * anything else.
     */
    private int shortString(final int p, final FieldTable table, final int slot)
    {
        final int closingQuote = plainStringEnd(p + 1);
        if (closingQuote == FAILED)
        {
            return FAILED;
        }
        table.record(slot, FieldTable.STRING, p + 1, closingQuote - p - 1);
        return closingQuote + 1;
    }

    /**
     * @param p at a value's first byte, a digit.
     * @return the position after a plain integer of at most 19 digits followed by a delimiter, recorded, or
     * {@link #FAILED} (nothing recorded) for anything else.
     */
    private int shortInteger(final int p, final FieldTable table, final int slot)
    {
        final int next = integerDigits(p);
        final int digits = next - p;
        if (next >= end || !isDelimiter(bytes[next]) || digits > MAX_INTEGER_DIGITS || (digits > 1 && bytes[p] == '0'))
        {
            return FAILED;
        }
        table.recordNumber(slot, p, digits, digits == MAX_INTEGER_DIGITS && integer < MIN_NINETEEN_DIGITS ? -1 : integer);
        return next;
    }

    /**
     * @param p at a value's first byte.
     * @return the position after {@code true} or {@code false} followed by a delimiter, recorded, or {@link #FAILED}
     * (nothing recorded) for anything else.
     */
    private int shortBoolean(final int p, final byte first, final FieldTable table, final int slot)
    {
        if (first == 't' && p < end - TRUE.length && AsciiWords.quad(bytes, p) == TRUE_QUAD &&
            isDelimiter(bytes[p + TRUE.length]))
        {
            table.record(slot, FieldTable.TRUE, 0, 0);
            return p + TRUE.length;
        }
        if (first == 'f' && p < end - FALSE.length && AsciiWords.quad(bytes, p + 1) == ALSE_QUAD &&
            isDelimiter(bytes[p + FALSE.length]))
        {
            table.record(slot, FieldTable.FALSE, 0, 0);
            return p + FALSE.length;
        }
        return FAILED;
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
        final int priceEnd = plainStringEnd(p + 2);
        if (priceEnd == FAILED || priceEnd > end - 3 || bytes[priceEnd + 1] != ',' || bytes[priceEnd + 2] != '"')
        {
            return FAILED;
        }
        final int sizeEnd = plainStringEnd(priceEnd + 3);
        if (sizeEnd == FAILED || sizeEnd > end - 2 || bytes[sizeEnd + 1] != ']' ||
            !side.add(p + 2, priceEnd - p - 2, priceEnd + 3, sizeEnd - priceEnd - 3))
        {
            return FAILED;
        }
        return sizeEnd + 2;
    }

    /**
     * @param contentStart index after a string's opening quote.
     * @return index of its closing quote if the content has no escape or control byte and whole words reach it,
     * otherwise {@link #FAILED} (no error recorded).
     */
    private int plainStringEnd(final int contentStart)
    {
        final byte[] bytes = this.bytes;
        final int lastWord = end - AsciiWords.SIZE;
        int next = contentStart;
        while (next <= lastWord)
        {
            final int plain = AsciiWords.stringStop(AsciiWords.word(bytes, next));
            next += plain;
            if (plain < AsciiWords.SIZE)
            {
                return bytes[next] == '"' ? next : FAILED;
            }
        }
        return FAILED;
    }    /**
     * A member in any shape JSON allows.
     *
     * @param p at the key's opening quote.
     * @return the position after its value, or {@link #FAILED} with the error recorded.
     */
    private int member(
        final int p, final FieldTable table, final int depth, final boolean eventLevel, final boolean topLevel)
    {
        final int next = key(p);
        if (next == FAILED)
        {
            return FAILED;
        }
        if (topLevel && tokenLength == STREAM.length && FieldTable.equals(bytes, tokenOffset, STREAM))
        {
            return stream(next);
        }
        if (topLevel && tokenLength == DATA.length && FieldTable.equals(bytes, tokenOffset, DATA))
        {
            return data(next);
        }
        return field(next, table, tokenOffset, tokenLength, depth, eventLevel);
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
        final byte first = bytes[p];
        if (first == '"')
        {
            final int next = string(p);
            return next != FAILED && table.put(slot, FieldTable.STRING, tokenOffset, tokenLength) ? next : FAILED;
        }
        if (first >= '0' && first <= '9')
        {
            final int next = number(p);
            return next != FAILED && table.putNumber(slot, tokenOffset, tokenLength, integer) ? next : FAILED;
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
            final int levelEnd = shortLevel(next, side);
            next = levelEnd != FAILED ? levelEnd : level(next, side, depth);
            if (next == FAILED)
            {
                return FAILED;
            }
            next = afterMember(next);
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
        return next + 1;
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
     * A string, its content (escapes left as they are) noted as the token; eight bytes at a time while a whole word
     * is left in the frame.
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
        while (next <= end - AsciiWords.SIZE)
        {
            final int plain = AsciiWords.stringStop(AsciiWords.word(bytes, next));
            next += plain;
            if (plain < AsciiWords.SIZE)
            {
                final byte b = bytes[next];
                if (b == '"')
                {
                    tokenOffset = contentStart;
                    tokenLength = next - contentStart;
                    return next + 1;
                }
                if (b != '\\')
                {
                    return fail(next);
                }
                next += 2;
            }
        }
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
     * {@link #integer} when it is plain digits that fit an int64 (else -1). A plain integer, what Binance sends for
     * ids and times, takes one pass over its digits, eight at a time; anything else is read by {@link #fullNumber}.
     *
     * @param p at its first byte.
     */
    private int number(final int p)
    {
        final int next = integerDigits(p);
        final int digits = next - p;
        if (digits == 0 || digits > MAX_INTEGER_DIGITS || (digits > 1 && bytes[p] == '0') ||
            (next < end && !isDelimiter(bytes[next])))
        {
            return fullNumber(p);
        }
        if (digits == MAX_INTEGER_DIGITS && integer < MIN_NINETEEN_DIGITS)
        {
            integer = -1;
        }
        tokenOffset = p;
        tokenLength = digits;
        return next;
    }

    /**
     * Reads the run of digits from {@code p}, eight at a time while a whole word is left in the frame, its value into
     * {@link #integer} (wrapping past 19 digits exactly as digit by digit would: the same arithmetic modulo 2^64).
     *
     * @return the position after the run.
     */
    private int integerDigits(final int p)
    {
        final byte[] bytes = this.bytes;
        final int end = this.end;
        int next = p;
        long value = 0;
        int run = AsciiWords.SIZE;
        while (run == AsciiWords.SIZE && next <= end - AsciiWords.SIZE)
        {
            final long word = AsciiWords.word(bytes, next);
            run = AsciiWords.leadingDigits(word);
            if (run > 0)
            {
                value = value * POWERS_OF_TEN[run] + AsciiWords.digitsValue(word, run);
                next += run;
            }
        }
        if (run == AsciiWords.SIZE)
        {
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
        }
        integer = value;
        return next;
    }

    /**
     * {@link #number} for any number, or the error at the byte where the text stops being one.
     */
    private int fullNumber(final int p)
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
        next = integerDigits(intStart);
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
        if (!plain || intDigits > MAX_INTEGER_DIGITS || (intDigits == MAX_INTEGER_DIGITS && integer < MIN_NINETEEN_DIGITS))
        {
            integer = -1;
        }
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
     * A member's key, noted as the token, and its colon.
     *
     * @param p where the key's opening quote must be.
     * @return the position of the value's first byte (whitespace skipped).
     */
    private int key(final int p)
    {
        if (p <= end - 4)
        {
            // "k": the one-byte key of nearly every Binance field, in one load rather than the general string scan
            final int quad = AsciiWords.quad(bytes, p);
            final int letter = (quad >>> 8) & 0xFF;
            if (AsciiWords.isShortKey(quad) && letter != '\\' && letter != '"' && letter >= 0x20)
            {
                tokenOffset = p + 1;
                tokenLength = 1;
                return whitespace(p + 4);
            }
        }
        final int next = string(p);
        return next == FAILED ? FAILED : colon(next);
    }

    /**
     * @param p after a member's value.
     * @return the position of the comma or closing byte that should follow (whitespace skipped).
     */
    private int afterMember(final int p)
    {
        return p < end && bytes[p] == ',' ? p : whitespace(p);
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
