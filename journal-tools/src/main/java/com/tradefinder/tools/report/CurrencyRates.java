package com.tradefinder.tools.report;

import com.tradefinder.tools.UserException;
import org.agrona.collections.LongArrayList;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Daily exchange rates from USD to other currencies, read from a CSV file such as
 * <pre>
 * date,CHF,EUR
 * 2024-01-02,0.8421,0.9135
 * </pre>
 * Each value is units of the column's currency per 1 USD. USDT (the quote asset of the perpetuals) is treated as
 * USD. An amount is converted at the rate of its UTC date; a date without a row takes the last earlier row (weekends,
 * holidays); a date before the first row is an error.
 * <p>
 * Every problem in the file is one line naming the file and the line. Immutable once read; safe on any thread.
 */
public final class CurrencyRates
{
    /** The currency every amount in a journal is in (USDT counted as USD). */
    public static final String USD = "USD";

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");

    private final String source;
    private final long[] epochDays;
    private final Map<String, double[]> byCurrency;

    private CurrencyRates(final String source, final long[] epochDays, final Map<String, double[]> byCurrency)
    {
        this.source = source;
        this.epochDays = epochDays;
        this.byCurrency = byCurrency;
    }

    /**
     * @return rates that know only USD (rate 1), for a report without other currencies.
     */
    public static CurrencyRates usdOnly()
    {
        return new CurrencyRates("(none)", new long[0], Map.of());
    }

