package com.tradefinder.engine.venue;

/**
 * Pre-allocated {@link VenueOrder}s, so accepting an order allocates nothing in steady state.
 * <p>
 * A stack: {@link #acquire()} pops (allocating a new order only when the pool is empty, i.e. more orders are open at
 * once than ever before), {@link #release(VenueOrder)} resets and pushes. Single-threaded.
 */
final class OrderPool
{
    private VenueOrder[] free;
    private int count;

    /**
     * @param capacity orders to pre-allocate.
     */
    OrderPool(final int capacity)
    {
        free = new VenueOrder[capacity];
        for (int i = 0; i < capacity; i++)
        {
            free[i] = new VenueOrder();
        }
        count = capacity;
    }

    /**
     * @return a reset order.
     */
    VenueOrder acquire()
    {
        if (count == 0)
        {
            return new VenueOrder();
        }
        final VenueOrder order = free[--count];
        free[count] = null;
        return order;
    }

    /**
     * @param order no longer referenced by the book.
     */
    void release(final VenueOrder order)
    {
        order.reset();
        if (count == free.length)
        {
            free = java.util.Arrays.copyOf(free, free.length * 2);
        }
        free[count++] = order;
    }

    /**
     * @return orders available without allocating.
     */
    int available()
    {
        return count;
    }
}
