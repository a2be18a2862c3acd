package com.tradefinder.gateway.binance.rest;

import com.tradefinder.numeric.FixedPoint;

/**
 * An exact decimal from a venue's text, at the exponent its own digits need: {@code "0.10"} is 1 × 10^-1,
 * {@code "1000"} is 1000 × 10^0. Parsed without {@code double}. Immutable, thread-safe; cold path only.
 *
 * @param mantissa the digits.
 * @param exponent the decimal exponent, in [{@link FixedPoint#MIN_EXPONENT}, 0].
 */
public record DecimalValue(long mantissa, int exponent)
{
    /** Zero, for a filter the symbol does not have. */
    public static final DecimalValue ZERO = new DecimalValue(0, 0);

    /**
     * @param text plain decimal text such as {@code "0.00100"}.
     * @return its value, or {@code null} when the text is no exact decimal.
     */
    public static DecimalValue parse(final String text)
    {
        if (text == null)
        {
            return null;
        }
        final int point = text.indexOf('.');
        int fractionDigits = point < 0 ? 0 : text.length() - point - 1;
        while (fractionDigits > 0 && text.charAt(point + fractionDigits) == '0')
        {
            fractionDigits--;
        }
        if (fractionDigits > -FixedPoint.MIN_EXPONENT)
        {
            return null;
        }
        final long mantissa = FixedPoint.parse(text, -fractionDigits);
        return mantissa == FixedPoint.INVALID ? null : new DecimalValue(mantissa, -fractionDigits);
    }

    /**
     * @param targetExponent exponent of the result, in [{@link FixedPoint#MIN_EXPONENT}, 0].
     * @return this value's mantissa at that exponent, or {@link FixedPoint#INVALID} when it needs more digits than
     * the exponent has or overflows.
     */
    public long at(final int targetExponent)
    {
        if (targetExponent > exponent)
        {
            final long unit = FixedPoint.powerOfTen(targetExponent - exponent);
            return mantissa % unit == 0 ? mantissa / unit : FixedPoint.INVALID;
        }
        final long factor = FixedPoint.powerOfTen(exponent - targetExponent);
        return Math.abs(mantissa) > Long.MAX_VALUE / factor ? FixedPoint.INVALID : mantissa * factor;
    }

    @Override
    public String toString()
    {
        return FixedPoint.toText(mantissa, exponent);
    }
}
