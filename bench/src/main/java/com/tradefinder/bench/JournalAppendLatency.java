package com.tradefinder.bench;

import com.tradefinder.engine.journal.Journal;
import com.tradefinder.engine.journal.JournalAppender;
import com.tradefinder.engine.journal.JournalCursor;
import com.tradefinder.engine.journal.JournalPretoucher;
import org.HdrHistogram.Histogram;
import org.agrona.BufferUtil;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

/**
 * Journal append latency at a fixed rate (PERFORMANCE.md P4: p99 ≤ 1 µs, p99.9 ≤ 2 µs at 100k msg/s), with the
 * machine's floor measured in the same run.
 * <p>
 * Open loop: within a slice, message {@code i} is due at {@code sliceStart + i / rate}; the thread waits until it is
 * due, does its work on one real 74-byte SBE Bar with its sequence, and records {@code completion - due} into an
 * HdrHistogram. Measuring from the intended start, not the actual one, corrects for coordinated omission: a stall
 * delays every later message of the slice and each of them records the delay. Service time (actual start to
 * completion) is recorded beside it.
 * <p>
 * Three paths, in turn, in slices of {@code --slice-ms} (500 ms by default), so that the box's load, which drifts
 * from second to second on a shared machine, falls on all three alike:
 * <ul>
 *     <li>{@code append}: {@link JournalAppender#append} to the inbound queue of a journal on disk with its
 *     {@link JournalPretoucher} running, as the engine runs it;</li>
 *     <li>{@code append, no pretoucher}: the same into a second journal without one, where the appending thread
 *     takes the page fault of every new page itself;</li>
 *     <li>{@code copy}: the baseline, the same sequence and bytes copied into a pre-allocated off-heap buffer in the
 *     same loop: no journal, so its tail is the machine's own (scheduler preemption, interrupts, timer), the floor
 *     under any figure of the other two.</li>
 * </ul>
 * A warm-up of {@code --warmup-seconds} per path at the same rate comes first, in the same slices, and is not
 * recorded; the default 3 s writes over 20 MiB per journal, past the first change of Chronicle's 16 MiB mapping
 * chunk, whose first pass is interpreted and would otherwise fall into the measured run. After the run both
 * journals are read back: every record present, sequences in order.
 * <p>
 * Timing: {@code System.nanoTime()} (vDSO, about 25 ns a call on this box). The thread waits for the due time by
 * spinning on it; it is the only spinning thread of this process (the pretoucher parks between passes). A message's
 * histogram updates happen after its completion time is read, so they are not in its latency; they delay the next
 * message only if it is already due (10 µs apart at 100k msg/s, against about 30 ns for the updates). Minor page
 * faults of the measuring thread are read from {@code /proc/thread-self/stat} around each slice (-1 where there is
 * no such file); GCs are counted over the measured slices.
 * <p>
 * Usage: {@code JournalAppendLatency [--rate MSG_PER_S] [--seconds S] [--warmup-seconds S] [--slice-ms MS]
 * [--out FILE]}: seconds are per path. Prints a markdown table; {@code --out} also writes the figures as
 * {@code key=value} lines for {@link ResultsReport}.
 */
public final class JournalAppendLatency
{
    private static final int APPEND = 0;
    private static final int UNPRETOUCHED = 1;
    private static final int COPY = 2;
    private static final String[] LABELS = {
        "append (pretouched, as the engine runs it)",
        "append, no pretoucher",
        "copy into a buffer (baseline: the machine's floor)",
    };
    /** Gap between the end of one slice and the first due time of the next. */
    private static final long SLICE_GAP_NS = 100_000;
    private static final int COPY_RING_BYTES = 1 << 20;
    private static final Path THREAD_STAT = Paths.get("/proc/thread-self/stat");

    private final EventTape bars;
    private final JournalAppender[] appenders;
    private final UnsafeBuffer copyRing = new UnsafeBuffer(BufferUtil.allocateDirectAligned(COPY_RING_BYTES, 64));
    private final long[] sequence = new long[3];
    private final int[] next = new int[3];
    private final long[] faults = new long[3];
    private final Histogram[] latency = new Histogram[3];
    private final Histogram[] service = new Histogram[3];
    private final long intervalNs;
    private int copyAt;