    /**
     * Reads a rates file and keeps the columns of the wanted currencies.
     *
     * @param file       the CSV file.
     * @param currencies three-letter codes that must be columns of the file ({@code USD} needs none).
     * @return the rates.
     * @throws UserException one line naming the file (and line) for an unreadable file, a missing column, a bad date
     *                       or number, or dates out of order.
     */
    public static CurrencyRates read(final Path file, final List<String> currencies)
    {
        final List<String> lines;
        try
        {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        }
        catch (final IOException ex)
        {
            throw new UserException("rates file " + file + " cannot be read: " + ex.getClass().getSimpleName() +
                (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
        }
        return parse(file.toString(), lines, currencies);
    }

    /**
     * Parses the lines of a rates file.
     *
     * @param source     the file's name, for messages.
     * @param lines      its lines.
     * @param currencies three-letter codes that must be columns ({@code USD} needs none).
     * @return the rates.
     * @throws UserException as {@link #read(Path, List)}.
     */
    public static CurrencyRates parse(final String source, final List<String> lines, final List<String> currencies)
    {
        int lineIndex = 0;
        while (lineIndex < lines.size() && lines.get(lineIndex).isBlank())
        {
            lineIndex++;
        }
        if (lineIndex == lines.size())
        {
            throw new UserException(source + ": empty; expected a header such as date,CHF,EUR");
        }
        final int headerLine = lineIndex + 1;
        final String[] header = split(lines.get(lineIndex));
        if (!header[0].equalsIgnoreCase("date"))
        {
            throw new UserException(source + ":" + headerLine + ": first column is '" + header[0] +
                "', expected 'date' (header such as date,CHF,EUR)");
        }
        final int[] columns = columnsOf(source, headerLine, header, currencies);
        final List<String> wanted = wanted(currencies);

        final LongArrayList days = new LongArrayList();
        final List<double[]> rows = new ArrayList<>();
        long previousDay = Long.MIN_VALUE;
        for (lineIndex++; lineIndex < lines.size(); lineIndex++)
        {
            final String line = lines.get(lineIndex);
            if (line.isBlank())
            {
                continue;
            }
            final int lineNumber = lineIndex + 1;
            final String[] cells = split(line);
            if (cells.length != header.length)
            {
                throw new UserException(source + ":" + lineNumber + ": " + cells.length + " columns, the header has " +
                    header.length);
            }
            final long day = parseDate(source, lineNumber, cells[0]);
            if (day <= previousDay)
            {
                throw new UserException(source + ":" + lineNumber + ": date " + cells[0] +
                    " is not after the previous row's " + LocalDate.ofEpochDay(previousDay));
            }
            previousDay = day;
            final double[] row = new double[wanted.size()];
            for (int c = 0; c < row.length; c++)
            {
                row[c] = parseRate(source, lineNumber, header[columns[c]], cells[columns[c]]);
            }
            days.addLong(day);
            rows.add(row);
        }
        if (!wanted.isEmpty() && rows.isEmpty())
        {
            throw new UserException(source + ": no rate rows after the header");
        }
        final long[] epochDays = new long[days.size()];
        final Map<String, double[]> byCurrency = new LinkedHashMap<>();
        for (final String currency : wanted)
        {
            byCurrency.put(currency, new double[rows.size()]);
        }
        for (int r = 0; r < rows.size(); r++)
        {
            epochDays[r] = days.getLong(r);
            for (int c = 0; c < wanted.size(); c++)
            {
                byCurrency.get(wanted.get(c))[r] = rows.get(r)[c];
            }
        }
        return new CurrencyRates(source, epochDays, byCurrency);
    }

    private static List<String> wanted(final List<String> currencies)
    {
        final List<String> wanted = new ArrayList<>();
        for (final String currency : currencies)
        {
            final String code = currency.trim().toUpperCase(Locale.ROOT);
            if (!code.equals(USD) && !wanted.contains(code))
            {
                wanted.add(code);
            }
        }
        return wanted;
    }

    private static int[] columnsOf(final String source, final int headerLine, final String[] header,
        final List<String> currencies)
    {
        final List<String> wanted = wanted(currencies);
        final int[] columns = new int[wanted.size()];
        for (int c = 0; c < wanted.size(); c++)
        {
            final String code = wanted.get(c);
            if (!CODE.matcher(code).matches())
            {
                throw new IllegalArgumentException("currency '" + code + "' is not a three-letter code such as CHF");
            }
            columns[c] = -1;
            for (int h = 1; h < header.length; h++)
            {
                if (header[h].equalsIgnoreCase(code))
                {
                    columns[c] = h;
                }
            }
            if (columns[c] < 0)
            {
                throw new UserException(source + ":" + headerLine + ": no column " + code + " (the header has " +
                    String.join(", ", header) + ")");
            }
        }
        return columns;
    }

    private static String[] split(final String line)
    {
        final String text = line.startsWith("\uFEFF") ? line.substring(1) : line;
        final String[] cells = text.split(",", -1);
        for (int i = 0; i < cells.length; i++)
        {
            cells[i] = cells[i].trim();
        }
        return cells;
    }

    private static long parseDate(final String source, final int lineNumber, final String text)
    {
        try
        {
            return LocalDate.parse(text).toEpochDay();
        }
        catch (final DateTimeParseException ex)
        {
            throw new UserException(source + ":" + lineNumber + ": date '" + text + "' is not YYYY-MM-DD");
        }
    }

    private static double parseRate(final String source, final int lineNumber, final String column,
        final String text)
    {
        if (!DECIMAL.matcher(text).matches())
        {
            throw new UserException(source + ":" + lineNumber + ": " + column + " '" + text +
                "' is not a decimal number such as 0.9135");
        }
        final double rate = Double.parseDouble(text);
        if (!(rate > 0))
        {
            throw new UserException(source + ":" + lineNumber + ": " + column + " '" + text + "' is not positive");
        }
        return rate;
    }

    /**
     * @param currency a currency read from the file, or {@code USD}.
     * @param timeNs   epoch nanoseconds; its UTC date picks the row.
     * @return units of {@code currency} per 1 USD on that date (the last earlier row if the date has none).
     * @throws UserException if the date is before the file's first row.
     */
    public double rate(final String currency, final long timeNs)
    {
        if (USD.equals(currency))
        {
            return 1.0;
        }
        final double[] rates = byCurrency.get(currency);
        if (rates == null)
        {
            throw new IllegalArgumentException("currency " + currency + " was not read from " + source);
        }
        final long day = Math.floorDiv(timeNs, Scorecard.DAY_NS);
        final int found = Arrays.binarySearch(epochDays, day);
        final int row = found >= 0 ? found : -found - 2;
        if (row < 0)
        {
            throw new UserException("rates file " + source + " has no " + currency + " rate on or before " +
                LocalDate.ofEpochDay(day) + " (its first row is " + LocalDate.ofEpochDay(epochDays[0]) + ")");
        }
        return rates[row];
    }

    /**
     * @param currency a currency read from the file, or {@code USD}.
     * @param timesNs  epoch nanoseconds.
     * @return the rate at each time's UTC date.
     * @throws UserException if a date is before the file's first row.
     */
    public double[] rates(final String currency, final long[] timesNs)
    {
        final double[] rates = new double[timesNs.length];
        for (int i = 0; i < timesNs.length; i++)
        {
            rates[i] = rate(currency, timesNs[i]);
        }
        return rates;
    }

    /**
     * @return the currencies read, in the order asked for (USD not included).
     */
    public List<String> currencies()
    {
        return List.copyOf(byCurrency.keySet());
    }

    /**
     * @return the file the rates came from, for the report's notes.
     */
    public String source()
    {
        return source;
    }
}
