package com.tradefinder.engine.venue;

import com.tradefinder.codecs.Liquidity;
import com.tradefinder.codecs.OrderRejectedDecoder;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.RejectReason;
import com.tradefinder.codecs.Side;
import com.tradefinder.engine.venue.VenueHarness.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tradefinder.engine.venue.VenueHarness.HOUR_NS;
import static com.tradefinder.engine.venue.VenueHarness.ONE;
import static com.tradefinder.engine.venue.VenueHarness.T0;
import static com.tradefinder.engine.venue.VenueHarness.only;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The latency model: the venue acts on a command at its time plus the latency, never earlier, in the order sent;
 * market data before that time neither fills nor sees the order.
 */
class LatencyTest
{
    private static final long LATENCY_NS = 50_000_000L;

    @Test
    void shouldAcknowledgeAndFillNoEarlierThanCommandTimePlusLatency()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings().latencyNs(LATENCY_NS));
        venue.trade(10000, ONE, T0);

        // act
        venue.market(1, Side.BUY, PositionSide.LONG, ONE, T0 + 1);
        final List<Event> atSend = venue.take();
        venue.venue().advanceTo(T0 + LATENCY_NS);
        final List<Event> justBefore = venue.take();
        venue.trade(10010, ONE, T0 + 30_000_000L);
        final List<Event> tradeBefore = venue.take();
        venue.venue().advanceTo(T0 + 1 + LATENCY_NS);
        final List<Event> due = venue.take();

        // assert
        assertThat(atSend).isEmpty();
        assertThat(justBefore).isEmpty();
        assertThat(tradeBefore).isEmpty();
        assertThat(VenueHarness.names(due)).containsExactly("Accepted", "Fill", "Position", "Balance");
        assertThat(due.get(0).accepted().exchangeTimeNs()).isEqualTo(T0 + 1 + LATENCY_NS);
        assertThat(due.get(1).fill().exchangeTimeNs()).isEqualTo(T0 + 1 + LATENCY_NS);
        assertThat(due.get(1).fill().priceMantissa()).as("the price when the order arrives").isEqualTo(10010);
    }

    @Test
    void shouldNotFillOnTradesBeforeTheOrderArrivesButOnTradesAfter()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings().latencyNs(LATENCY_NS));
        venue.trade(10000, ONE, T0);
        venue.limit(1, Side.BUY, PositionSide.LONG, 9900, ONE, T0);

        // act
        venue.trade(9800, ONE, T0 + 10_000_000L);
        venue.trade(10000, ONE, T0 + 20_000_000L);
        final List<Event> before = venue.take();
        venue.trade(9850, ONE, T0 + 60_000_000L);
        final List<Event> after = venue.take();

        // assert
        assertThat(before).isEmpty();
        assertThat(VenueHarness.names(after)).containsExactly("Accepted", "Fill", "Position", "Balance");
        assertThat(after.get(0).timeNs()).isEqualTo(T0 + LATENCY_NS);
        assertThat(after.get(1).timeNs()).isEqualTo(T0 + 60_000_000L);
        assertThat(after.get(1).fill().priceMantissa()).isEqualTo(9900);
        assertThat(after.get(1).fill().liquidity()).isEqualTo(Liquidity.MAKER);
    }

    @Test
    void shouldMeetThePriceOfTheMomentTheOrderArrives()
    {
        // arrange: the market falls through the limit while the order is in flight
        final VenueHarness venue = new VenueHarness(VenueHarness.settings().latencyNs(LATENCY_NS));
        venue.trade(10000, ONE, T0);
        venue.limit(1, Side.BUY, PositionSide.LONG, 9900, ONE, T0);
        venue.trade(9800, ONE, T0 + 10_000_000L);
        assertThat(venue.take()).isEmpty();

        // act
        venue.venue().advanceTo(T0 + LATENCY_NS);

        // assert: on arrival the limit is marketable and takes at 98.00
        final List<Event> events = venue.take();
        assertThat(VenueHarness.names(events)).containsExactly("Accepted", "Fill", "Position", "Balance");
        assertThat(events.get(1).fill().priceMantissa()).isEqualTo(9800);
        assertThat(events.get(1).fill().liquidity()).isEqualTo(Liquidity.TAKER);
        assertThat(events.get(1).timeNs()).isEqualTo(T0 + LATENCY_NS);
    }

    @Test
    void shouldFillBeforeACancelThatIsStillInFlight()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings().latencyNs(LATENCY_NS));
        venue.trade(10000, ONE, T0);
        venue.limit(1, Side.BUY, PositionSide.LONG, 9900, ONE, T0);
        venue.venue().advanceTo(T0 + LATENCY_NS);
        venue.take();

        // act
        venue.cancel(VenueHarness.BOT, 1, T0 + 100_000_000L);
        venue.trade(9800, ONE, T0 + 120_000_000L);
        final List<Event> fill = venue.take();
        venue.venue().advanceTo(T0 + 150_000_000L);
        final List<Event> cancel = venue.take();

        // assert
        assertThat(VenueHarness.names(fill)).containsExactly("Fill", "Position", "Balance");
        final OrderRejectedDecoder rejected = only(cancel, "Rejected").rejected();
        assertThat(rejected.clientOrderId()).isEqualTo(1);
        assertThat(rejected.reason()).isEqualTo(RejectReason.UNKNOWN_ORDER);
        assertThat(rejected.venueCode()).isEqualTo(-2011);
        assertThat(rejected.exchangeTimeNs()).isEqualTo(T0 + 150_000_000L);
    }

    @Test
    void shouldActOnCommandsInTheOrderSentAndPublishNonDecreasingTimes()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings().latencyNs(LATENCY_NS));
        venue.bar(T0 - HOUR_NS, 10000, 10000, 10000, 10000);

        // act
        venue.limit(1, Side.BUY, PositionSide.LONG, 9900, ONE, T0);
        venue.limit(2, Side.BUY, PositionSide.LONG, 9800, ONE, T0 + 1);
        venue.cancel(VenueHarness.BOT, 1, T0 + 2);
        venue.bar(T0, 10000, 10000, 9850, 9900);

        // assert
        final List<Event> events = venue.take();
        assertThat(VenueHarness.names(events)).containsExactly("Accepted", "Accepted", "Canceled");
        assertThat(events.get(0).accepted().clientOrderId()).isEqualTo(1);
        assertThat(events.get(1).accepted().clientOrderId()).isEqualTo(2);
        assertThat(events.get(2).canceled().clientOrderId()).isEqualTo(1);
        assertThat(events.get(2).canceled().exchangeTimeNs()).isEqualTo(T0 + 2 + LATENCY_NS);
        long previous = Long.MIN_VALUE;
        for (final Event event : venue.all())
        {
            assertThat(event.timeNs()).isGreaterThanOrEqualTo(previous);
            previous = event.timeNs();
        }
    }

    @Test
    void shouldTakeABarsOrdersAcknowledgedBeforeItsClose()
    {
        // arrange: the business logic answers the bar closing at T0 with a market order; it arrives 50 ms later
        final VenueHarness venue = new VenueHarness(VenueHarness.settings().latencyNs(LATENCY_NS));
        venue.bar(T0 - HOUR_NS, 10000, 10000, 10000, 10000);
        venue.market(1, Side.BUY, PositionSide.LONG, ONE, T0);

        // act
        venue.bar(T0, 10020, 10100, 9900, 10050);

        // assert
        final List<Event> events = venue.take();
        assertThat(VenueHarness.names(events)).containsExactly("Accepted", "Fill", "Position", "Balance");
        assertThat(events.get(0).timeNs()).isEqualTo(T0 + LATENCY_NS);
        assertThat(events.get(1).fill().priceMantissa()).isEqualTo(10020);
        assertThat(events.get(1).timeNs()).isEqualTo(T0 + HOUR_NS);
    }

    @Test
    void shouldActOnACommandFromThePastAtTheVenuesTime()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings().latencyNs(LATENCY_NS));
        venue.trade(10000, ONE, T0 + HOUR_NS);

        // act: sent at T0, an hour before the venue's time
        venue.limit(1, Side.BUY, PositionSide.LONG, 9900, ONE, T0);

        // assert
        final List<Event> events = venue.take();
        assertThat(VenueHarness.names(events)).containsExactly("Accepted");
        assertThat(events.get(0).timeNs()).isEqualTo(T0 + HOUR_NS);
    }
}
