package com.tradefinder.gateway.binance.marketdata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads expected values out of a fixture's own text, independently of the decoder under test: regular expressions
 * for the values, {@link BigDecimal} for the mantissas.
 */
final class FixtureText
{
    private static final Pattern LEVEL = Pattern.compile("\\[\\s*\"([^\"]*)\"\\s*,\\s*\"([^\"]*)\"\\s*]");

    private FixtureText()
    {
    }

    static String string(final String json, final String key)
    {
        return find(json, "\"" + Pattern.quote(key) + "\"\\s*:\\s*\"([^\"]*)\"");
    }

    static long integer(final String json, final String key)
    {
        return Long.parseLong(find(json, "\"" + Pattern.quote(key) + "\"\\s*:\\s*(-?[0-9]+)"));
    }

    static boolean bool(final String json, final String key)
    {
        return Boolean.parseBoolean(find(json, "\"" + Pattern.quote(key) + "\"\\s*:\\s*(true|false)"));
    }

    /**
     * @return the text of the object or array that is the value of the first occurrence of the key.
     */
    static String nested(final String json, final String key)
    {
        final Matcher matcher = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*([\\[{])").matcher(json);
        if (!matcher.find())
        {
            throw new AssertionError("no nested value for " + key);
        }
        final int start = matcher.start(1);
        int depth = 0;
        for (int i = start; i < json.length(); i++)
        {
            final char c = json.charAt(i);
            if (c == '[' || c == '{')
            {
                depth++;
            }
            else if (c == ']' || c == '}')
            {
                depth--;
                if (depth == 0)
                {
                    return json.substring(start, i + 1);
                }
            }
        }
        throw new AssertionError("unterminated value for " + key);
    }

    /**
     * @return the {@code [price, size]} pairs of a levels array, in order.
     */
    static List<String[]> levels(final String json, final String key)
    {
        final String array = nested(json, key);
        final List<String[]> levels = new ArrayList<>();
        final Matcher matcher = LEVEL.matcher(array);
        while (matcher.find())
        {
            levels.add(new String[]{ matcher.group(1), matcher.group(2) });
        }
        return levels;
    }

    static long mantissa(final String decimal, final int exponent)
    {
        return new BigDecimal(decimal).movePointRight(-exponent).longValueExact();
    }

    static long msToNs(final long ms)
    {
        return Math.multiplyExact(ms, 1_000_000L);
    }

    private static String find(final String json, final String regex)
    {
        final Matcher matcher = Pattern.compile(regex).matcher(json);
        if (!matcher.find())
        {
            throw new AssertionError("not in fixture: " + regex);
        }
        return matcher.group(1);
    }
}
