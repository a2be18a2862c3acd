package com.tradefinder.engine.journal;

import net.openhft.chronicle.bytes.MappedBytes;
import net.openhft.chronicle.bytes.MappedBytesStore;
import net.openhft.chronicle.bytes.MappedFile;
import net.openhft.chronicle.core.io.ReferenceOwner;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.concurrent.locks.LockSupport;

/**
 * Faults in the pages just ahead of each journal queue's writer, on a background thread, so that an append never
 * takes the page fault itself.
 * <p>
 * Why: a Chronicle queue is a memory-mapped file, created sparse. The first write to each page faults; the kernel
 * allocates the page (on ext4 with large folios, up to 2 MiB at a time, zeroed) and may wait on the filesystem's
 * journal. Measured on the bench box, one append in a few dozen took that fault: 5 to 20 µs usually, up to 1.7 ms at
 * a 2 MiB boundary. Chronicle's own pre-toucher is an Enterprise feature (its open-source {@code pretouch()} does
 * nothing), so this does the same job with the open-source API.
 * <p>
 * How: every {@code intervalNs} (four times that while the writers stand still) the thread reads each queue's write
 * position from the current cycle file's header and compare-and-swaps {@code 0 -> 0} on the first word of every page
 * up to {@code aheadBytes} past it. The swap is a write, so the kernel maps the page writable and dirty, but it
 * changes nothing: a word the writer has already written is not zero and stays as it is, and a zero stays a zero, so
 * the record format and what readers see are unchanged. The pages are touched through the same chunk mappings the
 * writer uses (Chronicle shares one mapping per chunk in a process): the thread holds a reference to each chunk it
 * touched until the writer is a whole chunk past it, so a chunk is mapped before the writer needs it and unmapped
 * here, not on the writer's thread. In the overlap that Chronicle maps at the end of each chunk, a page is touched
 * through both mappings, as the writer may reach it through either.
 * <p>
 * Thread contract: one daemon thread of its own, parked between passes, never spinning; allocation-free per pass in
 * steady state. A failed pass is counted and logged once, and the next pass starts afresh. {@link #close()} stops
 * the thread and releases every chunk before the queues may be closed; the appenders never wait on this class.
 */
public final class JournalPretoucher implements AutoCloseable
{
    /** Default distance ahead of the write position that is kept touched: 4 MiB, about 450 ms at 100k msg/s. */
    public static final long DEFAULT_AHEAD_BYTES = 4L << 20;

    /**
     * Default pause between passes: 4 ms. Each wake-up costs 20 to 40 µs of CPU on the bench VM whatever the pass
     * does, and may briefly take the CPU of a spinning thread, so fewer, fuller passes; 4 MiB ahead still covers
     * 1 GB/s of appends between two passes.
     */
    public static final long DEFAULT_INTERVAL_NS = 4_000_000L;

    private static final Logger LOG = LoggerFactory.getLogger(JournalPretoucher.class);
    /** How many times longer the pause is after a pass that touched nothing. */
    private static final int IDLE_SLOWDOWN = 4;
    private static final long PAGE_BYTES = 4096;

    private final QueueToucher[] queues;
    private final long intervalNs;
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long pagesTouched;
    private volatile long passes;
    private volatile long failures;
    private volatile String lastFailure = "";

