package com.tradefinder.engine.venue;

import com.tradefinder.codecs.BalanceUpdateDecoder;
import com.tradefinder.codecs.FillDecoder;
import com.tradefinder.codecs.Liquidity;
import com.tradefinder.codecs.OrderAcceptedDecoder;
import com.tradefinder.codecs.OrderRejectedDecoder;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.PositionUpdateDecoder;
import com.tradefinder.codecs.RejectReason;
import com.tradefinder.codecs.Side;
import com.tradefinder.codecs.TimeInForce;
import com.tradefinder.engine.venue.VenueHarness.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tradefinder.engine.venue.VenueHarness.BOT;
import static com.tradefinder.engine.venue.VenueHarness.HOUR_NS;
import static com.tradefinder.engine.venue.VenueHarness.INSTRUMENT;
import static com.tradefinder.engine.venue.VenueHarness.ONE;
import static com.tradefinder.engine.venue.VenueHarness.T0;
import static com.tradefinder.engine.venue.VenueHarness.USDT;
import static com.tradefinder.engine.venue.VenueHarness.only;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * LIMIT orders: resting fills on bars, trades and quotes (through vs touch, partial fills on trades), and the
 * marketable-on-arrival, post-only, IOC and FOK rules. Prices at exponent -2 (10000 = 100.00), sizes at -6.
 */
class LimitOrderTest
{
    @Test
    void shouldFillRestingBuyLimitAtItsPriceAsMakerWhenABarTradesThroughIt()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.bar(T0 - HOUR_NS, 10000, 10050, 9950, 10000);
        venue.limit(1, Side.BUY, PositionSide.LONG, 9900, ONE, T0);
        final List<Event> acks = venue.take();

        // act: high nearer the open, so 10000 -> 10020 -> 9890 -> 9950; the low goes through 99.00
        venue.bar(T0, 10000, 10020, 9890, 9950);
        final List<Event> events = venue.take();

        // assert
        assertThat(VenueHarness.names(acks)).containsExactly("Accepted");
        final OrderAcceptedDecoder accepted = acks.get(0).accepted();
        assertThat(accepted.botId()).isEqualTo(BOT);
        assertThat(accepted.clientOrderId()).isEqualTo(1);
        assertThat(accepted.venueOrderId()).isEqualTo(1);
        assertThat(accepted.instrumentId()).isEqualTo(INSTRUMENT);
        assertThat(accepted.exchangeTimeNs()).isEqualTo(T0);
        assertThat(acks.get(0).timeNs()).isEqualTo(T0);

        assertThat(VenueHarness.names(events)).containsExactly("Fill", "Position", "Balance");
        final FillDecoder fill = events.get(0).fill();
        assertThat(fill.botId()).isEqualTo(BOT);
        assertThat(fill.clientOrderId()).isEqualTo(1);
        assertThat(fill.venueOrderId()).isEqualTo(1);
        assertThat(fill.tradeId()).isEqualTo(1);
        assertThat(fill.instrumentId()).isEqualTo(INSTRUMENT);
        assertThat(fill.side()).isEqualTo(Side.BUY);
        assertThat(fill.positionSide()).isEqualTo(PositionSide.LONG);
        assertThat(fill.priceMantissa()).isEqualTo(9900);
        assertThat(fill.sizeMantissa()).isEqualTo(ONE);
        assertThat(fill.cumulativeSizeMantissa()).isEqualTo(ONE);
        assertThat(fill.leavesSizeMantissa()).isZero();
        // 99 USDT × 2 bp = 0.0198 USDT
        assertThat(fill.feeMantissa()).isEqualTo(1_980_000L);
        assertThat(fill.liquidity()).isEqualTo(Liquidity.MAKER);
        assertThat(fill.exchangeTimeNs()).isEqualTo(T0 + HOUR_NS);
        assertThat(fill.receiveTimeNs()).isEqualTo(T0 + HOUR_NS);

        final PositionUpdateDecoder position = events.get(1).position();
        assertThat(position.positionSide()).isEqualTo(PositionSide.LONG);
        assertThat(position.sizeMantissa()).isEqualTo(ONE);
        assertThat(position.entryPriceMantissa()).isEqualTo(9900);
        assertThat(position.unrealizedPnlMantissa()).isZero();

