package com.tradefinder.engine.venue;

import com.tradefinder.codecs.BalanceUpdateDecoder;
import com.tradefinder.codecs.FillDecoder;
import com.tradefinder.codecs.Liquidity;
import com.tradefinder.codecs.OrderType;
import com.tradefinder.codecs.PositionSide;
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
 * Maker and taker fees, rebates and fractional rates, hand-computed; margin reserved by open orders and held by
 * positions; per-bot starting balances.
 */
class FeeAndMarginTest
{
    @Test
    void shouldChargeTakerThenMakerFeesOnARoundTrip()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.trade(10000, ONE, T0);
        venue.market(1, Side.BUY, PositionSide.LONG, ONE, T0 + 1);
        final FillDecoder taker = only(venue.take(), "Fill").fill();
        venue.limit(2, Side.SELL, PositionSide.LONG, 10100, ONE, T0 + 2);
        venue.take();

        // act
        venue.trade(10110, ONE, T0 + 3);

        // assert
        final List<Event> events = venue.take();
        final FillDecoder maker = events.get(0).fill();
        assertThat(taker.liquidity()).isEqualTo(Liquidity.TAKER);
        // 100 USDT × 5 bp
        assertThat(taker.feeMantissa()).isEqualTo(5_000_000L);
        assertThat(maker.liquidity()).isEqualTo(Liquidity.MAKER);
        // 101 USDT × 2 bp
        assertThat(maker.feeMantissa()).isEqualTo(2_020_000L);
        final BalanceUpdateDecoder balance = events.get(2).balance();
        assertThat(balance.walletBalanceMantissa()).isEqualTo(1_000_092_980_000L);
        assertThat(balance.availableBalanceMantissa()).isEqualTo(1_000_092_980_000L);
    }

    @Test
    void shouldCreditAMakerRebateAndChargeFractionalBasisPoints()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings().makerFeeBps(-1).takerFeeBps(5.5));
        venue.trade(10000, ONE, T0);
        venue.market(1, Side.BUY, PositionSide.LONG, ONE, T0 + 1);
        final FillDecoder taker = only(venue.take(), "Fill").fill();
        venue.limit(2, Side.SELL, PositionSide.LONG, 10100, ONE, T0 + 2);
        venue.take();

        // act
        venue.trade(10110, ONE, T0 + 3);

        // assert
        assertThat(taker.feeMantissa()).isEqualTo(5_500_000L);
        final List<Event> events = venue.take();
        assertThat(events.get(0).fill().feeMantissa()).isEqualTo(-1_010_000L);
        assertThat(events.get(2).balance().walletBalanceMantissa())
            .isEqualTo(10_000 * USDT - 5_500_000L + USDT + 1_010_000L);
    }

    @Test
    void shouldReserveMarginAndFeeForOpenOrdersAndReleaseItOnCancel()
    {
        // arrange: 10 USDT; a 100 USDT buy at 20x reserves 5 + 0.05
        final VenueHarness venue = new VenueHarness(VenueHarness.settings().startingBalanceMantissa(10 * USDT));
        venue.trade(10010, ONE, T0);
        venue.limit(1, Side.BUY, PositionSide.LONG, 10000, ONE, T0 + 1);

        // act
        venue.limit(2, Side.BUY, PositionSide.LONG, 10000, ONE, T0 + 2);
        final List<Event> second = venue.take();
        venue.cancel(BOT, 1, T0 + 3);
        venue.limit(3, Side.BUY, PositionSide.LONG, 10000, ONE, T0 + 4);
        final List<Event> afterCancel = venue.take();
        venue.trade(9990, ONE, T0 + 5);
        final List<Event> fill = venue.take();

        // assert
        assertThat(VenueHarness.names(second)).containsExactly("Accepted", "Rejected");
        assertThat(second.get(1).rejected().venueCode()).isEqualTo(-2019);
        assertThat(VenueHarness.names(afterCancel)).containsExactly("Canceled", "Accepted");
        final BalanceUpdateDecoder balance = only(fill, "Balance").balance();
        // maker 0.02 paid; the position holds 5 USDT; nothing reserved any more
        assertThat(balance.walletBalanceMantissa()).isEqualTo(10 * USDT - 2_000_000L);
        assertThat(balance.availableBalanceMantissa()).isEqualTo(10 * USDT - 2_000_000L - 5 * USDT);
    }

    @Test
    void shouldKeepAReservationForTheUnfilledPartOfAnOrder()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.trade(10010, ONE, T0);
        venue.limit(1, Side.BUY, PositionSide.LONG, 10000, 2 * ONE, T0 + 1);

        // act
        venue.trade(9990, ONE / 2, T0 + 2);

        // assert: filled 0.5 holds 2.5; the 1.5 left reserves 7.5 + 0.075 fee
        final BalanceUpdateDecoder balance = only(venue.take(), "Balance").balance();
        final long wallet = 10_000 * USDT - 1_000_000L;
        assertThat(balance.walletBalanceMantissa()).isEqualTo(wallet);
        assertThat(balance.availableBalanceMantissa()).isEqualTo(wallet - 250_000_000L - 757_500_000L);
    }

    @Test
    void shouldStartEachBotWithItsOwnBalance()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings().startingBalanceMantissa(8, 500 * USDT));
        venue.trade(10000, ONE, T0);

        // act
        venue.order(8, 1, Side.BUY, PositionSide.LONG, OrderType.MARKET, TimeInForce.GTC, 0, 0, ONE, false, false,
            T0 + 1);
        final BalanceUpdateDecoder bot8 = only(venue.take(), "Balance").balance();
        venue.market(1, Side.BUY, PositionSide.LONG, ONE, T0 + 2);
        final BalanceUpdateDecoder bot7 = only(venue.take(), "Balance").balance();

        // assert
        assertThat(bot8.botId()).isEqualTo(8);
        assertThat(bot8.walletBalanceMantissa()).isEqualTo(500 * USDT - 5_000_000L);
        assertThat(bot7.botId()).isEqualTo(BOT);
        assertThat(bot7.walletBalanceMantissa()).isEqualTo(10_000 * USDT - 5_000_000L);
    }
}
