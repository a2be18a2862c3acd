package com.tradefinder.engine.venue;

import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.Side;
import com.tradefinder.engine.venue.VenueHarness.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tradefinder.engine.venue.VenueHarness.HOUR_NS;
import static com.tradefinder.engine.venue.VenueHarness.ONE;
import static com.tradefinder.engine.venue.VenueHarness.T0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intra-bar path rule, open → nearer extreme → farther extreme → close, alone and deciding which of a stop and a
 * take-profit a bar that spans both fills.
 */
class IntraBarPathTest
{
    @Test
    void shouldVisitTheExtremeNearerToTheOpenFirst()
    {
        assertThat(BarPath.highFirst(10000, 10100, 9500, 9600)).isTrue();
        assertThat(BarPath.highFirst(10000, 10600, 9900, 10500)).isFalse();
        assertThat(BarPath.highFirst(10000, 10100, 9500, 10050)).isTrue();
        assertThat(BarPath.highFirst(10000, 10600, 9900, 9950)).isFalse();
    }

    @Test
    void shouldBreakATieByTheBarsDirection()
    {
        assertThat(BarPath.highFirst(10000, 10100, 9900, 10050)).as("rising bar dips first").isFalse();
        assertThat(BarPath.highFirst(10000, 10100, 9900, 10000)).as("flat close dips first").isFalse();
        assertThat(BarPath.highFirst(10000, 10100, 9900, 9950)).as("falling bar rallies first").isTrue();
    }

    @Test
    void shouldFillTheStopOfARisingBarWhoseLowIsNearerAndExpireTheTakeProfit()
    {
        // arrange
        final VenueHarness venue = longWithBracket();

        // act: rising bar 100.00 -> 95.50 -> 106.00 -> 105.00 (low 4.50 away, high 6.00)
        venue.bar(T0 + HOUR_NS, 10000, 10600, 9550, 10500);

        // assert
        final List<Event> events = venue.take();
        assertThat(VenueHarness.names(events)).containsExactly("Fill", "Position", "Balance", "Expired");
        assertThat(events.get(0).fill().clientOrderId()).isEqualTo(1);
        assertThat(events.get(0).fill().priceMantissa()).isEqualTo(9600);
        assertThat(events.get(1).position().sizeMantissa()).isZero();
        assertThat(events.get(3).expired().clientOrderId()).isEqualTo(2);
    }

    @Test
    void shouldFillTheTakeProfitOfAFallingBarWhoseHighIsNearerAndExpireTheStop()
    {
        // arrange
        final VenueHarness venue = longWithBracket();

        // act: falling bar 100.00 -> 104.50 -> 94.00 -> 95.00 (high 4.50 away, low 6.00)
        venue.bar(T0 + HOUR_NS, 10000, 10450, 9400, 9500);

        // assert
        final List<Event> events = venue.take();
        assertThat(VenueHarness.names(events)).containsExactly("Fill", "Position", "Balance", "Expired");
        assertThat(events.get(0).fill().clientOrderId()).isEqualTo(2);
        assertThat(events.get(0).fill().priceMantissa()).isEqualTo(10400);
        assertThat(events.get(3).expired().clientOrderId()).isEqualTo(1);
    }

    @Test
    void shouldLetTheNearerExtremeWinEvenAgainstTheBarsDirection()
    {
        // arrange
        final VenueHarness venue = longWithBracket();

        // act: rising bar whose high is nearer: 100.00 -> 104.50 -> 94.00 -> 103.00
        venue.bar(T0 + HOUR_NS, 10000, 10450, 9400, 10300);

        // assert
        assertThat(venue.take().get(0).fill().clientOrderId()).isEqualTo(2);
    }

    @Test
    void shouldFillOrdersAlongOneSegmentInTheOrderThePriceReachesThem()
    {
        // arrange: two buy limits; the falling segment reaches 99.00 before 98.00
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.bar(T0 - HOUR_NS, 10000, 10000, 10000, 10000);
        venue.limit(1, Side.BUY, PositionSide.LONG, 9800, ONE, T0);
        venue.limit(2, Side.BUY, PositionSide.LONG, 9900, ONE, T0);
        venue.take();

        // act
        venue.bar(T0, 10000, 10010, 9700, 9750);

        // assert
        final List<Event> fills = VenueHarness.all(venue.take(), "Fill");
        assertThat(fills.get(0).fill().clientOrderId()).isEqualTo(2);
        assertThat(fills.get(1).fill().clientOrderId()).isEqualTo(1);
    }

    /** A long of 1.000 at 100.00 with a stop at 96.00 (id 1) and a take-profit at 104.00 (id 2). */
    private static VenueHarness longWithBracket()
    {
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.bar(T0 - HOUR_NS, 10000, 10000, 10000, 10000);
        venue.market(100, Side.BUY, PositionSide.LONG, ONE, T0);
        venue.bar(T0, 10000, 10000, 10000, 10000);
        venue.stop(1, Side.SELL, PositionSide.LONG, 9600, ONE, T0 + HOUR_NS);
        venue.takeProfit(2, Side.SELL, PositionSide.LONG, 10400, ONE, T0 + HOUR_NS);
        venue.take();
        return venue;
    }
}
