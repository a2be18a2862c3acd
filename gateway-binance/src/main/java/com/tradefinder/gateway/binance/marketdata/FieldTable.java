package com.tradefinder.gateway.binance.marketdata;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.tradefinder.numeric.FixedPoint;

/**
 * The fields of one JSON object of a frame, by key: where each value's text is and what JSON type it has.
 * <p>
 * Binance market-data keys are single letters (case matters: {@code E} event time, {@code e} event type) plus
 * {@code pu}, {@code lastUpdateId}, {@code bids} and {@code asks}; each has a fixed slot, see {@link #slotOf}.
 * Any other key is ignored by the scanner, so fields Binance adds later cost nothing. An integer's value comes with
 * it (the scanner reads the digits once); decimals are converted on demand, straight from the frame's bytes, once
 * the instrument's exponents are known. The typed readers record a {@link DecodeError} naming the field when a
 * value is missing or unusable.
 * <p>
 * Single-threaded; allocation-free after construction.
 */
final class FieldTable
{
    static final byte STRING = 1;
    static final byte NUMBER = 2;
    static final byte TRUE = 3;
    static final byte FALSE = 4;
    static final byte NULL = 5;
    static final byte OBJECT = 6;
    static final byte ARRAY = 7;

    /** Slot of {@code pu}. */
    static final int PU = 'z' - 'A' + 1;
    /** Slot of {@code lastUpdateId}. */
    static final int LAST_UPDATE_ID = PU + 1;
    /** Slot of {@code bids}. */
    static final int BIDS = PU + 2;
    /** Slot of {@code asks}. */
    static final int ASKS = PU + 3;

    private static final int SLOTS = ASKS + 1;
    /** Slot of each byte that is a letter, -1 for every other byte. */
    private static final byte[] LETTER_SLOT_BY_BYTE = new byte[256];
    private static final byte[] BIDS_KEY = ascii("bids");
    private static final byte[] ASKS_KEY = ascii("asks");
    private static final byte[] LAST_UPDATE_ID_KEY = ascii("lastUpdateId");
    private static final long NS_PER_MS = 1_000_000L;
    private static final long MAX_MS = Long.MAX_VALUE / NS_PER_MS;

    static
    {
        Arrays.fill(LETTER_SLOT_BY_BYTE, (byte)-1);
        for (char c = 'A'; c <= 'Z'; c++)
        {
            LETTER_SLOT_BY_BYTE[c] = (byte)key(c);
            LETTER_SLOT_BY_BYTE[Character.toLowerCase(c)] = (byte)key(Character.toLowerCase(c));
        }
    }

    private final DecodeStatus status;
    private final String[] names = new String[SLOTS];
    private final byte[] kinds = new byte[SLOTS];
    /** Offset (high half) and length (low half) of each value's text, one store per value. */
    private final long[] spans = new long[SLOTS];
    private final long[] integers = new long[SLOTS];
    private long present;
    private byte[] bytes;

    /**
     * @param status     where reading errors go.
     * @param namePrefix prefix of the field names in errors, e.g. {@code "k."} for a kline's inner object.
     */
    FieldTable(final DecodeStatus status, final String namePrefix)
    {
        this.status = status;
        for (char c = 'A'; c <= 'z'; c++)
        {
            names[key(c)] = namePrefix + c;
        }
        names[PU] = namePrefix + "pu";
        names[LAST_UPDATE_ID] = namePrefix + "lastUpdateId";
        names[BIDS] = namePrefix + "bids";
        names[ASKS] = namePrefix + "asks";
    }

