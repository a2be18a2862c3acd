package com.tradefinder.tools.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.agrona.DirectBuffer;

/**
 * Imports history files as one time-ordered stream of SBE events: the façade the CLI calls.
 * <p>
 * {@link #open(List, ImportOptions, ImportReport)} takes files and folders. A folder stands for its regular files
 * (not sub-folders) sorted by name; among them, files that cannot be imported are left out, each with one UNSUPPORTED
 * line in the report. A file named explicitly must be importable, or the import fails. Each file is read by the source
 * its name and header call for:
 * <ul>
 *     <li>{@code *.jsonl.gz}: a Binance WebSocket capture, through the {@link CaptureSourceFactory};</li>
 *     <li>{@code *.csv} with header {@value CsvKlineSource#TRADE_HEADER} or {@value CsvKlineSource#MARK_HEADER}:
 *     {@link CsvKlineSource};</li>
 *     <li>{@value CsvFundingSource#BINANCE_HEADER} or {@value CsvFundingSource#BYBIT_HEADER}:
 *     {@link CsvFundingSource};</li>
 *     <li>{@value CsvTradeSource#HEADER}: {@link CsvTradeSource}.</li>
 * </ul>
 * A file listed twice (directly and through its folder) is read once. Files of instruments outside
 * {@link ImportOptions#instruments()} are left out, judged by the venue and symbol of the file name (a capture's name
 * is only read when there is such a filter; otherwise the capture source tells its own instruments). Instrument ids are given in file order. Events outside the window
 * {@code [fromNs, toNs)} are dropped before the merge, so the instrument definitions carry the time of the earliest
 * event inside it; problems are still checked and reported over whole files, and {@link ImportReport#events(String)}
 * counts every good row of a file, inside the window or not.
 * <p>
 * The result is a {@link MergedSource} over all files (instrument definitions first, then events by time, ties in file
 * order). Single-threaded; close it to close every file.
 */
public final class HistoryImport implements EventSource
{
    /** How {@code *.jsonl.gz} captures are opened by {@link #open(List, ImportOptions, ImportReport)}. */
    public static final CaptureSourceFactory CAPTURES = BinanceCaptureSource::new;

    /** File-name ending of WebSocket captures. */
    public static final String CAPTURE_SUFFIX = ".jsonl.gz";

    /** File-name ending of CSV files. */
    public static final String CSV_SUFFIX = ".csv";

    private enum Kind
    {
        KLINE, FUNDING, TRADE, CAPTURE
    }

    private final MergedSource merged;
    private final InstrumentCatalog catalog;
    private final List<Path> files;

    private HistoryImport(final MergedSource merged, final InstrumentCatalog catalog, final List<Path> files)
    {
        this.merged = merged;
        this.catalog = catalog;
        this.files = files;
    }

    /**
     * Opens every file, with captures read through {@link #CAPTURES}.
     *
     * @param filesOrFolders inputs, in the order that breaks time ties.
     * @param options        window, overrides and instrument filter.
     * @param report         where problems go.
     * @return the merged source, positioned before the first event.
     * @throws ImportException with a one-line message naming the path and the problem: a missing path, an unreadable
     *                         file, an unsupported file named explicitly, a wrong header, an instrument or timeframe that
     *                         cannot be told, an empty window.
     */
    public static HistoryImport open(
        final List<Path> filesOrFolders, final ImportOptions options, final ImportReport report)
    {
        return open(filesOrFolders, options, report, CAPTURES);
    }

    /**
     * Opens every file, with captures read through the given factory.
     *
     * @param filesOrFolders inputs, in the order that breaks time ties.
     * @param options        window, overrides and instrument filter.
     * @param report         where problems go.
     * @param captures       opens {@code *.jsonl.gz} captures.
     * @return the merged source, positioned before the first event.
     * @throws ImportException as {@link #open(List, ImportOptions, ImportReport)}.
     */
    public static HistoryImport open(
        final List<Path> filesOrFolders,
        final ImportOptions options,
        final ImportReport report,
        final CaptureSourceFactory captures)
    {
        if (options.fromNs() >= options.toNs())
        {
            throw new ImportException("empty time window: from " + options.fromNs() + " ns is not before to " +
                options.toNs() + " ns");
        }
        if (filesOrFolders.isEmpty())
        {
            throw new ImportException("nothing to import: no files or folders given");
        }
        final List<Path> selected = new ArrayList<>();
        final List<Kind> kinds = new ArrayList<>();
        final Set<Path> seen = new HashSet<>();
        for (final Path path : filesOrFolders)
        {
            if (Files.isDirectory(path))
            {
                for (final Path file : listFolder(path))
                {
                    select(file, false, options, report, captures, seen, selected, kinds);
                }
            }
            else if (Files.exists(path))
            {
                select(path, true, options, report, captures, seen, selected, kinds);
            }
            else
            {
                throw new ImportException(path + ": no such file or folder");
            }
        }

        final InstrumentCatalog catalog = new InstrumentCatalog();
        final List<EventSource> sources = new ArrayList<>(selected.size());
        try
        {
            for (int i = 0; i < selected.size(); i++)
            {
                final EventSource source = openSource(selected.get(i), kinds.get(i), options, report, catalog, captures);
                sources.add(options.hasWindow() ? new WindowedSource(source, options.fromNs(), options.toNs()) : source);
            }
        }
        catch (final RuntimeException ex)
        {
            for (final EventSource source : sources)
            {
                source.close();
            }
            throw ex;
        }
        return new HistoryImport(new MergedSource(sources, catalog), catalog, Collections.unmodifiableList(selected));
    }

