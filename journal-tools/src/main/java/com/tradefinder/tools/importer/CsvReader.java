package com.tradefinder.tools.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.agrona.concurrent.UnsafeBuffer;

import com.tradefinder.numeric.FixedPoint;

/**
 * A byte-level CSV line reader: reads a file in 64 KiB chunks, hands out one line at a time in a reused
 * {@link UnsafeBuffer} and splits it on commas into column offsets, without regex, strings or per-line objects.
 * <p>
 * Plain CSV only: no quoting, no escaped commas (the market-data files have none). {@code \n} and {@code \r\n} line
 * ends; a last line without a line end is read too. Lines longer than {@link #MAX_LINE_LENGTH} are reported by
 * {@link #overlong()} and their text truncated.
 * <p>
 * Single-threaded.
 */
final class CsvReader implements AutoCloseable
{
    /** Longest line kept; longer lines are flagged {@link #overlong()}. */
    static final int MAX_LINE_LENGTH = 4096;

    /** Columns located per line; a line with more still counts them in {@link #columnCount()}. */
    static final int MAX_COLUMNS = 16;

    /** Returned by {@link #parseLong(int)} for anything but an optionally signed run of digits that fits a long. */
    static final long INVALID = Long.MIN_VALUE;

    private static final int CHUNK_LENGTH = 64 * 1024;
    private static final int MAX_DECIMAL_POWER = 64;

    private final Path file;
    private final InputStream in;
    private final byte[] chunk = new byte[CHUNK_LENGTH];
    private int chunkPosition;
    private int chunkLimit;
    private boolean endOfInput;

    private final byte[] line = new byte[MAX_LINE_LENGTH];
    private final UnsafeBuffer lineBuffer = new UnsafeBuffer(line);
    private int lineLength;
    private boolean overlong;
    private long lineNumber;

    private final int[] columnStart = new int[MAX_COLUMNS];
    private final int[] columnEnd = new int[MAX_COLUMNS];
    private int columnCount;

    /**
     * @param file the CSV file.
     * @throws IOException if it cannot be opened.
     */
    CsvReader(final Path file) throws IOException
    {
        this.file = file;
        this.in = Files.newInputStream(file);
    }

    /**
     * Moves to the next line and splits it into columns.
     *
     * @return false at the end of the file.
     * @throws ImportException if the file cannot be read.
     */
    boolean readLine()
    {
        lineLength = 0;
        overlong = false;
        boolean any = false;
        while (true)
        {
            if (chunkPosition == chunkLimit && !fill())
            {
                if (!any)
                {
                    return false;
                }
                break;
            }
            any = true;
            final byte b = chunk[chunkPosition++];
            if (b == '\n')
            {
                break;
            }
            if (lineLength < MAX_LINE_LENGTH)
            {
                line[lineLength++] = b;
            }
            else
            {
                overlong = true;
            }
        }
        if (lineLength > 0 && line[lineLength - 1] == '\r')
        {
            lineLength--;
        }
        lineNumber++;
        split();
        return true;
    }

    private boolean fill()
    {
        if (endOfInput)
        {
            return false;
        }
        try
        {
            final int n = in.read(chunk, 0, CHUNK_LENGTH);
            if (n <= 0)
            {
                endOfInput = true;
                return false;
            }
            chunkPosition = 0;
            chunkLimit = n;
            return true;
        }
        catch (final IOException ex)
        {
            throw new ImportException(file + ": read failed after line " + lineNumber + ": " + ex.getMessage(), ex);
        }
    }

    private void split()
    {
        int count = 0;
        int start = 0;
        for (int i = 0; i <= lineLength; i++)
        {
            if (i == lineLength || line[i] == ',')
            {
                if (count < MAX_COLUMNS)
                {
                    columnStart[count] = start;
                    columnEnd[count] = i;
                }
                count++;
                start = i + 1;
            }
        }
        columnCount = count;
    }

    /**
     * @return 1-based number of the current line.
     */
    long lineNumber()
    {
        return lineNumber;
    }

    /**
     * @return true if the current line is empty.
     */
    boolean blank()
    {
        return lineLength == 0 && !overlong;
    }

    /**
     * @return true if the current line was longer than {@link #MAX_LINE_LENGTH}.
     */
    boolean overlong()
    {
        return overlong;
    }

    /**
     * @return columns in the current line (an empty line has one empty column).
     */
    int columnCount()
    {
        return columnCount;
    }

