package com.tradefinder.engine.venue;

import com.tradefinder.codecs.MarginMode;
import com.tradefinder.codecs.OrderRejectedDecoder;
import com.tradefinder.codecs.OrderType;
import com.tradefinder.codecs.PositionMode;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.RejectReason;
import com.tradefinder.codecs.Side;
import com.tradefinder.codecs.TimeInForce;
import com.tradefinder.engine.marketdata.InstrumentSpec;
import com.tradefinder.engine.venue.VenueHarness.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tradefinder.engine.venue.VenueHarness.BOT;
import static com.tradefinder.engine.venue.VenueHarness.INSTRUMENT;
import static com.tradefinder.engine.venue.VenueHarness.ONE;
import static com.tradefinder.engine.venue.VenueHarness.T0;
import static com.tradefinder.engine.venue.VenueHarness.USDT;
import static com.tradefinder.engine.venue.VenueHarness.only;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal of a new order or a cancel: Binance's code, the engine's reason and Binance's text.
 */
class RejectTest
{
    private static final String PRECISION = "Precision is over the maximum defined for this asset.";

    /** Instrument 2: tick 0.50, step 0.005, minimum 0.010. */
    private static final int COARSE = 2;

    private final VenueHarness venue = new VenueHarness(VenueHarness.settings());

    RejectTest()
    {
        venue.venue().define(new InstrumentSpec().set(COARSE, -2, -6, 50, 5000, 10_000, 5 * USDT, 50));
        venue.trade(10000, ONE, T0);
        venue.instrument(COARSE).trade(10000, ONE, T0);
        venue.instrument(INSTRUMENT);
    }

    @Test
    void shouldRefusePriceWithMoreDecimalsThanTheTick()
    {
        venue.limit(1, Side.BUY, PositionSide.LONG, 9905, ONE, T0 + 1);
        assertRejected(1, -1111, RejectReason.PRICE_TICK, PRECISION);
    }

    @Test
    void shouldRefusePriceOffTheTick()
    {
        venue.instrument(COARSE).limit(1, Side.BUY, PositionSide.LONG, 9930, ONE, T0 + 1);
        assertRejected(1, -4014, RejectReason.PRICE_TICK, "Price not increased by tick size.");
    }

    @Test
    void shouldRefuseStopPriceOffTheTick()
    {
        venue.stop(1, Side.BUY, PositionSide.LONG, 10105, ONE, T0 + 1);
        assertRejected(1, -1111, RejectReason.PRICE_TICK, PRECISION);
    }

    @Test
    void shouldRefuseZeroPrices()
    {
        venue.limit(1, Side.BUY, PositionSide.LONG, 0, ONE, T0 + 1);
        assertRejected(1, -4001, RejectReason.PRICE_TICK, "Price less than 0.");
        venue.stop(2, Side.BUY, PositionSide.LONG, 0, ONE, T0 + 1);
        assertRejected(2, -4006, RejectReason.PRICE_TICK, "Stop price less than zero.");
    }

    @Test
    void shouldRefuseQuantityWithMoreDecimalsThanTheStep()
    {
        venue.limit(1, Side.BUY, PositionSide.LONG, 9900, ONE + 500, T0 + 1);
        assertRejected(1, -1111, RejectReason.SIZE_STEP, PRECISION);
    }

    @Test
    void shouldRefuseQuantityOffTheStep()
    {
        venue.instrument(COARSE).limit(1, Side.BUY, PositionSide.LONG, 9900, 107_000, T0 + 1);
        assertRejected(1, -4023, RejectReason.SIZE_STEP, "Qty not increased by step size.");
    }

    @Test
    void shouldRefuseQuantityBelowTheMinimumOrZero()
    {
        venue.instrument(COARSE).limit(1, Side.BUY, PositionSide.LONG, 9900, 5000, T0 + 1);
        assertRejected(1, -4004, RejectReason.SIZE_STEP, "Quantity less than min quantity.");
        venue.instrument(INSTRUMENT).limit(2, Side.BUY, PositionSide.LONG, 9900, 0, T0 + 1);
        assertRejected(2, -4003, RejectReason.SIZE_STEP, "Quantity less than zero.");
    }

    @Test
    void shouldRefuseNotionalBelowTheMinimum()
    {
        // 99.00 × 0.050 = 4.95 USDT < 5
        venue.limit(1, Side.BUY, PositionSide.LONG, 9900, 50_000, T0 + 1);
        assertRejected(1, -4164, RejectReason.MIN_NOTIONAL,
            "Order's notional must be no smaller than 5.0 (unless you choose reduce only)");
        // 50.00 × 0.100 = 5 USDT exactly
        venue.limit(2, Side.BUY, PositionSide.LONG, 5000, 100_000, T0 + 1);
        assertThat(venue.takeNames()).containsExactly("Accepted");
    }

    @Test
    void shouldRefuseWhenMarginAndFeesExceedTheAvailableBalance()
    {
        // 2000 × 100.00 = 200 000 USDT: 10 000 margin at 20x + 100 fee > 10 000
        venue.limit(1, Side.BUY, PositionSide.LONG, 10000, 2000 * ONE, T0 + 1);
        assertRejected(1, -2019, RejectReason.INSUFFICIENT_MARGIN, "Margin is insufficient.");
    }

