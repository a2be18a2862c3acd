package com.tradefinder.gateway.binance.account;

import org.agrona.concurrent.UnsafeBuffer;

import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.NewOrderEncoder;
import com.tradefinder.codecs.OrderType;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.Side;
import com.tradefinder.codecs.TimeInForce;

/**
 * Outbound commands for the account tests, encoded as the engine sends them.
 */
final class AccountMessages
{
    static final int BTC = 101;
    static final int ETH = 102;

    private AccountMessages()
    {
    }

    static long clientOrderId(final int botId, final long sequence)
    {
        return ((long)botId << 48) | sequence;
    }

    static void newOrder(
        final ExecutionMirror mirror,
        final long clientOrderId,
        final int instrumentId,
        final Side side,
        final PositionSide positionSide,
        final long price,
        final long size)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[128]);
        final NewOrderEncoder encoder = new NewOrderEncoder().wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder())
            .botId((int)(clientOrderId >>> 48))
            .strategyId(1)
            .clientOrderId(clientOrderId)
            .instrumentId(instrumentId)
            .side(side)
            .positionSide(positionSide)
            .orderType(OrderType.LIMIT)
            .timeInForce(TimeInForce.GTC)
            .priceMantissa(price)
            .stopPriceMantissa(0)
            .sizeMantissa(size)
            .reduceOnly(BooleanType.FALSE)
            .closePosition(BooleanType.FALSE)
            .timeNs(1);
        mirror.onOutbound(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength());
    }
}
