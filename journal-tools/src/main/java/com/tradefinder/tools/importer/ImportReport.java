package com.tradefinder.tools.importer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what an import found wrong with its input, per file and kind, with file and line for every finding.
 * <p>
 * Single-threaded (the import thread). The first {@code maxDetailLines} findings keep their full text; all are counted.
 */
public final class ImportReport
{
    /** What was wrong with an input row. */
    public enum ProblemKind
    {
        /** Unparsable, wrong column count, inexact number, impossible values: skipped. */
        MALFORMED,
        /** Same key as an earlier row: skipped. */
        DUPLICATE,
        /** Earlier than the previous row of the same stream: skipped, never reordered. */
        OUT_OF_ORDER,
        /** Missing interval, trade ids or update ids: reported, nothing invented. */
        GAP,
        /** Well-formed but not importable (an unsupported stream or event type): skipped. */
        UNSUPPORTED
    }

    private final int maxDetailLines;
    private final List<String> details = new ArrayList<>();
    private final Map<String, EnumMap<ProblemKind, Long>> countsByFile = new LinkedHashMap<>();
    private final Map<String, Long> eventsByFile = new LinkedHashMap<>();

    /**
     * @param maxDetailLines findings whose full text is kept.
     */
    public ImportReport(final int maxDetailLines)
    {
        this.maxDetailLines = maxDetailLines;
    }

    /**
     * Records one finding.
     *
     * @param file   the input file.
     * @param line   1-based line number, or 0 when the finding is not about one line.
     * @param kind   what was wrong.
     * @param detail one line of explanation, without the file and line.
     */
    public void problem(final Path file, final long line, final ProblemKind kind, final String detail)
    {
        final String name = file.getFileName().toString();
        countsByFile.computeIfAbsent(name, k -> new EnumMap<>(ProblemKind.class)).merge(kind, 1L, Long::sum);
        if (details.size() < maxDetailLines)
        {
            details.add(name + ":" + line + ": " + kind.name().toLowerCase().replace('_', '-') + ": " + detail);
        }
    }

    /**
     * Counts one event read successfully from a file.
     *
     * @param file the input file.
     */
    public void imported(final Path file)
    {
        eventsByFile.merge(file.getFileName().toString(), 1L, Long::sum);
    }

    /**
     * Counts events read successfully from a file, in one step: for sources that count locally and report in batches,
     * so that reading a row costs no map update.
     *
     * @param file   the input file.
     * @param events events read since the last call, &gt;= 0.
     */
    public void imported(final Path file, final long events)
    {
        if (events > 0)
        {
            eventsByFile.merge(file.getFileName().toString(), events, Long::sum);
        }
    }

    /**
     * @param kind a problem kind.
     * @return findings of that kind over all files.
     */
    public long count(final ProblemKind kind)
    {
        long total = 0;
        for (final EnumMap<ProblemKind, Long> counts : countsByFile.values())
        {
            total += counts.getOrDefault(kind, 0L);
        }
        return total;
    }

    /**
     * @param fileName a file name (no folder).
     * @param kind     a problem kind.
     * @return findings of that kind in that file.
     */
    public long count(final String fileName, final ProblemKind kind)
    {
        final EnumMap<ProblemKind, Long> counts = countsByFile.get(fileName);
        return counts == null ? 0 : counts.getOrDefault(kind, 0L);
    }

    /**
     * @param fileName a file name (no folder).
     * @return events imported from it.
     */
    public long events(final String fileName)
    {
        return eventsByFile.getOrDefault(fileName, 0L);
    }

    /**
     * @return the findings kept in full, in the order found.
     */
    public List<String> details()
    {
        return details;
    }

    /**
     * Prints the kept findings, then one summary line per file.
     *
     * @param out destination.
     */
    public void print(final PrintStream out)
    {
        for (final String line : details)
        {
            out.println(line);
        }
        long total = 0;
        for (final EnumMap<ProblemKind, Long> counts : countsByFile.values())
        {
            for (final long n : counts.values())
            {
                total += n;
            }
        }
        if (total > details.size())
        {
            out.println("... " + (total - details.size()) + " more findings not shown");
        }
        for (final Map.Entry<String, Long> entry : eventsByFile.entrySet())
        {
            final StringBuilder line = new StringBuilder();
            line.append(entry.getKey()).append(": ").append(entry.getValue()).append(" events");
            final EnumMap<ProblemKind, Long> counts = countsByFile.get(entry.getKey());
            if (counts != null)
            {
                for (final Map.Entry<ProblemKind, Long> count : counts.entrySet())
                {
                    line.append(", ").append(count.getValue()).append(' ')
                        .append(count.getKey().name().toLowerCase().replace('_', '-'));
                }
            }
            out.println(line);
        }
    }
}
