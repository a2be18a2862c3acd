package com.tradefinder.gateway.binance.marketdata;

/**
 * Where the {@code [price, size]} pairs of one side of a book frame are in the frame's bytes, in frame order.
 * <p>
 * Positions only: the decimals are converted when the levels are encoded, once the instrument and its exponents are
 * known whatever the key order of the frame. Single-threaded; allocation-free after construction.
 */
final class BookLevels
{
    /** Offset (high half) and length (low half) of each level's price text: one store and one load per level. */
    private final long[] prices;
    /** The same for each level's size text. */
    private final long[] sizes;
    private int count;

    /**
     * @param capacity most levels one frame may carry on this side.
     */
    BookLevels(final int capacity)
    {
        prices = new long[capacity];
        sizes = new long[capacity];
    }

    void clear()
    {
        count = 0;
    }

    /**
     * @return false if the side is full.
     */
    boolean add(final int priceOffset, final int priceLength, final int sizeOffset, final int sizeLength)
    {
        if (count == prices.length)
        {
            return false;
        }
        prices[count] = (long)priceOffset << 32 | priceLength;
        sizes[count] = (long)sizeOffset << 32 | sizeLength;
        count++;
        return true;
    }

    int count()
    {
        return count;
    }

    int priceOffset(final int index)
    {
        return (int)(prices[index] >>> 32);
    }

    int priceLength(final int index)
    {
        return (int)prices[index];
    }

    int sizeOffset(final int index)
    {
        return (int)(sizes[index] >>> 32);
    }

    int sizeLength(final int index)
    {
        return (int)sizes[index];
    }
}
