package com.tradefinder.engine.venue;

import com.tradefinder.codecs.NewOrderDecoder;
import com.tradefinder.codecs.OrderType;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.Side;
import com.tradefinder.codecs.TimeInForce;

/**
 * A NewOrder command read into plain fields, reused for every command. Enum fields are decoded from their raw codes
 * through lookup arrays and are null when the code is unknown, so a malformed command is refused, never thrown on.
 * Single-threaded.
 */
final class OrderRequest
{
    private static final Side[] SIDES = {Side.BUY, Side.SELL};
    private static final PositionSide[] POSITION_SIDES = {PositionSide.BOTH, PositionSide.LONG, PositionSide.SHORT};
    private static final OrderType[] ORDER_TYPES =
        {OrderType.LIMIT, OrderType.MARKET, OrderType.STOP_MARKET, OrderType.TAKE_PROFIT_MARKET};
    private static final TimeInForce[] TIMES_IN_FORCE =
        {TimeInForce.GTC, TimeInForce.IOC, TimeInForce.FOK, TimeInForce.POST_ONLY};

    int botId;
    long clientOrderId;
    int instrumentId;
    Side side;
    PositionSide positionSide;
    OrderType type;
    TimeInForce timeInForce;
    long priceMantissa;
    long stopPriceMantissa;
    long sizeMantissa;
    boolean reduceOnly;
    boolean closePosition;

    /**
     * @param command a wrapped NewOrder.
     * @return this.
     */
    OrderRequest read(final NewOrderDecoder command)
    {
        botId = command.botId();
        clientOrderId = command.clientOrderId();
        instrumentId = command.instrumentId();
        side = lookup(SIDES, command.sideRaw());
        positionSide = lookup(POSITION_SIDES, command.positionSideRaw());
        type = lookup(ORDER_TYPES, command.orderTypeRaw());
        timeInForce = lookup(TIMES_IN_FORCE, command.timeInForceRaw());
        priceMantissa = command.priceMantissa();
        stopPriceMantissa = command.stopPriceMantissa();
        sizeMantissa = command.sizeMantissa();
        reduceOnly = command.reduceOnlyRaw() == 1;
        closePosition = command.closePositionRaw() == 1;
        return this;
    }

    boolean buy()
    {
        return side == Side.BUY;
    }

    /**
     * @return true for STOP_MARKET and TAKE_PROFIT_MARKET.
     */
    boolean conditional()
    {
        return type == OrderType.STOP_MARKET || type == OrderType.TAKE_PROFIT_MARKET;
    }

    private static <E> E lookup(final E[] values, final short code)
    {
        return code >= 0 && code < values.length ? values[code] : null;
    }
}
