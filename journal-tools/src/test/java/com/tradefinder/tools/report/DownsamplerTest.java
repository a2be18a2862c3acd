package com.tradefinder.tools.report;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DownsamplerTest
{
    @Test
    void shouldKeepEndsAndEachBucketsLowAndHigh()
    {
        // 10 points, at most 6: 2 buckets of the 8 inner points, idx 1-4 (1, 9, 3, 4) and 5-8 (8, 0, 7, 6):
        // lows 1 (idx 1) and 0 (idx 6), highs 9 (idx 2) and 8 (idx 5); with the ends 0 and 9
        final double[] values = { 5, 1, 9, 3, 4, 8, 0, 7, 6, 5 };
        assertThat(Downsampler.keep(values, 6)).containsExactly(0, 1, 2, 5, 6, 9);
    }

    @Test
    void shouldKeepEverythingWhenShortEnough()
    {
        assertThat(Downsampler.keep(new double[]{ 1, 2, 3 }, 4)).containsExactly(0, 1, 2);
        assertThat(Downsampler.keep(new double[0], 4)).isEmpty();
        assertThatThrownBy(() -> Downsampler.keep(new double[0], 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldKeepTheExtremesOfASixYearHourlySeriesWithinTheLimit()
    {
        final Random random = new Random(42);
        final double[] values = new double[6 * 365 * 24];
        int lowest = 0;
        int highest = 0;
        for (int i = 1; i < values.length; i++)
        {
            values[i] = values[i - 1] + random.nextGaussian();
            lowest = values[i] < values[lowest] ? i : lowest;
            highest = values[i] > values[highest] ? i : highest;
        }
        final int[] kept = Downsampler.keep(values, Downsampler.DEFAULT_MAX_POINTS);
        assertThat(kept.length).isLessThanOrEqualTo(Downsampler.DEFAULT_MAX_POINTS).isGreaterThan(1_000);
        assertThat(kept).contains(0, values.length - 1, lowest, highest);
        assertThat(kept).isSorted();
    }
}