        final BalanceUpdateDecoder balance = events.get(2).balance();
        assertThat(balance.asset()).isEqualTo("USDT");
        assertThat(balance.walletBalanceMantissa()).isEqualTo(10_000 * USDT - 1_980_000L);
        // isolated margin 99 / 20 = 4.95 USDT
        assertThat(balance.availableBalanceMantissa()).isEqualTo(10_000 * USDT - 1_980_000L - 495_000_000L);
    }

    @Test
    void shouldFillRestingSellLimitWhenABarHighTradesThroughIt()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.bar(T0 - HOUR_NS, 10000, 10050, 9950, 10000);
        venue.limit(1, Side.SELL, PositionSide.SHORT, 10100, ONE, T0);
        venue.take();

        // act
        venue.bar(T0, 10000, 10150, 9990, 10120);

        // assert
        final FillDecoder fill = only(venue.take(), "Fill").fill();
        assertThat(fill.side()).isEqualTo(Side.SELL);
        assertThat(fill.priceMantissa()).isEqualTo(10100);
        assertThat(fill.liquidity()).isEqualTo(Liquidity.MAKER);
    }

    @Test
    void shouldNotFillWhenABarOnlyTouchesTheLimit()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.bar(T0 - HOUR_NS, 10000, 10050, 9950, 10000);
        venue.limit(1, Side.BUY, PositionSide.LONG, 9900, ONE, T0);
        venue.take();

        // act
        venue.bar(T0, 10000, 10020, 9900, 9950);

        // assert
        assertThat(venue.take()).isEmpty();
    }

    @Test
    void shouldFillOnTouchWhenTouchFillsAreConfigured()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings().touchFills(true));
        venue.bar(T0 - HOUR_NS, 10000, 10050, 9950, 10000);
        venue.limit(1, Side.BUY, PositionSide.LONG, 9900, ONE, T0);
        venue.take();

        // act
        venue.bar(T0, 10000, 10020, 9900, 9950);

        // assert
        final FillDecoder fill = only(venue.take(), "Fill").fill();
        assertThat(fill.priceMantissa()).isEqualTo(9900);
        assertThat(fill.liquidity()).isEqualTo(Liquidity.MAKER);
    }

    @Test
    void shouldFillAtTheLimitNotTheOpenWhenABarGapsThroughARestingLimit()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.bar(T0 - HOUR_NS, 10000, 10050, 9950, 10000);
        venue.limit(1, Side.BUY, PositionSide.LONG, 9900, ONE, T0);
        venue.bar(T0, 10000, 10050, 9950, 10000);
        venue.take();

        // act: opens at 98.00, below the resting 99.00 bid
        venue.bar(T0 + HOUR_NS, 9800, 9850, 9700, 9750);

        // assert
        final FillDecoder fill = only(venue.take(), "Fill").fill();
        assertThat(fill.priceMantissa()).isEqualTo(9900);
        assertThat(fill.liquidity()).isEqualTo(Liquidity.MAKER);
    }

    @Test
    void shouldFillOnTradesOnlyThroughThePriceAndAtMostTheTradedSize()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.trade(10000, ONE, T0);
        venue.limit(1, Side.BUY, PositionSide.LONG, 9900, 2 * ONE, T0 + 1);
        assertThat(venue.takeNames()).containsExactly("Accepted");

        // act
        venue.trade(9900, 10 * ONE, T0 + 2);
        final List<Event> touch = venue.take();
        venue.trade(9890, ONE / 2, T0 + 3);
        final List<Event> first = venue.take();
        venue.trade(9880, 5 * ONE, T0 + 4);
        final List<Event> second = venue.take();

        // assert
        assertThat(touch).isEmpty();
        assertThat(VenueHarness.names(first)).containsExactly("Fill", "Position", "Balance");
        final FillDecoder partial = first.get(0).fill();
        assertThat(partial.priceMantissa()).isEqualTo(9900);
        assertThat(partial.sizeMantissa()).isEqualTo(ONE / 2);
        assertThat(partial.cumulativeSizeMantissa()).isEqualTo(ONE / 2);
        assertThat(partial.leavesSizeMantissa()).isEqualTo(3 * ONE / 2);
        assertThat(partial.feeMantissa()).isEqualTo(990_000L);
        assertThat(partial.exchangeTimeNs()).isEqualTo(T0 + 3);
        assertThat(first.get(1).position().sizeMantissa()).isEqualTo(ONE / 2);

        final FillDecoder rest = second.get(0).fill();
        assertThat(rest.sizeMantissa()).isEqualTo(3 * ONE / 2);
        assertThat(rest.cumulativeSizeMantissa()).isEqualTo(2 * ONE);
        assertThat(rest.leavesSizeMantissa()).isZero();
        assertThat(rest.feeMantissa()).isEqualTo(2_970_000L);
        assertThat(rest.tradeId()).isEqualTo(partial.tradeId() + 1);
        assertThat(second.get(1).position().sizeMantissa()).isEqualTo(2 * ONE);
    }

    @Test
    void shouldShareOneTradesSizeBetweenRestingOrdersInVenueOrderIdOrder()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.trade(10000, ONE, T0);
        venue.limit(1, Side.BUY, PositionSide.LONG, 9900, ONE, T0 + 1);
        venue.limit(2, Side.BUY, PositionSide.LONG, 9950, ONE, T0 + 1);
        venue.take();

        // act
        venue.trade(9800, 3 * ONE / 2, T0 + 2);

        // assert
        final List<Event> fills = VenueHarness.all(venue.take(), "Fill");
        assertThat(fills).hasSize(2);
        assertThat(fills.get(0).fill().clientOrderId()).isEqualTo(1);
        assertThat(fills.get(0).fill().sizeMantissa()).isEqualTo(ONE);
        assertThat(fills.get(1).fill().clientOrderId()).isEqualTo(2);
        assertThat(fills.get(1).fill().sizeMantissa()).isEqualTo(ONE / 2);
        assertThat(fills.get(1).fill().leavesSizeMantissa()).isEqualTo(ONE / 2);
    }

    @Test
    void shouldFillRestingLimitAgainstTheOppositeQuoteUpToItsSize()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.quote(9990, ONE, 10010, ONE, T0);
        venue.limit(1, Side.BUY, PositionSide.LONG, 9900, ONE, T0 + 1);
        venue.take();

        // act: the ask drops through the bid of 99.00, 0.3 offered
        venue.quote(9880, ONE, 9890, 300_000, T0 + 2);

        // assert
        final FillDecoder fill = only(venue.take(), "Fill").fill();
        assertThat(fill.priceMantissa()).isEqualTo(9900);
        assertThat(fill.sizeMantissa()).isEqualTo(300_000);
        assertThat(fill.leavesSizeMantissa()).isEqualTo(700_000);
        assertThat(fill.liquidity()).isEqualTo(Liquidity.MAKER);
    }

    @Test
    void shouldFillAMarketableLimitOnArrivalAsTakerAtTheCurrentPrice()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.trade(10000, ONE, T0);

        // act
        venue.limit(1, Side.BUY, PositionSide.LONG, 10100, ONE, T0 + 5);

        // assert
        final List<Event> events = venue.take();
        assertThat(VenueHarness.names(events)).containsExactly("Accepted", "Fill", "Position", "Balance");
        final FillDecoder fill = events.get(1).fill();
        assertThat(fill.priceMantissa()).isEqualTo(10000);
        assertThat(fill.liquidity()).isEqualTo(Liquidity.TAKER);
        // 100 USDT × 5 bp
        assertThat(fill.feeMantissa()).isEqualTo(5_000_000L);
        assertThat(fill.exchangeTimeNs()).isEqualTo(T0 + 5);
    }

    @Test
    void shouldCapAMarketableLimitsSlippageAtItsLimit()
    {
        // arrange: 20 bp on 100.00 is 0.20, beyond the 100.10 limit
        final VenueHarness venue = new VenueHarness(VenueHarness.settings().slippageBps(20));
        venue.trade(10000, ONE, T0);

        // act
        venue.limit(1, Side.BUY, PositionSide.LONG, 10010, ONE, T0 + 5);

        // assert
        assertThat(only(venue.take(), "Fill").fill().priceMantissa()).isEqualTo(10010);
    }

    @Test
    void shouldFillAMarketableLimitOnBarsAtTheNextOpenAsTaker()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.bar(T0 - HOUR_NS, 10000, 10050, 9950, 10000);
        venue.limit(1, Side.BUY, PositionSide.LONG, 10100, ONE, T0);
        assertThat(venue.takeNames()).containsExactly("Accepted");

        // act
        venue.bar(T0, 10050, 10200, 10000, 10100);

        // assert
        final FillDecoder fill = only(venue.take(), "Fill").fill();
        assertThat(fill.priceMantissa()).isEqualTo(10050);
        assertThat(fill.liquidity()).isEqualTo(Liquidity.TAKER);
        assertThat(fill.feeMantissa()).isEqualTo(5_025_000L);
        assertThat(fill.exchangeTimeNs()).isEqualTo(T0 + HOUR_NS);
    }

    @Test
    void shouldRefuseAPostOnlyLimitThatWouldTake()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.trade(10000, ONE, T0);

        // act
        venue.limit(1, Side.BUY, PositionSide.LONG, TimeInForce.POST_ONLY, 10000, ONE, T0 + 1);
        final List<Event> taking = venue.take();
        venue.limit(2, Side.BUY, PositionSide.LONG, TimeInForce.POST_ONLY, 9990, ONE, T0 + 2);
        final List<Event> resting = venue.take();

        // assert
        final OrderRejectedDecoder rejected = only(taking, "Rejected").rejected();
        assertThat(rejected.venueCode()).isEqualTo(-5022);
        assertThat(rejected.reason()).isEqualTo(RejectReason.WOULD_TAKE);
        assertThat(rejected.venueText())
            .isEqualTo("Due to the order could not be executed as maker, the Post Only order will be rejected.");
        assertThat(VenueHarness.names(resting)).containsExactly("Accepted");
    }

    @Test
    void shouldExpireAPostOnlyLimitThatABarOpensThrough()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.bar(T0 - HOUR_NS, 10000, 10050, 9950, 10000);
        venue.limit(1, Side.BUY, PositionSide.LONG, TimeInForce.POST_ONLY, 9990, ONE, T0);
        venue.take();

        // act
        venue.bar(T0, 9950, 10000, 9900, 9950);

        // assert
        assertThat(venue.takeNames()).containsExactly("Expired");
    }

    @Test
    void shouldExpireAnIocLimitThatCannotFillAndRefuseSuchAFok()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.trade(10000, ONE, T0);

        // act
        venue.limit(1, Side.BUY, PositionSide.LONG, TimeInForce.IOC, 9900, ONE, T0 + 1);
        final List<Event> ioc = venue.take();
        venue.limit(2, Side.BUY, PositionSide.LONG, TimeInForce.FOK, 9900, ONE, T0 + 2);
        final List<Event> fok = venue.take();
        venue.limit(3, Side.BUY, PositionSide.LONG, TimeInForce.FOK, 10000, ONE, T0 + 3);
        final List<Event> fokFilled = venue.take();

        // assert
        assertThat(VenueHarness.names(ioc)).containsExactly("Accepted", "Expired");
        assertThat(ioc.get(1).expired().clientOrderId()).isEqualTo(1);
        assertThat(ioc.get(1).timeNs()).isEqualTo(T0 + 1);
        final OrderRejectedDecoder rejected = only(fok, "Rejected").rejected();
        assertThat(rejected.venueCode()).isEqualTo(-5021);
        assertThat(rejected.venueText())
            .isEqualTo("Due to the order could not be filled immediately, the FOK order has been rejected.");
        assertThat(VenueHarness.names(fokFilled)).containsExactly("Accepted", "Fill", "Position", "Balance");
    }

    @Test
    void shouldFillOnATouchingTradeWhenTouchFillsAreConfigured()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings().touchFills(true));
        venue.trade(10000, ONE, T0);
        venue.limit(1, Side.SELL, PositionSide.SHORT, 10100, ONE, T0 + 1);
        venue.take();

        // act
        venue.trade(10100, ONE / 4, T0 + 2);

        // assert
        final FillDecoder fill = only(venue.take(), "Fill").fill();
        assertThat(fill.priceMantissa()).isEqualTo(10100);
        assertThat(fill.sizeMantissa()).isEqualTo(ONE / 4);
        assertThat(fill.liquidity()).isEqualTo(Liquidity.MAKER);
    }
}
