package com.tradefinder.gateway.binance.account;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.tradefinder.codecs.FillDecoder;
import com.tradefinder.codecs.Liquidity;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.OrderCanceledDecoder;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.PositionUpdateDecoder;
import com.tradefinder.codecs.ReconcileDifferenceDecoder;
import com.tradefinder.codecs.ReconcileKind;
import com.tradefinder.codecs.ReconcileResolution;
import com.tradefinder.codecs.Side;
import com.tradefinder.codecs.Venue;
import com.tradefinder.gateway.binance.ClientOrderIdText;
import com.tradefinder.gateway.binance.userdata.ExecutionPublisher;
import com.tradefinder.gateway.binance.userdata.RecordingSink;

import static com.tradefinder.gateway.binance.account.AccountMessages.BTC;
import static com.tradefinder.gateway.binance.account.AccountMessages.ETH;
import static com.tradefinder.gateway.binance.account.AccountMessages.clientOrderId;
import static com.tradefinder.gateway.binance.account.AccountMessages.newOrder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of difference between the venue's snapshot and the mirror, reported and resolved, in a fixed order.
 */
class ReconcilerTest
{
    private static final long TIME_NS = 1_700_000_000_000_000_000L;
    private static final int BOT = 3;

    private final ExecutionMirror mirror = new ExecutionMirror();
    private final ExecutionPublisher inbound = new ExecutionPublisher(mirror::onInbound);
    private final RecordingSink sink = new RecordingSink();
    private final List<String> cancels = new ArrayList<>();
    private final Reconciler reconciler = new Reconciler(mirror, sink,
        (instrumentId, venueOrderId, text, algo) -> cancels.add(instrumentId + "/" + venueOrderId + "/" + text + "/" + algo),
        BOT);
    private final Map<Long, VenueOrderStatus> statuses = new HashMap<>();

    @Test
    void shouldCancelAtTheVenueAnOrderOfOursTheEngineDoesNotKnowAndLeaveManualOrdersAlone()
    {
        // arrange
        final long id = clientOrderId(BOT, 77);
        final List<VenueOpenOrder> open = List.of(
            open(id, 9001, false, 10, 0),
            new VenueOpenOrder(BTC, ClientOrderIdText.NOT_OURS, "web_manual", 9002, false, Side.BUY, PositionSide.BOTH,
                1, 1, 0, 0));

        // act
        final int differences = reconciler.reconcile(open, List.of(), statuses::get, TIME_NS);

        // assert
        assertThat(differences).isEqualTo(1);
        assertDifference(0, ReconcileKind.ORDER_UNKNOWN_TO_ENGINE, ReconcileResolution.CANCELED_AT_VENUE, id, 9001, 0, 10);
        assertThat(cancels).containsExactly(BTC + "/9001/" + ClientOrderIdText.format(id) + "/false");
        assertThat(reconciler.foreignOpenOrders()).isEqualTo(1);
    }

    @Test
    void shouldReportTheUnseenFillOfAnOrderThatFilledWhileDisconnected()
    {
        // arrange
        final long id = clientOrderId(BOT, 5);
        newOrder(mirror, id, BTC, Side.BUY, PositionSide.LONG, 3_000_000, 10);
        inbound.orderAccepted(BOT, id, 4242, BTC, 1, 1);
        inbound.fill(BOT, id, 4242, 1, BTC, Side.BUY, PositionSide.LONG, 3_000_000, 4, 4, 6, 0, Liquidity.MAKER, 1, 1);
        statuses.put(id, new VenueOrderStatus(id, 4242, BTC, VenueOrderState.FILLED, 10, 10, 2_999_950, 5_000_000L));

        // act
        final long[] toQuery = reconciler.ordersToQuery(List.of());
        final int differences = reconciler.reconcile(List.of(),
            List.of(new VenuePosition(BTC, PositionSide.LONG, 10, 2_999_950, 0)), statuses::get, TIME_NS);

        // assert
        assertThat(toQuery).containsExactly(id);
        assertThat(differences).isEqualTo(1);
        assertThat(sink.templateIds()).containsExactly(ReconcileDifferenceDecoder.TEMPLATE_ID, FillDecoder.TEMPLATE_ID);
        assertDifference(0, ReconcileKind.ORDER_FILLED_UNSEEN, ReconcileResolution.REPORTED_FILL, id, 4242, 4, 10);
        final FillDecoder fill = new FillDecoder().wrapAndApplyHeader(sink.message(1), 0, new MessageHeaderDecoder());
        assertThat(fill.clientOrderId()).isEqualTo(id);
        assertThat(fill.sizeMantissa()).isEqualTo(6);
        assertThat(fill.cumulativeSizeMantissa()).isEqualTo(10);
        assertThat(fill.leavesSizeMantissa()).isZero();
        assertThat(fill.priceMantissa()).isEqualTo(2_999_950);
        assertThat(fill.side()).isEqualTo(Side.BUY);
        assertThat(fill.exchangeTimeNs()).isEqualTo(5_000_000L);
        assertThat(mirror.order(id)).isNull();
        assertThat(mirror.positionSize(BOT, BTC, PositionSide.LONG)).isEqualTo(10);
    }

