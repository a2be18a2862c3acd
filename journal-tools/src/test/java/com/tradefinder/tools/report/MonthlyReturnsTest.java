package com.tradefinder.tools.report;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MonthlyReturnsTest
{
    private static final double EPSILON = 1e-12;

    @Test
    void shouldCompoundMonthsAndYearsFromPeriodCloses()
    {
        // 2024-01 base 100 (first snapshot), close 121 (the 02-01 midnight snapshot closes January): 0.21
        // 2024-02 base 121, close 99 (03-01 midnight): 99/121 − 1 = −0.1818182
        // 2024-03 … 11 no data; 2024-12 base 99, close 108.9 (2025-01-01 midnight): 0.1; year 108.9/100 − 1 = 0.089
        // 2025-01 base 108.9, close 119.79: 0.1; year 0.1
        final String[] times = { "2024-01-01T01:00:00Z", "2024-01-31T12:00:00Z", "2024-02-01T00:00:00Z",
            "2024-02-15T00:00:00Z", "2024-03-01T00:00:00Z", "2024-12-31T12:00:00Z", "2025-01-01T00:00:00Z",
            "2025-01-10T00:00:00Z" };
        final double[] equity = { 100, 110, 121, 110, 99, 99, 108.9, 119.79 };
        final long[] timesNs = new long[times.length];
        for (int i = 0; i < times.length; i++)
        {
            timesNs[i] = ReportJournal.time(times[i]);
        }
        final Map<Integer, double[]> rows = MonthlyReturns.of(timesNs, equity).rows();
        assertThat(rows).containsOnlyKeys(2024, 2025);
        final double[] y2024 = rows.get(2024);
        assertThat(y2024[0]).isCloseTo(0.21, within(EPSILON));
        assertThat(y2024[1]).isCloseTo(99.0 / 121.0 - 1.0, within(EPSILON));
        for (int m = 2; m < 11; m++)
        {
            assertThat(y2024[m]).isNaN();
        }
        assertThat(y2024[11]).isCloseTo(0.1, within(EPSILON));
        assertThat(y2024[MonthlyReturns.YEAR_TOTAL]).isCloseTo(0.089, within(EPSILON));
        assertThat(rows.get(2025)[0]).isCloseTo(0.1, within(EPSILON));
        assertThat(rows.get(2025)[1]).isNaN();
        assertThat(rows.get(2025)[MonthlyReturns.YEAR_TOTAL]).isCloseTo(0.1, within(EPSILON));
    }

    @Test
    void shouldOpenWithAFirstSnapshotAtMidnightWithoutAnEmptyPreviousMonth()
    {
        // the 2024-01-01 00:00 snapshot only opens January: no 2023 row
        final long[] times = { ReportJournal.time("2024-01-01T00:00:00Z"), ReportJournal.time("2024-01-20T00:00:00Z") };
        final Map<Integer, double[]> rows = MonthlyReturns.of(times, new double[]{ 100, 105 }).rows();
        assertThat(rows).containsOnlyKeys(2024);
        assertThat(rows.get(2024)[0]).isCloseTo(0.05, within(EPSILON));
    }

    @Test
    void shouldBeEmptyWithoutSnapshotsAndZeroForOne()
    {
        assertThat(MonthlyReturns.of(new long[0], new double[0]).rows()).isEmpty();
        final long[] one = { ReportJournal.time("2024-05-05T05:00:00Z") };
        assertThat(MonthlyReturns.of(one, new double[]{ 100 }).rows().get(2024)[4]).isZero();
    }
}
