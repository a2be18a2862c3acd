package com.tradefinder.gateway.binance.marketdata;

import org.agrona.DirectBuffer;

/**
 * A forward-only JSON tokenizer over a {@link DirectBuffer} range.
 * <p>
 * Reads one token at a time and leaves its bytes in place: after {@link #string()} or {@link #number()} the token is
 * at {@link #tokenOffset()} for {@link #tokenLength()} bytes (a string without its quotes, escapes left as they are).
 * Every method that can fail returns false and records a {@link DecodeError} with the byte position in the
 * {@link DecodeStatus}: {@link DecodeError#TRUNCATED} when the range ends first, otherwise
 * {@link DecodeError#UNEXPECTED_BYTE}.
 * <p>
 * Used by the user-data decoder of this gateway; the market-data decoder reads its frames as byte arrays with
 * {@link FrameJson}, which keeps these rules and error positions. Single-threaded; allocation-free; nesting is followed
 * to {@link #MAX_DEPTH} levels (recursion bounded by it).
 */
public final class JsonCursor
{
    /** Deepest nesting of objects and arrays {@link #skipValue(int)} follows. */
    public static final int MAX_DEPTH = 32;

    /** Smallest 19-digit value; a 19-digit text that wrapped around past {@link Long#MAX_VALUE} reads less. */
    private static final long MIN_NINETEEN_DIGITS = 1_000_000_000_000_000_000L;

    private final DecodeStatus status;
    private DirectBuffer buffer;
    private int start;
    private int position;
    private int limit;
    private int tokenOffset;
    private int tokenLength;

    public JsonCursor(final DecodeStatus status)
    {
        this.status = status;
    }

    public void wrap(final DirectBuffer buffer, final int offset, final int length)
    {
        this.buffer = buffer;
        start = offset;
        position = offset;
        limit = offset + length;
        tokenOffset = offset;
        tokenLength = 0;
    }

    public DirectBuffer buffer()
    {
        return buffer;
    }

    public int tokenOffset()
    {
        return tokenOffset;
    }

    public int tokenLength()
    {
        return tokenLength;
    }

    /**
     * @return the next byte after whitespace, not consumed, or -1 at the end of the range.
     */
    public int peek()
    {
        skipWhitespace();
        return position < limit ? buffer.getByte(position) & 0xFF : -1;
    }

    /**
     * Consumes the next byte after whitespace if it is the one given.
     *
     * @param expected an ASCII byte.
     * @return true if it was there and is now consumed; false otherwise, recording no error.
     */
    public boolean tryConsume(final char expected)
    {
        if (peek() == expected)
        {
            position++;
            return true;
        }
        return false;
    }

    /**
     * Consumes the next byte after whitespace, which must be the one given.
     *
     * @param expected an ASCII byte.
     * @return true if it was there; false with an error recorded.
     */
    public boolean expect(final char expected)
    {
        if (tryConsume(expected))
        {
            return true;
        }
        return fail();
    }

    /**
     * @return true if only whitespace is left.
     */
    public boolean atEnd()
    {
        return peek() == -1;
    }

    /**
     * Reads a string token.
     *
     * @return true with the content as the token; false with an error recorded.
     */
    public boolean string()
    {
        if (!expect('"'))
        {
            return false;
        }
        final int contentStart = position;
        while (position < limit)
        {
            final byte b = buffer.getByte(position);
            if (b == '"')
            {
                tokenOffset = contentStart;
                tokenLength = position - contentStart;
                position++;
                return true;
            }
            if (b == '\\')
            {
                position++;
            }
            else if ((b & 0xFF) < 0x20)
            {
                return fail();
            }
            position++;
        }
        return fail();
    }

    /**
     * Reads a number token: {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}.
     *
     * @return true with the number's text as the token; false with an error recorded.
     */
    public boolean number()
    {
        peek();
        final int numberStart = position;
        if (position < limit && buffer.getByte(position) == '-')
        {
            position++;
        }
        final int intStart = position;
        if (!digits())
        {
            return fail();
        }
        if (buffer.getByte(intStart) == '0' && position - intStart > 1)
        {
            position = intStart + 1;
            return fail();
        }
        if (position < limit && buffer.getByte(position) == '.')
        {
            position++;
            if (!digits())
            {
                return fail();
            }
        }
        if (position < limit && (buffer.getByte(position) | 0x20) == 'e')
        {
            position++;
            if (position < limit && (buffer.getByte(position) == '+' || buffer.getByte(position) == '-'))
            {
                position++;
            }
            if (!digits())
            {
                return fail();
            }
        }
        if (position < limit && !isDelimiter(buffer.getByte(position)))
        {
            return fail();
        }
        tokenOffset = numberStart;
        tokenLength = position - numberStart;
        return true;
    }

