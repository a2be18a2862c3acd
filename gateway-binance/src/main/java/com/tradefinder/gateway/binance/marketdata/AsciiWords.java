package com.tradefinder.gateway.binance.marketdata;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight frame bytes at a time for the scanner's hottest loops, finding where a string ends and reading a run of
 * digits: one 64-bit load and a few bit operations (SWAR) instead of a compare and branch per byte.
 * <p>
 * Words load through a byte-array view {@link VarHandle}, so the array's bounds are checked once per word, without
 * {@code Unsafe}. They are little-endian whatever the platform: the frame's first byte is the word's lowest byte.
 * Each test flags the bytes it looks for; a borrow can also flag a byte above a flagged one, never below, so the
 * lowest flag, the only one used, is exact.
 * <p>
 * Stateless; safe on any thread.
 */
final class AsciiWords
{
    /** Bytes in one word. */
    static final int SIZE = Long.BYTES;

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle QUADS = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    /** {@code "?":} as a little-endian int with the middle byte masked off, see {@link #isShortKey(int)}. */
    private static final int SHORT_KEY = '"' | '"' << 16 | ':' << 24;
    private static final int SHORT_KEY_MASK = 0xFFFF00FF;
    /** A one in every byte. */
    static final long ONES = 0x0101010101010101L;
    /** The top bit of every byte. */
    static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_SEVEN_BITS = 0x7F7F7F7F7F7F7F7FL;
    private static final long QUOTES = '"' * ONES;
    private static final long BACKSLASHES = '\\' * ONES;
    private static final long SPACES = ' ' * ONES;
    private static final long ZEROS = '0' * ONES;
    private static final long HIGH_NIBBLES = 0xF0F0F0F0F0F0F0F0L;
    private static final long SIXES = 6 * ONES;

    private AsciiWords()
    {
    }

    /**
     * @param bytes holding at least {@link #SIZE} bytes from {@code index}.
     * @param index of the word's first (lowest) byte.
     * @return the word.
     */
    static long word(final byte[] bytes, final int index)
    {
        return (long)WORDS.get(bytes, index);
    }

    /**
     * @param bytes holding at least four bytes from {@code index}.
     * @param index of the first (lowest) byte.
     * @return the four bytes as a little-endian int.
     */
    static int quad(final byte[] bytes, final int index)
    {
        return (int)QUADS.get(bytes, index);
    }

    /**
     * @param quad four bytes.
     * @return true if they are a quote, any byte, a quote and a colon: a one-byte key and its colon, if that byte
     * may stand alone in a string.
     */
    static boolean isShortKey(final int quad)
    {
        return (quad & SHORT_KEY_MASK) == SHORT_KEY;
    }

    /**
     * @param word eight bytes of a string's content.
     * @return index (0 to 7) of the first byte that ends the plain run of a JSON string, a quote, a backslash or a
     * control byte (below 0x20), or 8 if there is none.
     */
    static int stringStop(final long word)
    {
        final long quotes = word ^ QUOTES;
        final long backslashes = word ^ BACKSLASHES;
        // a byte is flagged when one of the subtractions borrows out of it and its own top bit is clear
        final long flags = ((quotes - ONES) | (backslashes - ONES) | (word - SPACES)) & ~word & HIGH_BITS;
        return Long.numberOfTrailingZeros(flags) >>> 3;
    }

    /**
     * @param word eight bytes.
     * @return how many of its first bytes are ASCII digits, 0 to 8.
     */
    static int leadingDigits(final long word)
    {
        final long notDigits = ((word & HIGH_NIBBLES) ^ ZEROS) | (((word + SIXES) & HIGH_NIBBLES) ^ ZEROS);
        final long flags = (((notDigits & LOW_SEVEN_BITS) + LOW_SEVEN_BITS) | notDigits) & HIGH_BITS;
        return Long.numberOfTrailingZeros(flags) >>> 3;
    }

    /**
     * @param count 1 to 8.
     * @return a word with its first {@code count} bytes all ones, the others zero.
     */
    static long lowBytes(final int count)
    {
        return -1L >>> ((SIZE - count) << 3);
    }

    /**
     * @param word  eight bytes.
     * @param count 1 to 8.
     * @return true if the first {@code count} bytes are all ASCII digits (a carry out of a byte past them only
     * reaches bytes further up, so the answer is exact).
     */
    static boolean allDigits(final long word, final int count)
    {
        final long notDigits = ((word & HIGH_NIBBLES) ^ ZEROS) | (((word + SIXES) & HIGH_NIBBLES) ^ ZEROS);
        return (notDigits & lowBytes(count)) == 0;
    }

    /**
     * @param word  eight bytes whose first {@code count} are digits.
     * @param count 1 to 8.
     * @return the value of those digits, the first the most significant.
     */
    static long digitsValue(final long word, final int count)
    {
        // the digits move to the top bytes, the bytes below them become leading zeros; then pairs, quads, all eight
        long value = (word - ZEROS) << (SIZE - count) * Byte.SIZE;
        value = value * 10 + (value >>> 8);
        return ((value & 0x000000FF000000FFL) * (100 + (1_000_000L << 32)) +
            ((value >>> 16) & 0x000000FF000000FFL) * (1 + (10_000L << 32))) >>> 32;
    }
}
