package com.tradefinder.gateway.binance.userdata;

import org.agrona.DirectBuffer;

import com.tradefinder.gateway.binance.marketdata.DecodeError;
import com.tradefinder.gateway.binance.marketdata.DecodeStatus;
import com.tradefinder.numeric.FixedPoint;

/**
 * The fields of one JSON object of a user-data frame, by key: where each value's text is and what JSON type it has.
 * <p>
 * User-data keys are short but not single letters ({@code ps}, {@code caid}, {@code wb}, {@code listenKey}), so each
 * table is built with the keys it reads, at most 64, and finds a key by comparing bytes. Any other key is skipped by
 * the scanner. A slot may carry a nested object ({@link #child}) or an array of objects ({@link #entries}) that the
 * scanner fills too. The typed readers convert on demand, straight from the frame's bytes, and record a
 * {@link DecodeError} naming the field (with this table's prefix, e.g. {@code o.l}) and the byte position of its
 * value.
 * <p>
 * Single-threaded; allocation-free after construction.
 */
final class UserDataFields
{
    static final byte STRING = 1;
    static final byte NUMBER = 2;
    static final byte TRUE = 3;
    static final byte FALSE = 4;
    static final byte NULL = 5;
    static final byte OBJECT = 6;
    static final byte ARRAY = 7;

    private static final long NS_PER_MS = 1_000_000L;
    private static final long MAX_MS = Long.MAX_VALUE / NS_PER_MS;

    private final DecodeStatus status;
    private final String[] keys;
    private final String[] names;
    private final byte[] kinds;
    private final int[] offsets;
    private final int[] lengths;
    private final UserDataFields[] children;
    private final EntryList[] entryLists;
    private long present;
    private DirectBuffer buffer;
    private int frameStart;

    /**
     * @param status     where reading errors go.
     * @param namePrefix prefix of the field names in errors, e.g. {@code "o."}.
     * @param keys       the keys this table reads; a key's slot is its index here.
     */
    UserDataFields(final DecodeStatus status, final String namePrefix, final String... keys)
    {
        if (keys.length > Long.SIZE)
        {
            throw new IllegalArgumentException("at most 64 keys: " + keys.length);
        }
        this.status = status;
        this.keys = keys.clone();
        names = new String[keys.length];
        for (int i = 0; i < keys.length; i++)
        {
            names[i] = namePrefix + keys[i];
        }
        kinds = new byte[keys.length];
        offsets = new int[keys.length];
        lengths = new int[keys.length];
        children = new UserDataFields[keys.length];
        entryLists = new EntryList[keys.length];
    }

    /**
     * Wiring: the scanner fills {@code child} with the object found under the key.
     */
    void child(final int slot, final UserDataFields child)
    {
        children[slot] = child;
    }

    /**
     * Wiring: the scanner fills {@code list} with the objects of the array found under the key.
     */
    void entries(final int slot, final EntryList list)
    {
        entryLists[slot] = list;
    }

    UserDataFields child(final int slot)
    {
        return children[slot];
    }

    EntryList entries(final int slot)
    {
        return entryLists[slot];
    }

    /**
     * @param key a key of this table.
     * @return its slot.
     * @throws IllegalArgumentException if the table does not read it (a wiring error).
     */
    int slot(final String key)
    {
        for (int i = 0; i < keys.length; i++)
        {
            if (keys[i].equals(key))
            {
                return i;
            }
        }
        throw new IllegalArgumentException("no key " + key);
    }

