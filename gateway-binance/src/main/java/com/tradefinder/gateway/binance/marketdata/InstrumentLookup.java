package com.tradefinder.gateway.binance.marketdata;

import java.util.Arrays;

import org.agrona.DirectBuffer;

import com.tradefinder.numeric.FixedPoint;

/**
 * Venue symbol bytes to instrument id and exponents, for the frame decoder.
 * <p>
 * An open-addressing table (linear probing) over the ASCII bytes of each symbol, compared case-insensitively so that
 * the lower-case stream prefix ({@code btcusdt@trade}) and the upper-case {@code "s"} field ({@code BTCUSDT}) find
 * the same entry. Entries are numbered densely from 0 in registration order; an entry number is what
 * {@link #find(DirectBuffer, int, int)} returns and what the accessors take.
 * <p>
 * Threading: {@link #register(CharSequence, int, int, int)} belongs to wiring time (or to a single import thread);
 * lookups belong to the one decoding thread. Publish the filled table to that thread by starting it after wiring.
 * Lookups allocate nothing; registration allocates nothing either (all storage is sized by the constructor).
 */
public final class InstrumentLookup
{
    /** Returned by {@link #find(DirectBuffer, int, int)} when the symbol is not registered. */
    public static final int NOT_FOUND = -1;

    /** Longest symbol accepted, in bytes (the SBE {@code Symbol} type's length). */
    public static final int MAX_SYMBOL_LENGTH = 20;

    private static final int EMPTY = -1;

    private final int capacity;
    private final int mask;
    private final int[] slots;
    private final byte[] symbols;
    private final byte[] symbolLengths;
    private final int[] instrumentIds;
    private final byte[] priceExponents;
    private final byte[] sizeExponents;
    private int size;

    /**
     * @param capacity most symbols this table will hold, at least 1.
     */
    public InstrumentLookup(final int capacity)
    {
        if (capacity < 1)
        {
            throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        }
        this.capacity = capacity;
        int tableLength = 2;
        while (tableLength < capacity * 2)
        {
            tableLength <<= 1;
        }
        mask = tableLength - 1;
        slots = new int[tableLength];
        Arrays.fill(slots, EMPTY);
        symbols = new byte[capacity * MAX_SYMBOL_LENGTH];
        symbolLengths = new byte[capacity];
        instrumentIds = new int[capacity];
        priceExponents = new byte[capacity];
        sizeExponents = new byte[capacity];
    }

    /**
     * Adds a symbol. Wiring time only.
     *
     * @param symbol        venue symbol, 1 to {@link #MAX_SYMBOL_LENGTH} ASCII letters and digits, any case.
     * @param instrumentId  the engine's id for it.
     * @param priceExponent decimal exponent of its prices, in [{@link FixedPoint#MIN_EXPONENT}, 0].
     * @param sizeExponent  decimal exponent of its sizes, in [{@link FixedPoint#MIN_EXPONENT}, 0].
     * @return the new entry's number.
     * @throws IllegalArgumentException on a bad symbol or exponent, a symbol already registered, or a full table.
     */
    public int register(
        final CharSequence symbol, final int instrumentId, final int priceExponent, final int sizeExponent)
    {
        final int length = symbol.length();
        if (length < 1 || length > MAX_SYMBOL_LENGTH)
        {
            throw new IllegalArgumentException("symbol must have 1 to " + MAX_SYMBOL_LENGTH + " characters: " + symbol);
        }
        for (int i = 0; i < length; i++)
        {
            final char c = symbol.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')))
            {
                throw new IllegalArgumentException("symbol must be ASCII letters and digits: " + symbol);
            }
        }
        checkExponent(priceExponent, symbol);
        checkExponent(sizeExponent, symbol);
        if (find(symbol) != NOT_FOUND)
        {
            throw new IllegalArgumentException("symbol already registered: " + symbol);
        }
        if (size == capacity)
        {
            throw new IllegalArgumentException("instrument lookup full (" + capacity + "), cannot add " + symbol);
        }
        final int entry = size++;
        final int base = entry * MAX_SYMBOL_LENGTH;
        int hash = 0;
        for (int i = 0; i < length; i++)
        {
            final byte upper = upper((byte)symbol.charAt(i));
            symbols[base + i] = upper;
            hash = mix(hash, upper);
        }
        symbolLengths[entry] = (byte)length;
        instrumentIds[entry] = instrumentId;
        priceExponents[entry] = (byte)priceExponent;
        sizeExponents[entry] = (byte)sizeExponent;
        int slot = finish(hash, length) & mask;
        while (slots[slot] != EMPTY)
        {
            slot = (slot + 1) & mask;
        }
        slots[slot] = entry;
        return entry;
    }

