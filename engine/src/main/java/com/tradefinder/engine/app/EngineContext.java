package com.tradefinder.engine.app;

import com.tradefinder.engine.logic.OutboundSink;

import java.nio.file.Path;

/**
 * Settings of one engine process, Aeron-style: fluent setters, then {@link #conclude()} validates and fills
 * defaults before {@link Engine#launch(EngineContext)}.
 */
public final class EngineContext
{
    /** Default ring size: 4,096 entries of 4 KiB (16 MiB off-heap). */
    public static final int DEFAULT_RING_SIZE = 4096;

    private Path journalFolder;
    private boolean replaceJournal;
    private int ringSize = DEFAULT_RING_SIZE;
    private WaitMode waitMode = WaitMode.BLOCKING;
    private boolean businessLogicEnabled = true;
    private boolean journalEnabled = true;
    private OutboundSink downstream = (cause, buffer, offset, length) ->
    {
    };
    private InboundTap inboundTap = InboundTap.NONE;
    private boolean concluded;

    /**
     * @param folder where the journal is written.
     * @return this.
     */
    public EngineContext journalFolder(final Path folder)
    {
        this.journalFolder = folder;
        return this;
    }

    /**
     * @return where the journal is written.
     */
    public Path journalFolder()
    {
        return journalFolder;
    }

    /**
     * @param replace replace an existing journal in the folder.
     * @return this.
     */
    public EngineContext replaceJournal(final boolean replace)
    {
        this.replaceJournal = replace;
        return this;
    }

    /**
     * @return whether an existing journal is replaced.
     */
    public boolean replaceJournal()
    {
        return replaceJournal;
    }

    /**
     * @param size ring entries, a power of two.
     * @return this.
     */
    public EngineContext ringSize(final int size)
    {
        this.ringSize = size;
        return this;
    }

    /**
     * @return ring entries.
     */
    public int ringSize()
    {
        return ringSize;
    }

    /**
     * @param mode how the ring's consumers wait.
     * @return this.
     */
    public EngineContext waitMode(final WaitMode mode)
    {
        this.waitMode = mode;
        return this;
    }

    /**
     * @return how the ring's consumers wait.
     */
    public WaitMode waitMode()
    {
        return waitMode;
    }

    /**
     * Benchmark baseline switch: with {@code false} the ring and the journal run exactly as usual, but the second
     * consumer (gated behind the journal, on its own thread) drops every event instead of handing it to the
     * {@link com.tradefinder.engine.logic.BusinessLogic}, so no output is produced. It exists so that the cost of
     * the business logic can be measured against the same ring and journal in one run (PERFORMANCE.md, P2);
     * never turn it off in production.
     *
     * @param enabled hand events to the business logic; the default is {@code true}.
     * @return this.
     */
    public EngineContext businessLogicEnabled(final boolean enabled)
    {
        this.businessLogicEnabled = enabled;
        return this;
    }

    /**
     * @return whether events are handed to the business logic (false only for a benchmark baseline).
     */
    public boolean businessLogicEnabled()
    {
        return businessLogicEnabled;
    }

    /**
     * Benchmark baseline switch: with {@code false} the ring, its two consumer threads and their gating run exactly
     * as usual and the journal folder is created, but nothing is appended to it: a no-op handler takes the journal
     * handler's place and outputs go straight downstream (no pretoucher runs either); the production handlers are
     * not touched. It exists so that the journal's share of the tick-to-order latency can be measured against the
     * same engine in one run (PERFORMANCE.md, P4); a run without a journal cannot be replayed or audited, so never
     * turn it off in production.
     *
     * @param enabled journal inbound events and outputs; the default is {@code true}.
     * @return this.
     */
    public EngineContext journalEnabled(final boolean enabled)
    {
        this.journalEnabled = enabled;
        return this;
    }

    /**
     * @return whether inbound events and outputs are journaled (false only for a benchmark baseline).
     */
    public boolean journalEnabled()
    {
        return journalEnabled;
    }

    /**
     * @param sink receives every output after it is journaled, on the business-logic thread.
     * @return this.
     */
    public EngineContext downstream(final OutboundSink sink)
    {
        this.downstream = sink;
        return this;
    }

    /**
     * @return receives every output after it is journaled.
     */
    public OutboundSink downstream()
    {
        return downstream;
    }

    /**
     * @param tap sees every inbound event on the business-logic thread just before the logic handles it.
     * @return this.
     */
    public EngineContext inboundTap(final InboundTap tap)
    {
        this.inboundTap = tap;
        return this;
    }

    /**
     * @return sees every inbound event before the business logic; {@link InboundTap#NONE} by default.
     */
    public InboundTap inboundTap()
    {
        return inboundTap;
    }

    /**
     * Validates the settings.
     *
     * @return this.
     * @throws IllegalArgumentException naming the first bad setting.
     */
    public EngineContext conclude()
    {
        if (journalFolder == null)
        {
            throw new IllegalArgumentException("engine: journal folder not set");
        }
        if (ringSize < 2 || Integer.bitCount(ringSize) != 1)
        {
            throw new IllegalArgumentException("engine: ring size " + ringSize + " is not a power of two >= 2");
        }
        if (waitMode == null || downstream == null || inboundTap == null)
        {
            throw new IllegalArgumentException("engine: wait mode, downstream sink and inbound tap must be set");
        }
        concluded = true;
        return this;
    }

    boolean isConcluded()
    {
        return concluded;
    }
}
