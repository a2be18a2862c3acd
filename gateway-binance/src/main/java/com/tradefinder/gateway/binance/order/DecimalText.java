package com.tradefinder.gateway.binance.order;

import org.agrona.MutableDirectBuffer;

import com.tradefinder.numeric.FixedPoint;

/**
 * Writes a fixed-point value as the plain decimal text Binance reads, {@code 63959.9} for mantissa 639599000 at
 * exponent -4: no exponent notation, no trailing fractional zeros, no {@code double} on the way. Stateless,
 * allocation-free, thread-safe.
 */
public final class DecimalText
{
    /** Longest text: sign, 19 digits, point, leading fractional zeros. */
    public static final int MAX_LENGTH = 40;

    private DecimalText()
    {
    }

    /**
     * @param mantissa value mantissa; {@link FixedPoint#INVALID} is refused.
     * @param exponent its decimal exponent, in [{@link FixedPoint#MIN_EXPONENT}, 0].
     * @param dst      buffer to write ASCII into.
     * @param offset   where the text starts.
     * @return bytes written.
     */
    public static int write(final long mantissa, final int exponent, final MutableDirectBuffer dst, final int offset)
    {
        if (mantissa == FixedPoint.INVALID || exponent > 0 || exponent < FixedPoint.MIN_EXPONENT)
        {
            throw new IllegalArgumentException("no decimal text for mantissa " + mantissa + " exponent " + exponent);
        }
        int at = offset;
        if (mantissa < 0)
        {
            dst.putByte(at++, (byte)'-');
        }
        final long magnitude = Math.abs(mantissa);
        final long unit = FixedPoint.powerOfTen(-exponent);
        at += dst.putLongAscii(at, magnitude / unit);
        long fraction = magnitude % unit;
        if (fraction != 0)
        {
            int width = -exponent;
            while (fraction % 10 == 0)
            {
                fraction /= 10;
                width--;
            }
            dst.putByte(at++, (byte)'.');
            for (int digit = width - 1; digit >= 0; digit--)
            {
                dst.putByte(at + digit, (byte)('0' + fraction % 10));
                fraction /= 10;
            }
            at += width;
        }
        return at - offset;
    }
}
