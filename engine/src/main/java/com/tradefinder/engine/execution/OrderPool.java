package com.tradefinder.engine.execution;

/**
 * A fixed set of {@link Order}s allocated up front: free orders, and orders that reached a terminal state and are
 * kept, oldest first, so that late events about them (a fill after a cancel, a second ack) still find them and are
 * refused with their real state; an order is reused only when no free one is left, the oldest terminal one first.
 * <p>
 * Business-logic thread only; allocation-free after construction.
 */
public final class OrderPool
{
    private final Order[] free;
    private final Order[] retired;
    private int freeCount;
    private int retiredHead;
    private int retiredCount;

    /**
     * @param capacity number of orders, at least 1.
     */
    public OrderPool(final int capacity)
    {
        if (capacity < 1)
        {
            throw new IllegalArgumentException("capacity must be >= 1: " + capacity);
        }
        free = new Order[capacity];
        retired = new Order[capacity];
        for (int i = 0; i < capacity; i++)
        {
            free[i] = new Order();
        }
        freeCount = capacity;
    }

    /**
     * Takes an order: a free one, or else the oldest retired one, which still carries its old id and state so the
     * caller can forget it; the caller resets it.
     *
     * @return an order, or null when every order is live.
     */
    public Order acquire()
    {
        if (freeCount > 0)
        {
            final Order order = free[--freeCount];
            free[freeCount] = null;
            return order;
        }
        if (retiredCount > 0)
        {
            final Order order = retired[retiredHead];
            retired[retiredHead] = null;
            retiredHead = (retiredHead + 1) % retired.length;
            retiredCount--;
            return order;
        }
        return null;
    }

    /**
     * Returns an order that reached a terminal state; it stays readable until {@link #acquire} reuses it.
     *
     * @param order a terminal order taken from this pool.
     */
    public void retire(final Order order)
    {
        if (retiredCount == retired.length)
        {
            throw new IllegalStateException("retired more orders than the pool holds");
        }
        retired[(retiredHead + retiredCount) % retired.length] = order;
        retiredCount++;
    }

    /**
     * @return orders {@link #acquire} can still hand out.
     */
    public int available()
    {
        return freeCount + retiredCount;
    }

    /**
     * @return orders in the pool.
     */
    public int capacity()
    {
        return free.length;
    }
}
