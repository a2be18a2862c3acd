package com.tradefinder.gateway.binance.book;

import java.util.Arrays;

/**
 * One side of a {@link DepthBook}: price levels with absolute sizes, kept sorted in two primitive arrays with the best
 * level last, so that the busy top of the book moves the fewest elements when a level comes or goes.
 * <p>
 * Prices are stored as sort keys: the price itself for bids (ascending, highest last) and its negation for asks
 * (ascending keys, lowest price last); fixed-point prices are never negative, so the negation is exact.
 * <p>
 * Bounded: when the side is full a new level better than the worst one pushes the worst out, and a new level worse
 * than every kept one is not kept; both are counted in {@link #levelsDropped()}. The top of the book, which is what
 * a bounded book is for, is never affected. Single-threaded; allocation-free after construction.
 */
final class DepthBookSide
{
    private final boolean bids;
    private final long[] keys;
    private final long[] sizes;
    private int count;
    private long levelsDropped;

    /**
     * @param bids     true for the bid side (best is the highest price), false for asks (best is the lowest).
     * @param capacity most levels kept.
     */
    DepthBookSide(final boolean bids, final int capacity)
    {
        if (capacity < 1)
        {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.bids = bids;
        keys = new long[capacity];
        sizes = new long[capacity];
    }

    void clear()
    {
        count = 0;
    }

    /**
     * Sets the absolute size at a price; size 0 removes the level, and removing a level that is not there is normal.
     *
     * @param priceMantissa price, not negative.
     * @param sizeMantissa  absolute size, 0 to remove.
     */
    void set(final long priceMantissa, final long sizeMantissa)
    {
        final long key = bids ? priceMantissa : -priceMantissa;
        final int found = Arrays.binarySearch(keys, 0, count, key);
        if (found >= 0)
        {
            if (sizeMantissa == 0)
            {
                System.arraycopy(keys, found + 1, keys, found, count - found - 1);
                System.arraycopy(sizes, found + 1, sizes, found, count - found - 1);
                count--;
            }
            else
            {
                sizes[found] = sizeMantissa;
            }
            return;
        }
        if (sizeMantissa == 0)
        {
            return;
        }
        final int insertAt = -(found + 1);
        if (count < keys.length)
        {
            System.arraycopy(keys, insertAt, keys, insertAt + 1, count - insertAt);
            System.arraycopy(sizes, insertAt, sizes, insertAt + 1, count - insertAt);
            keys[insertAt] = key;
            sizes[insertAt] = sizeMantissa;
            count++;
            return;
        }
        levelsDropped++;
        if (insertAt == 0)
        {
            return;
        }
        // full: the worst level (index 0) leaves, the levels below the new one move down by one
        System.arraycopy(keys, 1, keys, 0, insertAt - 1);
        System.arraycopy(sizes, 1, sizes, 0, insertAt - 1);
        keys[insertAt - 1] = key;
        sizes[insertAt - 1] = sizeMantissa;
    }

    int levels()
    {
        return count;
    }

    /**
     * @param depth 0 for the best level.
     * @return its price, or {@link DepthBook#NO_PRICE} past the last level.
     */
    long price(final int depth)
    {
        if (depth < 0 || depth >= count)
        {
            return DepthBook.NO_PRICE;
        }
        final long key = keys[count - 1 - depth];
        return bids ? key : -key;
    }

    /**
     * @param depth 0 for the best level.
     * @return its size, or 0 past the last level.
     */
    long size(final int depth)
    {
        if (depth < 0 || depth >= count)
        {
            return 0;
        }
        return sizes[count - 1 - depth];
    }

    long levelsDropped()
    {
        return levelsDropped;
    }

    long hash(final long seed)
    {
        long hash = seed * 31 + count;
        for (int i = 0; i < count; i++)
        {
            hash = (hash * 31 + keys[i]) * 31 + sizes[i];
        }
        return hash;
    }
}
