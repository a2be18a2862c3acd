package com.tradefinder.gateway.binance.account;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import com.tradefinder.codecs.CancelOrderEncoder;
import com.tradefinder.codecs.Liquidity;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.OrderType;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.Side;
import com.tradefinder.gateway.binance.userdata.ExecutionPublisher;

import static com.tradefinder.gateway.binance.account.AccountMessages.BTC;
import static com.tradefinder.gateway.binance.account.AccountMessages.ETH;
import static com.tradefinder.gateway.binance.account.AccountMessages.clientOrderId;
import static com.tradefinder.gateway.binance.account.AccountMessages.newOrder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mirror follows orders from the command to their end and positions from fills.
 */
class ExecutionMirrorTest
{
    private final ExecutionMirror mirror = new ExecutionMirror();
    private final ExecutionPublisher inbound = new ExecutionPublisher(mirror::onInbound);

    @Test
    void shouldTrackAnOrderFromCommandThroughPartialFillToCancel()
    {
        // arrange
        final long id = clientOrderId(3, 10);
        newOrder(mirror, id, BTC, Side.BUY, PositionSide.LONG, 3_000_010, 10);

        // act
        inbound.orderAccepted(3, id, 555, BTC, 1, 2);
        inbound.fill(3, id, 555, 9, BTC, Side.BUY, PositionSide.LONG, 3_000_010, 4, 4, 6, 100, Liquidity.MAKER, 3, 4);
        final ExecutionMirror.MirroredOrder live = mirror.order(id);
        final long filled = live.filledSizeMantissa();
        final long venueId = live.venueOrderId();
        final OrderType type = live.orderType();
        cancel(3, id);
        final boolean cancelRequested = mirror.order(id).cancelRequested();
        inbound.orderCanceled(3, id, BTC, 5, 6);

        // assert
        assertThat(filled).isEqualTo(4);
        assertThat(venueId).isEqualTo(555);
        assertThat(type).isEqualTo(OrderType.LIMIT);
        assertThat(cancelRequested).isTrue();
        assertThat(mirror.order(id)).isNull();
        assertThat(mirror.orderCount()).isZero();
        assertThat(mirror.positionSize(3, BTC, PositionSide.LONG)).isEqualTo(4);
    }

    @Test
    void shouldRemoveAFilledOrderAndKeepSignedPositionsPerBotInstrumentAndSide()
    {
        // arrange
        final long buy = clientOrderId(1, 1);
        final long sell = clientOrderId(2, 1);
        newOrder(mirror, buy, ETH, Side.BUY, PositionSide.BOTH, 200_000, 5);
        newOrder(mirror, sell, ETH, Side.SELL, PositionSide.SHORT, 200_000, 7);

        // act
        inbound.fill(1, buy, 1, 1, ETH, Side.BUY, PositionSide.BOTH, 200_000, 5, 5, 0, 0, Liquidity.TAKER, 1, 1);
        inbound.fill(2, sell, 2, 2, ETH, Side.SELL, PositionSide.SHORT, 200_000, 7, 7, 0, 0, Liquidity.TAKER, 1, 1);
        inbound.fill(2, clientOrderId(2, 99), 3, 3, ETH, Side.BUY, PositionSide.SHORT, 200_000, 2, 2, 0, 0,
            Liquidity.TAKER, 1, 1);

        // assert
        assertThat(mirror.orderCount()).isZero();
        assertThat(mirror.positionSize(1, ETH, PositionSide.BOTH)).isEqualTo(5);
        assertThat(mirror.positionSize(2, ETH, PositionSide.SHORT)).isEqualTo(-5);
        assertThat(mirror.fillsOfUnknownOrders()).isEqualTo(1);
        assertThat(mirror.positionKeys()).containsExactly(
            ExecutionMirror.positionKey(1, ETH, PositionSide.BOTH), ExecutionMirror.positionKey(2, ETH, PositionSide.SHORT));
    }

    @Test
    void shouldAdoptAPositionUpdateAndForgetRejectedAndExpiredOrders()
    {
        // arrange
        final long rejected = clientOrderId(4, 1);
        final long expired = clientOrderId(4, 2);
        newOrder(mirror, rejected, BTC, Side.SELL, PositionSide.BOTH, 1, 1);
        newOrder(mirror, expired, BTC, Side.SELL, PositionSide.BOTH, 1, 1);

        // act
        inbound.orderRejected(4, rejected, BTC, com.tradefinder.codecs.RejectReason.VENUE_UNKNOWN, 0, "no", 1, 1);
        inbound.orderExpired(4, expired, BTC, 1, 1);
        inbound.positionUpdate(4, BTC, PositionSide.BOTH, -30, 100, 0, 1, 1);
        inbound.positionUpdate(-1, BTC, PositionSide.LONG, 99, 100, 0, 1, 1);

        // assert
        assertThat(mirror.orderIds()).isEmpty();
        assertThat(mirror.positionSize(4, BTC, PositionSide.BOTH)).isEqualTo(-30);
        assertThat(mirror.positionKeys()).hasSize(1);
        final long key = mirror.positionKeys()[0];
        assertThat(ExecutionMirror.botOf(key)).isEqualTo(4);
        assertThat(ExecutionMirror.instrumentOf(key)).isEqualTo(BTC);
        assertThat(ExecutionMirror.positionSideOf(key)).isEqualTo(PositionSide.BOTH);
    }

    private void cancel(final int botId, final long id)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[64]);
        final CancelOrderEncoder encoder = new CancelOrderEncoder()
            .wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder())
            .botId(botId).clientOrderId(id).instrumentId(BTC).timeNs(1);
        mirror.onOutbound(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength());
    }
}
