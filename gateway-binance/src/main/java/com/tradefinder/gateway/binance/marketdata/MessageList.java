package com.tradefinder.gateway.binance.marketdata;

/**
 * Lengths of the SBE messages one frame was decoded into; they lie back to back in the destination buffer.
 * <p>
 * Single-threaded; allocation-free after construction.
 */
final class MessageList
{
    private final int[] lengths;
    private int count;

    /**
     * @param capacity most messages one frame can give.
     */
    MessageList(final int capacity)
    {
        lengths = new int[capacity];
    }

    void clear()
    {
        count = 0;
    }

    void add(final int length)
    {
        lengths[count++] = length;
    }

    int count()
    {
        return count;
    }

    int length(final int index)
    {
        return lengths[index];
    }
}