    @Test
    void shouldRefuseAStopThatWouldTriggerImmediately()
    {
        venue.stop(1, Side.BUY, PositionSide.LONG, 10000, ONE, T0 + 1);
        assertRejected(1, -2021, RejectReason.WOULD_TAKE, "Order would immediately trigger.");
    }

    @Test
    void shouldRefuseADuplicateClientOrderIdAmongOpenOrdersOnly()
    {
        venue.limit(5, Side.BUY, PositionSide.LONG, 9900, ONE, T0 + 1);
        venue.take();
        venue.limit(5, Side.BUY, PositionSide.LONG, 9800, ONE, T0 + 2);
        assertRejected(5, -4116, RejectReason.DUPLICATE_CLIENT_ORDER_ID, "clientOrderId is duplicated");
        venue.cancel(BOT, 5, T0 + 3);
        venue.limit(5, Side.BUY, PositionSide.LONG, 9800, ONE, T0 + 4);
        assertThat(venue.takeNames()).containsExactly("Canceled", "Accepted");
    }

    @Test
    void shouldRefuseACancelOfAnOrderThatIsNotOpen()
    {
        venue.cancel(BOT, 42, T0 + 1);
        final OrderRejectedDecoder rejected = assertRejected(42, -2011, RejectReason.UNKNOWN_ORDER,
            "Unknown order sent.");
        assertThat(rejected.instrumentId()).isEqualTo(INSTRUMENT);
    }

    @Test
    void shouldRefuseAPositionSideThatDoesNotMatchTheMode()
    {
        venue.limit(1, Side.BUY, PositionSide.BOTH, 9900, ONE, T0 + 1);
        assertRejected(1, -4061, RejectReason.POSITION_SIDE_MISMATCH,
            "Order's position side does not match user's setting.");
        venue.setup(BOT, PositionMode.ONE_WAY, MarginMode.ISOLATED, 20, T0 + 2);
        venue.limit(2, Side.BUY, PositionSide.LONG, 9900, ONE, T0 + 3);
        assertRejected(2, -4061, RejectReason.POSITION_SIDE_MISMATCH,
            "Order's position side does not match user's setting.");
    }

    @Test
    void shouldRefuseReduceOnlyInHedgeMode()
    {
        venue.order(BOT, 1, Side.SELL, PositionSide.LONG, OrderType.LIMIT, TimeInForce.GTC, 10100, 0, ONE, true,
            false, T0 + 1);
        assertRejected(1, -1106, RejectReason.REDUCE_ONLY_CONFLICT, "Parameter 'reduceOnly' sent when not required.");
    }

    @Test
    void shouldRefuseAClosingOrderWithoutAPosition()
    {
        venue.limit(1, Side.SELL, PositionSide.LONG, 10100, ONE, T0 + 1);
        assertRejected(1, -2022, RejectReason.REDUCE_ONLY_CONFLICT, "ReduceOnly Order is rejected.");
    }

    @Test
    void shouldRefuseClosePositionMisuse()
    {
        venue.order(BOT, 1, Side.SELL, PositionSide.LONG, OrderType.LIMIT, TimeInForce.GTC, 10100, 0, 0, false, true,
            T0 + 1);
        assertRejected(1, -1106, RejectReason.REDUCE_ONLY_CONFLICT,
            "Parameter 'closePosition' sent when not required.");
        venue.order(BOT, 2, Side.SELL, PositionSide.LONG, OrderType.STOP_MARKET, TimeInForce.GTC, 0, 9900, ONE, false,
            true, T0 + 1);
        assertRejected(2, -4137, RejectReason.SIZE_STEP, "Quantity must be zero with closePosition equals true");
    }

    @Test
    void shouldRefuseAnUnknownInstrument()
    {
        venue.instrument(99).limit(1, Side.BUY, PositionSide.LONG, 9900, ONE, T0 + 1);
        final OrderRejectedDecoder rejected = assertRejected(1, -1121, RejectReason.VENUE_UNKNOWN, "Invalid symbol.");
        assertThat(rejected.instrumentId()).isEqualTo(99);
    }

    @Test
    void shouldRefuseAnOutOfRangeBot()
    {
        venue.order(-1, 1, Side.BUY, PositionSide.LONG, OrderType.LIMIT, TimeInForce.GTC, 9900, 0, ONE, false, false,
            T0 + 1);
        assertRejected(1, -1130, RejectReason.VENUE_UNKNOWN, "Data sent for parameter 'botId' is not valid.");
    }

    private OrderRejectedDecoder assertRejected(final long clientOrderId, final int code, final RejectReason reason,
        final String text)
    {
        final List<Event> events = venue.take();
        assertThat(VenueHarness.names(events)).containsExactly("Rejected");
        final OrderRejectedDecoder rejected = only(events, "Rejected").rejected();
        assertThat(rejected.clientOrderId()).isEqualTo(clientOrderId);
        assertThat(rejected.reason()).isEqualTo(reason);
        assertThat(rejected.venueCode()).isEqualTo(code);
        assertThat(rejected.exchangeTimeNs()).isEqualTo(events.get(0).timeNs());
        assertThat(rejected.receiveTimeNs()).isEqualTo(events.get(0).timeNs());
        assertThat(rejected.venueText()).isEqualTo(text);
        return rejected;
    }
}
