package com.tradefinder.config;

import java.util.List;

/**
 * A bot config (or several) failed validation. Carries every problem found, not only the first, each as one
 * {@link ConfigError}; the message is their one-line forms joined by newlines, in file order and then line order.
 */
public final class ConfigException extends Exception
{
    private static final long serialVersionUID = 1L;

    private final transient List<ConfigError> errors;

    /**
     * @param errors the problems found, at least one.
     */
    public ConfigException(final List<ConfigError> errors)
    {
        super(join(errors));
        this.errors = List.copyOf(errors);
    }

    /**
     * @return every problem found, in file order and then line order.
     */
    public List<ConfigError> errors()
    {
        return errors;
    }

    /**
     * @return every problem as its one-line form.
     */
    public List<String> lines()
    {
        return errors.stream().map(ConfigError::format).toList();
    }

    private static String join(final List<ConfigError> errors)
    {
        if (errors.isEmpty())
        {
            throw new IllegalArgumentException("a ConfigException needs at least one error");
        }
        final StringBuilder text = new StringBuilder();
        for (final ConfigError error : errors)
        {
            if (text.length() > 0)
            {
                text.append('\n');
            }
            text.append(error.format());
        }
        return text.toString();
    }
}
