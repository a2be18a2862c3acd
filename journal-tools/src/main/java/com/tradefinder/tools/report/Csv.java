package com.tradefinder.tools.report;

/**
 * CSV cell quoting (RFC 4180) for the report's text columns.
 */
final class Csv
{
    private Csv()
    {
    }

    /**
     * @param text a cell's text.
     * @return the text, quoted with doubled inner quotes when it holds a comma, quote or line break.
     */
    static String cell(final String text)
    {
        for (int i = 0; i < text.length(); i++)
        {
            final char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r')
            {
                return '"' + text.replace("\"", "\"\"") + '"';
            }
        }
        return text;
    }
}
