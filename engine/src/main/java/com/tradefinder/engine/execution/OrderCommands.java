package com.tradefinder.engine.execution;

import com.tradefinder.codecs.OrderState;
import com.tradefinder.codecs.RejectReason;

/**
 * Where an {@link OrderManager} sends what it decides; the integrator encodes each call into an SBE
 * {@code NewOrder}, {@code CancelOrder} or {@code OrderUpdate} output.
 * <p>
 * Called on the business-logic thread, synchronously, in decision order; the {@link Order} is a pooled object valid
 * only during the call (copy what you need, keep no reference). Implementations must not call back into the manager.
 */
public interface OrderCommands
{
    /**
     * A new order to place: every field of the {@code NewOrder} message is on the order.
     *
     * @param order  the order, in PENDING_NEW.
     * @param timeNs event time of the decision.
     */
    void newOrder(Order order, long timeNs);

    /**
     * A cancel request for a live order.
     *
     * @param order  the order, already in PENDING_CANCEL.
     * @param timeNs event time of the decision.
     */
    void cancelOrder(Order order, long timeNs);

    /**
     * An order's state transition, or a refused one. A refused transition ({@code reason == ILLEGAL_TRANSITION})
     * names the state an inbound event asked for in {@code to} while the order stays in {@code from}; for an event
     * about an order the manager does not know, {@code from} is {@code NULL_VAL} and the order carries only the
     * event's client order id and instrument.
     *
     * @param order  the order after the transition.
     * @param from   state before.
     * @param to     state after (or asked for, when refused).
     * @param reason NONE, the venue's reject reason, or ILLEGAL_TRANSITION.
     * @param timeNs event time.
     */
    void orderUpdate(Order order, OrderState from, OrderState to, RejectReason reason, long timeNs);
}