    @Test
    void shouldReportCanceledAnOrderMissingAtTheVenueAfterItsPartialFill()
    {
        // arrange
        final long canceled = clientOrderId(BOT, 6);
        final long unknown = clientOrderId(BOT, 7);
        newOrder(mirror, canceled, ETH, Side.SELL, PositionSide.SHORT, 200_000, 10);
        newOrder(mirror, unknown, ETH, Side.SELL, PositionSide.SHORT, 200_000, 10);
        statuses.put(canceled, new VenueOrderStatus(canceled, 31, ETH, VenueOrderState.CANCELED, 10, 3, 200_000, 0));
        statuses.put(unknown, VenueOrderStatus.notFound(unknown));

        // act
        final int differences = reconciler.reconcile(List.of(),
            List.of(new VenuePosition(ETH, PositionSide.SHORT, -3, 200_000, 0)), statuses::get, TIME_NS);

        // assert
        assertThat(differences).isEqualTo(3);
        assertThat(sink.templateIds()).containsExactly(
            ReconcileDifferenceDecoder.TEMPLATE_ID, FillDecoder.TEMPLATE_ID,
            ReconcileDifferenceDecoder.TEMPLATE_ID, OrderCanceledDecoder.TEMPLATE_ID,
            ReconcileDifferenceDecoder.TEMPLATE_ID, OrderCanceledDecoder.TEMPLATE_ID);
        assertDifference(0, ReconcileKind.ORDER_FILLED_UNSEEN, ReconcileResolution.REPORTED_FILL, canceled, 31, 0, 3);
        assertDifference(2, ReconcileKind.ORDER_MISSING_AT_VENUE, ReconcileResolution.REPORTED_CANCELED, canceled, 31,
            0, 3);
        assertDifference(4, ReconcileKind.ORDER_MISSING_AT_VENUE, ReconcileResolution.REPORTED_CANCELED, unknown, 0,
            0, 0);
        final OrderCanceledDecoder cancel =
            new OrderCanceledDecoder().wrapAndApplyHeader(sink.message(5), 0, new MessageHeaderDecoder());
        assertThat(cancel.clientOrderId()).isEqualTo(unknown);
        assertThat(mirror.orderCount()).isZero();
        assertThat(mirror.positionSize(BOT, ETH, PositionSide.SHORT)).isEqualTo(-3);
    }

    @Test
    void shouldAdoptTheVenuesPositionWhenSizesDiffer()
    {
        // arrange
        inbound.fill(BOT, clientOrderId(BOT, 1), 1, 1, BTC, Side.BUY, PositionSide.BOTH, 100, 5, 5, 0, 0,
            Liquidity.TAKER, 1, 1);
        inbound.fill(BOT, clientOrderId(BOT, 2), 2, 2, ETH, Side.SELL, PositionSide.SHORT, 100, 2, 2, 0, 0,
            Liquidity.TAKER, 1, 1);
        final List<VenuePosition> venue = List.of(
            new VenuePosition(ETH, PositionSide.SHORT, -2, 100, 0),
            new VenuePosition(ETH, PositionSide.LONG, 4, 150, 12_000_000),
            new VenuePosition(BTC, PositionSide.BOTH, 0, 0, 0));

        // act
        final int differences = reconciler.reconcile(List.of(), venue, statuses::get, TIME_NS);

        // assert
        assertThat(differences).isEqualTo(2);
        assertDifference(0, ReconcileKind.POSITION_SIZE_DIFFERS, ReconcileResolution.ADOPTED_VENUE_POSITION, 0, 0, 5, 0);
        assertDifference(2, ReconcileKind.POSITION_SIZE_DIFFERS, ReconcileResolution.ADOPTED_VENUE_POSITION, 0, 0, 0, 4);
        final PositionUpdateDecoder adopted =
            new PositionUpdateDecoder().wrapAndApplyHeader(sink.message(3), 0, new MessageHeaderDecoder());
        assertThat(adopted.botId()).isEqualTo(BOT);
        assertThat(adopted.instrumentId()).isEqualTo(ETH);
        assertThat(adopted.positionSide()).isEqualTo(PositionSide.LONG);
        assertThat(adopted.sizeMantissa()).isEqualTo(4);
        assertThat(adopted.entryPriceMantissa()).isEqualTo(150);
        assertThat(adopted.unrealizedPnlMantissa()).isEqualTo(12_000_000);
        assertThat(mirror.positionSize(BOT, BTC, PositionSide.BOTH)).isZero();
        assertThat(mirror.positionSize(BOT, ETH, PositionSide.LONG)).isEqualTo(4);
        assertThat(reconciler.reconcile(List.of(), venue, statuses::get, TIME_NS)).isZero();
    }

