package com.tradefinder.engine.execution;

import com.tradefinder.codecs.OrderState;
import com.tradefinder.codecs.RejectReason;

import java.util.ArrayList;
import java.util.List;

/**
 * Records what an {@link OrderManager} sends as short lines, orders named by their sequence ({@code #3}):
 * {@code new #3 STOP_LOSS STOP_MARKET SELL LONG price=0 stop=95 size=4 reduceOnly=false}, {@code cancel #3}, and
 * updates {@code #3 NEW->PARTIALLY_FILLED} (with the reason appended when it is not NONE).
 */
final class RecordingCommands implements OrderCommands
{
    final List<String> sent = new ArrayList<>();
    final List<String> updates = new ArrayList<>();
    final List<Long> newIds = new ArrayList<>();

    @Override
    public void newOrder(final Order order, final long timeNs)
    {
        newIds.add(order.clientOrderId());
        sent.add("new #" + ClientOrderIds.sequence(order.clientOrderId()) + " " + order.role() + " " + order.type() +
            " " + order.side() + " " + order.positionSide() + " price=" + order.priceMantissa() + " stop=" +
            order.stopPriceMantissa() + " size=" + order.sizeMantissa() + " reduceOnly=" + order.reduceOnly() +
            (order.closePosition() ? " closePosition" : ""));
    }

    @Override
    public void cancelOrder(final Order order, final long timeNs)
    {
        sent.add("cancel #" + ClientOrderIds.sequence(order.clientOrderId()));
    }

    @Override
    public void orderUpdate(final Order order, final OrderState from, final OrderState to, final RejectReason reason,
        final long timeNs)
    {
        updates.add("#" + ClientOrderIds.sequence(order.clientOrderId()) + " " + from + "->" + to +
            (reason == RejectReason.NONE ? "" : " " + reason));
    }

    /** @return the client order id of the n-th order sent (1-based, as the sequence). */
    long id(final int sequence)
    {
        return newIds.get(sequence - 1);
    }

    /** @return the client order id of the last order sent. */
    long lastId()
    {
        return newIds.get(newIds.size() - 1);
    }

    void clear()
    {
        sent.clear();
        updates.clear();
    }
}
