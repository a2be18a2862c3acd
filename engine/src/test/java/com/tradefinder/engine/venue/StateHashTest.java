package com.tradefinder.engine.venue;

import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.Side;
import com.tradefinder.engine.util.Hashing;
import com.tradefinder.engine.venue.VenueHarness.Event;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static com.tradefinder.engine.venue.VenueHarness.HOUR_NS;
import static com.tradefinder.engine.venue.VenueHarness.ONE;
import static com.tradefinder.engine.venue.VenueHarness.T0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Determinism: the same inputs give the same events byte for byte and the same state hash; every change of state
 * changes the hash.
 */
class StateHashTest
{
    private static final long LATENCY_NS = 1_000_000L;

    @Test
    void shouldGiveIdenticalEventsAndHashForIdenticalInputs()
    {
        // arrange
        final VenueHarness first = new VenueHarness(settings());
        final VenueHarness second = new VenueHarness(settings());

        // act
        script(first, 10000);
        script(second, 10000);

        // assert
        final List<Event> a = first.all();
        final List<Event> b = second.all();
        assertThat(a).hasSameSizeAs(b).hasSizeGreaterThanOrEqualTo(20);
        for (int i = 0; i < a.size(); i++)
        {
            assertThat(a.get(i).timeNs()).isEqualTo(b.get(i).timeNs());
            assertThat(a.get(i).bytes()).isEqualTo(b.get(i).bytes());
        }
        assertThat(first.venue().stateHash(Hashing.SEED)).isEqualTo(second.venue().stateHash(Hashing.SEED));
    }

    @Test
    void shouldDivergeWhenOnePriceDiffers()
    {
        // arrange
        final VenueHarness first = new VenueHarness(settings());
        final VenueHarness second = new VenueHarness(settings());

        // act
        script(first, 10000);
        script(second, 10010);

        // assert
        assertThat(first.venue().stateHash(Hashing.SEED)).isNotEqualTo(second.venue().stateHash(Hashing.SEED));
    }

    @Test
    void shouldChangeTheHashWithEveryStep()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(settings());
        final Set<Long> hashes = new HashSet<>();
        final Consumer<String> record = step ->
            assertThat(hashes.add(venue.venue().stateHash(Hashing.SEED))).as("hash changed by %s", step).isTrue();
        record.accept("start");

        // act and assert
        venue.trade(10000, ONE, T0);
        record.accept("a trade price");
        venue.limit(1, Side.BUY, PositionSide.LONG, 9900, ONE, T0 + 1);
        record.accept("a command in flight");
        venue.venue().advanceTo(T0 + 1 + LATENCY_NS);
        record.accept("an accepted order");
        venue.trade(9890, ONE / 2, T0 + 2 * LATENCY_NS);
        record.accept("a partial fill");
        venue.mark(9950, T0 + 3 * LATENCY_NS);
        record.accept("a mark price");
        venue.funding(100_000, T0 + 4 * LATENCY_NS);
        record.accept("a funding payment");
        venue.venue().advanceTo(T0 + 5 * LATENCY_NS);
        record.accept("time passing");
    }

    private static VenueSimulationSettings settings()
    {
        return VenueHarness.settings().latencyNs(LATENCY_NS).slippageBps(3);
    }

    private static void script(final VenueHarness venue, final long price)
    {
        venue.bar(T0 - HOUR_NS, 10000, 10000, 10000, 10000);
        venue.market(1, Side.BUY, PositionSide.LONG, 2 * ONE, T0);
        venue.limit(2, Side.SELL, PositionSide.SHORT, 10200, ONE, T0);
        venue.bar(T0, price, price + 300, price - 100, price + 250);
        venue.stop(3, Side.SELL, PositionSide.LONG, 9800, ONE, T0 + HOUR_NS);
        venue.takeProfit(4, Side.SELL, PositionSide.LONG, 10600, 2 * ONE, T0 + HOUR_NS);
        venue.bar(T0 + HOUR_NS, 10200, 10700, 9700, 10100);
        venue.mark(10150, T0 + 2 * HOUR_NS + 1);
        venue.funding(100_000, T0 + 2 * HOUR_NS + 2);
        venue.limit(5, Side.BUY, PositionSide.SHORT, 10000, ONE, T0 + 2 * HOUR_NS + 3);
        venue.bar(T0 + 2 * HOUR_NS, 10100, 10150, 9900, 9950);
    }
}
