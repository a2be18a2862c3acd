package com.tradefinder.numeric;

import org.agrona.DirectBuffer;

/**
 * Exact decimal text to fixed-point mantissa and back.
 * <p>
 * A price or size is a {@code long} mantissa with a decimal exponent owned by its instrument:
 * {@code value = mantissa × 10^exponent}. Parsing never goes through {@code double}: the digits are
 * accumulated straight into the mantissa, so {@code "63943.90"} at exponent -8 is exactly {@code 6394390000000L}.
 * Text that cannot be represented exactly at the exponent (more significant fractional digits than the exponent
 * allows, overflow, stray characters) yields {@link #INVALID} rather than a rounded value.
 * <p>
 * Stateless, allocation-free on the parse paths, safe on any thread.
 */
public final class FixedPoint
{
    /** Returned by the parsers for text that is not an exact decimal at the requested exponent. */
    public static final long INVALID = Long.MIN_VALUE;

    /** Most negative exponent supported (18 fractional digits). */
    public static final int MIN_EXPONENT = -18;

    private static final long[] POWERS_OF_TEN = new long[19];
    /** Largest mantissa that can still be multiplied by 10 to the index without overflow (no division per parse). */
    private static final long[] MAX_BEFORE_SCALING = new long[19];
    /** Below this a mantissa takes one more digit without overflow, whatever the digit. */
    private static final long MAX_BEFORE_ANY_DIGIT = Long.MAX_VALUE / 10;

