package com.tradefinder.config;

import org.tomlj.TomlArray;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One table of a bot config being read: typed getters that check type and range, fall back to the default when a
 * key is absent, and report every problem to the {@link ErrorSink} with the key's line. Keys not in the table's
 * schema are reported when the section is created, with a suggestion when one is close (credential-like keys are
 * left to {@link Secrets}, which reports them without their value).
 * <p>
 * A getter whose value has the wrong type returns the default; one whose value is out of range returns the value,
 * so later checks see what was written. Nothing read from a section with errors escapes the loader.
 * Single-threaded; one validation.
 */
final class Section
{
    private final ErrorSink errors;
    private final TomlTable table;
    private final String path;
    private final int line;

    /**
     * @param errors  where to report.
     * @param table   the parsed table, or {@code null} when it is absent.
     * @param path    its dotted path, empty for the root.
     * @param line    the line of its header (or of the key holding it), where missing keys are reported.
     * @param allowed the keys it may hold, or {@code null} not to check (its schema is unknown).
     */
    Section(final ErrorSink errors, final TomlTable table, final String path, final int line,
        final List<String> allowed)
    {
        this.errors = errors;
        this.table = table;
        this.path = path;
        this.line = line;
        if (table != null && allowed != null)
        {
            for (final String key : table.keySet())
            {
                if (!allowed.contains(key) && !Secrets.isSecretName(key))
                {
                    final String hint = Texts.closest(key, allowed) != null ?
                        Texts.didYouMean(key, allowed) : " (allowed: " + Texts.list(allowed) + ")";
                    error(key, "unknown key" + hint);
                }
            }
        }
    }

    boolean present()
    {
        return table != null;
    }

    int line()
    {
        return line;
    }

    String path()
    {
        return path;
    }

    Set<String> keys()
    {
        return table == null ? Set.of() : table.keySet();
    }

    boolean has(final String key)
    {
        return value(key) != null;
    }

    String keyPath(final String key)
    {
        return path.isEmpty() ? key : path + "." + key;
    }

    int lineOf(final String key)
    {
        if (table != null)
        {
            final TomlPosition position = table.inputPositionOf(List.of(key));
            if (position != null)
            {
                return position.line();
            }
        }
        return line;
    }

    int lineOf(final String key, final int index)
    {
        final Object value = value(key);
        if (value instanceof TomlArray)
        {
            final TomlPosition position = ((TomlArray)value).inputPositionOf(index);
            if (position != null)
            {
                return position.line();
            }
        }
        return lineOf(key);
    }

    boolean failed(final String key)
    {
        return errors.failed(keyPath(key));
    }

    void error(final String key, final String message)
    {
        errors.add(lineOf(key), keyPath(key), message);
    }

    void elementError(final String key, final int index, final String message)
    {
        errors.add(lineOf(key, index), keyPath(key) + "[" + index + "]", message);
    }

    void missing(final String key)
    {
        errors.add(line, keyPath(key), "required key is missing");
    }

    String string(final String key, final String defaultValue)
    {
        final Object value = value(key);
        if (value == null)
        {
            return defaultValue;
        }
        if (!(value instanceof String))
        {
            typeError(key, "a string", value);
            return defaultValue;
        }
        return (String)value;
    }

    String requiredString(final String key)
    {
        if (!has(key))
        {
            missing(key);
            return null;
        }
        return string(key, null);
    }

    boolean bool(final String key, final boolean defaultValue)
    {
        final Object value = value(key);
        if (value == null)
        {
            return defaultValue;
        }
        if (!(value instanceof Boolean))
        {
            typeError(key, "a boolean (true or false)", value);
            return defaultValue;
        }
        return (Boolean)value;
    }

    int integer(final String key, final int defaultValue, final int min, final int max)
    {
        return integer(key, defaultValue, min, max, Texts.number(min) + ".." + Texts.number(max));
    }

    int integer(final String key, final int defaultValue, final int min, final int max, final String allowed)
    {
        final Object value = value(key);
        if (value == null)
        {
            return defaultValue;
        }
        if (!(value instanceof Long))
        {
            typeError(key, "an integer", value);
            return defaultValue;
        }
        final long number = (Long)value;
        if (number < min || number > max)
        {
            error(key, number + " is out of range (allowed " + allowed + ")");
            return number < Integer.MIN_VALUE || number > Integer.MAX_VALUE ? defaultValue : (int)number;
        }
        return (int)number;
    }

