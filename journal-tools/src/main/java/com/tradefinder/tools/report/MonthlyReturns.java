package com.tradefinder.tools.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Calendar-month and calendar-year returns of an equity series (UTC). A month's return is its closing equity over
 * the previous month's closing equity (the first snapshot's equity for the first month), minus one; a year's is
 * compounded the same way from year-end closes. A snapshot stamped exactly at midnight closes the period that just
 * ended, as in {@link DailyResampler}; the first snapshot only opens the period after it. Months without data are
 * NaN. Immutable once built.
 */
public final class MonthlyReturns
{
    /** Index of the year total in a row; months are 0 (January) to 11. */
    public static final int YEAR_TOTAL = 12;

    private final SortedMap<Integer, double[]> rows;

    private MonthlyReturns(final SortedMap<Integer, double[]> rows)
    {
        this.rows = rows;
    }

    /**
     * @param timesNs snapshot times, ascending.
     * @param equity  equity per snapshot.
     * @return the table; empty without snapshots.
     */
    public static MonthlyReturns of(final long[] timesNs, final double[] equity)
    {
        final SortedMap<Integer, double[]> rows = new TreeMap<>();
        if (timesNs.length == 0)
        {
            return new MonthlyReturns(rows);
        }
        double monthBase = equity[0];
        double yearBase = equity[0];
        int month = periodOf(timesNs[0] + 1);
        double close = equity[0];
        for (int i = 1; i < timesNs.length; i++)
        {
            final int period = periodOf(timesNs[i]);
            if (period != month)
            {
                monthBase = closeMonth(rows, month, monthBase, close);
                if (period / 12 != month / 12)
                {
                    yearBase = closeYear(rows, month / 12, yearBase, close);
                }
                month = period;
            }
            close = equity[i];
        }
        closeMonth(rows, month, monthBase, close);
        closeYear(rows, month / 12, yearBase, close);
        return new MonthlyReturns(rows);
    }

    private static double closeMonth(final SortedMap<Integer, double[]> rows, final int period, final double base,
        final double close)
    {
        row(rows, period / 12)[period % 12] = base > 0 ? close / base - 1.0 : Double.NaN;
        return close;
    }

    private static double closeYear(final SortedMap<Integer, double[]> rows, final int year, final double base,
        final double close)
    {
        row(rows, year)[YEAR_TOTAL] = base > 0 ? close / base - 1.0 : Double.NaN;
        return close;
    }

    private static double[] row(final SortedMap<Integer, double[]> rows, final int year)
    {
        return rows.computeIfAbsent(year, y ->
        {
            final double[] row = new double[YEAR_TOTAL + 1];
            Arrays.fill(row, Double.NaN);
            return row;
        });
    }

    /** Months since year 0 of the period a time closes: the instant just before it decides. */
    private static int periodOf(final long timeNs)
    {
        final ZonedDateTime time = Instant.ofEpochSecond(0, timeNs - 1).atZone(ZoneOffset.UTC);
        return time.getYear() * 12 + time.getMonthValue() - 1;
    }

    /**
     * @return rows by year: 12 monthly returns then the year's, NaN where there is no data.
     */
    public SortedMap<Integer, double[]> rows()
    {
        return Collections.unmodifiableSortedMap(rows);
    }
}
