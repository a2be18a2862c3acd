package com.tradefinder.engine.venue;

import com.tradefinder.codecs.FundingPaymentDecoder;
import com.tradefinder.codecs.OrderType;
import com.tradefinder.codecs.PositionSide;
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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Funding: {@code -sign × notional(mark, |size|) × rate}, per bot and position side, hand-computed.
 */
class FundingTest
{
    private static final int OTHER_BOT = 8;
    private static final long FUNDING_TIME = T0 + 8 * HOUR_NS;

    @Test
    void shouldChargeLongsAndPayShortsAtTheMarkPrice()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.trade(10000, ONE, T0);
        venue.market(1, Side.BUY, PositionSide.LONG, ONE, T0 + 1);
        venue.order(OTHER_BOT, 1, Side.SELL, PositionSide.SHORT, OrderType.MARKET, TimeInForce.GTC, 0, 0, 2 * ONE,
            false, false, T0 + 2);
        venue.mark(10050, T0 + 3);
        venue.take();

        // act: 0.01% = 100 000 ppb
        venue.funding(100_000, FUNDING_TIME);

        // assert
        final List<Event> events = venue.take();
        assertThat(VenueHarness.names(events)).containsExactly("Funding", "Balance", "Funding", "Balance");
        final FundingPaymentDecoder paid = events.get(0).funding();
        assertThat(paid.botId()).isEqualTo(BOT);
        assertThat(paid.instrumentId()).isEqualTo(INSTRUMENT);
        assertThat(paid.positionSide()).isEqualTo(PositionSide.LONG);
        // 100.50 USDT × 0.0001 = 0.01005
        assertThat(paid.amountMantissa()).isEqualTo(-1_005_000L);
        assertThat(paid.fundingRatePpb()).isEqualTo(100_000);
        assertThat(paid.exchangeTimeNs()).isEqualTo(FUNDING_TIME);
        assertThat(paid.receiveTimeNs()).isEqualTo(FUNDING_TIME);
        assertThat(events.get(1).balance().botId()).isEqualTo(BOT);
        assertThat(events.get(1).balance().walletBalanceMantissa()).isEqualTo(10_000 * USDT - 5_000_000L - 1_005_000L);

        final FundingPaymentDecoder received = events.get(2).funding();
        assertThat(received.botId()).isEqualTo(OTHER_BOT);
        assertThat(received.positionSide()).isEqualTo(PositionSide.SHORT);
        assertThat(received.amountMantissa()).isEqualTo(2_010_000L);
        assertThat(events.get(3).balance().walletBalanceMantissa())
            .isEqualTo(10_000 * USDT - 10_000_000L + 2_010_000L);
    }

    @Test
    void shouldUseTheLastTradeWithoutAMarkAndRoundHalfAwayFromZero()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.trade(10050, ONE, T0);
        venue.market(1, Side.BUY, PositionSide.LONG, ONE, T0 + 1);
        venue.take();

        // act: 100.50 USDT × 50 ppb = 502.5e-8
        venue.funding(50, FUNDING_TIME);
        final List<Event> positive = venue.take();
        venue.funding(-50, FUNDING_TIME + 8 * HOUR_NS);
        final List<Event> negative = venue.take();

        // assert
        assertThat(positive.get(0).funding().amountMantissa()).isEqualTo(-503);
        assertThat(negative.get(0).funding().amountMantissa()).isEqualTo(503);
    }

    @Test
    void shouldSettleBothHedgeSidesOfOneBotThenOneBalance()
    {
        // arrange
        final VenueHarness venue = new VenueHarness(VenueHarness.settings());
        venue.trade(10000, ONE, T0);
        venue.market(1, Side.BUY, PositionSide.LONG, ONE, T0 + 1);
        venue.market(2, Side.SELL, PositionSide.SHORT, ONE, T0 + 2);
        venue.take();

        // act
        venue.funding(100_000, FUNDING_TIME);

        // assert
        final List<Event> events = venue.take();
        assertThat(VenueHarness.names(events)).containsExactly("Funding", "Funding", "Balance");
        assertThat(events.get(0).funding().positionSide()).isEqualTo(PositionSide.LONG);
        assertThat(events.get(0).funding().amountMantissa()).isEqualTo(-1_000_000L);
        assertThat(events.get(1).funding().positionSide()).isEqualTo(PositionSide.SHORT);
        assertThat(events.get(1).funding().amountMantissa()).isEqualTo(1_000_000L);
        assertThat(events.get(2).balance().walletBalanceMantissa()).isEqualTo(10_000 * USDT - 10_000_000L);
    }

    @Test
    void shouldSettleNothingWhenDisabledOrFlat()
    {
        // arrange
        final VenueHarness disabled = new VenueHarness(VenueHarness.settings().fundingEnabled(false));
        disabled.trade(10000, ONE, T0);
        disabled.market(1, Side.BUY, PositionSide.LONG, ONE, T0 + 1);
        disabled.take();
        final VenueHarness flat = new VenueHarness(VenueHarness.settings());
        flat.trade(10000, ONE, T0);

        // act
        disabled.funding(100_000, FUNDING_TIME);
        flat.funding(100_000, FUNDING_TIME);

        // assert
        assertThat(disabled.take()).isEmpty();
        assertThat(flat.take()).isEmpty();
    }
}
