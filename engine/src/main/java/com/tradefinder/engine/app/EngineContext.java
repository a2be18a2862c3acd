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
    private OutboundSink downstream = (cause, buffer, offset, length) ->
    {
    };
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
        if (waitMode == null || downstream == null)
        {
            throw new IllegalArgumentException("engine: wait mode and downstream sink must be set");
        }
        concluded = true;
        return this;
    }

    boolean isConcluded()
    {
        return concluded;
    }
}
