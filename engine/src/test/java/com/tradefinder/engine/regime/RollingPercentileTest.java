package com.tradefinder.engine.regime;

import com.tradefinder.engine.util.Hashing;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RollingPercentileTest
{
    @Test
    void shouldBeNanUntilTheWindowIsFull()
    {
        final RollingPercentile percentile = new RollingPercentile(4);
        assertThat(percentile.percentile()).isNaN();

        assertThat(percentile.update(3)).isNaN();
        assertThat(percentile.update(1)).isNaN();
        assertThat(percentile.update(2)).isNaN();
        assertThat(percentile.isFull()).isFalse();
        assertThat(percentile.count()).isEqualTo(3);

        assertThat(percentile.update(5)).isEqualTo(1.0);
        assertThat(percentile.isFull()).isTrue();
        assertThat(percentile.window()).isEqualTo(4);
    }

    @Test
    void shouldRankTheNewValueAmongTheLastWindowValuesCountingTiesAsAtOrBelow()
    {
        final RollingPercentile percentile = new RollingPercentile(4);
        percentile.update(3);
        percentile.update(1);
        percentile.update(2);
        percentile.update(5);

        assertThat(percentile.update(0)).isEqualTo(0.25);
        assertThat(percentile.update(2)).isEqualTo(0.75);
        assertThat(percentile.update(4)).isEqualTo(0.75);
        assertThat(percentile.update(2)).isEqualTo(0.75);
        assertThat(percentile.update(2)).isEqualTo(0.75);
        assertThat(percentile.update(2)).isEqualTo(0.75);
        assertThat(percentile.update(2)).isEqualTo(1.0);
        assertThat(percentile.percentile()).isEqualTo(1.0);
    }

    @Test
    void shouldDropTheOldestValue()
    {
        final RollingPercentile percentile = new RollingPercentile(3);
        percentile.update(100);
        percentile.update(1);
        percentile.update(2);

        assertThat(percentile.update(3)).isEqualTo(1.0);
    }

    @Test
    void shouldIgnoreNonFiniteValues()
    {
        final RollingPercentile percentile = new RollingPercentile(2);
        percentile.update(1);
        assertThat(percentile.update(Double.NaN)).isNaN();
        assertThat(percentile.update(Double.POSITIVE_INFINITY)).isNaN();
        assertThat(percentile.count()).isEqualTo(1);

        assertThat(percentile.update(0.5)).isEqualTo(0.5);
        assertThat(percentile.update(Double.NaN)).isNaN();
        assertThat(percentile.percentile()).isNaN();
        assertThat(percentile.update(0.75)).isEqualTo(1.0);
    }

    @Test
    void shouldHashTheWindowContentAndTheLatestRank()
    {
        final RollingPercentile first = new RollingPercentile(3);
        final RollingPercentile second = new RollingPercentile(3);
        assertThat(first.stateHash(Hashing.SEED)).isEqualTo(second.stateHash(Hashing.SEED));

        for (final double value : new double[] { 5, 1, 4, 2, 3 })
        {
            first.update(value);
            second.update(value);
        }
        assertThat(first.stateHash(Hashing.SEED)).isEqualTo(second.stateHash(Hashing.SEED));

        first.update(7);
        second.update(8);
        assertThat(first.stateHash(Hashing.SEED)).isNotEqualTo(second.stateHash(Hashing.SEED));

        final RollingPercentile rotated = new RollingPercentile(3);
        for (final double value : new double[] { 4, 2, 3, 7 })
        {
            rotated.update(value);
        }
        assertThat(rotated.stateHash(Hashing.SEED)).isEqualTo(first.stateHash(Hashing.SEED));

        final RollingPercentile reordered = new RollingPercentile(3);
        for (final double value : new double[] { 2, 3, 7 })
        {
            reordered.update(value);
        }
        assertThat(reordered.percentile()).isEqualTo(first.percentile());
        assertThat(reordered.stateHash(Hashing.SEED)).isEqualTo(first.stateHash(Hashing.SEED));
        reordered.update(Double.NaN);
        assertThat(reordered.stateHash(Hashing.SEED)).isNotEqualTo(first.stateHash(Hashing.SEED));
    }

    @Test
    void shouldRejectAnEmptyWindow()
    {
        assertThatThrownBy(() -> new RollingPercentile(0)).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("percentile window must be >= 1, was 0");
    }

    @Test
    void shouldRankExactlyAsCountingEveryHeldValueOverALongSeriesWithTiesSignedZerosAndGaps()
    {
        // Arrange: values from a small set (many ties), signed zeros, and NaNs that are skipped
        final int window = 37;
        final RollingPercentile percentile = new RollingPercentile(window);
        final double[] ring = new double[window];
        int held = 0;
        int next = 0;
        final SplittableRandom random = new SplittableRandom(20261122L);

        for (int i = 0; i < 20_000; i++)
        {
            final int pick = random.nextInt(12);
            final double value = pick == 0 ? Double.NaN : pick == 1 ? -0.0 : pick == 2 ? 0.0 : random.nextInt(9) * 0.5;

            // Act
            final double rank = percentile.update(value);

            // Assert: the rank a full scan of the last window values gives
            if (Double.isNaN(value))
            {
                assertThat(rank).isNaN();
                continue;
            }
            ring[next] = value;
            next = (next + 1) % window;
            held = Math.min(held + 1, window);
            if (held < window)
            {
                assertThat(rank).isNaN();
                continue;
            }
            int atOrBelow = 0;
            for (final double v : ring)
            {
                if (v <= value)
                {
                    atOrBelow++;
                }
            }
            assertThat(rank).as("update %d", i).isEqualTo((double)atOrBelow / window);
        }
    }
}
