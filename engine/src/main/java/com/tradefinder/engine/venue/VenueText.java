package com.tradefinder.engine.venue;

import java.nio.charset.StandardCharsets;

/**
 * ASCII rendering of numbers for the venue's message texts, into caller-owned byte arrays.
 * <p>
 * Stateless. {@link #putLong} is allocation-free (used per refusal); {@link #minNotionalText} allocates and runs once
 * per instrument definition.
 */
final class VenueText
{
    private static final int AMOUNT_DECIMALS = 8;

    private VenueText()
    {
    }

    /**
     * Writes the decimal digits of a value.
     *
     * @param destination array to write into; must have room for 20 characters after {@code offset}.
     * @param offset      first position to write.
     * @param value       any long.
     * @return the position after the last character written.
     */
    static int putLong(final byte[] destination, final int offset, final long value)
    {
        int position = offset;
        if (value == 0)
        {
            destination[position] = '0';
            return position + 1;
        }
        if (value < 0)
        {
            destination[position++] = '-';
        }
        int digits = 0;
        long rest = value;
        while (rest != 0)
        {
            digits++;
            rest /= 10;
        }
        rest = value;
        for (int i = position + digits - 1; i >= position; i--)
        {
            destination[i] = (byte)('0' + Math.abs(rest % 10));
            rest /= 10;
        }
        return position + digits;
    }

    /**
     * Renders a quote amount the way Binance prints filter values in its messages: plain decimal, trailing zeros
     * dropped but at least one fractional digit ({@code 500000000 -> "5.0"}, {@code 550000000 -> "5.5"}).
     *
     * @param amountMantissa amount at exponent -8.
     * @return the decimal text.
     */
    static String amount(final long amountMantissa)
    {
        final StringBuilder text = new StringBuilder(32);
        final long scale = 100_000_000L;
        final long whole = amountMantissa / scale;
        long fraction = Math.abs(amountMantissa % scale);
        if (amountMantissa < 0 && whole == 0)
        {
            text.append('-');
        }
        text.append(whole).append('.');
        int decimals = AMOUNT_DECIMALS;
        while (decimals > 1 && fraction % 10 == 0)
        {
            fraction /= 10;
            decimals--;
        }
        final String digits = Long.toString(fraction);
        for (int i = digits.length(); i < decimals; i++)
        {
            text.append('0');
        }
        return text.append(digits).toString();
    }

    /**
     * @param minNotionalMantissa the instrument's minimum notional, exponent -8.
     * @return the full -4164 text for that minimum, ASCII.
     */
    static byte[] minNotionalText(final long minNotionalMantissa)
    {
        final String text = new String(VenueError.MIN_NOTIONAL.text(), StandardCharsets.US_ASCII) +
            amount(minNotionalMantissa) + new String(VenueError.MIN_NOTIONAL_SUFFIX, StandardCharsets.US_ASCII);
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