    /**
     * Parses a plain decimal ({@code 0.00000084}) or one in exponent notation ({@code 8.4E-7}, as Binance writes small
     * funding rates), exactly: the digits go straight into the mantissa through {@link FixedPoint}, never through
     * {@code double}.
     *
     * @param column   0-based column, below {@link #MAX_COLUMNS}.
     * @param exponent decimal exponent of the result, in [{@link FixedPoint#MIN_EXPONENT}, 0].
     * @return the exact mantissa, or {@link FixedPoint#INVALID} for text that is not a decimal exactly representable at
     *         that exponent.
     */
    long parseDecimal(final int column, final int exponent)
    {
        final int start = columnStart[column];
        final int end = columnEnd[column];
        int e = end - 1;
        while (e > start && (line[e] | 0x20) != 'e')
        {
            e--;
        }
        if (e <= start)
        {
            return FixedPoint.parse(lineBuffer, start, end - start, exponent);
        }
        final long power = parseInteger(e + 1, end);
        if (power == INVALID || power > MAX_DECIMAL_POWER || power < -MAX_DECIMAL_POWER)
        {
            return FixedPoint.INVALID;
        }
        final int significandExponent = exponent - (int)power;
        if (significandExponent > 0)
        {
            final long whole = FixedPoint.parse(lineBuffer, start, e - start, 0);
            if (whole == FixedPoint.INVALID || significandExponent > 18)
            {
                return whole == 0 ? 0 : FixedPoint.INVALID;
            }
            final long divisor = FixedPoint.powerOfTen(significandExponent);
            return whole % divisor == 0 ? whole / divisor : FixedPoint.INVALID;
        }
        if (significandExponent < FixedPoint.MIN_EXPONENT)
        {
            final long scaled = FixedPoint.parse(lineBuffer, start, e - start, FixedPoint.MIN_EXPONENT);
            final int shift = FixedPoint.MIN_EXPONENT - significandExponent;
            if (scaled == FixedPoint.INVALID || shift > 18)
            {
                return scaled == 0 ? 0 : FixedPoint.INVALID;
            }
            final long factor = FixedPoint.powerOfTen(shift);
            final long high = Math.multiplyHigh(scaled, factor);
            final long low = scaled * factor;
            return high == (low >> 63) && low != FixedPoint.INVALID ? low : FixedPoint.INVALID;
        }
        return FixedPoint.parse(lineBuffer, start, e - start, significandExponent);
    }

    /**
     * @param column 0-based column, below {@link #MAX_COLUMNS}.
     * @return the integer, or {@link #INVALID} if the text is not an optionally signed run of digits fitting a long.
     */
    long parseLong(final int column)
    {
        return parseInteger(columnStart[column], columnEnd[column]);
    }

    private long parseInteger(final int start, final int end)
    {
        int i = start;
        if (i == end)
        {
            return INVALID;
        }
        boolean negative = false;
        if (line[i] == '-' || line[i] == '+')
        {
            negative = line[i] == '-';
            i++;
            if (i == end)
            {
                return INVALID;
            }
        }
        long value = 0;
        for (; i < end; i++)
        {
            final int d = line[i] - '0';
            if (d < 0 || d > 9 || value > (Long.MAX_VALUE - d) / 10)
            {
                return INVALID;
            }
            value = value * 10 + d;
        }
        return negative ? -value : value;
    }

    /**
     * @param column 0-based column, below {@link #MAX_COLUMNS}.
     * @param text   ASCII text.
     * @return true if the column holds exactly that text, ignoring ASCII case.
     */
    boolean columnEqualsIgnoreCase(final int column, final String text)
    {
        final int start = columnStart[column];
        final int length = columnEnd[column] - start;
        if (length != text.length())
        {
            return false;
        }
        for (int i = 0; i < length; i++)
        {
            final int a = line[start + i] | 0x20;
            final int b = text.charAt(i) | 0x20;
            if (a != b)
            {
                return false;
            }
        }
        return true;
    }

    /**
     * @param column 0-based column, below {@link #MAX_COLUMNS}.
     * @return its length in bytes.
     */
    int columnLength(final int column)
    {
        return columnEnd[column] - columnStart[column];
    }

    /**
     * @param column 0-based column, below {@link #MAX_COLUMNS}.
     * @param index  byte index inside the column.
     * @return that byte.
     */
    byte columnByte(final int column, final int index)
    {
        return line[columnStart[column] + index];
    }

    /**
     * Allocates: for report details only.
     *
     * @param column 0-based column, below {@link #MAX_COLUMNS}.
     * @return the column's text.
     */
    String column(final int column)
    {
        return new String(line, columnStart[column], columnEnd[column] - columnStart[column], StandardCharsets.US_ASCII);
    }

    /**
     * Allocates: for headers and report details only.
     *
     * @return the current line's text (truncated if overlong), without a leading UTF-8 byte-order mark.
     */
    String text()
    {
        int start = 0;
        if (lineLength >= 3 && line[0] == (byte)0xEF && line[1] == (byte)0xBB && line[2] == (byte)0xBF)
        {
            start = 3;
        }
        return new String(line, start, lineLength - start, StandardCharsets.UTF_8);
    }

    /**
     * Closes the file; never throws.
     */
    @Override
    public void close()
    {
        try
        {
            in.close();
        }
        catch (final IOException ignore)
        {
            // closing a read-only file: nothing to recover
        }
    }
}
