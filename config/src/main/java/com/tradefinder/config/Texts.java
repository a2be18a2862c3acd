package com.tradefinder.config;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;

/**
 * Text helpers of the loader: numbers as they are written in config, and "did you mean" suggestions.
 * Pure functions; any thread.
 */
final class Texts
{
    private Texts()
    {
    }

    /**
     * @param value a number.
     * @return it as written in config: whole numbers without a point ({@code 25}), others in their shortest decimal
     * form ({@code 0.9}); {@code nan}, {@code inf}, {@code -inf} as in TOML.
     */
    static String number(final double value)
    {
        if (Double.isNaN(value))
        {
            return "nan";
        }
        if (Double.isInfinite(value))
        {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15)
        {
            return Long.toString((long)value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * @param values words.
     * @return them joined with {@code ", "}.
     */
    static String list(final Collection<String> values)
    {
        return String.join(", ", values);
    }

    /**
     * The candidate closest to a misspelt word, when it is close enough to be what was meant: at most 2 edits (1 for
     * words of 3 characters or fewer), case ignored.
     *
     * @param word       what was written.
     * @param candidates what is allowed.
     * @return the closest candidate, or {@code null} when none is close.
     */
    static String closest(final String word, final Collection<String> candidates)
    {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (final String candidate : candidates)
        {
            final int distance = distance(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        final int allowed = word.length() <= 3 ? 1 : 2;
        return bestDistance <= allowed ? best : null;
    }

    /**
     * @param word       what was written.
     * @param candidates what is allowed.
     * @return {@code " (did you mean x?)"} for the closest candidate, or an empty string.
     */
    static String didYouMean(final String word, final Collection<String> candidates)
    {
        final String best = closest(word, candidates);
        return best == null ? "" : " (did you mean " + best + "?)";
    }

    /**
     * @param word       what was written.
     * @param candidates what is allowed.
     * @return {@code " (did you mean \"x\"?)"} for the closest candidate, quoted as a TOML string, or an empty string.
     */
    static String didYouMeanQuoted(final String word, final Collection<String> candidates)
    {
        final String best = closest(word, candidates);
        return best == null ? "" : " (did you mean \"" + best + "\"?)";
    }

    private static int distance(final String a, final String b)
    {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++)
        {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++)
            {
                final int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            final int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
