package com.tradefinder.tools.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Number formatting for the report's tables and chart labels: fixed decimals, thousands separators, a true minus
 * sign, "–" for an undefined value (NaN) and "∞" for an unbounded one. Locale-independent; safe on any thread.
 */
public final class Format
{
    /** Shown for NaN. */
    public static final String UNDEFINED = "–";

    /** Shown for +∞. */
    public static final String INFINITE = "∞";

    private static final ThreadLocal<DecimalFormat[]> FORMATS = ThreadLocal.withInitial(() -> new DecimalFormat[]{
        new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT)),
        new DecimalFormat("#,##0.0", DecimalFormatSymbols.getInstance(Locale.ROOT)),
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)),
        new DecimalFormat("#,##0.000", DecimalFormatSymbols.getInstance(Locale.ROOT))
    });

    private Format()
    {
    }

    /**
     * @param value    a number.
     * @param decimals 0 to 3.
     * @return e.g. {@code 12,345.68}, {@code −3.10}, "–", "∞" or "−∞".
     */
    public static String number(final double value, final int decimals)
    {
        if (Double.isNaN(value))
        {
            return UNDEFINED;
        }
        if (Double.isInfinite(value))
        {
            return value > 0 ? INFINITE : "\u2212" + INFINITE;
        }
        final String text = FORMATS.get()[decimals].format(value);
        if (text.startsWith("-"))
        {
            final String digits = text.substring(1);
            return digits.matches("[0,.]*") ? digits : "\u2212" + digits;
        }
        return text;
    }

    /**
     * @param fraction a fraction (0.0512).
     * @return a percentage with 2 decimals ({@code 5.12 %}).
     */
    public static String percent(final double fraction)
    {
        final String number = number(fraction * 100.0, 2);
        return Double.isFinite(fraction) ? number + " %" : number;
    }

    /**
     * @param amount an amount of money.
     * @return the amount with 2 decimals and separators.
     */
    public static String money(final double amount)
    {
        return number(amount, 2);
    }

    /**
     * @param value a chart axis value.
     * @return a short label: {@code 1.2M}, {@code 35k}, {@code 950}, {@code 0.25}.
     */
    public static String compact(final double value)
    {
        final double magnitude = Math.abs(value);
        if (magnitude >= 1e9)
        {
            return trim(number(value / 1e9, 2)) + "G";
        }
        if (magnitude >= 1e6)
        {
            return trim(number(value / 1e6, 2)) + "M";
        }
        if (magnitude >= 1e4)
        {
            return trim(number(value / 1e3, 1)) + "k";
        }
        if (magnitude >= 100 || magnitude == 0)
        {
            return number(value, 0);
        }
        return trim(number(value, magnitude >= 1 ? 2 : 3));
    }

    private static String trim(final String text)
    {
        if (!text.contains("."))
        {
            return text;
        }
        String trimmed = text;
        while (trimmed.endsWith("0"))
        {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
