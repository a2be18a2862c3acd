package com.tradefinder.tools.book;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayDeque;

import org.agrona.DirectBuffer;

import com.tradefinder.codecs.BestBidOfferDecoder;
import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.DepthUpdateDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.gateway.binance.book.DepthBook;
import com.tradefinder.numeric.FixedPoint;

/**
 * Rebuilds one instrument's book from its journaled {@code DepthUpdate} messages and checks it against its
 * {@code BestBidOffer} messages.
 * <p>
 * Synchronisation follows NOTES 1.5: diffs are kept ({@link RecentDiffs}) until a snapshot's last chunk is in; then
 * diffs older than the snapshot are dropped, the first one applied must bridge it ({@code U <= lastUpdateId <= u}),
 * and every later diff's {@code pu} must equal the previous diff's {@code u}. A break in either is a gap: reported,
 * the book cleared, and the instrument waits for the next snapshot. A snapshot that arrives while the book is live
 * replaces it the same way and the kept diffs bring it forward again.
 * <p>
 * A ticker is compared only when its update id is the final update id of an applied diff, the only points where the
 * book's state is known exactly (a diff folds every update from {@code U} to {@code u} into one message). Tickers
 * arrive on their own stream, before or after the diff with their id: a later one is looked up among the tops kept
 * after each diff ({@link BookTops}), an earlier one waits for the first diff that reaches its id. Any other ticker
 * is counted as not comparable. Best bid and ask, price and size, must all agree.
 * <p>
 * Single-threaded. Prints each gap and mismatch as one line as it is found.
 */
final class InstrumentBookCheck
{
    private static final int MAX_LEVELS_PER_SIDE = 20_000;
    private static final int KEPT_DIFFS = 1_024;
    private static final int KEPT_TOPS = 8_192;
    private static final long NONE = -1;

    private enum State
    {
        WAITING_FOR_SNAPSHOT, LOADING_SNAPSHOT, BRIDGING, LIVE
    }

    private record PendingTicker(long updateId, long exchangeTimeNs, long bidPrice, long bidSize, long askPrice,
        long askSize)
    {
    }

    private final String symbol;
    private final int priceExponent;
    private final int sizeExponent;
    private final PrintStream out;
    private final DepthBook book;
    private final RecentDiffs recentDiffs = new RecentDiffs(KEPT_DIFFS);
    private final BookTops tops = new BookTops(KEPT_TOPS);
    private final ArrayDeque<PendingTicker> pendingTickers = new ArrayDeque<>();
    private final MessageHeaderDecoder keptHeader = new MessageHeaderDecoder();
    private final DepthUpdateDecoder keptDiff = new DepthUpdateDecoder();
    private State state = State.WAITING_FOR_SNAPSHOT;
    private long snapshotUpdateId = NONE;
    private long openDiffUpdateId = NONE;
    private long diffsApplied;
    private long snapshots;
    private long tickersCompared;
    private long tickersNotComparable;
    private long mismatches;
    private long gaps;

    /**
     * @param instrumentId  the instrument checked.
     * @param symbol        its name in the lines printed.
     * @param priceExponent to print prices.
     * @param sizeExponent  to print sizes.
     * @param out           where gaps and mismatches are printed.
     */
    InstrumentBookCheck(
        final int instrumentId, final String symbol, final int priceExponent, final int sizeExponent,
        final PrintStream out)
    {
        this.symbol = symbol;
        this.priceExponent = priceExponent;
        this.sizeExponent = sizeExponent;
        this.out = out;
        book = new DepthBook(instrumentId, MAX_LEVELS_PER_SIDE);
    }

    /**
     * @param depth  wrapped at the message.
     * @param buffer holding the message, header included.
     * @param offset of the message.
     * @param length of the message.
     */
    void onDepthUpdate(final DepthUpdateDecoder depth, final DirectBuffer buffer, final int offset, final int length)
    {
        if (depth.snapshot() == BooleanType.TRUE)
        {
            onSnapshotChunk(depth);
        }
        else
        {
            recentDiffs.add(buffer, offset, length);
            onDiff(depth);
        }
    }

    void onBestBidOffer(final BestBidOfferDecoder ticker)
    {
        final long updateId = ticker.updateId();
        final long newest = tops.newestUpdateId();
        if (newest != NONE && updateId <= newest)
        {
            final int slot = tops.find(updateId);
            if (slot == BookTops.NOT_FOUND)
            {
                tickersNotComparable++;
            }
            else
            {
                compare(updateId, ticker.exchangeTimeNs(), ticker.bidPriceMantissa(), ticker.bidSizeMantissa(),
                    ticker.askPriceMantissa(), ticker.askSizeMantissa(), tops.bidPrice(slot), tops.bidSize(slot),
                    tops.askPrice(slot), tops.askSize(slot));
            }
            return;
        }
        pendingTickers.addLast(new PendingTicker(updateId, ticker.exchangeTimeNs(), ticker.bidPriceMantissa(),
            ticker.bidSizeMantissa(), ticker.askPriceMantissa(), ticker.askSizeMantissa()));
    }

    /**
     * The journal has ended: tickers still waiting for their diff are not comparable.
     */
    void finish()
    {
        tickersNotComparable += pendingTickers.size();
        pendingTickers.clear();
    }

