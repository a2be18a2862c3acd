package com.tradefinder.engine.journal;

import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.Side;
import com.tradefinder.codecs.TradeDecoder;
import com.tradefinder.codecs.TradeEncoder;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournalPretoucherTest
{
    private static final long AHEAD_BYTES = 8L << 20;
    private static final long INTERVAL_NS = 200_000L;
    private static final long TIMEOUT_NS = 20_000_000_000L;

    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final TradeEncoder trade = new TradeEncoder();

    private int encodeTrade(final long tradeId)
    {
        trade.wrapAndApplyHeader(buffer, 0, header)
            .instrumentId(1)
            .exchangeTimeNs(1_000L * tradeId)
            .receiveTimeNs(1_000L * tradeId + 7)
            .tradeId(tradeId)
            .priceMantissa(6_394_390_000_000L + tradeId)
            .sizeMantissa(300_000L)
            .aggressorSide(Side.BUY);
        return MessageHeaderEncoder.ENCODED_LENGTH + trade.encodedLength();
    }

    @Test
    void shouldLeaveEveryRecordAsWrittenWhileTouchingAheadOfTheWriter(@TempDir final Path dir)
    {
        // arrange
        final Path folder = dir.resolve("j");
        final int records = 320_000;
        final JournalPretoucher pretoucher;

        // act: over 21 MB, more than one 16 MiB chunk and its overlap, so the writer changes chunks behind the
        // pretoucher; every 100th record also goes to the outbound queue
        try (Journal journal = Journal.create(folder, false))
        {
            pretoucher = journal.startPretoucher(AHEAD_BYTES, INTERVAL_NS);
            try (JournalAppender in = journal.inboundAppender(); JournalAppender out = journal.outboundAppender())
            {
                for (int i = 0; i < records; i++)
                {
                    final int length = encodeTrade(i);
                    in.append(i, buffer, 0, length);
                    if (i % 100 == 0)
                    {
                        out.append(i, buffer, 0, length);
                    }
                    if (i % 40_000 == 0)
                    {
                        awaitPasses(pretoucher, 3);
                    }
                }
            }
            awaitPasses(pretoucher, 3);
        }

        // assert
        assertThat(pretoucher.running()).isFalse();
        assertThat(pretoucher.failures()).as(pretoucher.lastFailure()).isZero();
        assertThat(pretoucher.pagesTouched()).isGreaterThan((16L << 20) / 4096);
        try (Journal journal = Journal.openForReading(folder);
            JournalCursor in = journal.inboundCursor();
            JournalCursor out = journal.outboundCursor())
        {
            assertRecords(in, records, 1);
            assertRecords(out, records, 100);
        }
    }

    @Test
    void shouldSpareTheWriterThePageFaultsOfNewPages(@TempDir final Path dir) throws IOException
    {
        // arrange: the appending thread's minor faults, counted by Linux
        final Path self = Paths.get("/proc/thread-self/stat");
        Assumptions.assumeTrue(Files.isReadable(self), "needs /proc/thread-self/stat (Linux)");

        // act
        final long without = faultsAppending(dir.resolve("without"), false);
        final long with = faultsAppending(dir.resolve("with"), true);

        // assert: a kernel that maps a whole file chunk per fault leaves nothing to compare
        Assumptions.assumeTrue(without >= 32, "only " + without + " faults without the pretoucher");
        assertThat(with).as("faults with the pretoucher, against %d without", without).isLessThan(without / 4);
    }

    @Test
    void shouldAllocateNothingPerPassInSteadyState(@TempDir final Path dir)
    {
        // arrange
        final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        long quietRound = -1;

        try (Journal journal = Journal.create(dir.resolve("j"), false);
            JournalAppender in = journal.inboundAppender())
        {
            final JournalPretoucher pretoucher = journal.startPretoucher(AHEAD_BYTES, INTERVAL_NS);
            final int length = encodeTrade(1);
            long sequence = 0;
            in.append(sequence++, buffer, 0, length);
            awaitPasses(pretoucher, 20);

            // act: rounds in which the writer moves on and the pretoucher keeps ahead of it
            for (int round = 0; round < 10 && quietRound < 0; round++)
            {
                final long before = threads.getThreadAllocatedBytes(pretoucher.threadId());
                for (int i = 0; i < 2_000; i++)
                {
                    in.append(sequence++, buffer, 0, length);
                }
                awaitPasses(pretoucher, 20);
                final long allocated = threads.getThreadAllocatedBytes(pretoucher.threadId()) - before;
                if (allocated == 0)
                {
                    quietRound = round;
                }
            }

            // assert
            assertThat(pretoucher.failures()).as(pretoucher.lastFailure()).isZero();
        }
        assertThat(quietRound).as("a round of 20 passes that allocated nothing").isGreaterThanOrEqualTo(0);
    }

    @Test
    void shouldRefuseAReadOnlyJournalAndASecondPretoucher(@TempDir final Path dir)
    {
        // arrange
        final Path folder = dir.resolve("j");
        try (Journal journal = Journal.create(folder, false); JournalAppender in = journal.inboundAppender())
        {
            in.append(0, buffer, 0, encodeTrade(0));

            // act
            journal.startPretoucher();

            // assert
            assertThatThrownBy(journal::startPretoucher).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already has a pretoucher");
        }
        try (Journal journal = Journal.openForReading(folder))
        {
            assertThatThrownBy(journal::startPretoucher).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("open for reading");
        }
    }

    private static void assertRecords(final JournalCursor cursor, final int records, final int step)
    {
        final TradeDecoder decoder = new TradeDecoder();
        final MessageHeaderDecoder headerDecoder = new MessageHeaderDecoder();
        for (int i = 0; i < records; i += step)
        {
            assertThat(cursor.next()).isTrue();
            assertThat(cursor.sequence()).isEqualTo(i);
            decoder.wrapAndApplyHeader(cursor.buffer(), 0, headerDecoder);
            assertThat(decoder.tradeId()).isEqualTo(i);
            assertThat(decoder.priceMantissa()).isEqualTo(6_394_390_000_000L + i);
        }
        assertThat(cursor.next()).isFalse();
    }

    private long faultsAppending(final Path folder, final boolean pretouch) throws IOException
    {
        try (Journal journal = Journal.create(folder, false); JournalAppender in = journal.inboundAppender())
        {
            final int length = encodeTrade(7);
            in.append(0, buffer, 0, length);
            if (pretouch)
            {
                final JournalPretoucher pretoucher = journal.startPretoucher(AHEAD_BYTES, INTERVAL_NS);
                final long deadline = System.nanoTime() + TIMEOUT_NS;
                while (pretoucher.pagesTouched() < AHEAD_BYTES / 4096 - 2 && System.nanoTime() < deadline)
                {
                    Thread.yield();
                }
                assertThat(pretoucher.pagesTouched()).isGreaterThanOrEqualTo(AHEAD_BYTES / 4096 - 2);
            }
            // about 6 MiB of records, inside the stretch the pretoucher has covered
            final long before = minorFaults();
            for (int i = 1; i < 70_000; i++)
            {
                in.append(i, buffer, 0, length);
            }
            return minorFaults() - before;
        }
    }

    private static long minorFaults() throws IOException
    {
        final String stat = new String(Files.readAllBytes(Paths.get("/proc/thread-self/stat")),
            StandardCharsets.US_ASCII);
        // fields after the command name in parentheses: state is field 3, minflt field 10
        final String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[7]);
    }

    private static void awaitPasses(final JournalPretoucher pretoucher, final int passes)
    {
        final long target = pretoucher.passes() + passes;
        final long deadline = System.nanoTime() + TIMEOUT_NS;
        while (pretoucher.passes() < target && System.nanoTime() < deadline)
        {
            Thread.yield();
        }
        assertThat(pretoucher.passes()).as("pretoucher passes").isGreaterThanOrEqualTo(target);
    }
}
