package com.tradefinder.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the problems of one file while it is validated, remembering which keys failed so that checks between
 * keys are skipped when one of them is already reported. Single-threaded, one per validation.
 */
final class ErrorSink
{
    private final String source;
    private final List<ConfigError> errors = new ArrayList<>();
    private final Set<String> failedKeys = new HashSet<>();

    ErrorSink(final String source)
    {
        this.source = source;
    }

    String source()
    {
        return source;
    }

    void add(final int line, final String key, final String message)
    {
        errors.add(new ConfigError(source, Math.max(1, line), 0, key, message));
        failedKeys.add(key);
    }

    void syntax(final int line, final int column, final String message)
    {
        errors.add(new ConfigError(source, Math.max(1, line), Math.max(1, column), null, message));
    }

    boolean failed(final String key)
    {
        return failedKeys.contains(key);
    }

    /**
     * @param prefix a dotted key path.
     * @return whether the key or any key below it (a sub-key or an array element) failed.
     */
    boolean failedUnder(final String prefix)
    {
        for (final String key : failedKeys)
        {
            if (key.equals(prefix) || key.startsWith(prefix + ".") || key.startsWith(prefix + "["))
            {
                return true;
            }
        }
        return false;
    }

    /**
     * @return the lines that already carry an error.
     */
    Set<Integer> lines()
    {
        final Set<Integer> lines = new HashSet<>();
        for (final ConfigError error : errors)
        {
            lines.add(error.line());
        }
        return lines;
    }

    boolean isEmpty()
    {
        return errors.isEmpty();
    }

    /**
     * @return the errors ordered by line, then column, then the order they were found.
     */
    List<ConfigError> sorted()
    {
        final List<ConfigError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(ConfigError::line).thenComparingInt(ConfigError::column));
        return sorted;
    }
}
