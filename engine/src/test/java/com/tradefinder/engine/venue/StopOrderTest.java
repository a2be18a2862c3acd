package com.tradefinder.engine.venue;

import com.tradefinder.codecs.FillDecoder;
import com.tradefinder.codecs.Liquidity;
import com.tradefinder.codecs.OrderRejectedDecoder;
import com.tradefinder.codecs.OrderType;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.RejectReason;
import com.tradefinder.codecs.Side;
import com.tradefinder.codecs.TimeInForce;
import com.tradefinder.engine.venue.VenueHarness.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tradefinder.engine.venue.VenueHarness.BOT;
import static com.tradefinder.engine.venue.VenueHarness.HOUR_NS;
import static com.tradefinder.engine.venue.VenueHarness.ONE;
import static com.tradefinder.engine.venue.VenueHarness.T0;
import static com.tradefinder.engine.venue.VenueHarness.USDT;
import static com.tradefinder.engine.venue.VenueHarness.only;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * STOP_MARKET and TAKE_PROFIT_MARKET: triggers on the bar range and on trades, the stop ± slippage within a bar, the
 * open when a bar gaps through, the trade's price on trades; refusal of a stop that would trigger at once.
 */
class StopOrderTest
{
    /**
     * T0 + HOUR_NS: a long of 1.000 bought by a market order at the 100.00 open (plus any slippage) is open (hedge
     * LONG), the last bar closed at 100.00.
     */
    private static VenueHarness longOnBars(final VenueHarness venue, final long expectedEntry)
    {
        venue.bar(T0 - HOUR_NS, 10000, 10000, 10000, 10000);
        venue.market(100, Side.BUY, PositionSide.LONG, ONE, T0);
        venue.bar(T0, 10000, 10000, 10000, 10000);
        assertThat(only(venue.take(), "Fill").fill().priceMantissa()).isEqualTo(expectedEntry);
        return venue;
    }

    private static VenueHarness longOnBars(final VenueHarness venue)
    {
        return longOnBars(venue, 10000);
    }

    @Test
    void shouldTriggerASellStopWithinABarAndFillAtTheStopWithSlippage()
    {
        // arrange: 10 bp of 98.00 is 0.098, taken up to 0.10 against the sell; the entry paid 100.10
        final VenueHarness venue = longOnBars(new VenueHarness(VenueHarness.settings().slippageBps(10)), 10010);
        venue.stop(1, Side.SELL, PositionSide.LONG, 9800, ONE, T0 + HOUR_NS);
        assertThat(venue.takeNames()).containsExactly("Accepted");

        // act: 99.50 -> 99.60 -> 97.00 -> 97.50 crosses 98.00 on the way down
        venue.bar(T0 + HOUR_NS, 9950, 9960, 9700, 9750);

        // assert
        final List<Event> events = venue.take();
        assertThat(VenueHarness.names(events)).containsExactly("Fill", "Position", "Balance");
        final FillDecoder fill = events.get(0).fill();
        assertThat(fill.clientOrderId()).isEqualTo(1);
        assertThat(fill.side()).isEqualTo(Side.SELL);
        assertThat(fill.positionSide()).isEqualTo(PositionSide.LONG);
        assertThat(fill.priceMantissa()).isEqualTo(9790);
        assertThat(fill.liquidity()).isEqualTo(Liquidity.TAKER);
        assertThat(fill.feeMantissa()).isEqualTo(4_895_000L);
        assertThat(fill.exchangeTimeNs()).isEqualTo(T0 + 2 * HOUR_NS);
        assertThat(events.get(1).position().sizeMantissa()).isZero();
        assertThat(events.get(1).position().entryPriceMantissa()).isZero();
        // bought at 100.10 (taker 0.05005), sold at 97.90 (taker 0.04895): -2.20 - 0.099
        assertThat(events.get(2).balance().walletBalanceMantissa())
            .isEqualTo(10_000 * USDT - 220_000_000L - 5_005_000L - 4_895_000L);
        assertThat(events.get(2).balance().availableBalanceMantissa())
            .isEqualTo(events.get(2).balance().walletBalanceMantissa());
    }

