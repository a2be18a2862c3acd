package com.tradefinder.engine.marketdata;

/**
 * The bar timeframes the engine supports, in seconds, with their labels and UTC bucket alignment.
 * <p>
 * Supported: {@code 1m 3m 5m 15m 30m 1h 2h 4h 6h 8h 12h 1d}, the Binance kline intervals below a week. Every one of
 * them divides a day, so buckets aligned to the epoch are aligned to UTC midnight as well: a {@code 1d} bucket starts
 * at 00:00 UTC, a {@code 4h} bucket at 00:00, 04:00, 08:00 ... UTC, exactly like the exchange's klines.
 * <p>
 * Pure static functions: any thread, deterministic, no allocation except the exception of {@link #parseSeconds} and
 * {@link #label}, which belong to configuration and command-line edges, not the hot path.
 */
public final class Timeframe
{
    /** One minute, in seconds. */
    public static final int ONE_MINUTE_SEC = 60;
    /** One hour, in seconds. */
    public static final int ONE_HOUR_SEC = 3_600;
    /** Four hours, in seconds. */
    public static final int FOUR_HOURS_SEC = 14_400;
    /** One day, in seconds. */
    public static final int ONE_DAY_SEC = 86_400;

    /** Nanoseconds in one second. */
    public static final long NANOS_PER_SECOND = 1_000_000_000L;

    private static final int[] SUPPORTED_SEC =
        { 60, 180, 300, 900, 1_800, 3_600, 7_200, 14_400, 21_600, 28_800, 43_200, 86_400 };
    private static final String[] LABELS =
        { "1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d" };
    private static final String ALLOWED = String.join(", ", LABELS);

    private Timeframe()
    {
    }

    /**
     * Parses a timeframe label. Case-sensitive, as on Binance, where {@code 1M} is a month.
     *
     * @param text one of {@code 1m 3m 5m 15m 30m 1h 2h 4h 6h 8h 12h 1d}.
     * @return the timeframe in seconds.
     * @throws IllegalArgumentException naming the text and the allowed labels when it is not one of them.
     */
    public static int parseSeconds(final String text)
    {
        if (text != null)
        {
            for (int i = 0; i < LABELS.length; i++)
            {
                if (LABELS[i].equals(text))
                {
                    return SUPPORTED_SEC[i];
                }
            }
        }
        throw new IllegalArgumentException(
            "unsupported timeframe \"" + text + "\": allowed values are " + ALLOWED);
    }

    /**
     * @param seconds a supported timeframe in seconds.
     * @return its label, e.g. {@code "4h"} for 14400.
     * @throws IllegalArgumentException when the timeframe is not supported.
     */
    public static String label(final int seconds)
    {
        final int index = indexOf(seconds);
        if (index < 0)
        {
            throw new IllegalArgumentException(
                "unsupported timeframe " + seconds + "s: allowed values are " + ALLOWED);
        }
        return LABELS[index];
    }

    /**
     * @param seconds a timeframe in seconds.
     * @return whether it is one of the supported timeframes.
     */
    public static boolean isSupported(final int seconds)
    {
        return indexOf(seconds) >= 0;
    }

    /**
     * @return the number of supported timeframes.
     */
    public static int supportedCount()
    {
        return SUPPORTED_SEC.length;
    }

    /**
     * @param index from 0 to {@link #supportedCount()} - 1.
     * @return the supported timeframe at that index, in ascending order of length, in seconds.
     */
    public static int supportedSeconds(final int index)
    {
        return SUPPORTED_SEC[index];
    }

    /**
     * @param seconds a timeframe in seconds.
     * @return its length in nanoseconds.
     */
    public static long periodNs(final int seconds)
    {
        return seconds * NANOS_PER_SECOND;
    }

    /**
     * Start of the epoch-aligned bucket that contains {@code timeNs}; for the supported timeframes this is the UTC
     * aligned kline open time. Times before the epoch round down too (towards negative infinity).
     *
     * @param timeNs  epoch nanoseconds.
     * @param seconds timeframe in seconds, positive (not checked: hot path).
     * @return the bucket's open time in epoch nanoseconds, at or before {@code timeNs}.
     */
    public static long alignDownNs(final long timeNs, final int seconds)
    {
        return alignDownToPeriodNs(timeNs, seconds * NANOS_PER_SECOND);
    }

    /**
     * Same as {@link #alignDownNs(long, int)} for a period already in nanoseconds.
     *
     * @param timeNs   epoch nanoseconds.
     * @param periodNs bucket length in nanoseconds, positive (not checked: hot path).
     * @return the bucket's open time in epoch nanoseconds, at or before {@code timeNs}.
     */
    public static long alignDownToPeriodNs(final long timeNs, final long periodNs)
    {
        return Math.floorDiv(timeNs, periodNs) * periodNs;
    }

    private static int indexOf(final int seconds)
    {
        for (int i = 0; i < SUPPORTED_SEC.length; i++)
        {
            if (SUPPORTED_SEC[i] == seconds)
            {
                return i;
            }
        }
        return -1;
    }
}
