package com.tradefinder.gateway.binance.book;

import org.junit.jupiter.api.Test;

import com.tradefinder.codecs.Side;

import static com.tradefinder.gateway.binance.book.DepthMessages.INSTRUMENT;
import static org.assertj.core.api.Assertions.assertThat;

class DepthBookTest
{
    private static final long BID = 0;
    private static final long ASK = 1;

    private final DepthMessages messages = new DepthMessages();
    private final DepthBook book = new DepthBook(INSTRUMENT, 1_000);

    @Test
    void shouldStartEmpty()
    {
        // arrange: a new book

        // act, assert
        assertThat(book.bestBidPrice()).isEqualTo(DepthBook.NO_PRICE);
        assertThat(book.bestAskPrice()).isEqualTo(DepthBook.NO_PRICE);
        assertThat(book.bestBidSize()).isZero();
        assertThat(book.bestAskSize()).isZero();
        assertThat(book.bidLevels()).isZero();
        assertThat(book.askLevels()).isZero();
        assertThat(book.lastUpdateId()).isEqualTo(DepthBook.NO_UPDATE_ID);
    }

    @Test
    void shouldSortBothSidesFromASnapshotInAnyOrder()
    {
        // arrange
        final long[] levels = { BID, 99, 5, BID, 101, 1, BID, 100, 2, ASK, 104, 7, ASK, 102, 3, ASK, 103, 4 };

        // act
        assertThat(book.apply(messages.snapshotChunk(500, true, levels))).isTrue();

        // assert
        assertThat(book.bestBidPrice()).isEqualTo(101);
        assertThat(book.bestBidSize()).isEqualTo(1);
        assertThat(book.bestAskPrice()).isEqualTo(102);
        assertThat(book.bestAskSize()).isEqualTo(3);
        assertThat(new long[] { book.bidPrice(0), book.bidPrice(1), book.bidPrice(2) })
            .containsExactly(101, 100, 99);
        assertThat(new long[] { book.bidSize(0), book.bidSize(1), book.bidSize(2) }).containsExactly(1, 2, 5);
        assertThat(new long[] { book.askPrice(0), book.askPrice(1), book.askPrice(2) })
            .containsExactly(102, 103, 104);
        assertThat(new long[] { book.askSize(0), book.askSize(1), book.askSize(2) }).containsExactly(3, 4, 7);
        assertThat(book.bidPrice(3)).isEqualTo(DepthBook.NO_PRICE);
        assertThat(book.askSize(3)).isZero();
        assertThat(book.lastUpdateId()).isEqualTo(500);
        assertThat(book.snapshotInProgress()).isFalse();
    }

    @Test
    void shouldReplaceSizesWithAbsoluteQuantitiesAndRemoveOnZero()
    {
        // arrange
        book.apply(messages.snapshotChunk(500, true, BID, 100, 2, BID, 99, 5, ASK, 102, 3, ASK, 103, 4));

        // act: the best bid's size is replaced (not added to), the best ask removed
        book.apply(messages.diff(501, 505, BID, 100, 9, ASK, 102, 0));

        // assert
        assertThat(book.bestBidPrice()).isEqualTo(100);
        assertThat(book.bestBidSize()).isEqualTo(9);
        assertThat(book.bestAskPrice()).isEqualTo(103);
        assertThat(book.bestAskSize()).isEqualTo(4);
        assertThat(book.askLevels()).isEqualTo(1);
        assertThat(book.lastUpdateId()).isEqualTo(505);
    }

    @Test
    void shouldTreatRemovingAnUnknownLevelAsNormal()
    {
        // arrange
        book.apply(messages.snapshotChunk(500, true, BID, 100, 2, ASK, 102, 3));
        final long before = book.stateHash();

        // act
        book.update(Side.BUY, 98, 0);
        book.update(Side.SELL, 150, 0);

        // assert
        assertThat(book.bidLevels()).isEqualTo(1);
        assertThat(book.askLevels()).isEqualTo(1);
        assertThat(book.stateHash()).isEqualTo(before);
    }

    @Test
    void shouldInsertNewLevelsAtTheTopMiddleAndBottom()
    {
        // arrange
        book.apply(messages.snapshotChunk(500, true, BID, 100, 1, BID, 90, 1, ASK, 110, 1, ASK, 120, 1));

        // act
        book.apply(messages.diff(501, 501, BID, 101, 2, BID, 95, 3, BID, 80, 4, ASK, 109, 5, ASK, 115, 6,
            ASK, 130, 7));

        // assert
        assertThat(new long[] { book.bidPrice(0), book.bidPrice(1), book.bidPrice(2), book.bidPrice(3),
            book.bidPrice(4) }).containsExactly(101, 100, 95, 90, 80);
        assertThat(new long[] { book.askPrice(0), book.askPrice(1), book.askPrice(2), book.askPrice(3),
            book.askPrice(4) }).containsExactly(109, 110, 115, 120, 130);
        assertThat(book.bidSize(2)).isEqualTo(3);
        assertThat(book.askSize(2)).isEqualTo(6);
    }