    @Test
    void shouldFillAtTheOpenWhenABarGapsThroughTheStop()
    {
        // arrange
        final VenueHarness venue = longOnBars(new VenueHarness(VenueHarness.settings().slippageBps(10)), 10010);
        venue.stop(1, Side.SELL, PositionSide.LONG, 9800, ONE, T0 + HOUR_NS);
        venue.take();

        // act: opens at 97.00, already below the 98.00 stop
        venue.bar(T0 + HOUR_NS, 9700, 9750, 9600, 9650);

        // assert: 97.00 less 10 bp (0.097 -> 0.10)
        assertThat(only(venue.take(), "Fill").fill().priceMantissa()).isEqualTo(9690);
    }

    @Test
    void shouldTriggerATakeProfitOnTheBarHighAndFillAtTheOpenWhenItGapsPast()
    {
        // arrange
        final VenueHarness venue = longOnBars(new VenueHarness(VenueHarness.settings()));
        venue.takeProfit(1, Side.SELL, PositionSide.LONG, 10200, ONE / 2, T0 + HOUR_NS);
        venue.takeProfit(2, Side.SELL, PositionSide.LONG, 10400, ONE / 2, T0 + HOUR_NS);
        venue.take();

        // act
        venue.bar(T0 + HOUR_NS, 10050, 10250, 10000, 10200);
        final List<Event> first = venue.take();
        venue.bar(T0 + 2 * HOUR_NS, 10500, 10600, 10450, 10550);
        final List<Event> gap = venue.take();

        // assert
        final FillDecoder atStop = only(first, "Fill").fill();
        assertThat(atStop.clientOrderId()).isEqualTo(1);
        assertThat(atStop.priceMantissa()).isEqualTo(10200);
        assertThat(atStop.liquidity()).isEqualTo(Liquidity.TAKER);
        final FillDecoder atOpen = only(gap, "Fill").fill();
        assertThat(atOpen.clientOrderId()).isEqualTo(2);
        assertThat(atOpen.priceMantissa()).isEqualTo(10500);
    }

    @Test
    void shouldTriggerABuyStopOnTheBarHighToOpenALong()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.bar(T0 - HOUR_NS, 10000, 10000, 10000, 10000);
        venue.stop(1, Side.BUY, PositionSide.LONG, 10100, ONE, T0);
        venue.take();

        // act: 100.00 -> 99.90 -> 101.50 -> 101.20
        venue.bar(T0, 10000, 10150, 9990, 10120);