    /**
     * Finds a symbol in a buffer. Allocation-free.
     *
     * @param buffer holding the symbol's ASCII bytes.
     * @param offset of the first byte.
     * @param length number of bytes.
     * @return the entry number, or {@link #NOT_FOUND}.
     */
    public int find(final DirectBuffer buffer, final int offset, final int length)
    {
        if (length < 1 || length > MAX_SYMBOL_LENGTH)
        {
            return NOT_FOUND;
        }
        int hash = 0;
        for (int i = 0; i < length; i++)
        {
            hash = mix(hash, upper(buffer.getByte(offset + i)));
        }
        int slot = finish(hash, length) & mask;
        int entry;
        while ((entry = slots[slot]) != EMPTY)
        {
            if (matches(entry, buffer, offset, length))
            {
                return entry;
            }
            slot = (slot + 1) & mask;
        }
        return NOT_FOUND;
    }

    /**
     * Finds a symbol in a byte array, as {@link #find(DirectBuffer, int, int)} does in a buffer. Allocation-free.
     *
     * @param bytes  holding the symbol's ASCII bytes.
     * @param offset of the first byte.
     * @param length number of bytes.
     * @return the entry number, or {@link #NOT_FOUND}.
     */
    int find(final byte[] bytes, final int offset, final int length)
    {
        if (length < 1 || length > MAX_SYMBOL_LENGTH)
        {
            return NOT_FOUND;
        }
        int hash = 0;
        for (int i = offset, end = offset + length; i < end; i++)
        {
            hash = mix(hash, upper(bytes[i]));
        }
        int slot = finish(hash, length) & mask;
        int entry;
        while ((entry = slots[slot]) != EMPTY)
        {
            if (matches(entry, bytes, offset, length))
            {
                return entry;
            }
            slot = (slot + 1) & mask;
        }
        return NOT_FOUND;
    }

    /**
     * Finds a symbol given as text; for wiring and tests.
     *
     * @param symbol venue symbol, any case.
     * @return the entry number, or {@link #NOT_FOUND}.
     */
    public int find(final CharSequence symbol)
    {
        final int length = symbol.length();
        for (int entry = 0; entry < size; entry++)
        {
            if (symbolLengths[entry] == length)
            {
                final int base = entry * MAX_SYMBOL_LENGTH;
                int i = 0;
                while (i < length && symbols[base + i] == upper((byte)symbol.charAt(i)))
                {
                    i++;
                }
                if (i == length)
                {
                    return entry;
                }
            }
        }
        return NOT_FOUND;
    }

    /**
     * @param entry an entry number.
     * @return the instrument id registered for it.
     */
    public int instrumentId(final int entry)
    {
        return instrumentIds[entry];
    }

    /**
     * @param entry an entry number.
     * @return the decimal exponent of its prices.
     */
    public int priceExponent(final int entry)
    {
        return priceExponents[entry];
    }

    /**
     * @param entry an entry number.
     * @return the decimal exponent of its sizes.
     */
    public int sizeExponent(final int entry)
    {
        return sizeExponents[entry];
    }

    /**
     * @return number of registered symbols.
     */
    public int size()
    {
        return size;
    }

    private boolean matches(final int entry, final DirectBuffer buffer, final int offset, final int length)
    {
        if (symbolLengths[entry] != length)
        {
            return false;
        }
        final int base = entry * MAX_SYMBOL_LENGTH;
        for (int i = 0; i < length; i++)
        {
            if (symbols[base + i] != upper(buffer.getByte(offset + i)))
            {
                return false;
            }
        }
        return true;
    }

    private boolean matches(final int entry, final byte[] bytes, final int offset, final int length)
    {
        if (symbolLengths[entry] != length)
        {
            return false;
        }
        final int base = entry * MAX_SYMBOL_LENGTH;
        for (int i = 0; i < length; i++)
        {
            if (symbols[base + i] != upper(bytes[offset + i]))
            {
                return false;
            }
        }
        return true;
    }

    private static void checkExponent(final int exponent, final CharSequence symbol)
    {
        if (exponent > 0 || exponent < FixedPoint.MIN_EXPONENT)
        {
            throw new IllegalArgumentException(
                "exponent must be in [" + FixedPoint.MIN_EXPONENT + ", 0]: " + exponent + " for " + symbol);
        }
    }

    private static byte upper(final byte b)
    {
        return b >= 'a' && b <= 'z' ? (byte)(b - ('a' - 'A')) : b;
    }

    private static int mix(final int hash, final byte b)
    {
        return (hash ^ b) * 0x01000193;
    }

    private static int finish(final int hash, final int length)
    {
        final int h = hash ^ length;
        return h ^ (h >>> 16);
    }
}
