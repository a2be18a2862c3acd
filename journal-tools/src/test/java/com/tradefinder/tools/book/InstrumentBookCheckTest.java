package com.tradefinder.tools.book;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.tradefinder.codecs.DepthUpdateDecoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The book check stepped by hand: snapshot bridging, pu continuity, tickers before and after their diff.
 * Prices at exponent -1 and sizes at exponent -3 in the printed lines.
 */
class InstrumentBookCheckTest
{
    private static final long BID = 0;
    private static final long ASK = 1;

    private final BookMessages messages = new BookMessages();
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final InstrumentBookCheck check = new InstrumentBookCheck(BookMessages.INSTRUMENT, "BTCUSDT", -1, -3,
        new PrintStream(printed, true, StandardCharsets.UTF_8));

    @Test
    void shouldBridgeASnapshotWithADiffThatArrivedBeforeItAndCompareTickersAtDiffEnds()
    {
        // arrange: diffs 90..99 and 100..110 arrive before the snapshot at 105, then one more diff
        depth(messages.diff(90, 99, 89, BID, 1000, 1));
        depth(messages.diff(100, 110, 99, BID, 1001, 2));
        depth(messages.snapshot(105, true, BID, 1000, 5, ASK, 1002, 7));
        depth(messages.diff(111, 120, 110, ASK, 1002, 0, ASK, 1003, 4));

        // act: one ticker at each applied diff end, in the past by now; one inside a diff; one before the book
        check.onBestBidOffer(messages.ticker(110, 1001, 2, 1002, 7));
        check.onBestBidOffer(messages.ticker(120, 1001, 2, 1003, 4));
        check.onBestBidOffer(messages.ticker(115, 1001, 2, 1003, 4));
        check.onBestBidOffer(messages.ticker(99, 1000, 1, 1002, 7));
        check.finish();

        // assert
        assertThat(check.diffsApplied()).isEqualTo(2);
        assertThat(check.snapshots()).isEqualTo(1);
        assertThat(check.tickersCompared()).isEqualTo(2);
        assertThat(check.tickersNotComparable()).isEqualTo(2);
        assertThat(check.mismatches()).isZero();
        assertThat(check.gaps()).isZero();
        assertThat(printed()).isEmpty();
    }

    @Test
    void shouldHoldATickerUntilTheDiffWithItsUpdateIdIsApplied()
    {
        // arrange
        depth(messages.snapshot(100, true, BID, 1000, 5, ASK, 1002, 7));
        depth(messages.diff(95, 101, 90, BID, 1000, 6));

        // act: tickers ahead of the book, one at a diff end and one inside the next diff
        check.onBestBidOffer(messages.ticker(105, 1001, 1, 1002, 7));
        check.onBestBidOffer(messages.ticker(107, 1001, 1, 1002, 3));
        depth(messages.diff(102, 105, 101, BID, 1001, 1));
        depth(messages.diff(106, 108, 105, ASK, 1002, 2));
        check.finish();

        // assert
        assertThat(check.tickersCompared()).isEqualTo(1);
        assertThat(check.tickersNotComparable()).isEqualTo(1);
        assertThat(check.mismatches()).isZero();
        assertThat(check.diffsApplied()).isEqualTo(3);
    }

    @Test
    void shouldReportAMismatchOfSizeOnOneLine()
    {
        // arrange
        depth(messages.snapshot(100, true, BID, 1000, 5, ASK, 1002, 7));
        depth(messages.diff(100, 101, 99, BID, 1000, 6));

        // act
        check.onBestBidOffer(messages.ticker(101, 1000, 6, 1002, 8));

        // assert
        assertThat(check.mismatches()).isEqualTo(1);
        assertThat(printed()).isEqualTo("MISMATCH BTCUSDT u=101 at 1970-01-01T00:00:00.101Z: " +
            "book bid 100 x 0.006, ask 100.2 x 0.007 vs ticker bid 100 x 0.006, ask 100.2 x 0.008\n");
    }

    @Test
    void shouldReportAGapAndWaitForTheNextSnapshot()
    {
        // arrange
        depth(messages.snapshot(100, true, BID, 1000, 5, ASK, 1002, 7));
        depth(messages.diff(100, 101, 99, BID, 1000, 6));

        // act: pu 103 does not follow u 101; the diffs after it are not applied until a snapshot bridges
        depth(messages.diff(104, 110, 103, BID, 999, 1));
        depth(messages.diff(111, 112, 110, BID, 998, 1));
        check.onBestBidOffer(messages.ticker(112, 1000, 5, 1002, 7));
        final long appliedBeforeSnapshot = check.diffsApplied();
        depth(messages.snapshot(111, true, BID, 1000, 5, ASK, 1002, 7));
        depth(messages.diff(113, 114, 112, ASK, 1002, 9));
        check.onBestBidOffer(messages.ticker(114, 1000, 5, 1002, 9));
        check.finish();

        // assert: the ticker at 112 is compared with the resynchronised book (diff 111..112 applied after it)
        assertThat(appliedBeforeSnapshot).isEqualTo(1);
        assertThat(check.gaps()).isEqualTo(1);
        assertThat(printed()).isEqualTo("GAP BTCUSDT u=110 at 1970-01-01T00:00:00.110Z: pu=103 but previous u=101; " +
            "waiting for the next snapshot\n");
        assertThat(check.diffsApplied()).isEqualTo(3);
        assertThat(check.tickersCompared()).isEqualTo(2);
        assertThat(check.mismatches()).isZero();
    }

    @Test
    void shouldReportASnapshotThatNoDiffBridges()
    {
        // arrange
        depth(messages.snapshot(100, true, BID, 1000, 5, ASK, 1002, 7));

        // act: the first diff reaching 100 starts after it
        depth(messages.diff(102, 103, 101, BID, 1000, 6));

        // assert
        assertThat(check.gaps()).isEqualTo(1);
        assertThat(check.diffsApplied()).isZero();
        assertThat(printed()).contains("snapshot lastUpdateId=100 not bridged: the first diff reaching it has " +
            "U=102 u=103");
    }

    @Test
    void shouldApplyEveryChunkOfALargeDiffBeforeComparing()
    {
        // arrange: a snapshot in two chunks, then a diff in two chunks
        depth(messages.snapshot(100, false, BID, 1000, 5));
        depth(messages.snapshot(100, true, ASK, 1002, 7));
        depth(messages.depth(false, false, 100, 101, 99, BID, 1001, 1));
        check.onBestBidOffer(messages.ticker(101, 1001, 1, 1001, 3));
        depth(messages.depth(false, true, 100, 101, 99, ASK, 1001, 3));

        // act
        check.finish();

        // assert
        assertThat(check.diffsApplied()).isEqualTo(1);
        assertThat(check.tickersCompared()).isEqualTo(1);
        assertThat(check.mismatches()).isZero();
        assertThat(check.gaps()).isZero();
    }

    private void depth(final DepthUpdateDecoder message)
    {
        check.onDepthUpdate(message, messages.buffer(), 0, messages.length());
    }

    private String printed()
    {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
