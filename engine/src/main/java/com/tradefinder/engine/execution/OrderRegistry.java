package com.tradefinder.engine.execution;

import org.agrona.collections.Long2ObjectHashMap;

/**
 * A bot's orders by client order id over an {@link OrderPool}: the live ones in creation order (so that iterating
 * them, to cancel or time them out, is deterministic and reads in the order they were sent), and the terminal ones the
 * pool still keeps.
 * <p>
 * Business-logic thread only; allocation-free after construction (the id map is sized for the whole pool and avoids
 * allocating on iteration).
 */
final class OrderRegistry
{
    private static final float LOAD_FACTOR = 0.5f;

    private final OrderPool pool;
    private final Long2ObjectHashMap<Order> byId;
    private final Order[] live;
    private int liveCount;

    OrderRegistry(final int maxOrders)
    {
        pool = new OrderPool(maxOrders);
        byId = new Long2ObjectHashMap<>(maxOrders * 4, LOAD_FACTOR, true);
        live = new Order[maxOrders];
    }

    /**
     * @return a cleared order, not yet registered; null when every order of the pool is live.
     */
    Order acquire()
    {
        final Order order = pool.acquire();
        if (order == null)
        {
            return null;
        }
        if (order.clientOrderId() != 0)
        {
            byId.remove(order.clientOrderId());
        }
        order.reset();
        return order;
    }

    /**
     * Registers a defined order as live.
     */
    void add(final Order order)
    {
        byId.put(order.clientOrderId(), order);
        order.liveIndex(liveCount);
        live[liveCount++] = order;
    }

    /**
     * @return the live or retired order with that id, or null.
     */
    Order find(final long clientOrderId)
    {
        return byId.get(clientOrderId);
    }

    /**
     * Moves a terminal order from the live list to the pool's retired ones.
     */
    void retire(final Order order)
    {
        final int index = order.liveIndex();
        liveCount--;
        System.arraycopy(live, index + 1, live, index, liveCount - index);
        for (int i = index; i < liveCount; i++)
        {
            live[i].liveIndex(i);
        }
        live[liveCount] = null;
        order.liveIndex(-1);
        order.group(null);
        pool.retire(order);
    }

    int liveCount()
    {
        return liveCount;
    }

    Order live(final int index)
    {
        return live[index];
    }

    /**
     * @return orders that can still be created.
     */
    int available()
    {
        return pool.available();
    }
}