        // assert
        final List<Event> events = venue.take();
        assertThat(events.get(0).fill().priceMantissa()).isEqualTo(10100);
        assertThat(events.get(1).position().sizeMantissa()).isEqualTo(ONE);
        assertThat(events.get(1).position().entryPriceMantissa()).isEqualTo(10100);
    }

    @Test
    void shouldTriggerOnTradesAndFillAtTheTriggeringTradesPrice()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.trade(10000, ONE, T0);
        venue.market(100, Side.BUY, PositionSide.LONG, ONE, T0);
        venue.stop(1, Side.SELL, PositionSide.LONG, 9800, ONE, T0 + 1);
        venue.take();

        // act
        venue.trade(9810, ONE, T0 + 2);
        final List<Event> above = venue.take();
        venue.trade(9790, ONE / 1000, T0 + 3);
        final List<Event> through = venue.take();

        // assert: a stop takes its whole size whatever the trade's size
        assertThat(above).isEmpty();
        final FillDecoder fill = only(through, "Fill").fill();
        assertThat(fill.priceMantissa()).isEqualTo(9790);
        assertThat(fill.sizeMantissa()).isEqualTo(ONE);
        assertThat(fill.exchangeTimeNs()).isEqualTo(T0 + 3);
    }

    @Test
    void shouldTriggerATakeProfitOnATouchingTrade()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.trade(10000, ONE, T0);
        venue.market(100, Side.SELL, PositionSide.SHORT, ONE, T0);
        venue.takeProfit(1, Side.BUY, PositionSide.SHORT, 9900, ONE, T0 + 1);
        venue.take();

        // act
        venue.trade(9900, ONE, T0 + 2);

        // assert
        final List<Event> events = venue.take();
        assertThat(events.get(0).fill().priceMantissa()).isEqualTo(9900);
        assertThat(events.get(0).fill().side()).isEqualTo(Side.BUY);
        assertThat(events.get(1).position().positionSide()).isEqualTo(PositionSide.SHORT);
        assertThat(events.get(1).position().sizeMantissa()).isZero();
    }

    @Test
    void shouldRefuseStopsAndTakeProfitsThatWouldTriggerImmediately()
    {
        // arrange
        final VenueHarness venue = longOnBars(new VenueHarness(VenueHarness.settings()));

        // act: last price 100.00
        venue.stop(1, Side.SELL, PositionSide.LONG, 10000, ONE, T0 + HOUR_NS);
        final List<Event> stop = venue.take();
        venue.takeProfit(2, Side.SELL, PositionSide.LONG, 9990, ONE, T0 + HOUR_NS);
        final List<Event> takeProfit = venue.take();
        venue.stop(3, Side.BUY, PositionSide.LONG, 9990, ONE, T0 + HOUR_NS);
        final List<Event> buyStop = venue.take();

        // assert
        for (final List<Event> events : List.of(stop, takeProfit, buyStop))
        {
            final OrderRejectedDecoder rejected = only(events, "Rejected").rejected();
            assertThat(rejected.venueCode()).isEqualTo(-2021);
            assertThat(rejected.reason()).isEqualTo(RejectReason.WOULD_TAKE);
            assertThat(rejected.venueText()).isEqualTo("Order would immediately trigger.");
        }
    }

    @Test
    void shouldCloseTheWholePositionWithClosePosition()
    {
        // arrange
        final VenueHarness venue = longOnBars(new VenueHarness(VenueHarness.settings()));
        venue.order(BOT, 1, Side.SELL, PositionSide.LONG, OrderType.STOP_MARKET, TimeInForce.GTC, 0, 9800, 0, false,
            true, T0 + HOUR_NS);
        assertThat(venue.takeNames()).containsExactly("Accepted");

        // act
        venue.bar(T0 + HOUR_NS, 9950, 9960, 9700, 9750);

        // assert
        final List<Event> events = venue.take();
        final FillDecoder fill = events.get(0).fill();
        assertThat(fill.sizeMantissa()).isEqualTo(ONE);
        assertThat(fill.cumulativeSizeMantissa()).isEqualTo(ONE);
        assertThat(fill.leavesSizeMantissa()).isZero();
        assertThat(events.get(1).position().sizeMantissa()).isZero();
    }

    @Test
    void shouldTriggerOnTheQuoteOfTheOrdersSideAndFillAtIt()
    {
        // arrange: a sell stop watches the bid
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.quote(9990, ONE, 10010, ONE, T0);
        venue.market(100, Side.BUY, PositionSide.LONG, ONE, T0);
        venue.stop(1, Side.SELL, PositionSide.LONG, 9900, ONE, T0 + 1);
        venue.take();

        // act
        venue.quote(9910, ONE, 9895, ONE, T0 + 2);
        final List<Event> askThrough = venue.take();
        venue.quote(9880, ONE, 9890, ONE, T0 + 3);
        final List<Event> bidThrough = venue.take();

        // assert
        assertThat(askThrough).isEmpty();
        assertThat(only(bidThrough, "Fill").fill().priceMantissa()).isEqualTo(9880);
    }
}
