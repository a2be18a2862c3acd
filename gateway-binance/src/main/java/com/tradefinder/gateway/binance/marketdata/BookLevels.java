package com.tradefinder.gateway.binance.marketdata;

/**
 * Where the {@code [price, size]} pairs of one side of a book frame are in the frame's bytes, in frame order.
 * <p>
 * Positions only: the decimals are converted when the levels are encoded, once the instrument and its exponents are
 * known whatever the key order of the frame. Single-threaded; allocation-free after construction.
 */
final class BookLevels
{
    private final int[] priceOffsets;
    private final int[] priceLengths;
    private final int[] sizeOffsets;
    private final int[] sizeLengths;
    private int count;

    /**
     * @param capacity most levels one frame may carry on this side.
     */
    BookLevels(final int capacity)
    {
        priceOffsets = new int[capacity];
        priceLengths = new int[capacity];
        sizeOffsets = new int[capacity];
        sizeLengths = new int[capacity];
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
        if (count == priceOffsets.length)
        {
            return false;
        }
        priceOffsets[count] = priceOffset;
        priceLengths[count] = priceLength;
        sizeOffsets[count] = sizeOffset;
        sizeLengths[count] = sizeLength;
        count++;
        return true;
    }

    int count()
    {
        return count;
    }

    int priceOffset(final int index)
    {
        return priceOffsets[index];
    }

    int priceLength(final int index)
    {
        return priceLengths[index];
    }

    int sizeOffset(final int index)
    {
        return sizeOffsets[index];
    }

    int sizeLength(final int index)
    {
        return sizeLengths[index];
    }
}