    private JournalAppendLatency(final EventTape bars, final JournalAppender pretouched,
        final JournalAppender unpretouched, final long intervalNs)
    {
        this.bars = bars;
        this.appenders = new JournalAppender[]{ pretouched, unpretouched };
        this.intervalNs = intervalNs;
        for (int path = 0; path < 3; path++)
        {
            latency[path] = new Histogram(LatencyRun.HIGHEST_TRACKABLE_NS, 3);
            service[path] = new Histogram(LatencyRun.HIGHEST_TRACKABLE_NS, 3);
        }
    }

    /** The figures of one run. */
    record Result(int rate, long messagesPerPath, Histogram[] latency, Histogram[] service, long[] faults,
        long gcCount, long gcMillis, long pretouchedPages, long pretouchFailures, String pretouchFailure,
        long recordsChecked, int messageBytes)
    {
        boolean pass()
        {
            return latency[APPEND].getValueAtPercentile(99) <= 1_000 &&
                latency[APPEND].getValueAtPercentile(99.9) <= 2_000;
        }
    }

    /**
     * @param args see the class description.
     * @throws IOException if the output cannot be written.
     */
    public static void main(final String[] args) throws IOException
    {
        int rate = 100_000;
        int seconds = 5;
        int warmupSeconds = 3;
        int sliceMs = 500;
        Path out = null;
        for (int i = 0; i < args.length; i++)
        {
            switch (args[i])
            {
                case "--rate" -> rate = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--warmup-seconds" -> warmupSeconds = Integer.parseInt(args[++i]);
                case "--slice-ms" -> sliceMs = Integer.parseInt(args[++i]);
                case "--out" -> out = Paths.get(args[++i]);
                default ->
                {
                    System.err.println("unknown argument " + args[i] + "; usage: JournalAppendLatency [--rate N] " +
                        "[--seconds S] [--warmup-seconds S] [--slice-ms MS] [--out FILE]");
                    System.exit(2);
                }
            }
        }
        final Result r;
        try
        {
            r = run(rate, seconds, warmupSeconds, sliceMs);
        }
        catch (final IllegalStateException ex)
        {
            System.err.println(ex.getMessage());
            System.exit(1);
            return;
        }
        final String header = "| path | rate (msg/s) | messages | p50 | p99 | p99.9 | p99.99 | max | service p50 / " +
            "p99 / p99.9 | minor page faults |\n|---|---|---|---|---|---|---|---|---|---|";
        final String rows = row(r, APPEND) + "\n" + row(r, UNPRETOUCHED) + "\n" + row(r, COPY);
        System.out.println(header);
        System.out.println(rows);
        final String check = "check: " + r.recordsChecked() + " records read back in order from the two journals; " +
            r.pretouchedPages() + " pages pretouched, " + r.pretouchFailures() + " pretoucher failures" +
            (r.pretouchFailures() > 0 ? " (" + r.pretouchFailure() + ")" : "") + "; " + r.gcCount() + " GCs (" +
            r.gcMillis() + " ms) in the measured slices";
        System.out.println(check);
        final String excess = "append minus the baseline: p99 " + signedMicros(excess(r, 99)) + ", p99.9 " +
            signedMicros(excess(r, 99.9));
        System.out.println(excess);
        System.out.println("P4 bar (p99 ≤ 1 µs, p99.9 ≤ 2 µs): " + (r.pass() ? "pass" : "FAIL"));
        if (out != null)
        {
            final StringBuilder text = new StringBuilder();
            final Histogram append = r.latency()[APPEND];
            final Histogram appendService = r.service()[APPEND];
            text.append("rate=").append(rate).append("\nseconds=").append(seconds).append("\nwarmupSeconds=")
                .append(warmupSeconds).append("\nsliceMs=").append(sliceMs).append("\nmessages=")
                .append(r.messagesPerPath()).append("\nmessageBytes=").append(r.messageBytes())
                .append("\np50=").append(append.getValueAtPercentile(50))
                .append("\np99=").append(append.getValueAtPercentile(99))
                .append("\np99.9=").append(append.getValueAtPercentile(99.9))
                .append("\np99.99=").append(append.getValueAtPercentile(99.99))
                .append("\nmax=").append(append.getMaxValue())
                .append("\nserviceP50=").append(appendService.getValueAtPercentile(50))
                .append("\nserviceP99=").append(appendService.getValueAtPercentile(99))
                .append("\nserviceP99.9=").append(appendService.getValueAtPercentile(99.9))
                .append("\nfaults=").append(r.faults()[APPEND])
                .append("\nunpretouchedFaults=").append(r.faults()[UNPRETOUCHED])
                .append("\nbaselineFaults=").append(r.faults()[COPY])
                .append("\npretouchedPages=").append(r.pretouchedPages())
                .append("\npretouchFailures=").append(r.pretouchFailures())
                .append("\ngcCount=").append(r.gcCount()).append("\ngcMillis=").append(r.gcMillis())
                .append("\nrecordsChecked=").append(r.recordsChecked())
                .append("\npass=").append(r.pass()).append('\n');
            LatencyRun.put("unpretouched.", r.latency()[UNPRETOUCHED], text);
            LatencyRun.put("baseline.", r.latency()[COPY], text);
            LatencyRun.put("unpretouched.service.", r.service()[UNPRETOUCHED], text);
            LatencyRun.put("baseline.service.", r.service()[COPY], text);
            text.append("check=").append(check).append("\ntable=").append(header.replace("\n", "\\n"))
                .append("\\n").append(rows.replace("\n", "\\n")).append('\n');
            Files.writeString(out, text.toString(), StandardCharsets.UTF_8);
        }
        if (r.pretouchFailures() > 0)
        {
            System.exit(1);
        }
    }

