package com.tradefinder.engine.venue;

import com.tradefinder.codecs.FillDecoder;
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
 * MARKET orders: the next bar's open on bars, the last trade or the opposite quote on live prices, with slippage and
 * taker fees; refused without any price.
 */
class MarketOrderTest
{
    @Test
    void shouldFillAtTheNextBarsOpenAsTaker()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.bar(T0 - HOUR_NS, 10000, 10050, 9950, 10000);
        venue.market(1, Side.BUY, PositionSide.LONG, ONE, T0);
        assertThat(venue.takeNames()).containsExactly("Accepted");

        // act
        venue.bar(T0, 10020, 10100, 9900, 10050);

        // assert
        final List<Event> events = venue.take();
        assertThat(VenueHarness.names(events)).containsExactly("Fill", "Position", "Balance");
        final FillDecoder fill = events.get(0).fill();
        assertThat(fill.priceMantissa()).isEqualTo(10020);
        assertThat(fill.sizeMantissa()).isEqualTo(ONE);
        assertThat(fill.leavesSizeMantissa()).isZero();
        assertThat(fill.liquidity()).isEqualTo(Liquidity.TAKER);
        // 100.20 USDT × 5 bp = 0.0501
        assertThat(fill.feeMantissa()).isEqualTo(5_010_000L);
        assertThat(fill.exchangeTimeNs()).isEqualTo(T0 + HOUR_NS);
    }

    @Test
    void shouldApplySlippageAgainstTheOrderRoundedToTheTick()
    {
        // arrange: 5 bp of 100.20 is 0.0501, taken up to a whole mantissa (0.06),
        // then to the 0.10 tick against the order
        final VenueHarness venue = new VenueHarness(VenueHarness.settings().slippageBps(5));
        venue.bar(T0 - HOUR_NS, 10000, 10050, 9950, 10000);
        venue.market(1, Side.BUY, PositionSide.LONG, ONE, T0);
        venue.market(2, Side.SELL, PositionSide.SHORT, ONE, T0);
        venue.take();

        // act
        venue.bar(T0, 10020, 10100, 9900, 10050);

        // assert
        final List<Event> fills = VenueHarness.all(venue.take(), "Fill");
        assertThat(fills.get(0).fill().side()).isEqualTo(Side.BUY);
        assertThat(fills.get(0).fill().priceMantissa()).isEqualTo(10030);
        assertThat(fills.get(0).fill().feeMantissa()).isEqualTo(5_015_000L);
        assertThat(fills.get(1).fill().side()).isEqualTo(Side.SELL);
        assertThat(fills.get(1).fill().priceMantissa()).isEqualTo(10010);
    }

    @Test
    void shouldFillAtOnceAtTheLastTradeOnLivePrices()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.trade(10000, ONE, T0);

        // act
        venue.market(1, Side.SELL, PositionSide.SHORT, 2 * ONE, T0 + 10);

        // assert
        final List<Event> events = venue.take();
        assertThat(VenueHarness.names(events)).containsExactly("Accepted", "Fill", "Position", "Balance");
        final FillDecoder fill = events.get(1).fill();
        assertThat(fill.priceMantissa()).isEqualTo(10000);
        assertThat(fill.sizeMantissa()).isEqualTo(2 * ONE);
        assertThat(fill.exchangeTimeNs()).isEqualTo(T0 + 10);
        assertThat(events.get(2).position().sizeMantissa()).isEqualTo(-2 * ONE);
    }

    @Test
    void shouldBuyAtTheAskAndSellAtTheBidOnQuotes()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.quote(9990, ONE, 10010, ONE, T0);

        // act
        venue.market(1, Side.BUY, PositionSide.LONG, 5 * ONE, T0 + 1);
        final List<Event> buy = venue.take();
        venue.market(2, Side.SELL, PositionSide.SHORT, 5 * ONE, T0 + 2);
        final List<Event> sell = venue.take();

        // assert: a market order takes its whole size whatever the quoted size
        assertThat(only(buy, "Fill").fill().priceMantissa()).isEqualTo(10010);
        assertThat(only(buy, "Fill").fill().sizeMantissa()).isEqualTo(5 * ONE);
        assertThat(only(sell, "Fill").fill().priceMantissa()).isEqualTo(9990);
    }

    @Test
    void shouldRefuseAMarketOrderBeforeAnyPrice()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());

        // act
        venue.market(1, Side.BUY, PositionSide.LONG, ONE, T0);

        // assert
        final OrderRejectedDecoder rejected = only(venue.take(), "Rejected").rejected();
        assertThat(rejected.clientOrderId()).isEqualTo(1);
        assertThat(rejected.venueCode()).isEqualTo(-1112);
        assertThat(rejected.reason()).isEqualTo(RejectReason.VENUE_UNKNOWN);
        assertThat(rejected.venueText()).isEqualTo("No orders on book for symbol.");
    }

    @Test
    void shouldIgnoreBarsOfMarkPriceUnclosedOrCoarserTimeframesAndAllBarsOnceTradesFlow()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.bar(T0 - HOUR_NS, 60, com.tradefinder.codecs.PriceSource.TRADE, true, 10000, 10000, 10000, 10000);
        venue.market(1, Side.BUY, PositionSide.LONG, ONE, T0);
        venue.take();

        // act
        venue.bar(T0, 60, com.tradefinder.codecs.PriceSource.MARK, true, 10100, 10100, 10100, 10100);
        venue.bar(T0, 60, com.tradefinder.codecs.PriceSource.TRADE, false, 10200, 10200, 10200, 10200);
        venue.bar(T0, 3600, com.tradefinder.codecs.PriceSource.TRADE, true, 10300, 10300, 10300, 10300);
        final List<Event> ignored = venue.take();
        venue.bar(T0, 60, com.tradefinder.codecs.PriceSource.TRADE, true, 10400, 10400, 10400, 10400);
        final List<Event> matched = venue.take();
        venue.trade(10500, ONE, T0 + 2 * HOUR_NS);
        venue.market(2, Side.BUY, PositionSide.LONG, ONE, T0 + 2 * HOUR_NS);
        venue.take();
        venue.limit(3, Side.BUY, PositionSide.LONG, 10400, ONE, T0 + 2 * HOUR_NS);
        venue.bar(T0 + 2 * HOUR_NS, 60, com.tradefinder.codecs.PriceSource.TRADE, true, 10000, 10000, 10000, 10000);
        final List<Event> afterTrades = venue.take();

        // assert
        assertThat(ignored).isEmpty();
        assertThat(only(matched, "Fill").fill().priceMantissa()).isEqualTo(10400);
        assertThat(VenueHarness.names(afterTrades)).containsExactly("Accepted");
    }
}
