package com.tradefinder.engine.strategy;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads one strategy's parameters from the values a TOML parser produced ({@code Long}, {@code Double},
 * {@code String}, {@code Boolean}, {@code List}): a missing key takes its default, a key of the wrong type or a key
 * the strategy does not know is an {@link IllegalArgumentException} with one line naming the strategy type and the
 * parameter. Integers are accepted where a number is expected; a fraction is not accepted where an integer is.
 * <p>
 * Configuration time only (allocates); not thread-safe.
 */
final class ParameterReader
{
    private final String type;
    private final Map<String, Object> values;
    private final Set<String> known = new HashSet<>();

    /**
     * @param type   strategy type, for messages.
     * @param values parameter values by name; {@code null} means none.
     */
    ParameterReader(final String type, final Map<String, Object> values)
    {
        this.type = type;
        this.values = values == null ? Map.of() : values;
    }

    /**
     * @param name         parameter name.
     * @param defaultValue value when absent.
     * @return the value, an integer that fits an {@code int}.
     */
    int integer(final String name, final int defaultValue)
    {
        final Object value = lookUp(name);
        if (value == null)
        {
            return defaultValue;
        }
        if ((value instanceof Long || value instanceof Integer)
            && ((Number)value).longValue() == ((Number)value).intValue())
        {
            return ((Number)value).intValue();
        }
        throw ParameterChecks.failure(type, name, "must be an integer", describe(value));
    }

    /**
     * @param name         parameter name.
     * @param defaultValue value when absent.
     * @return the value, a finite number.
     */
    double number(final String name, final double defaultValue)
    {
        final Object value = lookUp(name);
        if (value == null)
        {
            return defaultValue;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Double || value instanceof Float)
        {
            final double number = ((Number)value).doubleValue();
            if (Double.isFinite(number))
            {
                return number;
            }
        }
        throw ParameterChecks.failure(type, name, "must be a finite number", describe(value));
    }

    /**
     * @param name         parameter name.
     * @param defaultValue value when absent.
     * @return the value.
     */
    boolean bool(final String name, final boolean defaultValue)
    {
        final Object value = lookUp(name);
        if (value == null)
        {
            return defaultValue;
        }
        if (value instanceof Boolean)
        {
            return (Boolean)value;
        }
        throw ParameterChecks.failure(type, name, "must be true or false", describe(value));
    }

    /**
     * @param name         parameter name.
     * @param defaultValue value when absent.
     * @param allowed      the allowed values, lower case; compared ignoring case.
     * @return the value, lower case, one of {@code allowed}.
     */
    String choice(final String name, final String defaultValue, final String... allowed)
    {
        final Object value = lookUp(name);
        if (value == null)
        {
            return defaultValue;
        }
        if (value instanceof String)
        {
            for (final String candidate : allowed)
            {
                if (candidate.equalsIgnoreCase((String)value))
                {
                    return candidate;
                }
            }
        }
        throw ParameterChecks.failure(type, name, "must be one of " + String.join(", ", allowed), describe(value));
    }

    /**
     * Fails on the first key, in alphabetical order, that no read asked for.
     */
    void rejectUnknown()
    {
        for (final String name : new TreeSet<>(values.keySet()))
        {
            if (!known.contains(name))
            {
                throw new IllegalArgumentException("strategy " + type + ": unknown parameter '" + name
                    + "' (known: " + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
    }

    private Object lookUp(final String name)
    {
        known.add(name);
        return values.get(name);
    }

    private static String describe(final Object value)
    {
        if (value instanceof Long || value instanceof Integer)
        {
            return "integer " + value;
        }
        if (value instanceof Double || value instanceof Float)
        {
            return "float " + value;
        }
        if (value instanceof String)
        {
            return "string \"" + value + "\"";
        }
        if (value instanceof Boolean)
        {
            return "boolean " + value;
        }
        if (value instanceof java.util.List)
        {
            return "array " + value;
        }
        if (value instanceof Map)
        {
            return "table " + value;
        }
        return value.getClass().getSimpleName() + " " + value;
    }
}
