package com.tradefinder.tools.run;

import java.util.Locale;

/**
 * How fast a replay plays its events: at the original pace (event-time deltas), a whole number of times faster, or as
 * fast as the engine takes them. Written {@code 1}, {@code 10x} (or {@code 10}) and {@code max}. Immutable.
 *
 * @param speedup how many times faster than the original; 0 for as fast as possible.
 */
public record ReplayPace(long speedup)
{
    /** As fast as possible. */
    public static final ReplayPace MAX = new ReplayPace(0);

    /** The original pace. */
    public static final ReplayPace ORIGINAL = new ReplayPace(1);

    /**
     * @param speedup 0 for as fast as possible, else at least 1.
     */
    public ReplayPace
    {
        if (speedup < 0)
        {
            throw new IllegalArgumentException("replay pace must be positive: " + speedup);
        }
    }

    /**
     * @param text {@code max}, {@code N} or {@code Nx} with N from 1 to 1,000,000.
     * @return the pace.
     * @throws IllegalArgumentException naming the text when it is none of those.
     */
    public static ReplayPace parse(final String text)
    {
        final String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.equals("max"))
        {
            return MAX;
        }
        final String digits = value.endsWith("x") ? value.substring(0, value.length() - 1) : value;
        try
        {
            final long speedup = Long.parseLong(digits);
            if (speedup >= 1 && speedup <= 1_000_000)
            {
                return new ReplayPace(speedup);
            }
        }
        catch (final NumberFormatException ex)
        {
            // reported below with the accepted forms
        }
        throw new IllegalArgumentException("pace=" + text + " is not 1, Nx (N from 1 to 1000000) or max");
    }

    /**
     * @return whether the replay waits at all.
     */
    public boolean paced()
    {
        return speedup > 0;
    }

    /**
     * @param eventDeltaNs event time since the replay's first event.
     * @return wall-clock time since the replay started at which the event is due.
     */
    public long wallDelayNs(final long eventDeltaNs)
    {
        return speedup == 0 ? 0 : eventDeltaNs / speedup;
    }

    @Override
    public String toString()
    {
        return speedup == 0 ? "max" : speedup + "x";
    }
}
