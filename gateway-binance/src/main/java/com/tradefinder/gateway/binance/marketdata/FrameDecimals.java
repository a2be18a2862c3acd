package com.tradefinder.gateway.binance.marketdata;

import com.tradefinder.numeric.FixedPoint;

/**
 * Decimal text of a frame to a fixed-point mantissa, with exactly the rules and results of
 * {@link FixedPoint#parse(byte[], int, int, int)}, which it calls for anything but the common case: a price or size
 * of at most eight characters, plain digits with at most one point, no more fractional digits than the exponent
 * allows. That case is one word ({@link AsciiWords}): the point is found and squeezed out, the digits checked and
 * converted together, the result scaled by one multiplication.
 * <p>
 * Stateless; safe on any thread.
 */
final class FrameDecimals
{
    private static final long POINTS = '.' * 0x0101010101010101L;
    /** Eight digits at most, so scaling up by 10^10 or less cannot overflow. */
    private static final int SAFE_PAD = 10;
    private static final long[] POWERS_OF_TEN = new long[-FixedPoint.MIN_EXPONENT + 1];
    private static final long[] MAX_BEFORE_SCALING = new long[POWERS_OF_TEN.length];

    static
    {
        for (int i = 0; i < POWERS_OF_TEN.length; i++)
        {
            POWERS_OF_TEN[i] = FixedPoint.powerOfTen(i);
            MAX_BEFORE_SCALING[i] = Long.MAX_VALUE / POWERS_OF_TEN[i];
        }
    }

    private FrameDecimals()
    {
    }

    /**
     * @param bytes    holding the text.
     * @param offset   of the first character.
     * @param length   number of characters.
     * @param exponent decimal exponent of the result, in [{@link FixedPoint#MIN_EXPONENT}, 0].
     * @return the mantissa, or {@link FixedPoint#INVALID}.
     */
    static long parse(final byte[] bytes, final int offset, final int length, final int exponent)
    {
        final int scale = -exponent;
        if (length >= 1 && length <= AsciiWords.SIZE && offset <= bytes.length - AsciiWords.SIZE && scale >= 0 &&
            scale < POWERS_OF_TEN.length)
        {
            // the word may reach past the text (even past the frame): those bytes are masked off
            final long text = AsciiWords.word(bytes, offset) & AsciiWords.lowBytes(length);
            final long points = text ^ POINTS;
            final long pointFlags = (points - AsciiWords.ONES) & ~points & AsciiWords.HIGH_BITS;
            final long point = pointFlags & -pointFlags;
            // the bytes before the first point stay, those after it move down one: the digits without the point
            final long before = (point >>> 7) - 1;
            final long digits = (text & before) | ((text >>> 8) & ~before);
            final int count = point == 0 ? length : length - 1;
            final int pad = point == 0 ? scale : scale - count + (Long.numberOfTrailingZeros(point) >>> 3);
            if (count > 0 && pad >= 0 && AsciiWords.allDigits(digits, count))
            {
                final long mantissa = AsciiWords.digitsValue(digits, count);
                return pad > SAFE_PAD && mantissa > MAX_BEFORE_SCALING[pad] ?
                    FixedPoint.INVALID : mantissa * POWERS_OF_TEN[pad];
            }
        }
        return FixedPoint.parse(bytes, offset, length, exponent);
    }
}
