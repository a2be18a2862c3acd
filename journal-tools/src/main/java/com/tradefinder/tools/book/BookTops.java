package com.tradefinder.tools.book;

/**
 * The top of the book (best bid and ask, price and size) right after each of the latest applied diffs, by the diff's
 * final update id, so that a book ticker that arrives after later diffs can still be compared with the book as it
 * was at the ticker's update id.
 * <p>
 * Ids are added in increasing order. Single-threaded; allocation-free after construction.
 */
final class BookTops
{
    /** {@link #find(long)} when the id is not kept. */
    static final int NOT_FOUND = -1;

    private final long[] updateIds;
    private final long[] bidPrices;
    private final long[] bidSizes;
    private final long[] askPrices;
    private final long[] askSizes;
    private int count;
    private int next;

    BookTops(final int capacity)
    {
        updateIds = new long[capacity];
        bidPrices = new long[capacity];
        bidSizes = new long[capacity];
        askPrices = new long[capacity];
        askSizes = new long[capacity];
    }

    void add(final long updateId, final long bidPrice, final long bidSize, final long askPrice, final long askSize)
    {
        updateIds[next] = updateId;
        bidPrices[next] = bidPrice;
        bidSizes[next] = bidSize;
        askPrices[next] = askPrice;
        askSizes[next] = askSize;
        next = (next + 1) % updateIds.length;
        count = Math.min(count + 1, updateIds.length);
    }

    /**
     * @return the latest id added, or -1 if none.
     */
    long newestUpdateId()
    {
        return count == 0 ? -1 : updateIds[(next - 1 + updateIds.length) % updateIds.length];
    }

    /**
     * @param updateId an update id.
     * @return the slot holding it, or {@link #NOT_FOUND} (inside a diff's range, in a gap, or too old).
     */
    int find(final long updateId)
    {
        for (int age = 1; age <= count; age++)
        {
            final int slot = (next - age + updateIds.length) % updateIds.length;
            if (updateIds[slot] == updateId)
            {
                return slot;
            }
            if (updateIds[slot] < updateId)
            {
                return NOT_FOUND;
            }
        }
        return NOT_FOUND;
    }

    long bidPrice(final int slot)
    {
        return bidPrices[slot];
    }

    long bidSize(final int slot)
    {
        return bidSizes[slot];
    }

    long askPrice(final int slot)
    {
        return askPrices[slot];
    }

    long askSize(final int slot)
    {
        return askSizes[slot];
    }
}
