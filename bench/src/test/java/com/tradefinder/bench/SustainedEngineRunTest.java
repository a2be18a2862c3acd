package com.tradefinder.bench;

import com.tradefinder.engine.app.WaitMode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Runs the P3 sustained harness for a second and checks its counts, not its GC verdict (a test JVM allocates around
 * it).
 */
class SustainedEngineRunTest
{
    @Test
    void shouldHandEveryPublishedEventToTheLogicWithoutAFault()
    {
        // arrange
        final int rate = 20_000;

        // act
        final SustainedEngineRun.Result result =
            SustainedEngineRun.run(BenchData.TRADES_BACK_TO_BACK, rate, 1, 1, WaitMode.SLEEPING);

        // assert: the 3-event preamble, a second of warm-up, a measured second
        assertThat(result.published()).isEqualTo(rate);
        assertThat(result.expected()).isEqualTo(3 + 2L * rate);
        assertThat(result.handled()).isEqualTo(result.expected());
        assertThat(result.lost()).isFalse();
        assertThat(result.faults()).isZero();
        assertThat(result.halted()).isFalse();
        assertThat(result.measuredSeconds()).isBetween(0.9, 30.0);
        assertThat(result.ringFullWaits()).isBetween(0L, (long)rate);
        assertThat(result.maxLagNs()).isPositive();
        assertThat(result.businessBytes()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void shouldRefuseARunLongerThanTheTapeHoldsInTime()
    {
        // act, assert: the 1h klines span six years a lap, so a few million bars overflow time
        assertThatThrownBy(() -> SustainedEngineRun.run(BenchData.BARS, 100_000, 600, 0, WaitMode.SLEEPING))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("laps");
    }

    @Test
    void shouldMoveTheCapturesBackToBackWithinAFewDays()
    {
        // act
        final EventTape spread = BenchData.trades();
        final EventTape backToBack = BenchData.tradesBackToBack();

        // assert: the same events, laps of 5 days instead of 16 months
        assertThat(backToBack.count()).isEqualTo(spread.count());
        assertThat(backToBack.lapNs()).isEqualTo(5 * 86_400_000_000_000L);
        assertThat(backToBack.maxLaps() * backToBack.count()).isGreaterThan(600L * 100_000);
        assertThat(spread.maxLaps() * spread.count()).isLessThan(600L * 100_000);
    }
}
