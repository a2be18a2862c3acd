package com.tradefinder.engine.execution;

import com.tradefinder.codecs.OrderRole;
import com.tradefinder.codecs.OrderState;
import com.tradefinder.codecs.OrderType;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.RejectReason;
import com.tradefinder.codecs.Side;

/**
 * Makes and sends a bot's orders and their cancels, with the venue flags the account mode needs.
 * <p>
 * Sides follow the position: an entry buys a LONG and sells a SHORT, every closing order (stop, take-profit, exit)
 * does the opposite. In hedge mode orders carry positionSide LONG or SHORT, which already makes closing orders
 * reduce-only, and the venue refuses an explicit reduceOnly (Binance {@code -1106}); in one-way mode they carry BOTH
 * and closing orders are sent reduceOnly. closePosition is never sent: it closes the account's whole side, which other
 * strategies of the bot may hold too.
 * <p>
 * Business-logic thread only; allocation-free.
 */
final class OrderDesk
{
    private final int botId;
    private final boolean hedgeMode;
    private final OrderRegistry registry;
    private final OrderStateMachine machine;
    private final ClientOrderIds ids;
    private final OrderCommands commands;
    private long ordersSent;
    private long cancelsSent;

    OrderDesk(final int botId, final boolean hedgeMode, final OrderRegistry registry, final OrderStateMachine machine,
        final ClientOrderIds ids, final OrderCommands commands)
    {
        this.botId = botId;
        this.hedgeMode = hedgeMode;
        this.registry = registry;
        this.machine = machine;
        this.ids = ids;
        this.commands = commands;
    }

    /**
     * Creates and registers an order in PENDING_NEW, linked to its group; the caller completes it and calls
     * {@link #send}.
     *
     * @throws IllegalStateException when every order of the pool is live (maxOrders too small for the bot).
     */
    Order create(final ProtectiveGroup group, final OrderRole role, final OrderType type, final long priceMantissa,
        final long stopPriceMantissa, final long sizeMantissa, final long timeNs)
    {
        final Order order = registry.acquire();
        if (order == null)
        {
            throw new IllegalStateException("order pool exhausted for bot " + botId);
        }
        final PositionSide position = group.side();
        final boolean opening = role == OrderRole.ENTRY;
        final boolean buy = opening == (position == PositionSide.LONG);
        order.define(ids.next(group.strategyId()), botId, group.strategyId(), group.instrumentId(), role,
            buy ? Side.BUY : Side.SELL, hedgeMode ? position : PositionSide.BOTH, position, type, priceMantissa,
            stopPriceMantissa, sizeMantissa, !opening && !hedgeMode, timeNs);
        order.group(group);
        group.liveOrders++;
        registry.add(order);
        return order;
    }

    /**
     * Sends a created order.
     */
    void send(final Order order, final long timeNs)
    {
        ordersSent++;
        commands.newOrder(order, timeNs);
    }

    /**
     * Moves a working order to PENDING_CANCEL and sends its cancel.
     *
     * @throws IllegalStateException when the order is not working: asking to cancel it is a bug.
     */
    void cancel(final Order order, final long timeNs)
    {
        machine.transition(order, OrderState.PENDING_CANCEL, timeNs, RejectReason.NONE);
        order.cancelRequested(true);
        cancelsSent++;
        commands.cancelOrder(order, timeNs);
    }

    /**
     * @return orders that can still be created.
     */
    int available()
    {
        return registry.available();
    }

    long ordersSent()
    {
        return ordersSent;
    }

    long cancelsSent()
    {
        return cancelsSent;
    }
}
