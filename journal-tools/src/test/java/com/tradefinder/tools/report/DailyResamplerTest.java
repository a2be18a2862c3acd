package com.tradefinder.tools.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DailyResamplerTest
{
    private static final long DAY = Scorecard.DAY_NS;
    private static final long HOUR = DAY / 24;
    private static final long D0 = ReportJournal.time("2024-01-01T00:00:00Z");

    @Test
    void shouldStartAtTheFirstObservationThenEveryMidnightUpToTheLast()
    {
        // first 2024-01-01 01:00, last 2024-01-03 05:00: grid = 01-01 01:00, 01-02 00:00, 01-03 00:00, 01-04 00:00
        assertThat(DailyResampler.grid(D0 + HOUR, D0 + 2 * DAY + 5 * HOUR))
            .containsExactly(D0 + HOUR, D0 + DAY, D0 + 2 * DAY, D0 + 3 * DAY);
    }

    @Test
    void shouldNotRepeatAStartExactlyAtMidnight()
    {
        // first at midnight 01-01, last at midnight 01-02: the grid is the two instants, one day
        assertThat(DailyResampler.grid(D0, D0 + DAY)).containsExactly(D0, D0 + DAY);
        assertThat(DailyResampler.grid(D0, D0)).containsExactly(D0);
    }

    @Test
    void shouldTakeTheLastObservationAtOrBeforeEachDayEnd()
    {
        // observations 01:00 → 1, 12:00 → 2, next midnight → 3 (closes day 1), 01:00 day 2 → 4, 05:00 day 3 → 5
        // grid: start 1; end of 01-01 = 3 (the midnight one); end of 01-02 = 4; end of 01-03 = last, 5
        final long[] times = { D0 + HOUR, D0 + 12 * HOUR, D0 + DAY, D0 + DAY + HOUR, D0 + 2 * DAY + 5 * HOUR };
        final double[] values = { 1, 2, 3, 4, 5 };
        assertThat(DailyResampler.dailyCloses(times, values)).containsExactly(new double[]{ 1, 3, 4, 5 },
            within(0.0));
    }

    @Test
    void shouldGiveNaNBeforeTheFirstObservationAndIndicesOfTheLast()
    {
        final long[] grid = { D0, D0 + DAY, D0 + 2 * DAY };
        final long[] times = { D0 + HOUR, D0 + 2 * HOUR };
        assertThat(DailyResampler.indices(times, grid)).containsExactly(-1, 1, 1);
        assertThat(DailyResampler.sample(times, new double[]{ 7, 8 }, grid)[0]).isNaN();
        assertThat(DailyResampler.dailyCloses(new long[0], new double[0])).isEmpty();
    }
}