    /**
     * Runs the three paths: warm-up, then measured slices, then reads both journals back.
     *
     * @param rate          messages per second, each path.
     * @param seconds       measured seconds per path.
     * @param warmupSeconds warm-up seconds per path.
     * @param sliceMs       length of a slice.
     * @return the figures.
     * @throws IllegalStateException if the data is missing or a journal does not read back.
     */
    static Result run(final int rate, final int seconds, final int warmupSeconds, final int sliceMs)
    {
        final EventTape bars = BenchData.hourBars();
        final long intervalNs = 1_000_000_000L / rate;
        final long perSlice = Math.max(1, (long)rate * sliceMs / 1000);
        final long measuredSlices = Math.max(1, ((long)rate * seconds + perSlice - 1) / perSlice);
        final long warmupSlices = ((long)rate * warmupSeconds + perSlice - 1) / perSlice;
        final Path folder = BenchFiles.tempFolder("tf-latency-");
        try
        {
            final JournalAppendLatency harness;
            final long gcCount;
            final long gcMillis;
            final JournalPretoucher pretoucher;
            try (Journal pretouched = Journal.create(folder.resolve("pretouched"), false);
                Journal unpretouched = Journal.create(folder.resolve("unpretouched"), false);
                JournalAppender pretouchedAppender = pretouched.inboundAppender();
                JournalAppender unpretouchedAppender = unpretouched.inboundAppender())
            {
                pretoucher = pretouched.startPretoucher();
                harness = new JournalAppendLatency(bars, pretouchedAppender, unpretouchedAppender, intervalNs);
                for (long slice = 0; slice < warmupSlices; slice++)
                {
                    for (int path = 0; path < 3; path++)
                    {
                        harness.slice(path, perSlice, false);
                    }
                }
                final long gcCountBefore = LatencyRun.gcCount();
                final long gcMillisBefore = LatencyRun.gcMillis();
                for (long slice = 0; slice < measuredSlices; slice++)
                {
                    // the order turns each slice, so no path always follows the same one
                    for (int k = 0; k < 3; k++)
                    {
                        harness.slice((int)((k + slice) % 3), perSlice, true);
                    }
                }
                gcCount = LatencyRun.gcCount() - gcCountBefore;
                gcMillis = LatencyRun.gcMillis() - gcMillisBefore;
            }
            final long checked = check(folder.resolve("pretouched"), harness.sequence[APPEND]) +
                check(folder.resolve("unpretouched"), harness.sequence[UNPRETOUCHED]);
            return new Result(rate, perSlice * measuredSlices, harness.latency, harness.service, harness.faults,
                gcCount, gcMillis, pretoucher.pagesTouched(), pretoucher.failures(), pretoucher.lastFailure(),
                checked, bars.length(0));
        }
        finally
        {
            BenchFiles.delete(folder);
        }
    }

