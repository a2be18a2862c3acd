package com.tradefinder.engine.journal;

import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.RollCycles;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A TradeFinder journal: a folder with two Chronicle queues, {@code inbound/} (every event the business logic was
 * given, in the order it was given) and {@code outbound/} (everything the business logic produced, in order).
 * <p>
 * Records are an 8-byte sequence and one SBE message (see {@link JournalAppender}). The inbound queue alone
 * determines a run: replaying it through a fresh business logic must reproduce the outbound queue byte for byte.
 * <p>
 * Opening is not thread-safe; appenders and cursors are each confined to one thread. A journal open for appending may
 * run a {@link JournalPretoucher} thread ({@link #startPretoucher()}), which {@link #close()} stops first.
 */
public final class Journal implements AutoCloseable
{
    /** Largest SBE message a record may hold; also the ring's entry size. */
    public static final int MAX_MESSAGE_LENGTH = 4096;

    /** Folder of the inbound queue. */
    public static final String INBOUND = "inbound";

    /** Folder of the outbound queue. */
    public static final String OUTBOUND = "outbound";

    /** Chronicle's mapping chunk; every cycle file is created at least this long (sparse), so a shorter one is cut. */
    private static final long BLOCK_SIZE = 16L << 20;

    /**
     * Every {@value}th record is indexed. Chronicle's default for the daily cycle, 256, makes each indexing append
     * cost 1 to 5 µs on the bench box (it grows with the spacing), one append in 256: the p99.9 of the append. At 16
     * an indexing append costs about 0.5 µs. Only new cycle files take it; readers follow the file's own header.
     */
    static final int INDEX_SPACING = 16;

    /**
     * Entries per index array, raised with the smaller spacing so a daily cycle still indexes
     * {@code INDEX_COUNT² × INDEX_SPACING} = 2³² records, as with Chronicle's defaults (4,096² × 256).
     */
    static final int INDEX_COUNT = 16_384;

    private final Path folder;
    private final boolean readOnly;
    private final SingleChronicleQueue inbound;
    private final SingleChronicleQueue outbound;
    private JournalPretoucher pretoucher;

    private Journal(final Path folder, final boolean readOnly)
    {
        this.folder = folder;
        this.readOnly = readOnly;
        this.inbound = queue(folder.resolve(INBOUND), readOnly);
        this.outbound = queue(folder.resolve(OUTBOUND), readOnly);
    }

    /**
     * Creates a new, empty journal.
     *
     * @param folder  where; must not exist or be empty, unless {@code replace}.
     * @param replace delete an existing journal in that folder first.
     * @return the journal, open for appending.
     * @throws JournalFormatException if the folder holds something that is not to be replaced.
     */
    public static Journal create(final Path folder, final boolean replace)
    {
        if (Files.exists(folder))
        {
            if (!Files.isDirectory(folder))
            {
                throw new JournalFormatException("cannot create journal " + folder + ": it is a file");
            }
            if (!isEmpty(folder))
            {
                if (!replace || !looksLikeJournal(folder))
                {
                    throw new JournalFormatException("cannot create journal " + folder + ": folder is not empty" +
                        (looksLikeJournal(folder) ? " (it holds a journal; pass --force to replace it)" : ""));
                }
                deleteJournal(folder);
            }
        }
        try
        {
            Files.createDirectories(folder);
        }
        catch (final IOException ex)
        {
            throw new JournalFormatException("cannot create journal " + folder + ": " + ex.getMessage(), ex);
        }
        return new Journal(folder, false);
    }

    /**
     * Opens an existing journal for reading.
     *
     * @param folder the journal folder.
     * @return the journal.
     * @throws JournalFormatException if the folder is missing or is not a journal.
     */
    public static Journal openForReading(final Path folder)
    {
        if (!Files.exists(folder))
        {
            throw new JournalFormatException("journal " + folder + " does not exist");
        }
        if (!Files.isDirectory(folder))
        {
            throw new JournalFormatException(folder + " is not a journal: it is a file, a journal is a folder");
        }
        if (!looksLikeJournal(folder))
        {
            throw new JournalFormatException(folder + " is not a journal: no " + INBOUND + "/ queue with data");
        }
        checkCycleFiles(folder);
        try
        {
            return new Journal(folder, true);
        }
        catch (final RuntimeException ex)
        {
            throw new JournalFormatException("journal " + folder + " cannot be opened: " +
                ex.getClass().getSimpleName() + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * @param folder a folder.
     * @return true if it has an inbound queue with at least one cycle file.
     */
    public static boolean looksLikeJournal(final Path folder)
    {
        final Path in = folder.resolve(INBOUND);
        if (!Files.isDirectory(in))
        {
            return false;
        }
        try (Stream<Path> files = Files.list(in))
        {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".cq4"));
        }
        catch (final IOException ex)
        {
            return false;
        }
    }

    private static void checkCycleFiles(final Path folder)
    {
        for (final String queue : new String[]{ INBOUND, OUTBOUND })
        {
            final Path dir = folder.resolve(queue);
            if (!Files.isDirectory(dir))
            {
                continue;
            }
            try (Stream<Path> files = Files.list(dir))
            {
                for (final Path file : (Iterable<Path>)files::iterator)
                {
                    final long size = Files.size(file);
                    if (file.getFileName().toString().endsWith(".cq4") && size < BLOCK_SIZE)
                    {
                        throw new JournalFormatException("journal " + folder + " is truncated: " + queue + "/" +
                            file.getFileName() + " has " + size + " bytes, a cycle file has at least " + BLOCK_SIZE);
                    }
                }
            }
            catch (final IOException ex)
            {
                throw new JournalFormatException("journal " + folder + " cannot be read: " + ex.getMessage(), ex);
            }
        }
    }

    private static boolean isEmpty(final Path folder)
    {
        try (Stream<Path> files = Files.list(folder))
        {
            return files.findAny().isEmpty();
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException(ex);
        }
    }

    private static void deleteJournal(final Path folder)
    {
        for (final String queue : new String[]{ INBOUND, OUTBOUND })
        {
            final Path dir = folder.resolve(queue);
            if (!Files.isDirectory(dir))
            {
                continue;
            }
            try (Stream<Path> files = Files.list(dir))
            {
                for (final Path file : (Iterable<Path>)files::iterator)
                {
                    Files.delete(file);
                }
                Files.delete(dir);
            }
            catch (final IOException ex)
            {
                throw new JournalFormatException("cannot replace journal " + folder + ": " + ex.getMessage(), ex);
            }
        }
    }

    private static SingleChronicleQueue queue(final Path path, final boolean readOnly)
    {
        final SingleChronicleQueueBuilder builder = ChronicleQueue.singleBuilder(path.toFile())
            .rollCycle(RollCycles.FAST_DAILY)
            .blockSize(BLOCK_SIZE)
            .indexSpacing(INDEX_SPACING)
            .indexCount(INDEX_COUNT);
        if (readOnly && Files.isDirectory(path))
        {
            builder.readOnly(true);
        }
        return builder.build();
    }

    /**
     * Starts a {@link JournalPretoucher} over both queues with its defaults: it keeps the next
     * {@value JournalPretoucher#DEFAULT_AHEAD_BYTES}-byte stretch past each writer faulted in, so appends do not take
     * page faults. {@link #close()} stops it. Call from the thread that opened the journal, before appending.
     *
     * @return the running pretoucher, for its counters.
     * @throws IllegalStateException if the journal is open for reading or already has one.
     */
    public JournalPretoucher startPretoucher()
    {
        return startPretoucher(JournalPretoucher.DEFAULT_AHEAD_BYTES, JournalPretoucher.DEFAULT_INTERVAL_NS);
    }

    /**
     * Starts a {@link JournalPretoucher} over both queues; {@link #close()} stops it.
     *
     * @param aheadBytes how far past each write position pages are kept touched, from a page (4 KiB) to half the
     *                   queue's 16 MiB block.
     * @param intervalNs pause between passes.
     * @return the running pretoucher, for its counters.
     * @throws IllegalStateException if the journal is open for reading or already has one.
     */
    public JournalPretoucher startPretoucher(final long aheadBytes, final long intervalNs)
    {
        if (readOnly)
        {
            throw new IllegalStateException("journal " + folder + " is open for reading: nothing to pretouch");
        }
        if (pretoucher != null)
        {
            throw new IllegalStateException("journal " + folder + " already has a pretoucher");
        }
        pretoucher = new JournalPretoucher(String.valueOf(folder.getFileName()),
            new SingleChronicleQueue[]{ inbound, outbound }, aheadBytes, intervalNs);
        return pretoucher;
    }

    /**
     * @return a new appender of inbound records; use it from one thread only.
     */
    public JournalAppender inboundAppender()
    {
        return new JournalAppender(inbound.createAppender());
    }

    /**
     * @return a new appender of outbound records; use it from one thread only.
     */
    public JournalAppender outboundAppender()
    {
        return new JournalAppender(outbound.createAppender());
    }

    /**
     * @return a cursor over the inbound records from the start.
     */
    public JournalCursor inboundCursor()
    {
        return new JournalCursor("journal " + folder + " (" + INBOUND + ")", inbound.createTailer());
    }

    /**
     * @return a cursor over the outbound records from the start.
     */
    public JournalCursor outboundCursor()
    {
        return new JournalCursor("journal " + folder + " (" + OUTBOUND + ")", outbound.createTailer());
    }

    /**
     * @return the journal folder.
     */
    public Path folder()
    {
        return folder;
    }

    /**
     * Stops the pretoucher, if any, then closes both queues.
     */
    @Override
    public void close()
    {
        if (pretoucher != null)
        {
            pretoucher.close();
        }
        inbound.close();
        outbound.close();
    }
}