    static
    {
        long p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++)
        {
            POWERS_OF_TEN[i] = p;
            MAX_BEFORE_SCALING[i] = Long.MAX_VALUE / p;
            p *= 10;
        }
    }

    private FixedPoint()
    {
    }

    /**
     * @param power 0..18.
     * @return 10 to the given power.
     */
    public static long powerOfTen(final int power)
    {
        return POWERS_OF_TEN[power];
    }

    /**
     * Parses plain ASCII decimal text such as {@code -0.00012359} or {@code 7225}; exponent notation is not accepted.
     *
     * @param buffer   holding the text.
     * @param offset   of the first character.
     * @param length   number of characters.
     * @param exponent decimal exponent of the result, in [{@link #MIN_EXPONENT}, 0].
     * @return the mantissa, or {@link #INVALID}.
     */
    public static long parse(final DirectBuffer buffer, final int offset, final int length, final int exponent)
    {
        if (length <= 0 || exponent > 0 || exponent < MIN_EXPONENT)
        {
            return INVALID;
        }
        final int scale = -exponent;
        int i = offset;
        final int end = offset + length;
        boolean negative = false;
        final byte first = buffer.getByte(i);
        if (first == '-' || first == '+')
        {
            negative = first == '-';
            i++;
        }
        long mantissa = 0;
        int digits = 0;
        int fractionDigits = 0;
        boolean inFraction = false;
        for (; i < end; i++)
        {
            final byte b = buffer.getByte(i);
            if (b == '.')
            {
                if (inFraction)
                {
                    return INVALID;
                }
                inFraction = true;
                continue;
            }
            final int d = b - '0';
            if (d < 0 || d > 9)
            {
                return INVALID;
            }
            digits++;
            if (inFraction)
            {
                if (fractionDigits == scale)
                {
                    if (d != 0)
                    {
                        return INVALID;
                    }
                    continue;
                }
                fractionDigits++;
            }
            if (mantissa >= MAX_BEFORE_ANY_DIGIT && mantissa > (Long.MAX_VALUE - d) / 10)
            {
                return INVALID;
            }
            mantissa = mantissa * 10 + d;
        }
        if (digits == 0)
        {
            return INVALID;
        }
        return scaled(mantissa, scale - fractionDigits, negative);
    }

    /**
     * {@link #parse(DirectBuffer, int, int, int)} over a byte array, with the same rules and results; for decoders
     * that read a frame's bytes straight from its array (no bounds check per byte beyond the array's own).
     *
     * @param bytes    holding the text.
     * @param offset   of the first character.
     * @param length   number of characters.
     * @param exponent decimal exponent of the result, in [{@link #MIN_EXPONENT}, 0].
     * @return the mantissa, or {@link #INVALID}.
     */
    public static long parse(final byte[] bytes, final int offset, final int length, final int exponent)
    {
        if (length <= 0 || exponent > 0 || exponent < MIN_EXPONENT)
        {
            return INVALID;
        }
        final int scale = -exponent;
        final int end = offset + length;
        final byte first = bytes[offset];
        final boolean negative = first == '-';
        int i = negative || first == '+' ? offset + 1 : offset;
        long mantissa = 0;
        int digits = 0;
        int fractionDigits = -1;
        for (; i < end; i++)
        {
            final byte b = bytes[i];
            final int d = b - '0';
            if (d >= 0 && d <= 9)
            {
                digits++;
                if (fractionDigits >= 0)
                {
                    if (fractionDigits == scale)
                    {
                        if (d != 0)
                        {
                            return INVALID;
                        }
                        continue;
                    }
                    fractionDigits++;
                }
                if (mantissa >= MAX_BEFORE_ANY_DIGIT && mantissa > (Long.MAX_VALUE - d) / 10)
                {
                    return INVALID;
                }
                mantissa = mantissa * 10 + d;
            }
            else if (b == '.' && fractionDigits < 0)
            {
                fractionDigits = 0;
            }
            else
            {
                return INVALID;
            }
        }
        if (digits == 0)
        {
            return INVALID;
        }
        return scaled(mantissa, scale - Math.max(fractionDigits, 0), negative);
    }

    /**
     * {@link #parse(DirectBuffer, int, int, int)} over a {@link CharSequence}; for edges such as CSV import and config
     * (it copies the text into a small scratch buffer).
     *
     * @param text     decimal text.
     * @param exponent decimal exponent of the result, in [{@link #MIN_EXPONENT}, 0].
     * @return the mantissa, or {@link #INVALID}.
     */
    public static long parse(final CharSequence text, final int exponent)
    {
        final int length = text.length();
        if (length == 0 || length > 64)
        {
            return INVALID;
        }
        final org.agrona.concurrent.UnsafeBuffer scratch = new org.agrona.concurrent.UnsafeBuffer(new byte[length]);
        for (int i = 0; i < length; i++)
        {
            final char c = text.charAt(i);
            if (c > 127)
            {
                return INVALID;
            }
            scratch.putByte(i, (byte)c);
        }
        return parse(scratch, 0, length, exponent);
    }

    /**
     * Formats a mantissa as plain decimal text without trailing fractional zeros, e.g. {@code 63959.9}.
     * Allocates: for tools and logs, not the hot path.
     *
     * @param mantissa value mantissa.
     * @param exponent its decimal exponent, in [{@link #MIN_EXPONENT}, 0].
     * @return the text.
     */
    public static String toText(final long mantissa, final int exponent)
    {
        final StringBuilder out = new StringBuilder(24);
        appendTo(out, mantissa, exponent);
        return out.toString();
    }

    /**
     * Appends {@link #toText(long, int)} to a builder.
     *
     * @param out      destination.
     * @param mantissa value mantissa.
     * @param exponent its decimal exponent, in [{@link #MIN_EXPONENT}, 0].
     * @return {@code out}.
     */
    public static StringBuilder appendTo(final StringBuilder out, final long mantissa, final int exponent)
    {
        if (mantissa == INVALID)
        {
            return out.append("NaN");
        }
        final int scale = -exponent;
        if (mantissa < 0)
        {
            out.append('-');
        }
        final long magnitude = Math.abs(mantissa);
        final long unit = POWERS_OF_TEN[scale];
        out.append(magnitude / unit);
        long fraction = magnitude % unit;
        if (fraction != 0)
        {
            int width = scale;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                width--;
            }
            final String digits = Long.toString(fraction);
            out.append('.');
            for (int i = digits.length(); i < width; i++)
            {
                out.append('0');
            }
            out.append(digits);
        }
        return out;
    }

    /**
     * @param mantissa the digits read, not negative.
     * @param pad      fractional digits the text lacks at the exponent, 0 to 18.
     * @param negative whether the text had a minus sign.
     * @return the signed mantissa at the exponent, or {@link #INVALID} on overflow.
     */
    private static long scaled(final long mantissa, final int pad, final boolean negative)
    {
        long value = mantissa;
        if (pad > 0)
        {
            if (value > MAX_BEFORE_SCALING[pad])
            {
                return INVALID;
            }
            value *= POWERS_OF_TEN[pad];
        }
        return negative ? -value : value;
    }

    /**
     * @param mantissa value mantissa.
     * @param exponent its decimal exponent, in [{@link #MIN_EXPONENT}, 0].
     * @return the nearest double; for indicators and statistics, never for money.
     */
    public static double toDouble(final long mantissa, final int exponent)
    {
        return mantissa / (double)POWERS_OF_TEN[-exponent];
    }
}