    /**
     * One slice of one path: {@code count} messages at the rate.
     */
    private void slice(final int path, final long count, final boolean measured)
    {
        final EventTape bars = this.bars;
        final Histogram latency = this.latency[path];
        final Histogram service = this.service[path];
        final JournalAppender appender = path == COPY ? null : appenders[path];
        int at = next[path];
        long seq = sequence[path];
        final long faultsBefore = measured ? minorFaults() : 0;
        final long start = System.nanoTime() + SLICE_GAP_NS;
        for (long i = 0; i < count; i++)
        {
            final long due = start + i * intervalNs;
            long now;
            while ((now = System.nanoTime()) < due)
            {
                Thread.onSpinWait();
            }
            if (appender != null)
            {
                appender.append(seq++, bars.buffer(), bars.offset(at), bars.length(at));
            }
            else
            {
                copy(seq++, at);
            }
            final long done = System.nanoTime();
            if (measured)
            {
                latency.recordValue(done - due);
                service.recordValue(done - now);
            }
            if (++at == bars.count())
            {
                at = 0;
            }
        }
        if (measured)
        {
            final long faultsAfter = minorFaults();
            faults[path] = faultsBefore < 0 || faultsAfter < 0 || faults[path] < 0 ? -1 :
                faults[path] + faultsAfter - faultsBefore;
        }
        next[path] = at;
        sequence[path] = seq;
    }

    /** The baseline's work: the sequence and the message into the next slot of a pre-allocated ring of bytes. */
    private void copy(final long seq, final int at)
    {
        final int length = bars.length(at);
        if (copyAt + Long.BYTES + length > COPY_RING_BYTES)
        {
            copyAt = 0;
        }
        copyRing.putLong(copyAt, seq, ByteOrder.LITTLE_ENDIAN);
        copyRing.putBytes(copyAt + Long.BYTES, bars.buffer(), bars.offset(at), length);
        copyAt += (Long.BYTES + length + 7) & ~7;
    }

    private static long check(final Path folder, final long expected)
    {
        long read = 0;
        try (Journal journal = Journal.openForReading(folder); JournalCursor cursor = journal.inboundCursor())
        {
            while (cursor.next())
            {
                if (cursor.sequence() != read)
                {
                    throw new IllegalStateException("journal " + folder + ": record " + read + " has sequence " +
                        cursor.sequence());
                }
                read++;
            }
        }
        if (read != expected)
        {
            throw new IllegalStateException("journal " + folder + " holds " + read + " records, expected " +
                expected);
        }
        return read;
    }

    /**
     * @return minor page faults of the calling thread so far, or -1 where Linux's per-thread stat is not readable.
     */
    static long minorFaults()
    {
        try
        {
            final String stat = new String(Files.readAllBytes(THREAD_STAT), StandardCharsets.US_ASCII);
            // after the command name in parentheses: state is field 3, minflt field 10
            final String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[7]);
        }
        catch (final IOException | RuntimeException ex)
        {
            return -1;
        }
    }

    private static long excess(final Result r, final double percentile)
    {
        return r.latency()[APPEND].getValueAtPercentile(percentile) -
            r.latency()[COPY].getValueAtPercentile(percentile);
    }

    private static String signedMicros(final long nanos)
    {
        return (nanos < 0 ? "-" : "+") + LatencyRun.micros(Math.abs(nanos));
    }

    private static String row(final Result r, final int path)
    {
        final Histogram h = r.latency()[path];
        final Histogram s = r.service()[path];
        return String.format(Locale.ROOT, "| %s | %,d | %,d | %s | %s | %s | %s | %s | %s / %s / %s | %s |",
            LABELS[path], r.rate(), h.getTotalCount(), LatencyRun.micros(h.getValueAtPercentile(50)),
            LatencyRun.micros(h.getValueAtPercentile(99)), LatencyRun.micros(h.getValueAtPercentile(99.9)),
            LatencyRun.micros(h.getValueAtPercentile(99.99)), LatencyRun.micros(h.getMaxValue()),
            LatencyRun.micros(s.getValueAtPercentile(50)), LatencyRun.micros(s.getValueAtPercentile(99)),
            LatencyRun.micros(s.getValueAtPercentile(99.9)),
            r.faults()[path] < 0 ? "n/a" : String.format(Locale.ROOT, "%,d", r.faults()[path]));
    }
}