    /**
     * @param text ASCII text, e.g. a key.
     * @return its bytes.
     */
    static byte[] ascii(final String text)
    {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * @param letter a single-letter key, A-Z or a-z.
     * @return its slot.
     */
    static int key(final char letter)
    {
        return letter - 'A';
    }

    /**
     * @param b a byte, 0 to 255.
     * @return the slot of the single-letter key it is, or -1 if it is not a letter.
     */
    static int letterSlot(final int b)
    {
        return LETTER_SLOT_BY_BYTE[b];
    }

    /**
     * @param bytes  holding the key's bytes (without quotes).
     * @param offset of the first byte.
     * @param length number of bytes, at least 1.
     * @return the key's slot, or -1 for a key this decoder does not read.
     */
    static int slotOf(final byte[] bytes, final int offset, final int length)
    {
        if (length == 1)
        {
            final byte letter = bytes[offset];
            return (letter >= 'A' && letter <= 'Z') || (letter >= 'a' && letter <= 'z') ? letter - 'A' : -1;
        }
        return longerKeySlot(bytes, offset, length);
    }

    private static int longerKeySlot(final byte[] bytes, final int offset, final int length)
    {
        final byte first = bytes[offset];
        switch (length)
        {
            case 2:
                return first == 'p' && bytes[offset + 1] == 'u' ? PU : -1;
            case 4:
                if (equals(bytes, offset, BIDS_KEY))
                {
                    return BIDS;
                }
                return equals(bytes, offset, ASKS_KEY) ? ASKS : -1;
            case 12:
                return equals(bytes, offset, LAST_UPDATE_ID_KEY) ? LAST_UPDATE_ID : -1;
            default:
                return -1;
        }
    }

    /**
     * @param bytes  holding some bytes.
     * @param offset of the first byte; the array holds at least {@code text.length} bytes from there.
     * @param text   ASCII bytes as long as the bytes compared.
     * @return true if the bytes equal the text.
     */
    static boolean equals(final byte[] bytes, final int offset, final byte[] text)
    {
        for (int i = 0; i < text.length; i++)
        {
            if (bytes[offset + i] != text[i])
            {
                return false;
            }
        }
        return true;
    }

    /**
     * @param bytes the frame's bytes, where every offset put until the next reset points.
     */
    void reset(final byte[] bytes)
    {
        this.bytes = bytes;
        present = 0;
    }

    /**
     * Records a number.
     *
     * @param slot    the key's slot.
     * @param offset  of the number's text.
     * @param length  of the number's text.
     * @param integer its value if it is a non-negative int64 written as plain digits, else -1.
     * @return false, with {@link DecodeError#DUPLICATE_KEY}, if the key was already there.
     */
    boolean putNumber(final int slot, final int offset, final int length, final long integer)
    {
        if (!put(slot, NUMBER, offset, length))
        {
            return false;
        }
        integers[slot] = integer;
        return true;
    }

    /**
     * {@link #putNumber} for a key known not to be there yet ({@link #has} is false).
     */
    void recordNumber(final int slot, final int offset, final int length, final long integer)
    {
        record(slot, NUMBER, offset, length);
        integers[slot] = integer;
    }

    /**
     * Records a value.
     *
     * @param slot   the key's slot.
     * @param kind   the value's JSON type.
     * @param offset of the value's text (a string's content).
     * @param length of the value's text.
     * @return false, with {@link DecodeError#DUPLICATE_KEY}, if the key was already there.
     */
    boolean put(final int slot, final byte kind, final int offset, final int length)
    {
        final long bit = 1L << slot;
        if ((present & bit) != 0)
        {
            status.fail(DecodeError.DUPLICATE_KEY, names[slot]);
            return false;
        }
        present |= bit;
        record(slot, kind, offset, length);
        return true;
    }

    /**
     * {@link #put} for a key known not to be there yet ({@link #has} is false).
     */
    void record(final int slot, final byte kind, final int offset, final int length)
    {
        present |= 1L << slot;
        kinds[slot] = kind;
        spans[slot] = (long)offset << 32 | length;
    }

    boolean has(final int slot)
    {
        return (present & (1L << slot)) != 0;
    }

    byte kind(final int slot)
    {
        return kinds[slot];
    }

    int offset(final int slot)
    {
        return (int)(spans[slot] >>> 32);
    }

    int length(final int slot)
    {
        return (int)spans[slot];
    }

    /**
     * @param slot a key's slot.
     * @param kind the JSON type required.
     * @return true if the field is there with that type; false with {@link DecodeError#MISSING_FIELD} or
     * {@link DecodeError#WRONG_TYPE} recorded.
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
            status.fail(DecodeError.WRONG_TYPE, names[slot]);
            return false;
        }
        return true;
    }

    /**
     * @param slot a key's slot; its value must be a JSON integer.
     * @return the value, or -1 with an error recorded if it is absent, not a number or not a non-negative int64.
     */
    long unsignedLong(final int slot)
    {
        if (!require(slot, NUMBER))
        {
            return -1;
        }
        final long value = integers[slot];
        if (value < 0)
        {
            status.fail(DecodeError.BAD_INTEGER, names[slot]);
        }
        return value;
    }

    /**
     * @param slot a key's slot; its value must be epoch milliseconds as a JSON integer.
     * @return the time in epoch nanoseconds, or -1 with an error recorded.
     */
    long timeNs(final int slot)
    {
        final long ms = unsignedLong(slot);
        if (ms < 0)
        {
            return -1;
        }
        if (ms > MAX_MS)
        {
            status.fail(DecodeError.BAD_TIME, names[slot]);
            return -1;
        }
        return ms * NS_PER_MS;
    }

    /**
     * @param preferred slot of the time to use when present, e.g. {@code T} (transaction time).
     * @param fallback  slot of the time to use otherwise, e.g. {@code E} (event time).
     * @return the time in epoch nanoseconds, or -1 with an error recorded.
     */
    long timeNs(final int preferred, final int fallback)
    {
        return timeNs(has(preferred) ? preferred : fallback);
    }

    /**
     * @param slot     a key's slot; its value must be a decimal JSON string.
     * @param exponent decimal exponent of the result.
     * @return the exact mantissa (any sign), or {@link FixedPoint#INVALID} with an error recorded.
     */
    long decimal(final int slot, final int exponent)
    {
        if (!require(slot, STRING))
        {
            return FixedPoint.INVALID;
        }
        final long value = FrameDecimals.parse(bytes, offset(slot), length(slot), exponent);
        if (value == FixedPoint.INVALID)
        {
            status.fail(DecodeError.BAD_DECIMAL, names[slot]);
        }
        return value;
    }

    /**
     * @param slot     a key's slot; its value must be a decimal JSON string, zero or more.
     * @param exponent decimal exponent of the result.
     * @return the exact mantissa, or a negative value ({@link FixedPoint#INVALID} or -1) with an error recorded.
     */
    long nonNegativeDecimal(final int slot, final int exponent)
    {
        final long value = decimal(slot, exponent);
        if (value < 0 && value != FixedPoint.INVALID)
        {
            status.fail(DecodeError.BAD_DECIMAL, names[slot]);
        }
        return value;
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
        status.fail(DecodeError.WRONG_TYPE, names[slot]);
        return -1;
    }
}