    private static List<Path> listFolder(final Path folder)
    {
        final List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder))
        {
            for (final Path file : stream)
            {
                if (Files.isRegularFile(file))
                {
                    files.add(file);
                }
            }
        }
        catch (final IOException | UncheckedIOException ex)
        {
            throw new ImportException(folder + ": cannot list the folder: " + ex.getMessage(), ex);
        }
        files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return files;
    }

    private static void select(
        final Path file,
        final boolean explicit,
        final ImportOptions options,
        final ImportReport report,
        final CaptureSourceFactory captures,
        final Set<Path> seen,
        final List<Path> selected,
        final List<Kind> kinds)
    {
        if (!Files.isRegularFile(file))
        {
            throw new ImportException(file + ": not a regular file");
        }
        if (!Files.isReadable(file))
        {
            throw new ImportException(file + ": not readable");
        }
        if (!seen.add(file.toAbsolutePath().normalize()))
        {
            return;
        }
        final String name = file.getFileName().toString();
        final Kind kind;
        if (name.endsWith(CAPTURE_SUFFIX))
        {
            if (!explicit && captures == CaptureSourceFactory.NOT_AVAILABLE)
            {
                report.problem(file, 0, ImportReport.ProblemKind.UNSUPPORTED,
                    "WebSocket capture import is not available in this build: skipped");
                return;
            }
            kind = Kind.CAPTURE;
        }
        else if (name.endsWith(CSV_SUFFIX))
        {
            kind = csvKind(file, explicit, report);
            if (kind == null)
            {
                return;
            }
        }
        else
        {
            if (explicit)
            {
                throw new ImportException(file + ": unsupported file type (expected " + CSV_SUFFIX + " or " +
                    CAPTURE_SUFFIX + ")");
            }
            report.problem(file, 0, ImportReport.ProblemKind.UNSUPPORTED,
                "unsupported file type (expected " + CSV_SUFFIX + " or " + CAPTURE_SUFFIX + "): skipped");
            return;
        }

        if (kind == Kind.CAPTURE && options.instruments().isEmpty())
        {
            selected.add(file);
            kinds.add(kind);
            return;
        }
        final InstrumentCatalog.InstrumentKey key;
        try
        {
            key = InstrumentCatalog.infer(file, options);
        }
        catch (final ImportException ex)
        {
            if (explicit)
            {
                throw ex;
            }
            report.problem(file, 0, ImportReport.ProblemKind.UNSUPPORTED,
                "cannot tell the venue and symbol from the file name: skipped");
            return;
        }
        if (!options.accepts(key.symbol()))
        {
            return;
        }
        selected.add(file);
        kinds.add(kind);
    }

    private static Kind csvKind(final Path file, final boolean explicit, final ImportReport report)
    {
        final String header;
        try (CsvReader reader = new CsvReader(file))
        {
            header = reader.readLine() ? reader.text().trim() : "";
        }
        catch (final IOException ex)
        {
            throw new ImportException(file + ": cannot read: " + ex.getMessage(), ex);
        }
        switch (header)
        {
            case CsvKlineSource.TRADE_HEADER:
            case CsvKlineSource.MARK_HEADER:
                return Kind.KLINE;
            case CsvFundingSource.BINANCE_HEADER:
            case CsvFundingSource.BYBIT_HEADER:
                return Kind.FUNDING;
            case CsvTradeSource.HEADER:
                return Kind.TRADE;
            default:
                final String shown = header.length() > 120 ? header.substring(0, 120) + "..." : header;
                final String problem = header.isEmpty() ? "empty file, no CSV header" :
                    "unsupported CSV header '" + shown + "' (expected klines, funding rates or trades)";
                if (explicit)
                {
                    throw new ImportException(file + ": " + problem);
                }
                report.problem(file, 0, ImportReport.ProblemKind.UNSUPPORTED, problem + ": skipped");
                return null;
        }
    }

    private static EventSource openSource(
        final Path file,
        final Kind kind,
        final ImportOptions options,
        final ImportReport report,
        final InstrumentCatalog catalog,
        final CaptureSourceFactory captures)
    {
        switch (kind)
        {
            case KLINE:
                return new CsvKlineSource(file, catalog, options, report);
            case FUNDING:
                return new CsvFundingSource(file, catalog, options, report);
            case TRADE:
                return new CsvTradeSource(file, catalog, options, report);
            default:
                try
                {
                    // a capture's instrument comes from its file name, registered before the merge lists definitions
                    catalog.register(file, options);
                    return captures.open(file, catalog, report);
                }
                catch (final IOException | UncheckedIOException ex)
                {
                    throw new ImportException(file + ": cannot read the capture: " + ex.getMessage(), ex);
                }
        }
    }

    /**
     * @return the instruments of the import, with the ids used in its events.
     */
    public InstrumentCatalog catalog()
    {
        return catalog;
    }

    /**
     * @return the files read, in the order that breaks time ties.
     */
    public List<Path> files()
    {
        return files;
    }

    @Override
    public boolean next()
    {
        return merged.next();
    }

    @Override
    public long timeNs()
    {
        return merged.timeNs();
    }

    @Override
    public DirectBuffer buffer()
    {
        return merged.buffer();
    }

    @Override
    public int offset()
    {
        return merged.offset();
    }

    @Override
    public int length()
    {
        return merged.length();
    }

    @Override
    public String name()
    {
        return merged.name();
    }

    @Override
    public void close()
    {
        merged.close();
    }
}
