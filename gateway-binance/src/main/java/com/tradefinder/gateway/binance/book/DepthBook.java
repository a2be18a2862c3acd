package com.tradefinder.gateway.binance.book;

import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.DepthUpdateDecoder;
import com.tradefinder.codecs.Side;

/**
 * The price-level order book of one instrument, rebuilt from SBE {@code DepthUpdate} messages (a REST snapshot in
 * chunks, then diffs): fixed-point price and size mantissas at the instrument's exponents, sorted in primitive arrays.
 * <p>
 * Sizes are absolute (NOTES 1.5): a level's size replaces the previous one, size 0 removes the level, and removing a
 * level that is not in the book is normal. A snapshot replaces the book: its first chunk clears it, the following
 * chunks (same update id) add to it. The book applies what it is given; checking the update-id sequence
 * ({@code U <= lastUpdateId <= u} for the first diff, then {@code pu} against the previous {@code u}) is the caller's
 * job, helped by {@link #lastUpdateId()}.
 * <p>
 * Each side keeps at most the capacity given; past it the levels farthest from the top are dropped (counted), which
 * never changes the top of the book.
 * <p>
 * Single-threaded: one thread applies and reads. Allocation-free after construction.
 */
public final class DepthBook
{
    /** Price returned for a level that does not exist, such as the best bid of an empty side. */
    public static final long NO_PRICE = Long.MIN_VALUE;
    /** {@link #lastUpdateId()} before anything was applied, and after {@link #clear()}. */
    public static final long NO_UPDATE_ID = -1;

    private final int instrumentId;
    private final DepthBookSide bids;
    private final DepthBookSide asks;
    private long lastUpdateId = NO_UPDATE_ID;
    private long snapshotUpdateId = NO_UPDATE_ID;
    private boolean snapshotInProgress;

    /**
     * @param instrumentId         the instrument whose messages {@link #apply(DepthUpdateDecoder)} accepts.
     * @param maxLevelsPerSide     most levels kept on each side (a Binance REST snapshot has up to 1000 per side, and
     *                             diffs add levels deeper than it).
     */
    public DepthBook(final int instrumentId, final int maxLevelsPerSide)
    {
        this.instrumentId = instrumentId;
        bids = new DepthBookSide(true, maxLevelsPerSide);
        asks = new DepthBookSide(false, maxLevelsPerSide);
    }

    /**
     * Applies one {@code DepthUpdate} message: a snapshot chunk or a diff (or one chunk of a large diff).
     *
     * @param update a decoder wrapped at the message; its levels group is read to the end.
     * @return false, with the book unchanged, if the message is for another instrument.
     */
    public boolean apply(final DepthUpdateDecoder update)
    {
        if (update.instrumentId() != instrumentId)
        {
            return false;
        }
        final long updateId = update.finalUpdateId();
        if (update.snapshot() == BooleanType.TRUE)
        {
            if (!snapshotInProgress || updateId != snapshotUpdateId)
            {
                clearLevels();
                snapshotInProgress = true;
                snapshotUpdateId = updateId;
            }
            if (update.lastChunk() == BooleanType.TRUE)
            {
                snapshotInProgress = false;
            }
        }
        else
        {
            snapshotInProgress = false;
        }
        final DepthUpdateDecoder.LevelsDecoder levels = update.levels();
        while (levels.hasNext())
        {
            levels.next();
            update(levels.side(), levels.priceMantissa(), levels.sizeMantissa());
        }
        lastUpdateId = updateId;
        return true;
    }

    /**
     * Sets the absolute size of one level.
     *
     * @param side          BUY for a bid, SELL for an ask.
     * @param priceMantissa the level's price, not negative.
     * @param sizeMantissa  its absolute size; 0 removes the level.
     */
    public void update(final Side side, final long priceMantissa, final long sizeMantissa)
    {
        if (side == Side.BUY)
        {
            bids.set(priceMantissa, sizeMantissa);
        }
        else if (side == Side.SELL)
        {
            asks.set(priceMantissa, sizeMantissa);
        }
    }

    /**
     * @param updateId the update id the book now reflects (set by {@link #apply(DepthUpdateDecoder)}; for callers
     *                 that feed levels through {@link #update(Side, long, long)}).
     */
    public void lastUpdateId(final long updateId)
    {
        lastUpdateId = updateId;
    }

    /**
     * Empties both sides and forgets the last update id, e.g. when the diff stream broke and a new snapshot is due.
     */
    public void clear()
    {
        clearLevels();
        lastUpdateId = NO_UPDATE_ID;
    }

    /**
     * @return the final update id of the last message applied, or {@link #NO_UPDATE_ID}.
     */
    public long lastUpdateId()
    {
        return lastUpdateId;
    }

    /**
     * @return true between a snapshot's first chunk and its last: the book is not whole yet.
     */
    public boolean snapshotInProgress()
    {
        return snapshotInProgress;
    }

    public int instrumentId()
    {
        return instrumentId;
    }

    /**
     * @return the highest bid price, or {@link #NO_PRICE} when there are no bids.
     */
    public long bestBidPrice()
    {
        return bids.price(0);
    }

    /**
     * @return the size at the best bid, or 0 when there are no bids.
     */
    public long bestBidSize()
    {
        return bids.size(0);
    }

    /**
     * @return the lowest ask price, or {@link #NO_PRICE} when there are no asks.
     */
    public long bestAskPrice()
    {
        return asks.price(0);
    }

    /**
     * @return the size at the best ask, or 0 when there are no asks.
     */
    public long bestAskSize()
    {
        return asks.size(0);
    }

    /**
     * @return the number of bid levels.
     */
    public int bidLevels()
    {
        return bids.levels();
    }

    /**
     * @return the number of ask levels.
     */
    public int askLevels()
    {
        return asks.levels();
    }

    /**
     * @param depth 0 for the best bid, 1 for the next lower, ...
     * @return that level's price, or {@link #NO_PRICE} past the last bid.
     */
    public long bidPrice(final int depth)
    {
        return bids.price(depth);
    }

    /**
     * @param depth 0 for the best bid.
     * @return that level's size, or 0 past the last bid.
     */
    public long bidSize(final int depth)
    {
        return bids.size(depth);
    }

    /**
     * @param depth 0 for the best ask, 1 for the next higher, ...
     * @return that level's price, or {@link #NO_PRICE} past the last ask.
     */
    public long askPrice(final int depth)
    {
        return asks.price(depth);
    }

    /**
     * @param depth 0 for the best ask.
     * @return that level's size, or 0 past the last ask.
     */
    public long askSize(final int depth)
    {
        return asks.size(depth);
    }

    /**
     * @return levels not kept or pushed out because a side was full, since construction.
     */
    public long levelsDropped()
    {
        return bids.levelsDropped() + asks.levelsDropped();
    }

    /**
     * @return a hash of the last update id and every level, equal for equal books (for replay checks).
     */
    public long stateHash()
    {
        return asks.hash(bids.hash(31L * instrumentId + lastUpdateId));
    }

    private void clearLevels()
    {
        bids.clear();
        asks.clear();
    }
}
