package com.tradefinder.engine.ops.webhook;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A strict, small JSON reader for alert payloads: one object in, its leaves out as a flat map from dotted path
 * ({@code strategy.order_action}, {@code list[2]}) to text. Numbers keep their literal text, so prices go from the
 * digits straight to fixed point, never through {@code double}; {@code null} leaves are left out. Nesting is limited
 * to {@value #MAX_DEPTH} levels. Not thread-safe: one instance per parse.
 */
final class FlatJson
{
    /** Deepest nesting accepted. */
    static final int MAX_DEPTH = 8;

    private final String text;
    private final Map<String, String> leaves = new LinkedHashMap<>();
    private int position;

    private FlatJson(final String text)
    {
        this.text = text;
    }

    /**
     * @param text a JSON object.
     * @return its leaves by dotted path, in document order.
     * @throws MalformedPayloadException naming what is wrong and where.
     */
    static Map<String, String> parse(final String text)
    {
        final FlatJson reader = new FlatJson(text);
        reader.skipSpace();
        if (reader.peek() != '{')
        {
            throw reader.error("expected a JSON object");
        }
        reader.value("", 0);
        reader.skipSpace();
        if (reader.position < text.length())
        {
            throw reader.error("unexpected text after the object");
        }
        return reader.leaves;
    }

    private void value(final String path, final int depth)
    {
        if (depth > MAX_DEPTH)
        {
            throw error("nested deeper than " + MAX_DEPTH + " levels");
        }
        skipSpace();
        final char c = peek();
        if (c == '{')
        {
            object(path, depth);
        }
        else if (c == '[')
        {
            array(path, depth);
        }
        else if (c == '"')
        {
            put(path, string());
        }
        else if (c == '-' || (c >= '0' && c <= '9'))
        {
            put(path, number());
        }
        else if (text.startsWith("true", position))
        {
            position += 4;
            put(path, "true");
        }
        else if (text.startsWith("false", position))
        {
            position += 5;
            put(path, "false");
        }
        else if (text.startsWith("null", position))
        {
            position += 4;
        }
        else
        {
            throw error(c == 0 ? "unexpected end of the body" : "unexpected character '" + c + "'");
        }
    }

    private void object(final String path, final int depth)
    {
        position++;
        skipSpace();
        if (peek() == '}')
        {
            position++;
            return;
        }
        while (true)
        {
            skipSpace();
            if (peek() != '"')
            {
                throw error("expected a quoted key");
            }
            final String key = string();
            skipSpace();
            expect(':');
            value(path.isEmpty() ? key : path + '.' + key, depth + 1);
            skipSpace();
            final char next = peek();
            position++;
            if (next == '}')
            {
                return;
            }
            if (next != ',')
            {
                position--;
                throw error("expected ',' or '}'");
            }
        }
    }

    private void array(final String path, final int depth)
    {
        position++;
        skipSpace();
        if (peek() == ']')
        {
            position++;
            return;
        }
        int index = 0;
        while (true)
        {
            value(path + '[' + index++ + ']', depth + 1);
            skipSpace();
            final char next = peek();
            position++;
            if (next == ']')
            {
                return;
            }
            if (next != ',')
            {
                position--;
                throw error("expected ',' or ']'");
            }
        }
    }

    private String string()
    {
        position++;
        final StringBuilder out = new StringBuilder();
        while (position < text.length())
        {
            final char c = text.charAt(position++);
            if (c == '"')
            {
                return out.toString();
            }
            if (c == '\\')
            {
                if (position >= text.length())
                {
                    break;
                }
                final char escaped = text.charAt(position++);
                switch (escaped)
                {
                    case '"', '\\', '/' -> out.append(escaped);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' ->
                    {
                        if (position + 4 > text.length())
                        {
                            throw error("truncated \\u escape");
                        }
                        try
                        {
                            out.append((char)Integer.parseInt(text.substring(position, position + 4), 16));
                        }
                        catch (final NumberFormatException ex)
                        {
                            throw error("bad \\u escape");
                        }
                        position += 4;
                    }
                    default -> throw error("bad escape '\\" + escaped + "'");
                }
            }
            else if (c < 0x20)
            {
                position--;
                throw error("control character in a string");
            }
            else
            {
                out.append(c);
            }
        }
        throw error("unterminated string");
    }

    private String number()
    {
        final int start = position;
        while (position < text.length())
        {
            final char c = text.charAt(position);
            if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E')
            {
                position++;
            }
            else
            {
                break;
            }
        }
        return text.substring(start, position);
    }

    private void put(final String path, final String value)
    {
        if (leaves.put(path, value) != null)
        {
            throw error("duplicate key \"" + path + "\"");
        }
    }

    private void expect(final char c)
    {
        if (peek() != c)
        {
            throw error("expected '" + c + "'");
        }
        position++;
    }

    private char peek()
    {
        return position < text.length() ? text.charAt(position) : 0;
    }

    private void skipSpace()
    {
        while (position < text.length() && Character.isWhitespace(text.charAt(position)))
        {
            position++;
        }
    }

    private MalformedPayloadException error(final String what)
    {
        return new MalformedPayloadException("malformed JSON body at character " + position + ": " + what);
    }
}
