package com.tradefinder.tools;

import java.nio.file.Path;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.tradefinder.codecs.BestBidOfferEncoder;
import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.DepthUpdateEncoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.Side;
import com.tradefinder.engine.journal.Journal;
import com.tradefinder.engine.journal.JournalAppender;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code journal book-check} on small journals written here: exit codes, findings and summary.
 */
class BookCheckCommandTest
{
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[1024]);
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private long sequence;

    @Test
    void shouldExitZeroWhenTheBookAgreesWithTheTickers(@TempDir final Path dir)
    {
        // arrange
        final Path journal = dir.resolve("clean");
        write(journal, 7);

        // act
        final CliRun run = CliRun.of("journal", "book-check", journal.toString());

        // assert
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("summary: diffs applied 1, snapshots 1, tickers compared 1, " +
            "tickers not comparable 0, mismatches 0, gaps 0");
    }

    @Test
    void shouldExitOneAndPrintTheMismatch(@TempDir final Path dir)
    {
        // arrange: the ticker's ask size disagrees with the book's
        final Path journal = dir.resolve("mismatch");
        write(journal, 8);

        // act
        final CliRun run = CliRun.of("journal", "book-check", journal.toString());

        // assert
        assertThat(run.exitCode()).isEqualTo(TradeFinderCli.EXIT_CHECK_FAILED);
        assertThat(run.out()).contains("MISMATCH #1 u=101 ").contains("mismatches 1, gaps 0");
    }

    @Test
    void shouldExitTwoWithOneLineWhenTheFolderIsMissing(@TempDir final Path dir)
    {
        // arrange
        final Path missing = dir.resolve("nothing-here");

        // act
        final CliRun run = CliRun.of("journal", "book-check", missing.toString());

        // assert
        assertThat(run.exitCode()).isEqualTo(TradeFinderCli.EXIT_USER_ERROR);
        assertThat(run.err()).isEqualTo("tradefinder: journal " + missing + " does not exist\n");
    }

    @Test
    void shouldDescribeItselfInHelp()
    {
        // act
        final CliRun run = CliRun.of("journal", "book-check", "--help");

        // assert
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("book-check").contains("pu continuity").contains("Exit 0 when clean");
    }

    private void write(final Path folder, final long tickerAskSize)
    {
        try (Journal journal = Journal.create(folder, false); JournalAppender in = journal.inboundAppender())
        {
            depth(in, true, 100, 100, 0, 1000, 5, 1002, 7);
            depth(in, false, 100, 101, 99, 1001, 2, 1002, 7);
            final int length = MessageHeaderEncoder.ENCODED_LENGTH + new BestBidOfferEncoder()
                .wrapAndApplyHeader(buffer, 0, header).instrumentId(1).exchangeTimeNs(1).receiveTimeNs(1)
                .updateId(101).bidPriceMantissa(1001).bidSizeMantissa(2).askPriceMantissa(1002)
                .askSizeMantissa(tickerAskSize).encodedLength();
            in.append(++sequence, buffer, 0, length);
        }
    }

    private void depth(
        final JournalAppender in, final boolean snapshot, final long first, final long last, final long previous,
        final long bidPrice, final long bidSize, final long askPrice, final long askSize)
    {
        final DepthUpdateEncoder encoder = new DepthUpdateEncoder();
        encoder.wrapAndApplyHeader(buffer, 0, header).instrumentId(1).exchangeTimeNs(1).receiveTimeNs(1)
            .firstUpdateId(first).finalUpdateId(last).previousFinalUpdateId(previous)
            .snapshot(snapshot ? BooleanType.TRUE : BooleanType.FALSE).lastChunk(BooleanType.TRUE)
            .levelsCount(2)
            .next().side(Side.BUY).priceMantissa(bidPrice).sizeMantissa(bidSize)
            .next().side(Side.SELL).priceMantissa(askPrice).sizeMantissa(askSize);
        in.append(++sequence, buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength());
    }
}
