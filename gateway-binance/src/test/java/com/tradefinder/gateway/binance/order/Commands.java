package com.tradefinder.gateway.binance.order;

import org.agrona.concurrent.UnsafeBuffer;

import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.CancelOrderDecoder;
import com.tradefinder.codecs.CancelOrderEncoder;
import com.tradefinder.codecs.MarginMode;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.NewOrderDecoder;
import com.tradefinder.codecs.NewOrderEncoder;
import com.tradefinder.codecs.OrderType;
import com.tradefinder.codecs.PositionMode;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.Side;
import com.tradefinder.codecs.TimeInForce;
import com.tradefinder.codecs.VenueSetupDecoder;
import com.tradefinder.codecs.VenueSetupEncoder;
import com.tradefinder.gateway.binance.ClientOrderIdText;

/**
 * Builds engine commands for the order-entry tests with the generated encoders, and wraps them in decoders.
 */
final class Commands
{
    static final int BTC = 1;
    static final int ETH = 2;
    /** Bot 7, strategy 1, sequence 42, packed 16/8/40 as the engine does. */
    static final long CLIENT_ORDER_ID = (7L << 48) | (1L << 40) | 42;

    final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
    private final MessageHeaderEncoder headerEncoder = new MessageHeaderEncoder();
    private final MessageHeaderDecoder headerDecoder = new MessageHeaderDecoder();
    private final NewOrderEncoder newOrderEncoder = new NewOrderEncoder();
    private final NewOrderDecoder newOrder = new NewOrderDecoder();
    private final CancelOrderEncoder cancelEncoder = new CancelOrderEncoder();
    private final CancelOrderDecoder cancel = new CancelOrderDecoder();
    private final VenueSetupEncoder setupEncoder = new VenueSetupEncoder();
    private final VenueSetupDecoder setup = new VenueSetupDecoder();

    static BinanceInstruments instruments()
    {
        return new BinanceInstruments(4).register(BTC, "BTCUSDT", -8, -3).register(ETH, "ETHUSDT", -2, -3);
    }

    NewOrderDecoder newOrder(
        final long clientOrderId,
        final int instrumentId,
        final Side side,
        final PositionSide positionSide,
        final OrderType type,
        final TimeInForce timeInForce,
        final long priceMantissa,
        final long stopPriceMantissa,
        final long sizeMantissa,
        final boolean reduceOnly,
        final boolean closePosition)
    {
        newOrderEncoder.wrapAndApplyHeader(buffer, 0, headerEncoder)
            .botId(ClientOrderIdText.botId(clientOrderId))
            .strategyId(1)
            .clientOrderId(clientOrderId)
            .instrumentId(instrumentId)
            .side(side)
            .positionSide(positionSide)
            .orderType(type)
            .timeInForce(timeInForce)
            .priceMantissa(priceMantissa)
            .stopPriceMantissa(stopPriceMantissa)
            .sizeMantissa(sizeMantissa)
            .reduceOnly(reduceOnly ? BooleanType.TRUE : BooleanType.FALSE)
            .closePosition(closePosition ? BooleanType.TRUE : BooleanType.FALSE)
            .timeNs(1);
        return newOrder.wrapAndApplyHeader(buffer, 0, headerDecoder);
    }

    NewOrderDecoder limit(final long clientOrderId, final Side side, final PositionSide positionSide,
        final TimeInForce timeInForce, final long priceMantissa, final long sizeMantissa)
    {
        return newOrder(clientOrderId, BTC, side, positionSide, OrderType.LIMIT, timeInForce, priceMantissa, 0,
            sizeMantissa, false, false);
    }

    CancelOrderDecoder cancel(final long clientOrderId, final int instrumentId)
    {
        cancelEncoder.wrapAndApplyHeader(buffer, 0, headerEncoder)
            .botId(ClientOrderIdText.botId(clientOrderId))
            .clientOrderId(clientOrderId)
            .instrumentId(instrumentId)
            .timeNs(2);
        return cancel.wrapAndApplyHeader(buffer, 0, headerDecoder);
    }

    VenueSetupDecoder setup(final int botId, final int instrumentId, final PositionMode positionMode,
        final MarginMode marginMode, final int leverage)
    {
        setupEncoder.wrapAndApplyHeader(buffer, 0, headerEncoder)
            .botId(botId)
            .instrumentId(instrumentId)
            .positionMode(positionMode)
            .marginMode(marginMode)
            .leverage(leverage)
            .timeNs(3);
        return setup.wrapAndApplyHeader(buffer, 0, headerDecoder);
    }
}
