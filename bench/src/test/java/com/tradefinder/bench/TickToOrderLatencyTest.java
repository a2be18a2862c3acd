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
        // the venue answers each bar's orders before the next bar, so every measured bar reverses the position:
        // an exit and an entry, each entry fill adding its protective stop
        assertThat(result.framesWithoutOrder()).isZero();
        assertThat(result.order().getTotalCount()).isEqualTo(events);
        assertThat(result.newOrders()).isGreaterThanOrEqualTo(2 * events);
        assertThat(result.framesThatWaited()).isBetween(0L, events);
        assertThat(result.riskRejects()).isZero();
        assertThat(result.encodeFailures()).isZero();
        assertThat(result.faults()).isZero();
        assertThat(result.malformed()).isZero();
        assertThat(result.droppedCommands()).isZero();
    }
}