    JournalPretoucher(final String name, final SingleChronicleQueue[] queues, final long aheadBytes,
        final long intervalNs)
    {
        if (aheadBytes < PAGE_BYTES || intervalNs <= 0)
        {
            throw new IllegalArgumentException("pretoucher: ahead " + aheadBytes + " bytes must be at least a page " +
                "and interval " + intervalNs + " ns positive");
        }
        this.queues = new QueueToucher[queues.length];
        for (int i = 0; i < queues.length; i++)
        {
            if (aheadBytes > queues[i].blockSize() / 2)
            {
                throw new IllegalArgumentException("pretoucher: ahead " + aheadBytes + " bytes exceeds half the " +
                    "queue's block of " + queues[i].blockSize());
            }
            this.queues[i] = new QueueToucher(queues[i], aheadBytes);
        }
        this.intervalNs = intervalNs;
        this.thread = new Thread(this::run, "journal-pretoucher-" + name);
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void run()
    {
        try
        {
            while (running)
            {
                int touched = 0;
                for (final QueueToucher queue : queues)
                {
                    try
                    {
                        touched += queue.pass();
                    }
                    catch (final RuntimeException | IOException | InternalError ex)
                    {
                        onFailure(queue, ex);
                        resetQuietly(queue);
                    }
                }
                pagesTouched += touched;
                passes++;
                // while the writers stand still, wake less often: the stretch ahead covers far more than the longer
                // pause at any rate the engine sees
                LockSupport.parkNanos(touched == 0 ? intervalNs * IDLE_SLOWDOWN : intervalNs);
            }
        }
        finally
        {
            for (final QueueToucher queue : queues)
            {
                resetQuietly(queue);
            }
        }
    }

    private void resetQuietly(final QueueToucher queue)
    {
        try
        {
            queue.reset();
        }
        catch (final RuntimeException ex)
        {
            onFailure(queue, ex);
        }
    }

    private void onFailure(final QueueToucher queue, final Throwable ex)
    {
        final String message = "journal pretoucher: pass over " + queue.name() + " failed: " +
            ex.getClass().getSimpleName() + ": " + ex.getMessage();
        if (failures++ == 0)
        {
            LOG.warn("{} (appends go on, they may take page faults; later failures are only counted)", message);
        }
        lastFailure = message;
    }

    /**
     * @return pages touched so far (a page in an overlap counts once); safe from any thread.
     */
    public long pagesTouched()
    {
        return pagesTouched;
    }

    /**
     * @return passes completed so far; safe from any thread.
     */
    public long passes()
    {
        return passes;
    }

    /**
     * @return passes over a queue that failed; safe from any thread.
     */
    public long failures()
    {
        return failures;
    }

    /**
     * @return the last failure's one-line description, empty if none; safe from any thread.
     */
    public String lastFailure()
    {
        return lastFailure;
    }

    /**
     * @return whether the thread still runs; safe from any thread.
     */
    public boolean running()
    {
        return thread.isAlive();
    }

    /**
     * @return the id of the pretoucher's thread, for allocation and CPU accounting.
     */
    public long threadId()
    {
        return thread.getId();
    }

    /**
     * Stops the thread and waits until it has released every chunk. Idempotent.
     */
    @Override
    public void close()
    {
        running = false;
        LockSupport.unpark(thread);
        boolean interrupted = false;
        while (thread.isAlive())
        {
            try
            {
                thread.join();
            }
            catch (final InterruptedException ex)
            {
                interrupted = true;
            }
        }
        if (interrupted)
        {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * One queue: its current cycle file and the chunks held, by chunk index modulo {@link #HELD}.
     */
    private static final class QueueToucher
    {
        /**
         * Chunks held at once: the one the writer left, the writer's, the next (ahead is at most half a chunk), and
         * a spare.
         */
        private static final int HELD = 4;

        /** Passes between two looks for a cycle file that does not exist yet (the queue's writer has not written). */
        private static final int CYCLE_FILE_RETRY = 16;

        private final SingleChronicleQueue queue;
        private final long aheadBytes;
        private final ReferenceOwner owner;
        private final long[] heldChunk = new long[HELD];
        private final MappedBytesStore[] heldStore = new MappedBytesStore[HELD];
        private SingleChronicleQueueStore store;
        private MappedBytes storeBytes;
        private MappedFile file;
        private long touchedTo;
        private int missedCycleFile;

        QueueToucher(final SingleChronicleQueue queue, final long aheadBytes)
        {
            this.queue = queue;
            this.aheadBytes = aheadBytes;
            this.owner = ReferenceOwner.temporary("journal-pretoucher " + queue.fileAbsolutePath());
            java.util.Arrays.fill(heldChunk, -1);
        }

        String name()
        {
            return queue.fileAbsolutePath();
        }

        /**
         * @return pages touched.
         */
        int pass() throws IOException
        {
            // the current cycle by the clock, which is the one appenders write to; cheap, unlike the queue's last
            // cycle, which reads its directory listing
            final int cycle = queue.cycle();
            if (store == null || store.cycle() != cycle)
            {
                reset();
                if (++missedCycleFile % CYCLE_FILE_RETRY != 1)
                {
                    return 0;
                }
                store = queue.storeForCycle(cycle, queue.epoch(), false, null);
                if (store == null)
                {
                    // nothing appended in this cycle yet: no file to touch
                    return 0;
                }
                missedCycleFile = 0;
                storeBytes = store.bytes();
                file = storeBytes.mappedFile();
            }
            final long chunkSize = file.chunkSize();
            final long overlapSize = file.overlapSize();
            final long writePosition = store.writePosition();
            final long limit = Math.min(writePosition + aheadBytes, file.capacity() - PAGE_BYTES);
            long page = Math.max(touchedTo, (writePosition + PAGE_BYTES - 1) & -PAGE_BYTES);
            int touched = 0;
            for (; page < limit; page += PAGE_BYTES)
            {
                final long chunk = page / chunkSize;
                chunkStore(chunk).compareAndSwapLong(page, 0L, 0L);
                if (chunk > 0 && page - chunk * chunkSize < overlapSize)
                {
                    chunkStore(chunk - 1).compareAndSwapLong(page, 0L, 0L);
                }
                touched++;
            }
            touchedTo = Math.max(touchedTo, page);
            // the writer moves to chunk c + 1 only once past chunk c's overlap, so it can no longer use a chunk below
            // this one; one more is kept, so the writer's release of the chunk it leaves is never the last one,
            // which would unmap the chunk on the writer's thread
            releaseBelow((writePosition - overlapSize) / chunkSize - 1);
            return touched;
        }

        private MappedBytesStore chunkStore(final long chunk) throws IOException
        {
            final int slot = (int)(chunk % HELD);
            if (heldChunk[slot] != chunk)
            {
                release(slot);
                heldStore[slot] = file.acquireByteStore(owner, chunk * file.chunkSize());
                heldChunk[slot] = chunk;
            }
            return heldStore[slot];
        }

        private void releaseBelow(final long chunk)
        {
            for (int slot = 0; slot < HELD; slot++)
            {
                if (heldChunk[slot] >= 0 && heldChunk[slot] < chunk)
                {
                    release(slot);
                }
            }
        }

        private void release(final int slot)
        {
            if (heldStore[slot] != null)
            {
                final MappedBytesStore held = heldStore[slot];
                heldStore[slot] = null;
                heldChunk[slot] = -1;
                held.release(owner);
            }
        }

        /** Releases every chunk and the cycle file; the next pass starts afresh. */
        void reset()
        {
            for (int slot = 0; slot < HELD; slot++)
            {
                try
                {
                    release(slot);
                }
                catch (final RuntimeException ex)
                {
                    heldStore[slot] = null;
                    heldChunk[slot] = -1;
                }
            }
            final MappedBytes bytes = storeBytes;
            final SingleChronicleQueueStore closing = store;
            storeBytes = null;
            store = null;
            file = null;
            touchedTo = 0;
            try
            {
                if (bytes != null)
                {
                    bytes.releaseLast();
                }
            }
            finally
            {
                if (closing != null)
                {
                    queue.closeStore(closing);
                }
            }
        }
    }
}
