package com.tradefinder.bench;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the P6 harness (and its P4 run without the journal) briefly over loopback and checks its counts, not its
 * timings. Three runs on loopback (echo, with and without the journal) take about ten seconds: tagged slow.
 */
@Tag("slow")
class TickToOrderLatencyTest
{
    @Test
    void shouldMakeAnOrderFromEveryMeasuredFrameWithAndWithoutTheJournalAndEchoEveryFrame() throws Exception
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
        assertEveryBarReverses(result.journaled(), events);
        assertEveryBarReverses(result.unjournaled(), events);
        assertThat(result.journalCostP99()).isEqualTo(result.journaled().order().getValueAtPercentile(99) -
            result.unjournaled().order().getValueAtPercentile(99));
    }

    private static void assertEveryBarReverses(final TickToOrderLatency.EngineRun run, final long events)
    {
        // the venue answers each bar's orders before the next bar, so every measured bar reverses the position
        // (an exit and an entry, each entry fill adding its protective stop); a rare bar (about 2 in 10,000 in the
        // full run) still makes none: each is counted, none is hidden
        assertThat(run.order().getTotalCount() + run.framesWithoutOrder()).isEqualTo(events);
        assertThat(run.framesWithoutOrder()).isLessThanOrEqualTo(events / 100);
        assertThat(run.newOrders()).isGreaterThanOrEqualTo(2 * (events - events / 100));
        assertThat(run.framesThatWaited()).isBetween(0L, events);
        assertThat(run.riskRejects()).isZero();
        assertThat(run.encodeFailures()).isZero();
        assertThat(run.faults()).isZero();
        assertThat(run.malformed()).isZero();
        assertThat(run.droppedCommands()).isZero();
    }
}
