package com.tradefinder.bench;

import org.HdrHistogram.Histogram;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;

/**
 * Small shared pieces of the latency mains: the open-loop pacing, GC counts from the {@code GarbageCollectorMXBean}s
 * and percentile formatting. Stateless; any thread.
 */
final class LatencyRun
{
    /** Largest latency the histograms track: 60 s. */
    static final long HIGHEST_TRACKABLE_NS = 60_000_000_000L;

    private LatencyRun()
    {
    }

    /** Waits longer than this park first: a parked thread leaves the CPU to the engine; a yielding one barely. */
    private static final long PARK_ABOVE_NS = 200_000;
    /** A park overshoots by tens of microseconds: it stops this far before the due time, then yields. */
    private static final long PARK_MARGIN_NS = 100_000;

    /**
     * Waits until {@code dueNs}, parking while it is far and yielding the CPU when close (this 2-core box allows one
     * spinner: the engine's).
     *
     * @param dueNs {@code System.nanoTime()} scale.
     */
    static void awaitDue(final long dueNs)
    {
        long remaining;
        while ((remaining = dueNs - System.nanoTime()) > 0)
        {
            if (remaining > PARK_ABOVE_NS)
            {
                LockSupport.parkNanos(remaining - PARK_MARGIN_NS);
            }
            else
            {
                Thread.yield();
            }
        }
    }

    /**
     * @return collections so far, all collectors.
     */
    static long gcCount()
    {
        long count = 0;
        for (final GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans())
        {
            count += Math.max(0, gc.getCollectionCount());
        }
        return count;
    }

    /**
     * @return milliseconds spent collecting so far, all collectors.
     */
    static long gcMillis()
    {
        long millis = 0;
        for (final GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans())
        {
            millis += Math.max(0, gc.getCollectionTime());
        }
        return millis;
    }

    /**
     * @param histogram the latencies, ns.
     * @return "p50 / p99 / p99.9 / max" in µs.
     */
    static String percentiles(final Histogram histogram)
    {
        return micros(histogram.getValueAtPercentile(50)) + " / " + micros(histogram.getValueAtPercentile(99)) +
            " / " + micros(histogram.getValueAtPercentile(99.9)) + " / " + micros(histogram.getMaxValue());
    }

    /**
     * @param prefix     key prefix, e.g. {@code p6.echo.}.
     * @param histogram  the latencies, ns.
     * @param properties where {@code key=value} lines go.
     */
    static void put(final String prefix, final Histogram histogram, final StringBuilder properties)
    {
        properties.append(prefix).append("count=").append(histogram.getTotalCount()).append('\n')
            .append(prefix).append("p50=").append(histogram.getValueAtPercentile(50)).append('\n')
            .append(prefix).append("p99=").append(histogram.getValueAtPercentile(99)).append('\n')
            .append(prefix).append("p99.9=").append(histogram.getValueAtPercentile(99.9)).append('\n')
            .append(prefix).append("p99.99=").append(histogram.getValueAtPercentile(99.99)).append('\n')
            .append(prefix).append("max=").append(histogram.getMaxValue()).append('\n');
    }

    /**
     * @param nanos a duration.
     * @return it in µs with two decimals.
     */
    static String micros(final long nanos)
    {
        return String.format(Locale.ROOT, "%.2f µs", nanos / 1000.0);
    }
}
