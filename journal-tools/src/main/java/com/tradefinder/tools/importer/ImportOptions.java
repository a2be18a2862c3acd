package com.tradefinder.tools.importer;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.tradefinder.codecs.Venue;

/**
 * What to import and how to read file names: an immutable value with fluent accessors.
 * <p>
 * {@code x()} reads a setting, {@code x(value)} returns a copy with that setting changed:
 * <pre>{@code
 * ImportOptions.defaults().fromNs(from).toNs(to).instruments(Set.of("BTCUSDT"))
 * }</pre>
 * Times are epoch nanoseconds, the window is half-open {@code [fromNs, toNs)} and applies to each event's
 * {@link EventSource#timeNs()}. Overrides apply to every file of the import. Safe to share between threads.
 */
public final class ImportOptions
{
    /** Findings kept in full by a report made with {@link #maxDetailLines()} unless changed. */
    public static final int DEFAULT_MAX_DETAIL_LINES = 100;

    private static final ImportOptions DEFAULTS =
        new ImportOptions(Long.MIN_VALUE, Long.MAX_VALUE, null, null, 0, Set.of(), DEFAULT_MAX_DETAIL_LINES);

    private final long fromNs;
    private final long toNs;
    private final String symbol;
    private final Venue venue;
    private final int timeframeSec;
    private final Set<String> instruments;
    private final int maxDetailLines;

    private ImportOptions(
        final long fromNs,
        final long toNs,
        final String symbol,
        final Venue venue,
        final int timeframeSec,
        final Set<String> instruments,
        final int maxDetailLines)
    {
        this.fromNs = fromNs;
        this.toNs = toNs;
        this.symbol = symbol;
        this.venue = venue;
        this.timeframeSec = timeframeSec;
        this.instruments = instruments;
        this.maxDetailLines = maxDetailLines;
    }

    /**
     * @return no window, no overrides, no instrument filter, {@link #DEFAULT_MAX_DETAIL_LINES}.
     */
    public static ImportOptions defaults()
    {
        return DEFAULTS;
    }

    /**
     * @return first event time kept, epoch ns, inclusive; {@link Long#MIN_VALUE} when unbounded.
     */
    public long fromNs()
    {
        return fromNs;
    }

    /**
     * @param fromNs first event time kept, epoch ns, inclusive.
     * @return a copy with it set.
     */
    public ImportOptions fromNs(final long fromNs)
    {
        return new ImportOptions(fromNs, toNs, symbol, venue, timeframeSec, instruments, maxDetailLines);
    }

    /**
     * @return end of the window, epoch ns, exclusive; {@link Long#MAX_VALUE} when unbounded.
     */
    public long toNs()
    {
        return toNs;
    }

    /**
     * @param toNs end of the window, epoch ns, exclusive.
     * @return a copy with it set.
     */
    public ImportOptions toNs(final long toNs)
    {
        return new ImportOptions(fromNs, toNs, symbol, venue, timeframeSec, instruments, maxDetailLines);
    }

    /**
     * @return true when the window is narrower than everything.
     */
    public boolean hasWindow()
    {
        return fromNs != Long.MIN_VALUE || toNs != Long.MAX_VALUE;
    }

    /**
     * @return symbol to use instead of the one in the file name, or null to infer it.
     */
    public String symbol()
    {
        return symbol;
    }

    /**
     * @param symbol venue symbol such as {@code BTCUSDT} (upper-cased), or null to infer it from file names.
     * @return a copy with it set.
     */
    public ImportOptions symbol(final String symbol)
    {
        final String value = symbol == null ? null : symbol.trim().toUpperCase(Locale.ROOT);
        return new ImportOptions(fromNs, toNs, value, venue, timeframeSec, instruments, maxDetailLines);
    }

    /**
     * @return venue to use instead of the one in the file name, or null to infer it.
     */
    public Venue venue()
    {
        return venue;
    }

    /**
     * @param venue venue of every file, or null to infer it from file names.
     * @return a copy with it set.
     */
    public ImportOptions venue(final Venue venue)
    {
        return new ImportOptions(fromNs, toNs, symbol, venue, timeframeSec, instruments, maxDetailLines);
    }

    /**
     * @return kline timeframe in seconds to use instead of the file-name token, 0 to infer it.
     */
    public int timeframeSec()
    {
        return timeframeSec;
    }

    /**
     * @param timeframeSec kline timeframe in seconds, 0 to infer it from file names ({@code -1h-}, {@code -5m-}, ...).
     * @return a copy with it set.
     */
    public ImportOptions timeframeSec(final int timeframeSec)
    {
        if (timeframeSec < 0)
        {
            throw new IllegalArgumentException("timeframeSec must be >= 0: " + timeframeSec);
        }
        return new ImportOptions(fromNs, toNs, symbol, venue, timeframeSec, instruments, maxDetailLines);
    }

    /**
     * @return symbols to import (upper case), empty for all.
     */
    public Set<String> instruments()
    {
        return instruments;
    }

    /**
     * @param symbols symbols to import, e.g. {@code BTCUSDT}; files of other instruments are left out. Empty for all.
     * @return a copy with it set.
     */
    public ImportOptions instruments(final Set<String> symbols)
    {
        final TreeSet<String> upper = new TreeSet<>();
        for (final String s : symbols)
        {
            upper.add(s.trim().toUpperCase(Locale.ROOT));
        }
        return new ImportOptions(fromNs, toNs, symbol, venue, timeframeSec, Set.copyOf(upper), maxDetailLines);
    }

    /**
     * @param symbol a venue symbol.
     * @return true if the instrument filter lets it through.
     */
    public boolean accepts(final String symbol)
    {
        return instruments.isEmpty() || instruments.contains(symbol);
    }

    /**
     * @return findings an {@link ImportReport} should keep in full.
     */
    public int maxDetailLines()
    {
        return maxDetailLines;
    }

    /**
     * @param maxDetailLines findings an {@link ImportReport} should keep in full, &gt;= 0.
     * @return a copy with it set.
     */
    public ImportOptions maxDetailLines(final int maxDetailLines)
    {
        if (maxDetailLines < 0)
        {
            throw new IllegalArgumentException("maxDetailLines must be >= 0: " + maxDetailLines);
        }
        return new ImportOptions(fromNs, toNs, symbol, venue, timeframeSec, instruments, maxDetailLines);
    }

    @Override
    public String toString()
    {
        return "ImportOptions{fromNs=" + fromNs + ", toNs=" + toNs + ", symbol=" + symbol + ", venue=" + venue +
            ", timeframeSec=" + timeframeSec + ", instruments=" + instruments + ", maxDetailLines=" + maxDetailLines + '}';
    }
}
