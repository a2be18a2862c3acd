package com.tradefinder.engine.execution;

import com.tradefinder.codecs.PositionSide;
import com.tradefinder.engine.util.Hashing;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrderManagerStateHashTest
{
    @Test
    void shouldReproduceTheHashAndOutputsForTheSameEvents()
    {
        final RoundTrip first = new RoundTrip(64);
        final RoundTrip second = new RoundTrip(64);

        for (int i = 0; i < 50; i++)
        {
            final PositionSide side = i % 2 == 0 ? PositionSide.LONG : PositionSide.SHORT;
            first.run(i % 3, side, i);
            second.run(i % 3, side, i);
            assertThat(second.manager.stateHash(Hashing.SEED)).isEqualTo(first.manager.stateHash(Hashing.SEED));
            assertThat(second.commands.ids).containsExactly(first.commands.ids);
        }
        assertThat(second.commands.updates).isEqualTo(first.commands.updates);
    }

    @Test
    void shouldEndEveryRoundTripFlatWithNothingLive()
    {
        final RoundTrip trip = new RoundTrip(64);

        trip.run(1, PositionSide.LONG, 0);
        trip.run(1, PositionSide.SHORT, 0);

        assertThat(trip.manager.liveOrders()).isZero();
        assertThat(trip.manager.group(1, RoundTrip.INSTRUMENT, PositionSide.LONG)).isNull();
        assertThat(trip.manager.group(1, RoundTrip.INSTRUMENT, PositionSide.SHORT)).isNull();
        assertThat(trip.listener.entrySize).isEqualTo(20);
        assertThat(trip.listener.exitSize).isEqualTo(20);
        assertThat(trip.listener.ended).isEqualTo(4);
        assertThat(trip.manager.illegalTransitions()).isEqualTo(2);
        assertThat(trip.manager.ordersSent()).isEqualTo(20);
    }

    @Test
    void shouldChangeTheHashWithTheState()
    {
        final RoundTrip reference = new RoundTrip(64);
        final RoundTrip shifted = new RoundTrip(64);
        final long empty = reference.manager.stateHash(Hashing.SEED);

        reference.manager.submitEntry(1, reference.spec, PositionSide.LONG, 10_000, 9_500, 0, 10, 10_000, 0, 1);
        shifted.manager.submitEntry(1, shifted.spec, PositionSide.LONG, 10_010, 9_500, 0, 10, 10_000, 0, 1);

        assertThat(reference.manager.stateHash(Hashing.SEED)).isNotEqualTo(empty);
        assertThat(shifted.manager.stateHash(Hashing.SEED)).isNotEqualTo(reference.manager.stateHash(Hashing.SEED));
        assertThat(reference.manager.stateHash(Hashing.SEED)).isNotEqualTo(reference.manager.stateHash(1));
    }
}
