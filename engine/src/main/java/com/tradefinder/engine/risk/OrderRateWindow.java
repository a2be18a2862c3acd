package com.tradefinder.engine.risk;

import com.tradefinder.engine.util.Hashing;

/**
 * The send times of the last {@code maxOrders} orders, to cap the orders in any sliding window of
 * {@link #WINDOW_NS} of event time. An order sent at {@code t} counts at every time in {@code [t, t + 60 s)}.
 * <p>
 * Business-logic thread only; a fixed ring allocated at construction; allocation-free.
 */
final class OrderRateWindow
{
    /** Length of the sliding window: 60 s. */
    static final long WINDOW_NS = 60_000_000_000L;

    private final long[] sentTimesNs;
    private int next;
    private long sent;

    OrderRateWindow(final int maxOrders)
    {
        sentTimesNs = new long[maxOrders];
    }

    void onOrderSent(final long timeNs)
    {
        sentTimesNs[next] = timeNs;
        next = next + 1 == sentTimesNs.length ? 0 : next + 1;
        sent++;
    }

    /**
     * @param timeNs event time.
     * @return true when {@code maxOrders} orders were sent within the window ending at {@code timeNs}, so one more
     * would exceed the limit.
     */
    boolean full(final long timeNs)
    {
        // when the ring is full, next is the oldest of the last maxOrders sends
        return sent >= sentTimesNs.length && sentTimesNs[next] > timeNs - WINDOW_NS;
    }

    /**
     * @param timeNs event time.
     * @return orders sent within the window ending at {@code timeNs}, at most {@code maxOrders}.
     */
    int ordersInWindow(final long timeNs)
    {
        final int held = (int)Math.min(sent, sentTimesNs.length);
        int count = 0;
        for (int i = 0; i < held; i++)
        {
            final long sentNs = sentTimesNs[i];
            if (sentNs > timeNs - WINDOW_NS && sentNs <= timeNs)
            {
                count++;
            }
        }
        return count;
    }

    long sent()
    {
        return sent;
    }

    long stateHash(final long hash)
    {
        long h = Hashing.mix(hash, sent);
        final int held = (int)Math.min(sent, sentTimesNs.length);
        for (int i = 0; i < held; i++)
        {
            // oldest first, independent of where the ring happens to start
            final int index = (int)((sent - held + i) % sentTimesNs.length);
            h = Hashing.mix(h, sentTimesNs[index]);
        }
        return h;
    }
}
