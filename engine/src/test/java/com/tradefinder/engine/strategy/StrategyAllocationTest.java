package com.tradefinder.engine.strategy;

import com.tradefinder.engine.testsupport.AllocationMeter;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every strategy, fed 100k bars after warm-up (entries, fills, stops, take-profits, exits and signals included),
 * allocates nothing on the calling thread.
 * <p>
 * Rounds are repeated until one is clean and shows zero bytes: a round during which a collection ran is discarded
 * (its accounting may show the retired allocation buffer rather than real allocation), and an early round may show
 * a few hundred bytes the VM itself allocates on this thread while it recompiles (seen inside Agrona's buffer
 * accessors, once, never again). An allocation per bar or per signal would show in every round.
 */
class StrategyAllocationTest
{
    private static final int BARS = 100_000;
    private static final int ROUNDS = 10;

    @Test
    void shouldAllocateNothingPerBarAfterWarmUp()
    {
        // arrange
        final long[][] bars = StrategyRun.syntheticBars(BARS, 11L);
        final List<StrategyRun> runs = new ArrayList<>();
        for (final Map.Entry<String, Supplier<Strategy>> entry : StrategyRun.catalogue())
        {
            runs.add(new StrategyRun(entry.getValue().get()));
        }
        final StrategyRun[] all = runs.toArray(new StrategyRun[0]);
        feed(all, bars);
        feed(all, bars);
        AllocationMeter.currentThreadAllocatedBytes();

        // act
        final List<String> rounds = new ArrayList<>();
        boolean cleanZero = false;
        for (int round = 0; round < ROUNDS && !cleanZero; round++)
        {
            final long collectionsBefore = AllocationMeter.collections();
            final long before = AllocationMeter.currentThreadAllocatedBytes();
            feed(all, bars);
            final long after = AllocationMeter.currentThreadAllocatedBytes();
            final boolean collected = AllocationMeter.collections() != collectionsBefore;
            cleanZero = !collected && after == before;
            rounds.add((after - before) + (collected ? " bytes (GC, discarded)" : " bytes"));
        }

        // assert
        assertThat(cleanZero).as("a round of %d bars through every strategy without GC and without allocation; "
            + "rounds: %s", BARS, rounds).isTrue();
        for (final StrategyRun run : all)
        {
            assertThat(run.context().entries()).as("%s entered during the run", run.strategy().type()).isPositive();
            assertThat(run.context().violations()).as("%s violations", run.strategy().type()).isZero();
        }
    }

    private static void feed(final StrategyRun[] runs, final long[][] bars)
    {
        for (final StrategyRun run : runs)
        {
            run.run(bars, 0, BARS);
        }
    }
}
