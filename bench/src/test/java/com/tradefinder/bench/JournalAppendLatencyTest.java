package com.tradefinder.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the P4 append harness briefly and checks its counts, not its timings.
 */
class JournalAppendLatencyTest
{
    @Test
    void shouldMeasureEveryMessageOfTheThreePathsAndReadBothJournalsBack()
    {
        // arrange
        final int rate = 20_000;

        // act: no warm-up, a second measured per path, in slices of 250 ms
        final JournalAppendLatency.Result result = JournalAppendLatency.run(rate, 1, 0, 250);

        // assert
        assertThat(result.messagesPerPath()).isEqualTo(rate);
        for (int path = 0; path < 3; path++)
        {
            assertThat(result.latency()[path].getTotalCount()).isEqualTo(rate);
            assertThat(result.service()[path].getTotalCount()).isEqualTo(rate);
            // latency runs from the due time, service from the actual start, which is never earlier
            assertThat(result.latency()[path].getMaxValue()).isGreaterThanOrEqualTo(
                result.service()[path].getMaxValue());
        }
        assertThat(result.recordsChecked()).isEqualTo(2L * rate);
        assertThat(result.pretouchFailures()).isZero();
        assertThat(result.pretouchedPages()).isPositive();
        assertThat(result.gcCount()).isGreaterThanOrEqualTo(0);
        assertThat(result.messageBytes()).isEqualTo(74);
    }
}