    @Test
    void shouldLeaveAnOrderWithoutStatusOrStillOpenForTheNextRound()
    {
        // arrange
        final long noStatus = clientOrderId(BOT, 8);
        final long stillOpen = clientOrderId(BOT, 9);
        final long listed = clientOrderId(BOT, 10);
        newOrder(mirror, noStatus, BTC, Side.BUY, PositionSide.BOTH, 1, 1);
        newOrder(mirror, stillOpen, BTC, Side.BUY, PositionSide.BOTH, 1, 1);
        newOrder(mirror, listed, BTC, Side.BUY, PositionSide.BOTH, 1, 1);
        statuses.put(stillOpen, new VenueOrderStatus(stillOpen, 1, BTC, VenueOrderState.NEW, 1, 0, 0, 0));

        // act
        final long[] toQuery = reconciler.ordersToQuery(List.of(open(listed, 5, false, 1, 0)));
        final int differences =
            reconciler.reconcile(List.of(open(listed, 5, false, 1, 0)), List.of(), statuses::get, TIME_NS);

        // assert
        assertThat(toQuery).containsExactly(noStatus, stillOpen);
        assertThat(differences).isZero();
        assertThat(sink.size()).isZero();
        assertThat(reconciler.unresolvedOrders()).isEqualTo(2);
        assertThat(mirror.orderCount()).isEqualTo(3);
    }

    @Test
    void shouldReportDifferencesInTheSameSortedOrderWhateverTheSnapshotsOrder()
    {
        // arrange
        final List<VenueOpenOrder> open = new ArrayList<>(List.of(
            open(clientOrderId(BOT, 30), 3, true, 1, 0),
            open(clientOrderId(1, 20), 2, false, 1, 0),
            open(clientOrderId(BOT, 10), 1, false, 1, 0)));
        final List<Long> seen = new ArrayList<>();

        // act
        reconciler.reconcile(open, List.of(), statuses::get, TIME_NS);
        for (int i = 0; i < sink.size(); i++)
        {
            seen.add(difference(i).clientOrderId());
        }

        // assert
        assertThat(seen).containsExactly(clientOrderId(1, 20), clientOrderId(BOT, 10), clientOrderId(BOT, 30));
        assertThat(cancels.get(2)).endsWith("/true");
    }

    private static VenueOpenOrder open(
        final long id, final long venueOrderId, final boolean algo, final long size, final long executed)
    {
        return new VenueOpenOrder(BTC, id, ClientOrderIdText.format(id), venueOrderId, algo, Side.BUY,
            PositionSide.BOTH, 3_000_000, size, executed, 0);
    }

    private ReconcileDifferenceDecoder difference(final int index)
    {
        return new ReconcileDifferenceDecoder().wrapAndApplyHeader(sink.message(index), 0, new MessageHeaderDecoder());
    }

    private void assertDifference(
        final int index,
        final ReconcileKind kind,
        final ReconcileResolution resolution,
        final long clientOrderId,
        final long venueOrderId,
        final long engineSize,
        final long venueSize)
    {
        final ReconcileDifferenceDecoder difference = difference(index);
        assertThat(difference.venue()).isEqualTo(Venue.BINANCE_USDM);
        assertThat(difference.kind()).isEqualTo(kind);
        assertThat(difference.resolution()).isEqualTo(resolution);
        assertThat(difference.clientOrderId()).isEqualTo(clientOrderId);
        assertThat(difference.venueOrderId()).isEqualTo(venueOrderId);
        assertThat(difference.engineSizeMantissa()).isEqualTo(engineSize);
        assertThat(difference.venueSizeMantissa()).isEqualTo(venueSize);
        assertThat(difference.timeNs()).isEqualTo(TIME_NS);
    }
}