    double number(final String key, final double defaultValue, final double min, final double max)
    {
        return number(key, defaultValue, min, max, Texts.number(min) + ".." + Texts.number(max));
    }

    double number(final String key, final double defaultValue, final double min, final double max,
        final String allowed)
    {
        final Object value = value(key);
        if (value == null)
        {
            return defaultValue;
        }
        if (!(value instanceof Long) && !(value instanceof Double))
        {
            typeError(key, "a number", value);
            return defaultValue;
        }
        final double number = ((Number)value).doubleValue();
        if (!(number >= min && number <= max))
        {
            error(key, Texts.number(number) + " is out of range (allowed " + allowed + ")");
        }
        return number;
    }

    <E> E choice(final String key, final E defaultValue, final Map<String, E> byName)
    {
        final String text = string(key, null);
        if (text == null)
        {
            return defaultValue;
        }
        final E value = byName.get(text);
        if (value == null)
        {
            error(key, "\"" + text + "\" is not one of " + Texts.list(byName.keySet())
                + Texts.didYouMean(text, byName.keySet()));
            return defaultValue;
        }
        return value;
    }

    <E> E requiredChoice(final String key, final Map<String, E> byName)
    {
        if (!has(key))
        {
            missing(key);
            return null;
        }
        return choice(key, null, byName);
    }

    /**
     * @return the strings of an array, with {@code null} where an element is not a string (reported), or
     * {@code null} when the key is absent or not an array (reported).
     */
    List<String> strings(final String key)
    {
        final Object value = value(key);
        if (value == null)
        {
            return null;
        }
        if (!(value instanceof TomlArray))
        {
            typeError(key, "an array of strings", value);
            return null;
        }
        final TomlArray array = (TomlArray)value;
        final List<String> strings = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++)
        {
            final Object element = array.get(i);
            if (element instanceof String)
            {
                strings.add((String)element);
            }
            else
            {
                elementError(key, i, "expected a string, found " + typeName(element));
                strings.add(null);
            }
        }
        return strings;
    }

    /**
     * @return the numbers of an array, with {@code null} where an element is not a number (reported), or
     * {@code null} when the key is absent or not an array (reported).
     */
    List<Double> numbers(final String key)
    {
        final Object value = value(key);
        if (value == null)
        {
            return null;
        }
        if (!(value instanceof TomlArray))
        {
            typeError(key, "an array of numbers", value);
            return null;
        }
        final TomlArray array = (TomlArray)value;
        final List<Double> numbers = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++)
        {
            final Object element = array.get(i);
            if (element instanceof Long || element instanceof Double)
            {
                numbers.add(((Number)element).doubleValue());
            }
            else
            {
                elementError(key, i, "expected a number, found " + typeName(element));
                numbers.add(null);
            }
        }
        return numbers;
    }

    /**
     * @param key     key of a table.
     * @param allowed the keys the table may hold, or {@code null} not to check.
     * @return the table as a section; an absent one (reported when the value is not a table) when it is missing.
     */
    Section table(final String key, final List<String> allowed)
    {
        final Object value = value(key);
        if (value != null && !(value instanceof TomlTable))
        {
            typeError(key, "a table", value);
        }
        final TomlTable child = value instanceof TomlTable ? (TomlTable)value : null;
        return new Section(errors, child, keyPath(key), lineOf(key), allowed);
    }

    /**
     * @return the raw value, or {@code null} when absent.
     */
    Object value(final String key)
    {
        return table == null ? null : table.get(List.of(key));
    }

    void typeError(final String key, final String expected, final Object found)
    {
        error(key, "expected " + expected + ", found " + typeName(found));
    }

    static String typeName(final Object value)
    {
        if (value instanceof String)
        {
            return "a string";
        }
        if (value instanceof Long)
        {
            return "an integer";
        }
        if (value instanceof Double)
        {
            return "a float";
        }
        if (value instanceof Boolean)
        {
            return "a boolean";
        }
        if (value instanceof TomlArray)
        {
            return "an array";
        }
        if (value instanceof TomlTable)
        {
            return "a table";
        }
        if (value instanceof OffsetDateTime || value instanceof LocalDateTime)
        {
            return "a date-time";
        }
        if (value instanceof LocalDate)
        {
            return "a date";
        }
        if (value instanceof LocalTime)
        {
            return "a time";
        }
        return "nothing";
    }
}