    @Test
    void shouldReplaceTheWholeBookWithANewSnapshotAcrossChunks()
    {
        // arrange
        book.apply(messages.snapshotChunk(500, true, BID, 100, 1, ASK, 110, 1));
        book.apply(messages.diff(501, 510, BID, 105, 1, ASK, 106, 1));

        // act: a new snapshot in two chunks
        book.apply(messages.snapshotChunk(900, false, BID, 200, 1, BID, 199, 2));
        final boolean midway = book.snapshotInProgress();
        book.apply(messages.snapshotChunk(900, true, ASK, 201, 3));

        // assert: nothing of the old book is left, both chunks are in
        assertThat(midway).isTrue();
        assertThat(book.snapshotInProgress()).isFalse();
        assertThat(book.bidLevels()).isEqualTo(2);
        assertThat(book.askLevels()).isEqualTo(1);
        assertThat(book.bestBidPrice()).isEqualTo(200);
        assertThat(book.bidPrice(1)).isEqualTo(199);
        assertThat(book.bestAskPrice()).isEqualTo(201);
        assertThat(book.lastUpdateId()).isEqualTo(900);
    }

    @Test
    void shouldIgnoreAnotherInstrumentsMessage()
    {
        // arrange
        book.apply(messages.snapshotChunk(500, true, BID, 100, 1, ASK, 110, 1));
        final long before = book.stateHash();

        // act
        final boolean applied = book.apply(messages.message(INSTRUMENT + 1, false, true, 501, 502, BID, 105, 1));

        // assert
        assertThat(applied).isFalse();
        assertThat(book.stateHash()).isEqualTo(before);
        assertThat(book.lastUpdateId()).isEqualTo(500);
    }

    @Test
    void shouldDropTheLevelsFarthestFromTheTopWhenASideIsFull()
    {
        // arrange: three levels per side at most
        final DepthBook small = new DepthBook(INSTRUMENT, 3);
        small.apply(messages.snapshotChunk(1, true, BID, 100, 1, BID, 99, 1, BID, 98, 1, ASK, 101, 1, ASK, 102, 1,
            ASK, 103, 1));

        // act: better levels push the worst out; worse levels are not kept
        small.apply(messages.diff(2, 2, BID, 150, 1, BID, 97, 5, BID, 100, 0, ASK, 100, 2, ASK, 104, 3));

        // assert: 98 pushed out by 150, 97 never kept, then 100 removed; 103 pushed out by 100, 104 never kept
        assertThat(small.bidLevels()).isEqualTo(2);
        assertThat(new long[] { small.bidPrice(0), small.bidPrice(1) }).containsExactly(150, 99);
        assertThat(new long[] { small.askPrice(0), small.askPrice(1), small.askPrice(2) })
            .containsExactly(100, 101, 102);
        assertThat(small.askSize(0)).isEqualTo(2);
        assertThat(small.levelsDropped()).isEqualTo(4);
    }

    @Test
    void shouldForgetEverythingOnClear()
    {
        // arrange
        book.apply(messages.snapshotChunk(500, true, BID, 100, 1, ASK, 110, 1));

        // act
        book.clear();

        // assert
        assertThat(book.bidLevels()).isZero();
        assertThat(book.askLevels()).isZero();
        assertThat(book.lastUpdateId()).isEqualTo(DepthBook.NO_UPDATE_ID);
    }

    @Test
    void shouldHashEqualBooksEquallyWhateverTheOrderOfTheirUpdates()
    {
        // arrange
        final DepthBook other = new DepthBook(INSTRUMENT, 1_000);

        // act
        book.apply(messages.snapshotChunk(500, true, BID, 100, 1, BID, 99, 2, ASK, 110, 1));
        other.apply(messages.snapshotChunk(500, true, ASK, 110, 1, BID, 99, 2, BID, 100, 1));
        final long equal = other.stateHash();
        other.update(Side.BUY, 99, 3);

        // assert
        assertThat(equal).isEqualTo(book.stateHash());
        assertThat(other.stateHash()).isNotEqualTo(book.stateHash());
    }
}
