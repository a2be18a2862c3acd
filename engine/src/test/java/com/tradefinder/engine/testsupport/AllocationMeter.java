package com.tradefinder.engine.testsupport;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Counts the bytes the calling thread allocates, through {@code com.sun.management.ThreadMXBean}, for tests that
 * prove a hot path allocation-free.
 */
public final class AllocationMeter
{
    private static final com.sun.management.ThreadMXBean THREADS =
        (com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean();

    private AllocationMeter()
    {
    }

    /**
     * @return bytes allocated so far by the calling thread; skips the calling test when the JVM cannot count them.
     */
    public static long currentThreadAllocatedBytes()
    {
        assumeTrue(THREADS.isThreadAllocatedMemorySupported() && THREADS.isThreadAllocatedMemoryEnabled(),
            "thread allocation counting not available on this JVM");
        return THREADS.getCurrentThreadAllocatedBytes();
    }

    /**
     * @return collections run so far by all collectors; a measurement spanning a collection can show the retired
     * thread-local allocation buffer's accounting rather than real allocation, so callers discard such rounds.
     */
    public static long collections()
    {
        long total = 0;
        for (final java.lang.management.GarbageCollectorMXBean collector :
            ManagementFactory.getGarbageCollectorMXBeans())
        {
            total += Math.max(0, collector.getCollectionCount());
        }
        return total;
    }
}
