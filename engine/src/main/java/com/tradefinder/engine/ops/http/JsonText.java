package com.tradefinder.engine.ops.http;

/**
 * JSON string quoting for the small answers the operator endpoints write by hand. Pure; any thread.
 */
public final class JsonText
{
    private JsonText()
    {
    }

    /**
     * @param text any text, or null.
     * @return it as a JSON string literal, quotes included; {@code null} for null.
     */
    public static String quote(final String text)
    {
        if (text == null)
        {
            return "null";
        }
        return appendQuoted(new StringBuilder(text.length() + 2), text).toString();
    }

    /**
     * @param out  where to append.
     * @param text any text.
     * @return {@code out}.
     */
    public static StringBuilder appendQuoted(final StringBuilder out, final String text)
    {
        out.append('"');
        for (int i = 0; i < text.length(); i++)
        {
            final char c = text.charAt(i);
            switch (c)
            {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    if (c < 0x20)
                    {
                        out.append(String.format("\\u%04x", (int)c));
                    }
                    else
                    {
                        out.append(c);
                    }
                    break;
            }
        }
        return out.append('"');
    }
}