    /**
     * Reads {@code true} or {@code false}.
     *
     * @return 1 for true, 0 for false, -1 with an error recorded.
     */
    public int bool()
    {
        final int next = peek();
        if (next == 't' && literal("true"))
        {
            return 1;
        }
        if (next == 'f' && literal("false"))
        {
            return 0;
        }
        fail();
        return -1;
    }

    /**
     * Reads {@code null}.
     *
     * @return true if it was there; false with an error recorded.
     */
    public boolean nullLiteral()
    {
        return literal("null") || fail();
    }

    /**
     * Skips one value of any type, checking its syntax.
     *
     * @param depth nesting depth of the value's container.
     * @return true if a whole value was skipped; false with an error recorded.
     */
    public boolean skipValue(final int depth)
    {
        switch (peek())
        {
            case '"':
                return string();
            case '{':
                return skipObject(depth + 1);
            case '[':
                return skipArray(depth + 1);
            case 't':
            case 'f':
                return bool() >= 0;
            case 'n':
                return nullLiteral();
            default:
                return number();
        }
    }

    /**
     * Parses a token of ASCII digits as a non-negative 64-bit integer, never through {@code double}.
     *
     * @param buffer holding the digits.
     * @param offset of the first digit.
     * @param length number of digits.
     * @return the value, or -1 if the text is empty, has a non-digit (sign, point, exponent) or overflows.
     */
    public static long parseUnsignedLong(final DirectBuffer buffer, final int offset, final int length)
    {
        if (length <= 0 || length > 19)
        {
            return -1;
        }
        long value = 0;
        for (int i = offset, end = offset + length; i < end; i++)
        {
            final int d = buffer.getByte(i) - '0';
            if (d < 0 || d > 9)
            {
                return -1;
            }
            value = value * 10 + d;
        }
        return length < 19 || value >= MIN_NINETEEN_DIGITS ? value : -1;
    }

    private boolean skipObject(final int depth)
    {
        if (depth > MAX_DEPTH)
        {
            status.failAt(DecodeError.TOO_DEEP, position - start);
            return false;
        }
        position++;
        if (tryConsume('}'))
        {
            return true;
        }
        do
        {
            if (!string() || !expect(':') || !skipValue(depth))
            {
                return false;
            }
        }
        while (tryConsume(','));
        return expect('}');
    }

    private boolean skipArray(final int depth)
    {
        if (depth > MAX_DEPTH)
        {
            status.failAt(DecodeError.TOO_DEEP, position - start);
            return false;
        }
        position++;
        if (tryConsume(']'))
        {
            return true;
        }
        do
        {
            if (!skipValue(depth))
            {
                return false;
            }
        }
        while (tryConsume(','));
        return expect(']');
    }

    private boolean literal(final String text)
    {
        final int length = text.length();
        final int available = Math.min(length, limit - position);
        for (int i = 0; i < available; i++)
        {
            if (buffer.getByte(position + i) != text.charAt(i))
            {
                return false;
            }
        }
        if (available < length)
        {
            position = limit;
            return false;
        }
        if (position + length < limit && !isDelimiter(buffer.getByte(position + length)))
        {
            return false;
        }
        position += length;
        return true;
    }

    private boolean digits()
    {
        final int first = position;
        while (position < limit)
        {
            final byte b = buffer.getByte(position);
            if (b < '0' || b > '9')
            {
                break;
            }
            position++;
        }
        return position > first;
    }

    private void skipWhitespace()
    {
        while (position < limit)
        {
            final byte b = buffer.getByte(position);
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t')
            {
                return;
            }
            position++;
        }
    }

    private boolean fail()
    {
        if (position >= limit)
        {
            status.failAt(DecodeError.TRUNCATED, position - start);
        }
        else
        {
            status.failAt(DecodeError.UNEXPECTED_BYTE, position - start);
        }
        return false;
    }

    private static boolean isDelimiter(final byte b)
    {
        return b == ',' || b == '}' || b == ']' || b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }
}