    private void onSnapshotChunk(final DepthUpdateDecoder chunk)
    {
        final long updateId = chunk.finalUpdateId();
        if (state != State.LOADING_SNAPSHOT || updateId != snapshotUpdateId)
        {
            state = State.LOADING_SNAPSHOT;
            snapshotUpdateId = updateId;
            openDiffUpdateId = NONE;
        }
        book.apply(chunk);
        if (chunk.lastChunk() == BooleanType.TRUE)
        {
            snapshots++;
            state = State.BRIDGING;
            for (int age = 0, kept = recentDiffs.count(); age < kept; age++)
            {
                onDiff(keptDiff.wrapAndApplyHeader(recentDiffs.message(age), 0, keptHeader));
            }
        }
    }

    private void onDiff(final DepthUpdateDecoder diff)
    {
        final long finalUpdateId = diff.finalUpdateId();
        if (openDiffUpdateId != NONE && finalUpdateId == openDiffUpdateId)
        {
            applyChunk(diff);
            return;
        }
        switch (state)
        {
            case WAITING_FOR_SNAPSHOT:
            case LOADING_SNAPSHOT:
                return;
            case BRIDGING:
                if (finalUpdateId < snapshotUpdateId)
                {
                    return;
                }
                if (diff.firstUpdateId() > snapshotUpdateId)
                {
                    gap(diff, "snapshot lastUpdateId=" + snapshotUpdateId + " not bridged: the first diff reaching " +
                        "it has U=" + diff.firstUpdateId() + " u=" + finalUpdateId);
                    return;
                }
                state = State.LIVE;
                break;
            case LIVE:
                if (finalUpdateId <= book.lastUpdateId())
                {
                    // already in the book: a diff kept from before a snapshot that the snapshot has overtaken
                    return;
                }
                if (diff.previousFinalUpdateId() != book.lastUpdateId())
                {
                    gap(diff, "pu=" + diff.previousFinalUpdateId() + " but previous u=" + book.lastUpdateId());
                    return;
                }
                break;
            default:
                throw new IllegalStateException("state " + state);
        }
        applyChunk(diff);
    }

    private void applyChunk(final DepthUpdateDecoder diff)
    {
        final long finalUpdateId = diff.finalUpdateId();
        book.apply(diff);
        if (diff.lastChunk() != BooleanType.TRUE)
        {
            openDiffUpdateId = finalUpdateId;
            return;
        }
        openDiffUpdateId = NONE;
        if (finalUpdateId <= tops.newestUpdateId())
        {
            // re-applied after a new snapshot: counted, and its tickers resolved, the first time
            return;
        }
        diffsApplied++;
        final long bidPrice = book.bestBidPrice();
        final long bidSize = book.bestBidSize();
        final long askPrice = book.bestAskPrice();
        final long askSize = book.bestAskSize();
        tops.add(finalUpdateId, bidPrice, bidSize, askPrice, askSize);
        while (!pendingTickers.isEmpty() && pendingTickers.peekFirst().updateId() <= finalUpdateId)
        {
            final PendingTicker ticker = pendingTickers.pollFirst();
            if (ticker.updateId() == finalUpdateId)
            {
                compare(finalUpdateId, ticker.exchangeTimeNs(), ticker.bidPrice(), ticker.bidSize(),
                    ticker.askPrice(), ticker.askSize(), bidPrice, bidSize, askPrice, askSize);
            }
            else
            {
                tickersNotComparable++;
            }
        }
    }

    private void gap(final DepthUpdateDecoder diff, final String detail)
    {
        gaps++;
        out.println("GAP " + symbol + " u=" + diff.finalUpdateId() + " at " + time(diff.exchangeTimeNs()) + ": " +
            detail + "; waiting for the next snapshot");
        state = State.WAITING_FOR_SNAPSHOT;
        openDiffUpdateId = NONE;
        book.clear();
    }

    private void compare(
        final long updateId, final long timeNs,
        final long tickerBidPrice, final long tickerBidSize, final long tickerAskPrice, final long tickerAskSize,
        final long bookBidPrice, final long bookBidSize, final long bookAskPrice, final long bookAskSize)
    {
        tickersCompared++;
        if (tickerBidPrice == bookBidPrice && tickerBidSize == bookBidSize && tickerAskPrice == bookAskPrice &&
            tickerAskSize == bookAskSize)
        {
            return;
        }
        mismatches++;
        out.println("MISMATCH " + symbol + " u=" + updateId + " at " + time(timeNs) + ": book " +
            top(bookBidPrice, bookBidSize, bookAskPrice, bookAskSize) + " vs ticker " +
            top(tickerBidPrice, tickerBidSize, tickerAskPrice, tickerAskSize));
    }

    private String top(final long bidPrice, final long bidSize, final long askPrice, final long askSize)
    {
        return "bid " + price(bidPrice) + " x " + FixedPoint.toText(bidSize, sizeExponent) + ", ask " +
            price(askPrice) + " x " + FixedPoint.toText(askSize, sizeExponent);
    }

    private String price(final long mantissa)
    {
        return mantissa == DepthBook.NO_PRICE ? "none" : FixedPoint.toText(mantissa, priceExponent);
    }

    private static String time(final long timeNs)
    {
        return Instant.ofEpochSecond(0, timeNs).toString();
    }

    String symbol()
    {
        return symbol;
    }

    long diffsApplied()
    {
        return diffsApplied;
    }

    long snapshots()
    {
        return snapshots;
    }

    long tickersCompared()
    {
        return tickersCompared;
    }

    long tickersNotComparable()
    {
        return tickersNotComparable;
    }

    long mismatches()
    {
        return mismatches;
    }

    long gaps()
    {
        return gaps;
    }
}
