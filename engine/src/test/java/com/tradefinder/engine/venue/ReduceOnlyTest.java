package com.tradefinder.engine.venue;

import com.tradefinder.codecs.FillDecoder;
import com.tradefinder.codecs.MarginMode;
import com.tradefinder.codecs.OrderRejectedDecoder;
import com.tradefinder.codecs.OrderType;
import com.tradefinder.codecs.PositionMode;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.RejectReason;
import com.tradefinder.codecs.Side;
import com.tradefinder.codecs.TimeInForce;
import com.tradefinder.engine.venue.VenueHarness.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tradefinder.engine.venue.VenueHarness.BOT;
import static com.tradefinder.engine.venue.VenueHarness.ONE;
import static com.tradefinder.engine.venue.VenueHarness.T0;
import static com.tradefinder.engine.venue.VenueHarness.USDT;
import static com.tradefinder.engine.venue.VenueHarness.only;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reduce-only orders never increase or flip a position: one-way {@code reduceOnly} and hedge-mode closing sides are
 * clipped to the position at each fill, the rest expiring; they are refused with nothing to reduce, exempt from the
 * minimum notional, and expire if their position is gone when they trigger. Non-reducing one-way orders may flip.
 */
class ReduceOnlyTest
{
    /** One-way mode, a long of 1.000 bought at 100.00. */
    private static VenueHarness oneWayLong()
    {
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.setup(BOT, PositionMode.ONE_WAY, MarginMode.ISOLATED, 20, T0);
        venue.trade(10000, ONE, T0);
        venue.market(100, Side.BUY, PositionSide.BOTH, ONE, T0 + 1);
        assertThat(only(venue.take(), "Position").position().sizeMantissa()).isEqualTo(ONE);
        return venue;
    }

    private static void reduceOnly(final VenueHarness venue, final long clientOrderId, final Side side,
        final OrderType type, final long price, final long stopPrice, final long size, final long timeNs)
    {
        venue.order(BOT, clientOrderId, side, PositionSide.BOTH, type, TimeInForce.GTC, price, stopPrice, size, true,
            false, timeNs);
    }

    @Test
    void shouldClipAReduceOnlyFillToThePositionAndExpireTheRest()
    {
        // arrange
        final VenueHarness venue = oneWayLong();
        reduceOnly(venue, 1, Side.SELL, OrderType.LIMIT, 10100, 0, 2 * ONE, T0 + 2);
        assertThat(venue.takeNames()).containsExactly("Accepted");

        // act
        venue.trade(10200, 5 * ONE, T0 + 3);

        // assert
        final List<Event> events = venue.take();
        assertThat(VenueHarness.names(events)).containsExactly("Fill", "Position", "Balance", "Expired");
        final FillDecoder fill = events.get(0).fill();
        assertThat(fill.sizeMantissa()).isEqualTo(ONE);
        assertThat(fill.cumulativeSizeMantissa()).isEqualTo(ONE);
        assertThat(fill.leavesSizeMantissa()).isEqualTo(ONE);
        assertThat(fill.positionSide()).isEqualTo(PositionSide.BOTH);
        assertThat(events.get(1).position().sizeMantissa()).isZero();
        assertThat(events.get(3).expired().clientOrderId()).isEqualTo(1);
    }

    @Test
    void shouldRefuseReduceOnlyThatCannotReduce()
    {
        // arrange
        final VenueHarness venue = oneWayLong();

        // act: buying cannot reduce a long
        reduceOnly(venue, 1, Side.BUY, OrderType.LIMIT, 9900, 0, ONE, T0 + 2);

        // assert
        final OrderRejectedDecoder rejected = only(venue.take(), "Rejected").rejected();
        assertThat(rejected.venueCode()).isEqualTo(-2022);
        assertThat(rejected.reason()).isEqualTo(RejectReason.REDUCE_ONLY_CONFLICT);
        assertThat(rejected.venueText()).isEqualTo("ReduceOnly Order is rejected.");
    }

    @Test
    void shouldExemptReduceOnlyFromTheMinimumNotional()
    {
        // arrange
        final VenueHarness venue = oneWayLong();

        // act: 101.00 × 0.001 = 0.101 USDT
        reduceOnly(venue, 1, Side.SELL, OrderType.LIMIT, 10100, 0, 1000, T0 + 2);

        // assert
        assertThat(venue.takeNames()).containsExactly("Accepted");
    }

    @Test
    void shouldExpireAReduceOnlyStopWhosePositionIsGoneWhenItTriggers()
    {
        // arrange
        final VenueHarness venue = oneWayLong();
        reduceOnly(venue, 1, Side.SELL, OrderType.STOP_MARKET, 0, 9800, ONE, T0 + 2);
        venue.market(2, Side.SELL, PositionSide.BOTH, ONE, T0 + 3);
        assertThat(venue.takeNames()).containsExactly("Accepted", "Accepted", "Fill", "Position", "Balance");

        // act
        venue.trade(9700, ONE, T0 + 4);

        // assert
        final List<Event> events = venue.take();
        assertThat(VenueHarness.names(events)).containsExactly("Expired");
        assertThat(events.get(0).expired().clientOrderId()).isEqualTo(1);
        assertThat(events.get(0).timeNs()).isEqualTo(T0 + 4);
    }

    @Test
    void shouldFlipAOneWayPositionWithANonReducingOrder()
    {
        // arrange
        final VenueHarness venue = oneWayLong();
        venue.trade(10100, ONE, T0 + 2);

        // act
        venue.market(1, Side.SELL, PositionSide.BOTH, 3 * ONE, T0 + 3);

        // assert
        final List<Event> events = venue.take();
        assertThat(events.get(1).fill().sizeMantissa()).isEqualTo(3 * ONE);
        assertThat(events.get(2).position().sizeMantissa()).isEqualTo(-2 * ONE);
        assertThat(events.get(2).position().entryPriceMantissa()).isEqualTo(10100);
        // +1 USDT on the long, fees 0.05 and 303 × 5 bp = 0.1515; the short of 2 holds 202 / 20 = 10.1 margin
        final long wallet = 10_000 * USDT + USDT - 5_000_000L - 15_150_000L;
        assertThat(events.get(3).balance().walletBalanceMantissa()).isEqualTo(wallet);
        assertThat(events.get(3).balance().availableBalanceMantissa()).isEqualTo(wallet - 1_010_000_000L);
    }

    @Test
    void shouldClipAHedgeClosingOrderToThePosition()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.trade(10000, ONE, T0);
        venue.market(100, Side.BUY, PositionSide.LONG, ONE, T0 + 1);
        venue.limit(1, Side.SELL, PositionSide.LONG, 10100, 2 * ONE, T0 + 2);
        venue.take();

        // act
        venue.trade(10200, 5 * ONE, T0 + 3);

        // assert
        final List<Event> events = venue.take();
        assertThat(VenueHarness.names(events)).containsExactly("Fill", "Position", "Balance", "Expired");
        assertThat(events.get(0).fill().sizeMantissa()).isEqualTo(ONE);
        assertThat(events.get(1).position().positionSide()).isEqualTo(PositionSide.LONG);
        assertThat(events.get(1).position().sizeMantissa()).isZero();
    }
}
