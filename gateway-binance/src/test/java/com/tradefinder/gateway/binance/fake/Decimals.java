package com.tradefinder.gateway.binance.fake;

import com.tradefinder.numeric.FixedMath;
import com.tradefinder.numeric.FixedPoint;

/**
 * The fake keeps every price, quantity and amount as a fixed-point {@code long} at one exponent,
 * {@value #EXPONENT}, which holds every USDⓈ-M tick, step and fee exactly; this class parses request text into that
 * form and formats it back the way Binance prints it (a fixed number of decimals per field).
 * <p>
 * Stateless; safe on any thread.
 */
final class Decimals
{
    static final int EXPONENT = -8;
    static final long ONE = FixedPoint.powerOfTen(-EXPONENT);

    private Decimals()
    {
    }

    /**
     * @param text decimal text such as {@code "63943.90"}.
     * @return the mantissa at {@link #EXPONENT}, or {@link FixedPoint#INVALID} for text that is not an exact decimal.
     */
    static long parse(final String text)
    {
        return text == null || text.isEmpty() ? FixedPoint.INVALID : FixedPoint.parse(text, EXPONENT);
    }

    /**
     * @param mantissa at {@link #EXPONENT}.
     * @param decimals digits after the point, as Binance prints the field (truncated, never rounded up).
     * @return e.g. {@code "63943.90"} for two decimals.
     */
    static String format(final long mantissa, final int decimals)
    {
        final long unit = FixedPoint.powerOfTen(-EXPONENT - decimals);
        final long truncated = mantissa / unit;
        final StringBuilder out = new StringBuilder(24);
        FixedPoint.appendTo(out, truncated, -decimals);
        final int point = out.indexOf(".");
        int fraction = point < 0 ? 0 : out.length() - point - 1;
        if (decimals > 0 && point < 0)
        {
            out.append('.');
        }
        for (; fraction < decimals; fraction++)
        {
            out.append('0');
        }
        return out.toString();
    }

    /** @return the plain text of a mantissa, without trailing zeros ({@code "0"} for zero). */
    static String plain(final long mantissa)
    {
        return FixedPoint.toText(mantissa, EXPONENT);
    }

    /** @return {@code price × quantity} at {@link #EXPONENT}, rounded half away from zero. */
    static long notional(final long price, final long quantity)
    {
        return FixedMath.multiplyDivideRound(price, quantity, ONE);
    }

    /** @return {@code amount × rate} at {@link #EXPONENT}, rounded half away from zero. */
    static long times(final long amount, final long rate)
    {
        return FixedMath.multiplyDivideRound(amount, rate, ONE);
    }
}