    /**
     * @return the key's slot, or -1 for a key this table does not read.
     */
    int slotOf(final DirectBuffer buffer, final int offset, final int length)
    {
        for (int i = 0; i < keys.length; i++)
        {
            final String key = keys[i];
            if (key.length() == length && equals(buffer, offset, key))
            {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param buffer    holding the frame.
     * @param frameStart offset of the frame's first byte, for error positions.
     */
    void reset(final DirectBuffer buffer, final int frameStart)
    {
        this.buffer = buffer;
        this.frameStart = frameStart;
        present = 0;
        for (final UserDataFields child : children)
        {
            if (child != null)
            {
                child.reset(buffer, frameStart);
            }
        }
        for (final EntryList list : entryLists)
        {
            if (list != null)
            {
                list.clear();
            }
        }
    }

    /**
     * Records a value.
     *
     * @return false, with {@link DecodeError#DUPLICATE_KEY}, if the key was already there.
     */
    boolean put(final int slot, final byte kind, final int offset, final int length)
    {
        final long bit = 1L << slot;
        if ((present & bit) != 0)
        {
            status.failAt(DecodeError.DUPLICATE_KEY, names[slot], offset - frameStart);
            return false;
        }
        present |= bit;
        kinds[slot] = kind;
        offsets[slot] = offset;
        lengths[slot] = length;
        return true;
    }

    boolean has(final int slot)
    {
        return (present & (1L << slot)) != 0;
    }

    /**
     * @return true if the key is present with a value other than {@code null}.
     */
    boolean hasValue(final int slot)
    {
        return has(slot) && kinds[slot] != NULL;
    }

    byte kind(final int slot)
    {
        return kinds[slot];
    }

    int offset(final int slot)
    {
        return offsets[slot];
    }

    int length(final int slot)
    {
        return lengths[slot];
    }

    DirectBuffer buffer()
    {
        return buffer;
    }

    /**
     * @return true if the field is there with that type; false with an error recorded.
     */
    boolean require(final int slot, final byte kind)
    {
        if (!has(slot))
        {
            status.fail(DecodeError.MISSING_FIELD, names[slot]);
            return false;
        }
        if (kinds[slot] != kind)
        {
            status.failAt(DecodeError.WRONG_TYPE, names[slot], offsets[slot] - frameStart);
            return false;
        }
        return true;
    }

    /**
     * @return true if the field is a string equal to the text.
     */
    boolean isText(final int slot, final String text)
    {
        return has(slot) && kinds[slot] == STRING && lengths[slot] == text.length() &&
            equals(buffer, offsets[slot], text);
    }

    /**
     * Records {@link DecodeError#UNKNOWN_VALUE} for the field.
     *
     * @return false, to return directly.
     */
    boolean unknownValue(final int slot)
    {
        status.failAt(DecodeError.UNKNOWN_VALUE, names[slot], offsets[slot] - frameStart);
        return false;
    }

    /**
     * Records an error about the field's value.
     *
     * @return the error's outcome code.
     */
    int fail(final DecodeError error, final int slot)
    {
        return status.failAt(error, names[slot], offsets[slot] - frameStart);
    }

    /**
     * @param slot a key's slot; its value must be a JSON integer (or, when {@code quoted}, digits in a string).
     * @return the value, or -1 with an error recorded if it is absent, of the wrong type or not a non-negative int64.
     */
    long unsignedLong(final int slot, final boolean quoted)
    {
        if (!require(slot, quoted ? STRING : NUMBER))
        {
            return -1;
        }
        final long value = parseUnsigned(buffer, offsets[slot], lengths[slot]);
        if (value < 0)
        {
            status.failAt(DecodeError.BAD_INTEGER, names[slot], offsets[slot] - frameStart);
        }
        return value;
    }

    /**
     * @param slot a key's slot; its value must be epoch milliseconds as a JSON integer.
     * @return the time in epoch nanoseconds, or -1 with an error recorded.
     */
    long timeNs(final int slot)
    {
        final long ms = unsignedLong(slot, false);
        if (ms < 0)
        {
            return -1;
        }
        if (ms > MAX_MS)
        {
            status.failAt(DecodeError.BAD_TIME, names[slot], offsets[slot] - frameStart);
            return -1;
        }
        return ms * NS_PER_MS;
    }

    /**
     * @param slot     a key's slot; its value must be a decimal JSON string exact at the exponent.
     * @param exponent decimal exponent of the result.
     * @return the mantissa (any sign), or {@link FixedPoint#INVALID} with an error recorded.
     */
    long decimal(final int slot, final int exponent)
    {
        if (!require(slot, STRING))
        {
            return FixedPoint.INVALID;
        }
        return checked(slot, FixedPoint.parse(buffer, offsets[slot], lengths[slot], exponent));
    }

    /**
     * @param slot     a key's slot; its value must be a decimal JSON string, zero or more, exact at the exponent.
     * @param exponent decimal exponent of the result.
     * @return the mantissa, or a negative value with an error recorded.
     */
    long nonNegativeDecimal(final int slot, final int exponent)
    {
        final long value = decimal(slot, exponent);
        if (value < 0 && value != FixedPoint.INVALID)
        {
            status.failAt(DecodeError.BAD_DECIMAL, names[slot], offsets[slot] - frameStart);
            return FixedPoint.INVALID;
        }
        return value;
    }

    /**
     * A derived amount (average or entry price, fee, P&amp;L, balance) that the venue may state with more digits than
     * the exponent holds: the extra fractional digits are cut off (rounding toward zero).
     *
     * @param slot     a key's slot; its value must be a decimal JSON string.
     * @param exponent decimal exponent of the result.
     * @return the mantissa (any sign), or {@link FixedPoint#INVALID} with an error recorded.
     */
    long truncatedDecimal(final int slot, final int exponent)
    {
        if (!require(slot, STRING))
        {
            return FixedPoint.INVALID;
        }
        final int offset = offsets[slot];
        return checked(slot, FixedPoint.parse(buffer, offset, truncatedLength(buffer, offset, lengths[slot], exponent),
            exponent));
    }

    /**
     * {@link #truncatedDecimal} for a field that may be absent or {@code null}, which reads as 0.
     */
    long optionalTruncatedDecimal(final int slot, final int exponent)
    {
        return hasValue(slot) ? truncatedDecimal(slot, exponent) : 0;
    }

    /**
     * @param slot a key's slot; its value must be {@code true} or {@code false}.
     * @return 1 for true, 0 for false, -1 with an error recorded.
     */
    int bool(final int slot)
    {
        if (!has(slot))
        {
            status.fail(DecodeError.MISSING_FIELD, names[slot]);
            return -1;
        }
        final byte kind = kinds[slot];
        if (kind == TRUE)
        {
            return 1;
        }
        if (kind == FALSE)
        {
            return 0;
        }
        status.failAt(DecodeError.WRONG_TYPE, names[slot], offsets[slot] - frameStart);
        return -1;
    }

    /**
     * @return the length of the decimal text without the fractional digits past the exponent (and without a trailing
     * point), so that parsing it rounds toward zero.
     */
    static int truncatedLength(final DirectBuffer buffer, final int offset, final int length, final int exponent)
    {
        for (int i = 0; i < length; i++)
        {
            if (buffer.getByte(offset + i) == '.')
            {
                final int keep = exponent == 0 ? i : i + 1 - exponent;
                return Math.min(length, keep);
            }
        }
        return length;
    }

    /**
     * Digits to a non-negative int64, never through {@code double}.
     *
     * @return the value, or -1 if the text is empty, has a non-digit or overflows.
     */
    static long parseUnsigned(final DirectBuffer buffer, final int offset, final int length)
    {
        if (length <= 0 || length > 19)
        {
            return -1;
        }
        long value = 0;
        for (int i = offset, end = offset + length; i < end; i++)
        {
            final int d = buffer.getByte(i) - '0';
            if (d < 0 || d > 9 || value > (Long.MAX_VALUE - d) / 10)
            {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    static boolean equals(final DirectBuffer buffer, final int offset, final String text)
    {
        for (int i = 0, length = text.length(); i < length; i++)
        {
            if (buffer.getByte(offset + i) != text.charAt(i))
            {
                return false;
            }
        }
        return true;
    }

    private long checked(final int slot, final long value)
    {
        if (value == FixedPoint.INVALID)
        {
            status.failAt(DecodeError.BAD_DECIMAL, names[slot], offsets[slot] - frameStart);
        }
        return value;
    }

    /**
     * The objects of one JSON array, each in its own pre-allocated table.
     * <p>
     * Single-threaded; allocation-free after construction.
     */
    static final class EntryList
    {
        private final UserDataFields[] entries;
        private final String name;
        private int count;

        /**
         * @param capacity most objects accepted in one array.
         * @param status   where errors go.
         * @param name     the array's name in errors, e.g. {@code "a.P"}.
         * @param keys     the keys read from each object.
         */
        EntryList(final int capacity, final DecodeStatus status, final String name, final String... keys)
        {
            entries = new UserDataFields[capacity];
            for (int i = 0; i < capacity; i++)
            {
                entries[i] = new UserDataFields(status, name + "[].", keys);
            }
            this.name = name;
        }

        void clear()
        {
            count = 0;
        }

        /**
         * @return the next entry, reset for the frame, or null when the array is full.
         */
        UserDataFields next(final DirectBuffer buffer, final int frameStart)
        {
            if (count == entries.length)
            {
                return null;
            }
            final UserDataFields entry = entries[count++];
            entry.reset(buffer, frameStart);
            return entry;
        }

        int count()
        {
            return count;
        }

        UserDataFields get(final int index)
        {
            return entries[index];
        }

        int slot(final String key)
        {
            return entries[0].slot(key);
        }

        String name()
        {
            return name;
        }
    }
}
