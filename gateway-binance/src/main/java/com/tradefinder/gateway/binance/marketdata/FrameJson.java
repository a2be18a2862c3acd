package com.tradefinder.gateway.binance.marketdata;

/**
 * The JSON rules over a frame held in a byte array, for the {@link FrameScanner}: strings, numbers, literals, keys,
 * separators, whitespace, and skipping whole values, each read from a position given and returning the position
 * after what it read, or {@link #FAILED} with the error recorded in the {@link DecodeStatus} (a syntax error names
 * its byte as an offset from the frame's start: {@link DecodeError#TRUNCATED} when the frame ends first, otherwise
 * {@link DecodeError#UNEXPECTED_BYTE}). The grammar and the error positions are {@link JsonCursor}'s; nesting is
 * followed to {@link JsonCursor#MAX_DEPTH} levels.
 * <p>
 * Bytes are read with plain array loads, and eight at a time ({@link AsciiWords}) where a string's end or a run of
 * digits is looked for. A string or a number read is left as the token ({@link #tokenOffset()},
 * {@link #tokenLength()}); a number's value, when it is a plain integer, as {@link #integer()}.
 * <p>
 * Single-threaded; allocation-free.
 */
final class FrameJson
{
    /** Returned instead of a position when the value is not there; each method says if an error was recorded. */
    static final int FAILED = -1;

    /** Smallest 19-digit value; a 19-digit integer that wrapped around past {@link Long#MAX_VALUE} reads less. */
    private static final long MIN_NINETEEN_DIGITS = 1_000_000_000_000_000_000L;
    private static final int MAX_INTEGER_DIGITS = 19;
    private static final long[] POWERS_OF_TEN =
        { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000 };
    private static final int TRUE_QUAD = 't' | 'r' << 8 | 'u' << 16 | 'e' << 24;
    private static final int ALSE_QUAD = 'a' | 'l' << 8 | 's' << 16 | 'e' << 24;
    private static final byte[] TRUE = FieldTable.ascii("true");
    private static final byte[] FALSE = FieldTable.ascii("false");
    private static final byte[] NULL = FieldTable.ascii("null");

    private final DecodeStatus status;
    private byte[] bytes;
    private int start;
    private int end;
    private int tokenOffset;
    private int tokenLength;
    private long integer;

    /**
     * @param status where errors go.
     */
    FrameJson(final DecodeStatus status)
    {
        this.status = status;
    }

    /**
     * @param bytes holding the frame; every position is an index into it.
     * @param start index of the frame's first byte.
     * @param end   index after the frame's last byte.
     */
    void wrap(final byte[] bytes, final int start, final int end)
    {
        this.bytes = bytes;
        this.start = start;
        this.end = end;
        tokenOffset = start;
        tokenLength = 0;
    }

    /**
     * @return where the last string's content or number's text starts.
     */
    int tokenOffset()
    {
        return tokenOffset;
    }

    /**
     * @return bytes of the last string's content or number's text.
     */
    int tokenLength()
    {
        return tokenLength;
    }

    /**
     * @return the last number's value if it is a non-negative int64 written as plain digits, else -1.
     */
    long integer()
    {
        return integer;
    }

    /**
     * A plain integer, as Binance writes ids and times: 1 to 19 digits, no leading zero, no sign, fraction or
     * exponent, a delimiter after it; its value as {@link #integer()}.
     *
     * @param p at its first byte, a digit.
     * @return the position after it, or {@link #FAILED} (no error recorded) for anything else, which
     * {@link #number} reads.
     */
    int plainInteger(final int p)
    {
        final int next = integerDigits(p);
        final int digits = next - p;
        if (next >= end || !isDelimiter(bytes[next]) || digits > MAX_INTEGER_DIGITS || (digits > 1 && bytes[p] == '0'))
        {
            return FAILED;
        }
        if (digits == MAX_INTEGER_DIGITS && integer < MIN_NINETEEN_DIGITS)
        {
            integer = -1;
        }
        return next;
    }

    /**
     * {@code true} or {@code false} with a delimiter after it.
     *
     * @param p at its first byte.
     * @return the position after it, or {@link #FAILED} (no error recorded) for anything else, which
     * {@link #literal} reads.
     */
    int plainBoolean(final int p)
    {
        if (p < end - TRUE.length && AsciiWords.quad(bytes, p) == TRUE_QUAD && isDelimiter(bytes[p + TRUE.length]))
        {
            return p + TRUE.length;
        }
        if (p < end - FALSE.length && bytes[p] == 'f' && AsciiWords.quad(bytes, p + 1) == ALSE_QUAD &&
            isDelimiter(bytes[p + FALSE.length]))
        {
            return p + FALSE.length;
        }
        return FAILED;
    }

    /**
     * @param p at {@code t}, {@code f} or {@code n}.
     * @return the literal's bytes.
     */
    static byte[] literalText(final byte first)
    {
        return first == 't' ? TRUE : first == 'f' ? FALSE : NULL;
    }

    /**
     * Skips one value of any type, checking its syntax.
     *
     * @param p     at the value's first byte.
     * @param depth nesting depth of the value's container.
     */
    int skipValue(final int p, final int depth)
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
    int string(final int p)
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
     * @param contentStart index after a string's opening quote.
     * @return index of its closing quote if the content has no escape or control byte and whole words reach it,
     * otherwise {@link #FAILED} (no error recorded).
     */
    int plainStringEnd(final int contentStart)
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
            // a price such as 61234.50 fills a word exactly: its quote is the next byte
            if (next < end && bytes[next] == '"')
            {
                return next;
            }
        }
        return FAILED;
    }

    /**
     * A number, {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}, noted as the token, its value as
     * {@link #integer()} when it is plain digits that fit an int64 (else -1). A plain integer, what Binance sends for
     * ids and times, takes one pass over its digits, eight at a time; anything else is read by {@link #fullNumber}.
     *
     * @param p at its first byte.
     */
    int number(final int p)
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
     * {@link #integer()} (wrapping past 19 digits exactly as digit by digit would: the same arithmetic modulo 2^64).
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
        if (!plain || intDigits > MAX_INTEGER_DIGITS ||
            (intDigits == MAX_INTEGER_DIGITS && integer < MIN_NINETEEN_DIGITS))
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
    int literal(final int p, final byte[] text)
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
    int key(final int p)
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
    int afterMember(final int p)
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
    int closing(final int p, final char closing)
    {
        return p < end && bytes[p] == closing ? p + 1 : fail(p);
    }

    int whitespace(final int p)
    {
        int next = p;
        while (next < end && isWhitespace(bytes[next]))
        {
            next++;
        }
        return next;
    }

    int fail(final int p)
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
