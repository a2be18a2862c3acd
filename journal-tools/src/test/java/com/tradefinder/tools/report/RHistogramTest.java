package com.tradefinder.tools.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RHistogramTest
{
    @Test
    void shouldBinRMultiplesByHalfR()
    {
        // −1 → [−1, −0.5); −0.25 → [−0.5, 0); 0.4 → [0, 0.5); 2.2 → [2, 2.5); NaN (no risk) left out
        final RHistogram histogram = RHistogram.of(new double[]{ -1, -0.25, 0.4, 2.2, Double.NaN });
        assertThat(histogram.lowerEdges()).containsExactly(new double[]{ -1, -0.5, 0, 0.5, 1, 1.5, 2 }, within(0.0));
        assertThat(histogram.counts()).containsExactly(1, 1, 1, 0, 0, 0, 1);
        assertThat(histogram.labels()).containsExactly("−1.0", "−0.5", "0.0", "0.5", "1.0", "1.5", "2.0");
        assertThat(histogram.omitted()).isEqualTo(1);
    }

    @Test
    void shouldClipOutliersIntoLabelledEdgeBins()
    {
        // −7 < −5 and 12 ≥ 10: 30 bins from −5 to 9.5, the outliers in the first and last
        final RHistogram histogram = RHistogram.of(new double[]{ -7, 12 });
        assertThat(histogram.counts()).hasSize(30);
        assertThat(histogram.counts()[0]).isEqualTo(1);
        assertThat(histogram.counts()[29]).isEqualTo(1);
        assertThat(histogram.labels().get(0)).isEqualTo("≤−5.0");
        assertThat(histogram.labels().get(29)).isEqualTo("≥9.5");
    }

    @Test
    void shouldBeEmptyWithoutTradesThatHaveARisk()
    {
        assertThat(RHistogram.of(new double[0]).counts()).isEmpty();
        assertThat(RHistogram.of(new double[]{ Double.NaN }).omitted()).isEqualTo(1);
        assertThat(RHistogram.of(new double[]{ 1, 1 }).counts()).containsExactly(2);
    }
}
