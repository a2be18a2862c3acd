package com.tradefinder.engine.execution;

import com.tradefinder.codecs.OrderState;
import com.tradefinder.codecs.RejectReason;

/**
 * The one place an order changes state: {@link #transition} checks the {@link OrderTransitions} table and publishes
 * every change as an order update; {@link #admit} screens what an inbound event asks for and turns a refused
 * transition into a counted {@code ILLEGAL_TRANSITION} reject that leaves the order as it was.
 * <p>
 * Business-logic thread only; allocation-free except on the fail-fast path.
 */
final class OrderStateMachine
{
    private final OrderCommands commands;
    private final Order unknown = new Order();
    private long illegalTransitions;

    OrderStateMachine(final OrderCommands commands)
    {
        this.commands = commands;
    }

    /**
     * Moves an order to {@code next} and publishes the update.
     *
     * @param order  the order.
     * @param next   the state it moves to.
     * @param timeNs event time.
     * @param reason NONE, or the venue's reason for a reject.
     * @throws IllegalStateException when the table does not allow it: the engine asked for something impossible, a
     *                               bug; the business logic journals it and halts the bot.
     */
    void transition(final Order order, final OrderState next, final long timeNs, final RejectReason reason)
    {
        final OrderState from = order.state();
        if (!OrderTransitions.isAllowed(from, next))
        {
            throw new IllegalStateException("illegal order transition " + from + " -> " + next + " of order " +
                order.clientOrderId() + " (" + order.role() + ")");
        }
        order.state(next, timeNs);
        commands.orderUpdate(order, from, next, reason, timeNs);
    }

    /**
     * Screens a transition an inbound event asks for.
     *
     * @param order     the order the event is about.
     * @param requested the state the event would move it to.
     * @param timeNs    event time.
     * @return true when allowed (the caller applies the event, then calls {@link #transition}); false when refused:
     * counted and published with reason ILLEGAL_TRANSITION, the order unchanged.
     */
    boolean admit(final Order order, final OrderState requested, final long timeNs)
    {
        if (OrderTransitions.isAllowed(order.state(), requested))
        {
            return true;
        }
        refuse(order, requested, timeNs);
        return false;
    }

    /**
     * Refuses an inbound event: counted and published with reason ILLEGAL_TRANSITION, the order unchanged.
     */
    void refuse(final Order order, final OrderState requested, final long timeNs)
    {
        illegalTransitions++;
        commands.orderUpdate(order, order.state(), requested, RejectReason.ILLEGAL_TRANSITION, timeNs);
    }

    /**
     * Refuses an inbound event about an order this bot does not know (never sent, or long since reused).
     */
    void refuseUnknown(final long clientOrderId, final int botId, final int instrumentId,
        final OrderState requested, final long timeNs)
    {
        illegalTransitions++;
        unknown.unknown(clientOrderId, botId, instrumentId);
        commands.orderUpdate(unknown, OrderState.NULL_VAL, requested, RejectReason.ILLEGAL_TRANSITION, timeNs);
    }

    long illegalTransitions()
    {
        return illegalTransitions;
    }
}
