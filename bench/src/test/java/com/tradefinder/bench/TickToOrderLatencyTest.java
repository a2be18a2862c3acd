package com.tradefinder.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the P6 harness briefly over loopback and checks its counts, not its timings.
 */
class TickToOrderLatencyTest
{
    @Test
    void shouldMakeAnOrderFromEveryMeasuredFrameAndEchoEveryFrame() throws Exception
    {
        // arrange
        final int rate = 2_000;
        final long events = 2_000;
        final long warmup = 400;

        // act
        final TickToOrderLatency.Result result = TickToOrderLatency.run(rate, events, warmup);

        // assert
        assertThat(result.echo().getTotalCount()).isEqualTo(events);
        assertThat(result.events()).isEqualTo(events);
        // the venue answers each bar's orders before the next bar, so every measured bar reverses the position
        // (an exit and an entry, each entry fill adding its protective stop); a rare bar (about 2 in 10,000 in the
        // full run) still makes none: each is counted, none is hidden
        assertThat(result.order().getTotalCount() + result.framesWithoutOrder()).isEqualTo(events);
        assertThat(result.framesWithoutOrder()).isLessThanOrEqualTo(events / 100);
        assertThat(result.newOrders()).isGreaterThanOrEqualTo(2 * (events - events / 100));
        assertThat(result.framesThatWaited()).isBetween(0L, events);
        assertThat(result.riskRejects()).isZero();
        assertThat(result.encodeFailures()).isZero();
        assertThat(result.faults()).isZero();
        assertThat(result.malformed()).isZero();
        assertThat(result.droppedCommands()).isZero();
    }
}
