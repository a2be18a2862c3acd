package com.tradefinder.gateway.binance.fake;

/**
 * A small append-only JSON writer for the fake's responses and pushes, so every shape is spelled out field by field
 * in Binance's order. Prices and quantities are passed already formatted (Binance sends them as strings).
 * <p>
 * Not thread-safe: one instance per message being built.
 */
final class JsonText
{
    private final StringBuilder out = new StringBuilder(256);
    private boolean needsComma;

    JsonText beginObject()
    {
        separate();
        out.append('{');
        needsComma = false;
        return this;
    }

    JsonText beginObject(final String name)
    {
        name(name);
        out.append('{');
        needsComma = false;
        return this;
    }

    JsonText endObject()
    {
        out.append('}');
        needsComma = true;
        return this;
    }

    JsonText beginArray()
    {
        separate();
        out.append('[');
        needsComma = false;
        return this;
    }

    JsonText beginArray(final String name)
    {
        name(name);
        out.append('[');
        needsComma = false;
        return this;
    }

    JsonText endArray()
    {
        out.append(']');
        needsComma = true;
        return this;
    }

    JsonText string(final String name, final String value)
    {
        name(name);
        quote(value);
        needsComma = true;
        return this;
    }

    JsonText string(final String value)
    {
        separate();
        quote(value);
        needsComma = true;
        return this;
    }

    JsonText number(final String name, final long value)
    {
        name(name);
        out.append(value);
        needsComma = true;
        return this;
    }

    JsonText bool(final String name, final boolean value)
    {
        name(name);
        out.append(value);
        needsComma = true;
        return this;
    }

    JsonText nullValue(final String name)
    {
        name(name);
        out.append("null");
        needsComma = true;
        return this;
    }

    /** Appends already serialised JSON (a captured payload) as the value of {@code name}. */
    JsonText raw(final String name, final String json)
    {
        name(name);
        out.append(json);
        needsComma = true;
        return this;
    }

    @Override
    public String toString()
    {
        return out.toString();
    }

    private void name(final String name)
    {
        separate();
        quote(name);
        out.append(':');
    }

    private void separate()
    {
        if (needsComma)
        {
            out.append(',');
        }
    }

    private void quote(final String value)
    {
        out.append('"');
        for (int i = 0; i < value.length(); i++)
        {
            final char c = value.charAt(i);
            if (c == '"' || c == '\\')
            {
                out.append('\\').append(c);
            }
            else if (c < 0x20)
            {
                out.append(String.format("\\u%04x", (int)c));
            }
            else
            {
                out.append(c);
            }
        }
        out.append('"');
    }
}
