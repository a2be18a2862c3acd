package com.tradefinder.engine.journal;

import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.Side;
import com.tradefinder.codecs.TradeDecoder;
import com.tradefinder.codecs.TradeEncoder;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JournalTest
{
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
            .priceMantissa(6_394_390_000_000L)
            .sizeMantissa(300_000L)
            .aggressorSide(Side.SELL);
        return MessageHeaderEncoder.ENCODED_LENGTH + trade.encodedLength();
    }

    @Test
    void shouldReadBackInboundAndOutboundRecordsWithTheirSequences(@TempDir final Path dir)
    {
        final Path folder = dir.resolve("j");
        try (Journal journal = Journal.create(folder, false);
            JournalAppender in = journal.inboundAppender();
            JournalAppender out = journal.outboundAppender())
        {
            for (int i = 0; i < 1000; i++)
            {
                in.append(i, buffer, 0, encodeTrade(i));
            }
            out.append(41, buffer, 0, encodeTrade(99));
        }

        try (Journal journal = Journal.openForReading(folder); JournalCursor cursor = journal.inboundCursor())
        {
            final TradeDecoder decoder = new TradeDecoder();
            final com.tradefinder.codecs.MessageHeaderDecoder headerDecoder =
                new com.tradefinder.codecs.MessageHeaderDecoder();
            for (int i = 0; i < 1000; i++)
            {
                assertThat(cursor.next()).isTrue();
                assertThat(cursor.sequence()).isEqualTo(i);
                assertThat(cursor.templateId()).isEqualTo(TradeDecoder.TEMPLATE_ID);
                decoder.wrapAndApplyHeader(cursor.buffer(), 0, headerDecoder);
                assertThat(decoder.tradeId()).isEqualTo(i);
                assertThat(decoder.priceMantissa()).isEqualTo(6_394_390_000_000L);
                assertThat(decoder.aggressorSide()).isEqualTo(Side.SELL);
            }
            assertThat(cursor.next()).isFalse();
            try (JournalCursor outbound = journal.outboundCursor())
            {
                assertThat(outbound.next()).isTrue();
                assertThat(outbound.sequence()).isEqualTo(41);
                assertThat(outbound.next()).isFalse();
            }
        }
    }

    @Test
    void shouldAcceptOffHeapAndHeapBuffersAlike(@TempDir final Path dir)
    {
        final UnsafeBuffer direct = new UnsafeBuffer(java.nio.ByteBuffer.allocateDirect(256));
        final int length = encodeTrade(5);
        direct.putBytes(0, buffer, 0, length);
        try (Journal journal = Journal.create(dir.resolve("j"), false); JournalAppender in = journal.inboundAppender())
        {
            in.append(0, direct, 0, length);
            in.append(1, buffer, 0, length);
        }
        try (Journal journal = Journal.openForReading(dir.resolve("j")); JournalCursor cursor = journal.inboundCursor())
        {
            assertThat(cursor.next()).isTrue();
            final byte[] first = new byte[length];
            cursor.buffer().getBytes(0, first);
            assertThat(cursor.next()).isTrue();
            final byte[] second = new byte[length];
            cursor.buffer().getBytes(0, second);
            assertThat(first).isEqualTo(second);
        }
    }

    @Test
    void shouldRefuseAMissingFolderAFileAndAFolderThatIsNotAJournal(@TempDir final Path dir) throws IOException
    {
        assertThatThrownBy(() -> Journal.openForReading(dir.resolve("nope")))
            .isInstanceOf(JournalFormatException.class)
            .hasMessage("journal " + dir.resolve("nope") + " does not exist");
        final Path file = Files.writeString(dir.resolve("file.txt"), "hello");
        assertThatThrownBy(() -> Journal.openForReading(file))
            .hasMessageContaining("is not a journal: it is a file");
        final Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThatThrownBy(() -> Journal.openForReading(empty))
            .hasMessageContaining("is not a journal: no inbound/ queue with data");
    }

    @Test
    void shouldRefuseToOverwriteAnExistingJournalUnlessAskedTo(@TempDir final Path dir)
    {
        final Path folder = dir.resolve("j");
        try (Journal journal = Journal.create(folder, false); JournalAppender in = journal.inboundAppender())
        {
            in.append(0, buffer, 0, encodeTrade(1));
        }
        assertThatThrownBy(() -> Journal.create(folder, false))
            .isInstanceOf(JournalFormatException.class)
            .hasMessageContaining("pass --force to replace it");
        try (Journal journal = Journal.create(folder, true); JournalCursor cursor = journal.inboundCursor())
        {
            assertThat(cursor.next()).isFalse();
        }
    }

    @Test
    void shouldRefuseAJournalWrittenByANewerSchema(@TempDir final Path dir)
    {
        final Path folder = dir.resolve("j");
        final int length = encodeTrade(1);
        header.wrap(buffer, 0).version(MessageHeaderEncoder.SCHEMA_VERSION + 1);
        try (Journal journal = Journal.create(folder, false); JournalAppender in = journal.inboundAppender())
        {
            in.append(0, buffer, 0, length);
        }
        try (Journal journal = Journal.openForReading(folder); JournalCursor cursor = journal.inboundCursor())
        {
            assertThatThrownBy(cursor::next)
                .isInstanceOf(JournalFormatException.class)
                .hasMessageContaining("was written by a newer schema version " +
                    (MessageHeaderEncoder.SCHEMA_VERSION + 1))
                .hasMessageContaining("this build reads up to version " + MessageHeaderEncoder.SCHEMA_VERSION);
        }
    }

    @Test
    void shouldRefuseMessagesOfAnotherSchema(@TempDir final Path dir)
    {
        final Path folder = dir.resolve("j");
        final int length = encodeTrade(1);
        header.wrap(buffer, 0).schemaId(99);
        try (Journal journal = Journal.create(folder, false); JournalAppender in = journal.inboundAppender())
        {
            in.append(0, buffer, 0, length);
        }
        try (Journal journal = Journal.openForReading(folder); JournalCursor cursor = journal.inboundCursor())
        {
            assertThatThrownBy(cursor::next).hasMessageContaining("message schema id 99 is not TradeFinder's");
        }
    }

    private Path writeHundredTrades(final Path folder)
    {
        try (Journal journal = Journal.create(folder, false); JournalAppender in = journal.inboundAppender())
        {
            for (int i = 0; i < 100; i++)
            {
                in.append(i, buffer, 0, encodeTrade(i));
            }
        }
        try (Stream<Path> files = Files.list(folder.resolve(Journal.INBOUND)))
        {
            return files.filter(p -> p.toString().endsWith(".cq4")).findFirst().orElseThrow();
        }
        catch (final IOException ex)
        {
            throw new java.io.UncheckedIOException(ex);
        }
    }

    @Test
    void shouldRefuseACycleFileThatWasCutShort(@TempDir final Path dir) throws IOException
    {
        final Path folder = dir.resolve("j");
        final Path cycle = writeHundredTrades(folder);
        try (RandomAccessFile file = new RandomAccessFile(cycle.toFile(), "rw"))
        {
            file.setLength(200_000);
        }

        assertThatThrownBy(() -> Journal.openForReading(folder))
            .isInstanceOf(JournalFormatException.class)
            .hasMessage("journal " + folder + " is truncated: inbound/" + cycle.getFileName() +
                " has 200000 bytes, a cycle file has at least 16777216");
    }

    @Test
    void shouldReportDamagedRecordsInOneLine(@TempDir final Path dir) throws IOException
    {
        final Path folder = dir.resolve("j");
        final Path cycle = writeHundredTrades(folder);
        final byte[] bytes = Files.readAllBytes(cycle);
        int damaged = 0;
        // zero the SBE header of every record after the 50th: find trade id 50's header by its template bytes (the
        // records follow the index arrays, a quarter of a megabyte into the file)
        final int searched = 1 << 20;
        for (int i = 0, seen = 0; i + 8 < searched; i++)
        {
            if (bytes[i] == 45 && bytes[i + 1] == 0 && bytes[i + 2] == 1 && bytes[i + 3] == 0 && bytes[i + 4] == 7)
            {
                if (seen++ >= 50)
                {
                    bytes[i + 4] = 0;
                    damaged++;
                }
            }
        }
        assertThat(damaged).isEqualTo(50);
        try (RandomAccessFile file = new RandomAccessFile(cycle.toFile(), "rw"))
        {
            file.write(bytes, 0, searched);
        }

        long read = 0;
        String failure = null;
        try (Journal journal = Journal.openForReading(folder); JournalCursor cursor = journal.inboundCursor())
        {
            while (cursor.next())
            {
                read++;
            }
        }
        catch (final JournalFormatException ex)
        {
            failure = ex.getMessage();
        }

        assertThat(read).isEqualTo(50);
        assertThat(failure).isEqualTo("journal " + folder + " (inbound) is damaged at record 50: message schema id 0 " +
            "is not TradeFinder's (7)");
    }

    @Test
    void shouldWriteEachRecordAsTheSameDocumentAWritingDocumentAppendWrites(@TempDir final Path dir) throws IOException
    {
        // arrange: the same records, off-heap and on-heap, through the appender and through Chronicle's
        // writingDocument() into a queue built as the journal builds its own (more than a few index arrays' worth)
        final Path folder = dir.resolve("j");
        final Path reference = dir.resolve("reference");
        final UnsafeBuffer offHeap = new UnsafeBuffer(java.nio.ByteBuffer.allocateDirect(256));
        final byte[] heap = new byte[300];
        final UnsafeBuffer onHeap = new UnsafeBuffer(heap, 17, 256);

        // act
        try (Journal journal = Journal.create(folder, false);
            JournalAppender in = journal.inboundAppender();
            net.openhft.chronicle.queue.ChronicleQueue queue = net.openhft.chronicle.queue.ChronicleQueue
                .singleBuilder(reference.toFile()).rollCycle(net.openhft.chronicle.queue.RollCycles.FAST_DAILY)
                .blockSize(16L << 20).indexSpacing(Journal.INDEX_SPACING).indexCount(Journal.INDEX_COUNT).build();
            net.openhft.chronicle.queue.ExcerptAppender writer = queue.createAppender())
        {
            for (int i = 0; i < 300_000; i++)
            {
                final int length = encodeTrade(i);
                final UnsafeBuffer source = i % 2 == 0 ? offHeap : onHeap;
                source.putBytes(0, buffer, 0, length);
                in.append(1_000_000L + i, source, 0, length);
                try (net.openhft.chronicle.wire.DocumentContext dc = writer.writingDocument())
                {
                    dc.wire().bytes().writeLong(1_000_000L + i);
                    dc.wire().bytes().write(buffer.byteArray(), 0, length);
                }
            }
        }

        // assert: the cycle files hold the same bytes
        final Path written;
        final Path expected;
        try (Stream<Path> files = Files.list(folder.resolve(Journal.INBOUND));
            Stream<Path> referenceFiles = Files.list(reference))
        {
            written = files.filter(p -> p.toString().endsWith(".cq4")).findFirst().orElseThrow();
            expected = referenceFiles.filter(p -> p.toString().endsWith(".cq4")).findFirst().orElseThrow();
        }
        assertThat(written.getFileName()).isEqualTo(expected.getFileName());
        assertThat(Files.readAllBytes(written)).isEqualTo(Files.readAllBytes(expected));
    }

    @Test
    void shouldReadAJournalWrittenWithChroniclesDefaultIndexing(@TempDir final Path dir)
    {
        // arrange: an inbound queue as journals were written before the index spacing was set (Chronicle's daily
        // defaults), records written through writingDocument()
        final Path folder = dir.resolve("j");
        final int records = 5_000;
        try (net.openhft.chronicle.queue.ChronicleQueue queue = net.openhft.chronicle.queue.ChronicleQueue
                .singleBuilder(folder.resolve(Journal.INBOUND).toFile())
                .rollCycle(net.openhft.chronicle.queue.RollCycles.FAST_DAILY).blockSize(16L << 20).build();
            net.openhft.chronicle.queue.ExcerptAppender writer = queue.createAppender())
        {
            for (int i = 0; i < records; i++)
            {
                final int length = encodeTrade(i);
                try (net.openhft.chronicle.wire.DocumentContext dc = writer.writingDocument())
                {
                    dc.wire().bytes().writeLong(i);
                    dc.wire().bytes().write(buffer.byteArray(), 0, length);
                }
            }
        }

        // act
        long read = 0;
        try (Journal journal = Journal.openForReading(folder); JournalCursor cursor = journal.inboundCursor())
        {
            final TradeDecoder decoder = new TradeDecoder();
            final com.tradefinder.codecs.MessageHeaderDecoder headerDecoder =
                new com.tradefinder.codecs.MessageHeaderDecoder();
            while (cursor.next())
            {
                // assert
                assertThat(cursor.sequence()).isEqualTo(read);
                decoder.wrapAndApplyHeader(cursor.buffer(), 0, headerDecoder);
                assertThat(decoder.tradeId()).isEqualTo(read);
                read++;
            }
        }
        assertThat(read).isEqualTo(records);
    }
}
