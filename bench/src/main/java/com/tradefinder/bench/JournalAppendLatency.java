package com.tradefinder.bench;

import com.tradefinder.engine.journal.Journal;
import com.tradefinder.engine.journal.JournalAppender;
import com.tradefinder.engine.journal.JournalCursor;
import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

/**
 * Journal append latency at a fixed rate (PERFORMANCE.md P4: p99 ≤ 1 µs, p99.9 ≤ 2 µs at 100k msg/s).
 * <p>
 * Open loop: message {@code i} is due at {@code start + i / rate}; the thread waits (spinning, the only spinning
 * thread of this process) until it is due, appends one real 74-byte SBE Bar with its sequence to the inbound queue of
 * a Chronicle journal on disk, and records {@code completion - due} into an HdrHistogram. Measuring from the
 * intended start, not from the actual one, corrects for coordinated omission: a stall delays every later message
 * and each of them records the delay. A warm-up at the same rate comes first and is not recorded. After the run the
 * journal is read back: every record present, sequences in order.
 * <p>
 * Baseline: none is defined for P4; the service time (actual start to completion) is printed beside it for context.
 * <p>
 * Usage: {@code JournalAppendLatency [--rate MSG_PER_S] [--seconds S] [--warmup-seconds S] [--out FILE]}. Prints a
 * markdown table (header and one row); {@code --out} also writes the figures as {@code key=value} lines for
 * {@link ResultsReport}.
 */
public final class JournalAppendLatency
{
    private static final long HIGHEST_TRACKABLE_NS = 60_000_000_000L;

    private JournalAppendLatency()
    {
    }

    /**
     * @param args see the class description.
     * @throws IOException if the journal or the output cannot be written.
     */
    public static void main(final String[] args) throws IOException
    {
        int rate = 100_000;
        int seconds = 5;
        int warmupSeconds = 2;
        Path out = null;
        for (int i = 0; i < args.length; i++)
        {
            switch (args[i])
            {
                case "--rate":
                    rate = Integer.parseInt(args[++i]);
                    break;
                case "--seconds":
                    seconds = Integer.parseInt(args[++i]);
                    break;
                case "--warmup-seconds":
                    warmupSeconds = Integer.parseInt(args[++i]);
                    break;
                case "--out":
                    out = Paths.get(args[++i]);
                    break;
                default:
                    System.err.println("unknown argument " + args[i] +
                        "; usage: JournalAppendLatency [--rate N] [--seconds S] [--warmup-seconds S] [--out FILE]");
                    System.exit(2);
            }
        }
        final EventTape bars;
        try
        {
            bars = BenchData.hourBars();
        }
        catch (final IllegalStateException ex)
        {
            System.err.println(ex.getMessage());
            System.exit(1);
            return;
        }

        final Path folder = BenchFiles.tempFolder("tf-latency-");
        final Histogram latency = new Histogram(HIGHEST_TRACKABLE_NS, 3);
        final Histogram service = new Histogram(HIGHEST_TRACKABLE_NS, 3);
        final long intervalNs = 1_000_000_000L / rate;
        final long warmupCount = (long)rate * warmupSeconds;
        final long count = (long)rate * seconds;
        long sequence = 0;
        try
        {
            try (Journal journal = Journal.create(folder.resolve("journal"), false);
                JournalAppender appender = journal.inboundAppender())
            {
                sequence = run(appender, bars, sequence, warmupCount, intervalNs, null, null);
                sequence = run(appender, bars, sequence, count, intervalNs, latency, service);
            }
            final long checked = check(folder.resolve("journal"));
            if (checked != sequence)
            {
                throw new IllegalStateException("journal holds " + checked + " records in order, expected " +
                    sequence);
            }
        }
        finally
        {
            BenchFiles.delete(folder);
        }

        final boolean pass = latency.getValueAtPercentile(99.0) <= 1_000 &&
            latency.getValueAtPercentile(99.9) <= 2_000;
        final String header = "| rate (msg/s) | messages | p50 | p99 | p99.9 | p99.99 | max | service p50 / p99 / " +
            "p99.9 | P4 bar (p99 ≤ 1 µs, p99.9 ≤ 2 µs) |\n|---|---|---|---|---|---|---|---|---|";
        final String row = String.format(Locale.ROOT, "| %,d | %,d | %s | %s | %s | %s | %s | %s / %s / %s | %s |",
            rate, count, micros(latency, 50), micros(latency, 99), micros(latency, 99.9), micros(latency, 99.99),
            micros(latency.getMaxValue()), micros(service, 50), micros(service, 99), micros(service, 99.9),
            pass ? "pass" : "FAIL");
        System.out.println(header);
        System.out.println(row);
        System.out.println("check: " + sequence + " records read back in order (" + warmupCount +
            " warm-up, not recorded)");
        if (out != null)
        {
            final String text = "rate=" + rate + "\nseconds=" + seconds + "\nwarmupSeconds=" + warmupSeconds +
                "\nmessages=" + count + "\nmessageBytes=" + bars.length(0) +
                "\np50=" + latency.getValueAtPercentile(50) + "\np99=" + latency.getValueAtPercentile(99) +
                "\np99.9=" + latency.getValueAtPercentile(99.9) + "\np99.99=" + latency.getValueAtPercentile(99.99) +
                "\nmax=" + latency.getMaxValue() + "\nserviceP50=" + service.getValueAtPercentile(50) +
                "\nserviceP99=" + service.getValueAtPercentile(99) +
                "\nserviceP99.9=" + service.getValueAtPercentile(99.9) + "\nrecordsChecked=" + sequence +
                "\ntable=" + header.replace("\n", "\\n") + "\\n" + row + "\n";
            try
            {
                Files.write(out, text.getBytes(StandardCharsets.UTF_8));
            }
            catch (final IOException ex)
            {
                throw new UncheckedIOException(ex);
            }
        }
    }

    private static long run(final JournalAppender appender, final EventTape bars, final long firstSequence,
        final long count, final long intervalNs, final Histogram latency, final Histogram service)
    {
        long sequence = firstSequence;
        int next = 0;
        final long start = System.nanoTime() + 1_000_000;
        for (long i = 0; i < count; i++)
        {
            final long due = start + i * intervalNs;
            long now;
            while ((now = System.nanoTime()) < due)
            {
                Thread.onSpinWait();
            }
            appender.append(sequence++, bars.buffer(), bars.offset(next), bars.length(next));
            final long done = System.nanoTime();
            if (latency != null)
            {
                latency.recordValue(done - due);
                service.recordValue(done - now);
            }
            if (++next == bars.count())
            {
                next = 0;
            }
        }
        return sequence;
    }

    private static long check(final Path folder)
    {
        long expected = 0;
        try (Journal journal = Journal.openForReading(folder); JournalCursor cursor = journal.inboundCursor())
        {
            while (cursor.next())
            {
                if (cursor.sequence() != expected)
                {
                    return -1;
                }
                expected++;
            }
        }
        return expected;
    }

    private static String micros(final Histogram histogram, final double percentile)
    {
        return micros(histogram.getValueAtPercentile(percentile));
    }

    private static String micros(final long nanos)
    {
        return String.format(Locale.ROOT, "%.2f µs", nanos / 1000.0);
    }
}
