package com.tradefinder.tools.importer;

import java.time.Instant;

/**
 * Timeframe tokens of file names ({@code -1m-}, {@code -5m-}, {@code -1h-}, {@code -4h-}, {@code -1d-}, {@code -1w-})
 * and the UTC time text used in report details. Stateless; for the import edge, the text methods allocate.
 */
final class Timeframes
{
    /** Binance weekly klines open on Monday 00:00 UTC; 1970-01-01 was a Thursday, four days earlier. */
    private static final long WEEK_ALIGNMENT_OFFSET_MS = 4L * 86_400_000L;

    private Timeframes()
    {
    }

    /**
     * @param fileName a file name such as {@code binance-futures-um-BTCUSDT-1h-2020-01-01_2026-05-16.csv}.
     * @return the timeframe in seconds of the first token {@code <n><s|m|h|d|w>} that follows a {@code -} and ends at
     *         {@code -}, {@code _} or {@code .}, or 0 if there is none.
     */
    static int fromFileName(final String fileName)
    {
        int start = fileName.indexOf('-');
        while (start >= 0)
        {
            int end = start + 1;
            while (end < fileName.length() && "-_.".indexOf(fileName.charAt(end)) < 0)
            {
                end++;
            }
            if (end == fileName.length())
            {
                return 0;
            }
            final int seconds = parseToken(fileName, start + 1, end);
            if (seconds > 0)
            {
                return seconds;
            }
            start = fileName.indexOf('-', start + 1);
        }
        return 0;
    }

    private static int parseToken(final String text, final int from, final int to)
    {
        if (to - from < 2 || to - from > 5)
        {
            return 0;
        }
        long n = 0;
        for (int i = from; i < to - 1; i++)
        {
            final char c = text.charAt(i);
            if (c < '0' || c > '9')
            {
                return 0;
            }
            n = n * 10 + (c - '0');
        }
        final long unit;
        switch (text.charAt(to - 1))
        {
            case 's':
                unit = 1;
                break;
            case 'm':
                unit = 60;
                break;
            case 'h':
                unit = 3600;
                break;
            case 'd':
                unit = 86_400;
                break;
            case 'w':
                unit = 604_800;
                break;
            default:
                return 0;
        }
        final long seconds = n * unit;
        return seconds > 0 && seconds <= Integer.MAX_VALUE ? (int)seconds : 0;
    }

    /**
     * @param timeframeSec a timeframe.
     * @return its short label, e.g. {@code 1h}, {@code 5m}, {@code 90s}.
     */
    static String label(final int timeframeSec)
    {
        if (timeframeSec % 604_800 == 0)
        {
            return timeframeSec / 604_800 + "w";
        }
        if (timeframeSec % 86_400 == 0)
        {
            return timeframeSec / 86_400 + "d";
        }
        if (timeframeSec % 3600 == 0)
        {
            return timeframeSec / 3600 + "h";
        }
        if (timeframeSec % 60 == 0)
        {
            return timeframeSec / 60 + "m";
        }
        return timeframeSec + "s";
    }

    /**
     * @param timeframeSec a timeframe.
     * @return the epoch-ms offset bar open times are aligned to: 0, or Monday 1970-01-05 for whole weeks.
     */
    static long alignmentOffsetMs(final int timeframeSec)
    {
        return timeframeSec % 604_800 == 0 ? WEEK_ALIGNMENT_OFFSET_MS : 0;
    }

    /**
     * @param epochMs epoch milliseconds.
     * @return ISO-8601 UTC text, e.g. {@code 2020-01-01T02:00:00Z}.
     */
    static String iso(final long epochMs)
    {
        return Instant.ofEpochMilli(epochMs).toString();
    }
}
