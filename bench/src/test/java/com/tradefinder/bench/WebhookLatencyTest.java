package com.tradefinder.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the P7 harness briefly over loopback and checks its counts, not its timings.
 */
class WebhookLatencyTest
{
    @Test
    void shouldMakeAnOrderFromEveryMeasuredAlertAndEchoEveryRequest() throws Exception
    {
        // arrange
        final int rate = 500;
        final long events = 400;
        final long warmup = 200;

        // act
        final WebhookLatency.Result result = WebhookLatency.run(rate, events, warmup);

        // assert
        assertThat(result.echo().getTotalCount()).isEqualTo(events);
        assertThat(result.events()).isEqualTo(events);
        // buy and flat alternate and the venue fills each order before the next alert: one order per alert, plus a
        // protective stop for every filled entry; a rare alert (2 in 6,000 in the full run) makes none: counted
        assertThat(result.requestsRefused()).isZero();
        assertThat(result.order().getTotalCount() + result.requestsWithoutOrder()).isEqualTo(events);
        assertThat(result.requestsWithoutOrder()).isLessThanOrEqualTo(events / 100);
        assertThat(result.newOrders()).isGreaterThanOrEqualTo(events);
        assertThat(result.requestsThatWaited()).isBetween(0L, events);
        assertThat(result.riskRejects()).isLessThanOrEqualTo(events / 100);
        assertThat(result.faults()).isZero();
        assertThat(result.droppedCommands()).isZero();
    }
}
