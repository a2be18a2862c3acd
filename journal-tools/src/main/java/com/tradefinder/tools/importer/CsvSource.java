package com.tradefinder.tools.importer;

import java.io.IOException;
import java.nio.file.Path;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import com.tradefinder.codecs.MessageHeaderEncoder;

/**
 * The common part of the CSV sources: opens the file, checks its header, registers its instrument, walks its rows and
 * reports row problems; subclasses parse and encode one row each.
 * <p>
 * Every source owns one {@link CsvReader}, one message buffer and its encoders, all reused: reading a row allocates
 * nothing unless it has a problem to report. Single-threaded.
 */
abstract class CsvSource implements EventSource
{
    /** Upper bound of an encoded message; every CSV message fits far below the ring's 4096-byte entries. */
    static final int MESSAGE_CAPACITY = 256;

    /** Nanoseconds per millisecond. */
    static final long NS_PER_MS = 1_000_000L;

    /** Latest epoch millisecond that still fits epoch nanoseconds with a day to spare. */
    static final long MAX_EPOCH_MS = Long.MAX_VALUE / NS_PER_MS - 86_400_000L;

    protected final Path file;
    protected final ImportReport report;
    protected final CsvReader reader;
    protected final int headerIndex;
    protected final int instrumentId;
    protected final int priceExponent;
    protected final int sizeExponent;
    protected final UnsafeBuffer buffer = new UnsafeBuffer(new byte[MESSAGE_CAPACITY]);
    protected final MessageHeaderEncoder headerEncoder = new MessageHeaderEncoder();
    protected long timeNs;
    protected int length;

    private long unreportedEvents;

    private final String name;
    private final String[] columnNames;
    private final int expectedColumns;

    /**
     * Opens the file, reads the header and registers the file's instrument.
     *
     * @param file    the CSV file.
     * @param catalog instrument ids of the import.
     * @param options overrides for venue and symbol.
     * @param report  where row problems go.
     * @param headers accepted header lines, exactly.
     * @throws ImportException if the file cannot be read, its header is not one of {@code headers} or its instrument
     *                         cannot be told.
     */
    CsvSource(
        final Path file,
        final InstrumentCatalog catalog,
        final ImportOptions options,
        final ImportReport report,
        final String... headers)
    {
        this.file = file;
        this.report = report;
        this.name = file.getFileName().toString();
        try
        {
            this.reader = new CsvReader(file);
        }
        catch (final IOException ex)
        {
            throw new ImportException(file + ": cannot open: " + ex.getMessage(), ex);
        }
        try
        {
            this.headerIndex = readHeader(file, reader, headers);
            this.columnNames = headers[headerIndex].split(",");
            this.expectedColumns = columnNames.length;
            this.instrumentId = catalog.register(file, options);
            this.priceExponent = catalog.priceExponent(instrumentId);
            this.sizeExponent = catalog.sizeExponent(instrumentId);
        }
        catch (final RuntimeException ex)
        {
            reader.close();
            throw ex;
        }
    }

    /**
     * Reads the first line of a CSV file.
     *
     * @param file    the file, for the message.
     * @param reader  positioned at the start.
     * @param headers accepted header lines.
     * @return index of the header found in {@code headers}.
     * @throws ImportException if the header is missing or is none of {@code headers}.
     */
    static int readHeader(final Path file, final CsvReader reader, final String... headers)
    {
        if (!reader.readLine())
        {
            throw new ImportException(file + ": empty file, expected the header line " + quoted(headers));
        }
        final String found = reader.text().trim();
        for (int i = 0; i < headers.length; i++)
        {
            if (headers[i].equals(found))
            {
                return i;
            }
        }
        final String shown = found.length() > 120 ? found.substring(0, 120) + "..." : found;
        throw new ImportException(file + ": line 1: expected the header line " + quoted(headers) + " but found '" +
            shown + "'");
    }

    private static String quoted(final String... headers)
    {
        final StringBuilder out = new StringBuilder();
        for (int i = 0; i < headers.length; i++)
        {
            if (i > 0)
            {
                out.append(" or ");
            }
            out.append('\'').append(headers[i]).append('\'');
        }
        return out.toString();
    }

    /**
     * {@inheritDoc}
     * <p>
     * Skips blank lines silently and reports every other line that yields no event. Events are counted into the report
     * at the end of the file or on {@link #close()}, whichever comes first.
     */
    @Override
    public final boolean next()
    {
        while (reader.readLine())
        {
            if (reader.blank())
            {
                continue;
            }
            if (reader.overlong())
            {
                problem(ImportReport.ProblemKind.MALFORMED, "line longer than " + CsvReader.MAX_LINE_LENGTH + " bytes");
                continue;
            }
            if (reader.columnCount() != expectedColumns)
            {
                problem(ImportReport.ProblemKind.MALFORMED,
                    "expected " + expectedColumns + " columns, found " + reader.columnCount());
                continue;
            }
            if (parseRow())
            {
                unreportedEvents++;
                return true;
            }
        }
        flushEventCount();
        return false;
    }

    private void flushEventCount()
    {
        report.imported(file, unreportedEvents);
        unreportedEvents = 0;
    }

    /**
     * Parses the current line, which has the header's column count, checks it against the previous accepted row and
     * encodes it into {@link #buffer}, setting {@link #timeNs} and {@link #length}; or reports why it cannot.
     *
     * @return true if an event was encoded.
     */
    protected abstract boolean parseRow();

    /**
     * Reports a problem on the current line.
     *
     * @param kind   what is wrong.
     * @param detail one line.
     * @return false, for {@code return problem(...)} in {@link #parseRow()}.
     */
    protected final boolean problem(final ImportReport.ProblemKind kind, final String detail)
    {
        report.problem(file, reader.lineNumber(), kind, detail);
        return false;
    }

    /**
     * Reports an unparsable or inexact number on the current line.
     *
     * @param column 0-based column.
     * @return false.
     */
    protected final boolean badNumber(final int column)
    {
        return problem(ImportReport.ProblemKind.MALFORMED,
            "unparsable or inexact " + columnNames[column] + " '" + reader.column(column) + "'");
    }

    /**
     * Reads an epoch-millisecond column.
     *
     * @param column 0-based column.
     * @return the time, or {@link CsvReader#INVALID} if it is not a whole number in [0, {@link #MAX_EPOCH_MS}].
     */
    protected final long epochMs(final int column)
    {
        final long ms = reader.parseLong(column);
        return ms < 0 || ms > MAX_EPOCH_MS ? CsvReader.INVALID : ms;
    }

    /**
     * Reports a time column that is not epoch milliseconds.
     *
     * @param column 0-based column.
     * @return false.
     */
    protected final boolean badTime(final int column)
    {
        return problem(ImportReport.ProblemKind.MALFORMED,
            columnNames[column] + " '" + reader.column(column) + "' is not epoch milliseconds");
    }

    /**
     * @param column 0-based column.
     * @return its header name.
     */
    protected final String columnName(final int column)
    {
        return columnNames[column];
    }

    @Override
    public final long timeNs()
    {
        return timeNs;
    }

    @Override
    public final DirectBuffer buffer()
    {
        return buffer;
    }

    @Override
    public final int offset()
    {
        return 0;
    }

    @Override
    public final int length()
    {
        return length;
    }

    @Override
    public final String name()
    {
        return name;
    }

    /**
     * @return the instrument id of every event of this file.
     */
    public final int instrumentId()
    {
        return instrumentId;
    }

    @Override
    public final void close()
    {
        flushEventCount();
        reader.close();
    }
}
