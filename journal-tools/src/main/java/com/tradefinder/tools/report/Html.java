package com.tradefinder.tools.report;

/**
 * Escaping for text placed in HTML and SVG (element content and quoted attribute values alike).
 */
public final class Html
{
    private Html()
    {
    }

    /**
     * @param text any text; null is treated as empty.
     * @return the text with {@code & < > " '} replaced by entities and control characters other than tab and line
     *         breaks dropped, safe inside elements and quoted attributes.
     */
    public static String escape(final String text)
    {
        if (text == null)
        {
            return "";
        }
        final StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++)
        {
            final char c = text.charAt(i);
            switch (c)
            {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default ->
                {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
                    {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
