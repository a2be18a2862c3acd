package com.tradefinder.config;

/**
 * One problem found in a bot config file, reported as one line.
 * <p>
 * Formats, by what is known about the problem:
 * <ul>
 *   <li>a key's value or a missing key: {@code file:line: key: message}, e.g.
 *       {@code bots/a.toml:12: risk.risk_per_trade_pct: 5 is out of range (allowed 0.1..3)};</li>
 *   <li>TOML syntax: {@code file:line:column: syntax error: message};</li>
 *   <li>the file as a whole (it cannot be read): {@code file: message}.</li>
 * </ul>
 * Keys are dotted paths from the root of the file; an element of an array carries its zero-based index, e.g.
 * {@code strategies[1].params.members[0]}. Lines and columns are 1-based; 0 means unknown.
 * A message never contains the value of a key that looks like a secret.
 *
 * @param source  the file name given to the loader.
 * @param line    1-based line, or 0 when the problem concerns the file as a whole.
 * @param column  1-based column for syntax errors, 0 otherwise.
 * @param key     dotted key path, or {@code null} for syntax and file errors.
 * @param message what is wrong and, where it helps, what is allowed.
 */
public record ConfigError(String source, int line, int column, String key, String message)
{
    /**
     * @return the error as one line, in the formats described on the type.
     */
    public String format()
    {
        if (line <= 0)
        {
            return source + ": " + message;
        }
        if (key == null)
        {
            return source + ":" + line + ":" + column + ": syntax error: " + message;
        }
        return source + ":" + line + ": " + key + ": " + message;
    }

    @Override
    public String toString()
    {
        return format();
    }
}
