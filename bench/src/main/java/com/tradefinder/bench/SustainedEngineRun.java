package com.tradefinder.bench;

import com.tradefinder.engine.app.Engine;
import com.tradefinder.engine.app.EngineContext;
import com.tradefinder.engine.app.InboundTap;
import com.tradefinder.engine.app.WaitMode;
import com.tradefinder.engine.logic.BusinessLogic;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * PERFORMANCE.md P3's sustained run: no GC during a 10-minute run at 100k events/s.
 * <p>
 * Real events (by default the trade captures moved back to back in time, {@link BenchData#tradesBackToBack()}, so
 * that 60 million of them fit in time; {@code --input bars-1h} for the 1h klines, which fit about 4 million) go into
 * a real {@link Engine}: the ring, the journal handler appending each to the inbound journal on disk with its
 * pretoucher, then the business logic (every instrument's bars, indicators and regime; no bot), whose outputs are
 * journaled too. Open loop at {@code --rate}: the publishing thread wakes every millisecond (it parks, it never spins)
 * and publishes every event due by then, each lap of the tape moved forward in time. After {@code --warmup-seconds}
 * (not measured) it forces one GC, so nothing allocated before the measured run can trigger one during it, and then
 * measures for {@code --seconds}: collections and their time from the {@code GarbageCollectorMXBean}s, heap used at
 * its start and end (no GC forced at the end; it counts whole TLABs as they are handed out, so it moves in steps of
 * a megabyte or so), bytes allocated by the business-logic thread and by every other thread that allocated
 * (HotSpot's per-thread counters, the exact figures), events that found the ring full (the publisher then blocks
 * until there is room: back-pressure, nothing is dropped) and how far the publisher fell behind its schedule. The measured run ends once the business logic has
 * handled the last event published in it.
 * <p>
 * Fails (exit status 1) if an event was lost (handled events differ from published ones) or the engine faulted (an
 * EngineFault output or a halted logic); a GC in the measured run fails the bar, not the run. Run it with a bounded
 * heap ({@code -Xmx512m} in {@code run-benchmarks.sh}) so that a steady leak of even a few bytes per event would
 * fill the young generation and show up as a GC.
 * <p>
 * Usage: {@code SustainedEngineRun [--rate EVENTS_PER_S] [--seconds S] [--warmup-seconds S]
 * [--input trades-back-to-back|trades|bars-1h] [--wait-mode blocking|sleeping|busy-spin] [--out FILE]}. Prints a
 * markdown table; {@code --out} also writes the figures as {@code key=value} lines for {@link ResultsReport}.
 */
public final class SustainedEngineRun
{
    /** How long the publishing thread parks between rounds. */
    private static final long STEP_NS = 1_000_000L;

    private SustainedEngineRun()
    {
    }

    /**
     * The figures of one run.
     *
     * @param published      events published in the measured run (warm-up and preamble excluded).
     * @param handled        events the business logic handled in all, preamble and warm-up included.
     * @param expected       events published in all.
     * @param ringFullWaits  measured events that found the ring full and waited for room.
     * @param maxLagNs       how far behind its schedule the publisher fell at most in the measured run: the time
     *                       since the oldest event not yet published was due, at a wake-up (a parked publisher
     *                       wakes about every millisecond, so about 1 ms is on schedule).
     * @param businessBytes  bytes allocated by the business-logic thread in the measured run, -1 if unknown.
     * @param otherThreads   the other threads that allocated in the measured run, by name, largest first.
     */
    record Result(String input, int rate, int seconds, int warmupSeconds, WaitMode waitMode, long published,
        long handled, long expected, long gcCount, long gcMillis, long ringFullWaits, long maxLagNs,
        long heapUsedBefore, long heapUsedAfter, long maxHeap, long businessBytes, String otherThreads,
        double measuredSeconds,
        long faults, boolean halted, long regimeUpdates)
    {
        boolean lost()
        {
            return handled != expected;
        }

        boolean faulted()
        {
            return faults > 0 || halted;
        }

        /** P3's sustained bar: no GC in the measured run, every event handled, no fault. */
        boolean pass()
        {
            return gcCount == 0 && !lost() && !faulted();
        }
    }

    /**
     * @param args see the class description.
     * @throws IOException if the output cannot be written.
     */
    public static void main(final String[] args) throws IOException
    {
        int rate = 100_000;
        int seconds = 600;
        int warmupSeconds = 10;
        String input = BenchData.TRADES_BACK_TO_BACK;
        WaitMode waitMode = WaitMode.BLOCKING;
        Path out = null;
        for (int i = 0; i < args.length; i++)
        {
            switch (args[i])
            {
                case "--rate" -> rate = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--warmup-seconds" -> warmupSeconds = Integer.parseInt(args[++i]);
                case "--input" -> input = args[++i];
                case "--wait-mode" -> waitMode = WaitMode.parse(args[++i]);
                case "--out" -> out = Paths.get(args[++i]);
                default ->
                {
                    System.err.println("unknown argument " + args[i] + "; usage: SustainedEngineRun [--rate N] " +
                        "[--seconds S] [--warmup-seconds S] [--input trades-back-to-back|trades|bars-1h] " +
                        "[--wait-mode blocking|sleeping|busy-spin] [--out FILE]");
                    System.exit(2);
                }
            }
        }
        final Result r;
        try
        {
            r = run(input, rate, seconds, warmupSeconds, waitMode);
        }
        catch (final IllegalStateException | IllegalArgumentException ex)
        {
            System.err.println("SustainedEngineRun: " + ex.getMessage());
            System.exit(1);
            return;
        }
        final String header = "| input | rate (events/s) | measured | events published | GCs (pause ms) | " +
            "ring-full waits | publisher's largest lag | heap used start → end | business thread allocated | " +
            "P3 bar (no GC, nothing lost, no fault) |\n|---|---|---|---|---|---|---|---|---|---|";
        final String row = String.format(Locale.ROOT, "| %s | %,d | %.1f s | %,d | %d (%d ms) | %,d | %.1f ms | " +
                "%s → %s | %s | %s |", r.input(), r.rate(), r.measuredSeconds(), r.published(), r.gcCount(),
            r.gcMillis(), r.ringFullWaits(), r.maxLagNs() / 1e6, megabytes(r.heapUsedBefore()),
            megabytes(r.heapUsedAfter()), r.businessBytes() < 0 ? "n/a" :
                String.format(Locale.ROOT, "%,d B (%.4f B/event)", r.businessBytes(),
                    r.businessBytes() / (double)Math.max(1, r.published())), r.pass() ? "pass" : "FAIL");
        System.out.println(header);
        System.out.println(row);
        final String check = "check: " + r.handled() + " of " + r.expected() + " events handled (" +
            r.warmupSeconds() + " s warm-up and the 3-event preamble included), " + r.faults() +
            " engine faults, halted " + r.halted() + ", " + r.regimeUpdates() + " regime updates; wait mode " +
            r.waitMode() + ", max heap " + megabytes(r.maxHeap()) + "; other threads that allocated in the " +
            "measured run: " + (r.otherThreads().isEmpty() ? "none" : r.otherThreads());
        System.out.println(check);
        if (out != null)
        {
            final String text = "input=" + r.input() + "\nrate=" + r.rate() + "\nseconds=" + r.seconds() +
                "\nwarmupSeconds=" + r.warmupSeconds() + "\nwaitMode=" + r.waitMode() +
                "\nmeasuredSeconds=" + String.format(Locale.ROOT, "%.3f", r.measuredSeconds()) +
                "\npublished=" + r.published() + "\nhandled=" + r.handled() + "\nexpected=" + r.expected() +
                "\ngcCount=" + r.gcCount() + "\ngcMillis=" + r.gcMillis() + "\nringFullWaits=" + r.ringFullWaits() +
                "\nmaxLagNs=" + r.maxLagNs() + "\nheapUsedBefore=" + r.heapUsedBefore() +
                "\nheapUsedAfter=" + r.heapUsedAfter() + "\nmaxHeap=" + r.maxHeap() +
                "\nbusinessBytes=" + r.businessBytes() + "\notherThreads=" + r.otherThreads() +
                "\nfaults=" + r.faults() + "\nhalted=" + r.halted() +
                "\nregimeUpdates=" + r.regimeUpdates() + "\npass=" + r.pass() + "\ncheck=" + check +
                "\ntable=" + header.replace("\n", "\\n") + "\\n" + row + "\n";
            Files.writeString(out, text, StandardCharsets.UTF_8);
        }
        if (r.lost() || r.faulted())
        {
            System.err.println("SustainedEngineRun: " + (r.lost() ? (r.expected() - r.handled()) +
                " events lost; " : "") + (r.faulted() ? "the engine faulted" : ""));
            System.exit(1);
        }
    }

    /**
     * @param input         a {@link BenchData#tape(String)} name.
     * @param rate          events per second.
     * @param seconds       measured seconds.
     * @param warmupSeconds seconds at the same rate before, not measured.
     * @param waitMode      how the engine's consumers wait.
     * @return the figures.
     * @throws IllegalStateException if the data is missing or the tape cannot hold the run in time.
     */
    static Result run(final String input, final int rate, final int seconds, final int warmupSeconds,
        final WaitMode waitMode)
    {
        final EventTape tape = BenchData.tape(input);
        final byte[][] preamble = BenchData.preamble();
        final long warmupEvents = (long)rate * warmupSeconds;
        final long total = warmupEvents + (long)rate * seconds;
        if (total / tape.count() + 1 >= tape.maxLaps())
        {
            throw new IllegalStateException("tape " + tape.name() + " holds " + tape.maxLaps() + " laps of " +
                tape.count() + " events in time; the run needs " + total + " events (use " +
                BenchData.TRADES_BACK_TO_BACK + ")");
        }
        final Path folder = BenchFiles.tempFolder("tf-sustained-");
        final CountingSink sink = new CountingSink();
        final BusinessThread businessThread = new BusinessThread();
        final Engine engine = Engine.launch(new EngineContext().journalFolder(folder.resolve("journal"))
            .waitMode(waitMode).downstream(sink).inboundTap(businessThread));
        try
        {
            for (final byte[] event : preamble)
            {
                engine.publish(new UnsafeBuffer(event), 0, event.length);
            }
            final Publisher publisher = new Publisher(engine, tape, rate);
            publisher.restartSchedule();
            publisher.publishUntil(warmupEvents, false);
            awaitHandled(engine, engine.publishedSequence());

            // garbage from the setup and the warm-up must not be what triggers a GC in the measured run
            System.gc();
            final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            final long gcCountBefore = LatencyRun.gcCount();
            final long gcMillisBefore = LatencyRun.gcMillis();
            final long heapBefore = memory.getHeapMemoryUsage().getUsed();
            final long businessBefore = businessThread.allocatedBytes();
            final ThreadAllocations others = new ThreadAllocations();
            final long startNs = System.nanoTime();
            publisher.restartSchedule();
            publisher.publishUntil(total, true);
            awaitHandled(engine, engine.publishedSequence());
            final double measuredSeconds = (System.nanoTime() - startNs) / 1e9;
            final long businessAfter = businessThread.allocatedBytes();
            final String otherThreads = others.since(businessThread.threadId);
            final long heapAfter = memory.getHeapMemoryUsage().getUsed();
            final long gcCount = LatencyRun.gcCount() - gcCountBefore;
            final long gcMillis = LatencyRun.gcMillis() - gcMillisBefore;
            engine.close();
            final BusinessLogic logic = engine.logic();
            return new Result(tape.name(), rate, seconds, warmupSeconds, waitMode, total - warmupEvents,
                logic.eventsProcessed(), preamble.length + total, gcCount, gcMillis, publisher.ringFullWaits,
                publisher.maxLagNs, heapBefore, heapAfter, Runtime.getRuntime().maxMemory(),
                businessBefore < 0 || businessAfter < 0 ? -1 : businessAfter - businessBefore, otherThreads,
                measuredSeconds, sink.faults(), logic.halted(), sink.regimeUpdates());
        }
        finally
        {
            engine.close();
            BenchFiles.delete(folder);
        }
    }

    /** Waits, parked, until the business logic has handled {@code sequence}. */
    private static void awaitHandled(final Engine engine, final long sequence)
    {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (engine.processedSequence() < sequence)
        {
            if (System.nanoTime() > deadline)
            {
                throw new IllegalStateException("the business logic handled " + (engine.processedSequence() + 1) +
                    " events, " + (sequence + 1) + " were published, and none for 120 s");
            }
            LockSupport.parkNanos(STEP_NS);
        }
    }

    private static String megabytes(final long bytes)
    {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    /**
     * The open-loop publisher: event {@code n} is due at {@code start + n / rate}; each wake-up publishes every event
     * due by then. Allocation-free; confined to the calling thread.
     */
    private static final class Publisher
    {
        private final Engine engine;
        private final EventTape tape;
        private final int rate;
        private long startNs;
        private long published;
        private int next;
        private long lap;
        private long ringFullWaits;
        private long maxLagNs;

        Publisher(final Engine engine, final EventTape tape, final int rate)
        {
            this.engine = engine;
            this.tape = tape;
            this.rate = rate;
        }

        /**
         * Publishes events until {@code end} have been published in all, on schedule.
         *
         * @param end      events published in all when it returns.
         * @param measured count ring-full waits and the lag.
         */
        void publishUntil(final long end, final boolean measured)
        {
            while (published < end)
            {
                final long now = System.nanoTime();
                final long due = Math.min(end, (now - startNs) * rate / 1_000_000_000L + 1);
                if (measured && due > published)
                {
                    maxLagNs = Math.max(maxLagNs, now - (startNs + published * 1_000_000_000L / rate));
                }
                while (published < due)
                {
                    publishNext(measured);
                }
                if (published < end)
                {
                    LockSupport.parkNanos(STEP_NS);
                }
            }
        }

        /** Restarts the schedule so that the next event is due now (after a pause that is not part of the run). */
        void restartSchedule()
        {
            startNs = System.nanoTime() - published * 1_000_000_000L / rate;
        }

        private void publishNext(final boolean measured)
        {
            tape.stamp(next, lap);
            final DirectBuffer buffer = tape.buffer();
            final int offset = tape.offset(next);
            final int length = tape.length(next);
            if (engine.tryPublish(buffer, offset, length) < 0)
            {
                if (measured)
                {
                    ringFullWaits++;
                }
                engine.publish(buffer, offset, length);
            }
            published++;
            if (++next == tape.count())
            {
                next = 0;
                lap++;
            }
        }
    }

    /**
     * Bytes allocated per live thread since construction, to name the threads (other than the business-logic
     * thread) that allocate during the measured run. Allocates itself only when constructed and read.
     */
    private static final class ThreadAllocations
    {
        private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        private final long[] ids;
        private final long[] before;

        ThreadAllocations()
        {
            ids = threads.getAllThreadIds();
            before = threads.getThreadAllocatedBytes(ids);
        }

        /**
         * @param exclude a thread id left out (the business-logic thread, reported on its own).
         * @return "name: bytes" of each thread still alive that allocated since construction, largest first.
         */
        String since(final long exclude)
        {
            final long[] after = threads.getThreadAllocatedBytes(ids);
            final java.util.List<String> lines = new java.util.ArrayList<>();
            final java.util.List<Long> sizes = new java.util.ArrayList<>();
            for (int i = 0; i < ids.length; i++)
            {
                final java.lang.management.ThreadInfo info = threads.getThreadInfo(ids[i]);
                final long bytes = after[i] - before[i];
                if (ids[i] != exclude && info != null && before[i] >= 0 && after[i] >= 0 && bytes > 0)
                {
                    int at = 0;
                    while (at < sizes.size() && sizes.get(at) >= bytes)
                    {
                        at++;
                    }
                    sizes.add(at, bytes);
                    lines.add(at, info.getThreadName() + " " + String.format(Locale.ROOT, "%,d B", bytes));
                }
            }
            return String.join(", ", lines);
        }
    }

    /**
     * Learns which thread is the business-logic thread from the first event it sees, for its allocation counter.
     */
    private static final class BusinessThread implements InboundTap
    {
        private final com.sun.management.ThreadMXBean threads =
            (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();
        private volatile long threadId = -1;

        @Override
        public void onInbound(final long sequence, final DirectBuffer buffer, final int offset, final int length)
        {
            if (threadId < 0)
            {
                threadId = Thread.currentThread().getId();
            }
        }

        /**
         * @return bytes the business-logic thread has allocated so far, or -1 if not known.
         */
        long allocatedBytes()
        {
            final long id = threadId;
            return id < 0 || !threads.isThreadAllocatedMemorySupported() ? -1 : threads.getThreadAllocatedBytes(id);
        }
    }
}
