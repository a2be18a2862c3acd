package com.tradefinder.gateway.binance.userdata;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tradefinder.testsupport.SharedData;

/**
 * Reads expected values out of a fixture's own text, independently of the code under test: regular expressions for
 * the values, {@link BigDecimal} for the mantissas.
 */
public final class UserDataFixtureText
{
    private UserDataFixtureText()
    {
    }

    public static String fixture(final String name) throws IOException
    {
        return Files.readString(SharedData.fixture("binance/" + name));
    }

    /**
     * The documentation's .jsonc text made into JSON: comments, the full-width comma, doubled and trailing commas
     * removed.
     */
    public static String jsonOfDoc(final String jsonc)
    {
        String json = jsonc.replaceAll("(?m)//.*$", "").replace('\uFF0C', ',');
        json = json.replaceAll(",\\s*,", ",");
        return json.replaceAll(",(\\s*[}\\]])", "$1");
    }

    public static String string(final String json, final String key)
    {
        return find(json, "\"" + Pattern.quote(key) + "\"\\s*:\\s*\"([^\"]*)\"");
    }

    public static long integer(final String json, final String key)
    {
        return Long.parseLong(find(json, "\"" + Pattern.quote(key) + "\"\\s*:\\s*(-?[0-9]+)"));
    }

    public static boolean bool(final String json, final String key)
    {
        return Boolean.parseBoolean(find(json, "\"" + Pattern.quote(key) + "\"\\s*:\\s*(true|false)"));
    }

    /**
     * @return the text of the object or array that is the value of the first occurrence of the key.
     */
    public static String nested(final String json, final String key)
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
     * @return the texts of the objects of an array, in order (objects without nesting).
     */
    public static List<String> objects(final String array)
    {
        final List<String> objects = new ArrayList<>();
        final Matcher matcher = Pattern.compile("\\{[^{}]*}").matcher(array);
        while (matcher.find())
        {
            objects.add(matcher.group());
        }
        return objects;
    }

    public static long mantissa(final String decimal, final int exponent)
    {
        return new BigDecimal(decimal).movePointRight(-exponent).longValueExact();
    }

    /**
     * @return the mantissa with the digits past the exponent cut off (rounding toward zero).
     */
    public static long truncatedMantissa(final String decimal, final int exponent)
    {
        return new BigDecimal(decimal).movePointRight(-exponent).setScale(0, RoundingMode.DOWN).longValueExact();
    }

    public static long msToNs(final long ms)
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
