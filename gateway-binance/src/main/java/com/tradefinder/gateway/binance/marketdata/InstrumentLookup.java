package com.tradefinder.gateway.binance.marketdata;

import java.util.Arrays;

import org.agrona.DirectBuffer;

import com.tradefinder.numeric.FixedPoint;

/**
 * Venue symbol bytes to instrument id and exponents, for the frame decoder.
 * <p>
 * An open-addressing table (linear probing) over the ASCII bytes of each symbol, compared case-insensitively so that
 * the lower-case stream prefix ({@code btcusdt@trade}) and the upper-case {@code "s"} field ({@code BTCUSDT}) find
 * the same entry. A symbol is kept as three upper-cased 64-bit words, so that a frame's symbol is hashed and compared
 * a word at a time. Entries are numbered densely from 0 in registration order; an entry number is what
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
    private static final int WORDS_PER_SYMBOL = (MAX_SYMBOL_LENGTH + Long.BYTES - 1) / Long.BYTES;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;
    /** Added to a byte's low seven bits, sets its top bit from 'a' up; see {@link #upper(long)}. */
    private static final long FROM_A = 0x1F1F1F1F1F1F1F1FL;
    /** Added to a byte's low seven bits, sets its top bit from past 'z' up. */
    private static final long PAST_Z = 0x0505050505050505L;

    private final int capacity;
    private final int mask;
    private final int[] slots;
    private final long[] symbolWords;
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
        symbolWords = new long[capacity * WORDS_PER_SYMBOL];
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
        final int base = entry * WORDS_PER_SYMBOL;
        for (int i = 0; i < length; i++)
        {
            symbolWords[base + (i >>> 3)] |= (symbol.charAt(i) & 0xFFL) << ((i & 7) << 3);
        }
        for (int word = 0; word < WORDS_PER_SYMBOL; word++)
        {
            symbolWords[base + word] = upper(symbolWords[base + word]);
        }
        symbolLengths[entry] = (byte)length;
        instrumentIds[entry] = instrumentId;
        priceExponents[entry] = (byte)priceExponent;
        sizeExponents[entry] = (byte)sizeExponent;
        int slot = hash(symbolWords[base], symbolWords[base + 1], symbolWords[base + 2], length) & mask;
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
        long word0 = 0;
        long word1 = 0;
        long word2 = 0;
        for (int i = 0; i < length; i++)
        {
            final long b = (buffer.getByte(offset + i) & 0xFFL) << ((i & 7) << 3);
            if (i < Long.BYTES)
            {
                word0 |= b;
            }
            else if (i < 2 * Long.BYTES)
            {
                word1 |= b;
            }
            else
            {
                word2 |= b;
            }
        }
        return find(upper(word0), upper(word1), upper(word2), length);
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
        final int words = (length + Long.BYTES - 1) >>> 3;
        if (offset > bytes.length - words * Long.BYTES)
        {
            // too near the array's end for whole words: byte by byte
            long word0 = 0;
            long word1 = 0;
            long word2 = 0;
            for (int i = 0; i < length; i++)
            {
                final long b = (bytes[offset + i] & 0xFFL) << ((i & 7) << 3);
                if (i < Long.BYTES)
                {
                    word0 |= b;
                }
                else if (i < 2 * Long.BYTES)
                {
                    word1 |= b;
                }
                else
                {
                    word2 |= b;
                }
            }
            return find(upper(word0), upper(word1), upper(word2), length);
        }
        // whole words, the bytes past the symbol masked off
        final long lastMask = -1L >>> ((words * Long.BYTES - length) << 3);
        final long word0 = AsciiWords.word(bytes, offset) & (words == 1 ? lastMask : -1L);
        final long word1 = words < 2 ? 0 : AsciiWords.word(bytes, offset + Long.BYTES) & (words == 2 ? lastMask : -1L);
        final long word2 = words < 3 ? 0 : AsciiWords.word(bytes, offset + 2 * Long.BYTES) & lastMask;
        return find(upper(word0), upper(word1), upper(word2), length);
    }

    private int find(final long word0, final long word1, final long word2, final int length)
    {
        int slot = hash(word0, word1, word2, length) & mask;
        int entry;
        while ((entry = slots[slot]) != EMPTY)
        {
            final int base = entry * WORDS_PER_SYMBOL;
            if (symbolLengths[entry] == length && symbolWords[base] == word0 && symbolWords[base + 1] == word1 &&
                symbolWords[base + 2] == word2)
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
        if (length < 1 || length > MAX_SYMBOL_LENGTH)
        {
            return NOT_FOUND;
        }
        long word0 = 0;
        long word1 = 0;
        long word2 = 0;
        for (int i = 0; i < length; i++)
        {
            final char c = symbol.charAt(i);
            if (c > 0x7F)
            {
                return NOT_FOUND;
            }
            final long b = (long)c << ((i & 7) << 3);
            if (i < Long.BYTES)
            {
                word0 |= b;
            }
            else if (i < 2 * Long.BYTES)
            {
                word1 |= b;
            }
            else
            {
                word2 |= b;
            }
        }
        return find(upper(word0), upper(word1), upper(word2), length);
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

    private static void checkExponent(final int exponent, final CharSequence symbol)
    {
        if (exponent > 0 || exponent < FixedPoint.MIN_EXPONENT)
        {
            throw new IllegalArgumentException(
                "exponent must be in [" + FixedPoint.MIN_EXPONENT + ", 0]: " + exponent + " for " + symbol);
        }
    }

    /**
     * @param word eight ASCII bytes.
     * @return the word with every byte from 'a' to 'z' made upper case, every other byte unchanged.
     */
    private static long upper(final long word)
    {
        final long heptets = word & LOW_SEVEN_BITS;
        final long lowerCase = (heptets + FROM_A) & ~(heptets + PAST_Z) & ~word & HIGH_BITS;
        return word ^ (lowerCase >>> 2);
    }

    private static int hash(final long word0, final long word1, final long word2, final int length)
    {
        final long h = (word0 * 0x9E3779B97F4A7C15L) ^ (word1 * 0xC2B2AE3D27D4EB4FL) ^ (word2 * 0x165667B19E3779F9L) ^
            length;
        final long mixed = h ^ (h >>> 29) ^ (h >>> 47);
        return (int)(mixed ^ (mixed >>> 32));
    }
}
