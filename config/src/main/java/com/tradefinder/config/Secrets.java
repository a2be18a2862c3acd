package com.tradefinder.config;

import org.tomlj.TomlArray;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps credentials out of config files: any key named like a credential ({@code api_key}, {@code api_secret},
 * {@code secret}, {@code password}, {@code passphrase}, {@code private_key}, {@code token}, in any table, whatever its
 * value) is an error, reported without its value. Names ending in {@code _env} or {@code _file} name where a
 * credential is, not the credential, and pass. Pure functions; any thread.
 */
final class Secrets
{
    /** The one line every credential key gets. */
    static final String MESSAGE = "keys never go in the config file: name the environment variables that hold them "
        + "with api_key_env and api_secret_env, or an owner-only secrets_file";

    private static final List<String> WORDS = List.of(
        "secret", "password", "passwd", "passphrase", "api_key", "apikey", "private_key", "privatekey", "token");
    private static final Pattern ASSIGNED_KEY = Pattern.compile("([A-Za-z0-9_-]+)[\"']?\\s*=");

    private Secrets()
    {
    }

    /**
     * @param key a bare key (one segment).
     * @return whether it names a credential.
     */
    static boolean isSecretName(final String key)
    {
        final String name = key.toLowerCase(Locale.ROOT).replace('-', '_');
        if (name.endsWith("_env") || name.endsWith("_file"))
        {
            return false;
        }
        for (final String word : WORDS)
        {
            if (name.contains(word))
            {
                return true;
            }
        }
        return false;
    }

    /**
     * Reports every credential key in a parsed table and the tables below it, arrays of tables included.
     *
     * @param table  a parsed table.
     * @param path   its dotted path, empty for the root.
     * @param errors where to report.
     */
    static void scan(final TomlTable table, final String path, final ErrorSink errors)
    {
        for (final String key : table.keySet())
        {
            final List<String> keyPath = List.of(key);
            final String fullKey = path.isEmpty() ? key : path + "." + key;
            final Object value = table.get(keyPath);
            if (isSecretName(key))
            {
                final TomlPosition position = table.inputPositionOf(keyPath);
                errors.add(position == null ? 1 : position.line(), fullKey, MESSAGE);
            }
            else if (value instanceof TomlTable)
            {
                scan((TomlTable)value, fullKey, errors);
            }
            else if (value instanceof TomlArray)
            {
                scan((TomlArray)value, fullKey, errors);
            }
        }
    }

    /**
     * Finds the lines of raw text that assign a credential key, for when the text does not parse: tomlj's syntax
     * messages may quote the text they stumbled on, so such lines get no syntax message of their own. Text after a
     * {@code #} is taken for a comment.
     *
     * @param text the file's text.
     * @return 1-based line → the credential key it assigns, in line order.
     */
    static Map<Integer, String> lines(final String text)
    {
        final Map<Integer, String> found = new LinkedHashMap<>();
        final String[] lines = text.split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length; i++)
        {
            final int hash = lines[i].indexOf('#');
            final String code = hash < 0 ? lines[i] : lines[i].substring(0, hash);
            final Matcher matcher = ASSIGNED_KEY.matcher(code);
            while (matcher.find())
            {
                if (isSecretName(matcher.group(1)))
                {
                    found.putIfAbsent(i + 1, matcher.group(1));
                }
            }
        }
        return found;
    }

    private static void scan(final TomlArray array, final String path, final ErrorSink errors)
    {
        for (int i = 0; i < array.size(); i++)
        {
            final Object element = array.get(i);
            if (element instanceof TomlTable)
            {
                scan((TomlTable)element, path + "[" + i + "]", errors);
            }
            else if (element instanceof TomlArray)
            {
                scan((TomlArray)element, path + "[" + i + "]", errors);
            }
        }
    }
}
