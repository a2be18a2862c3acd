package com.tradefinder.tools.importer;

import org.agrona.DirectBuffer;

/**
 * Passes on the events of another source whose {@link EventSource#timeNs()} lies in {@code [fromNs, toNs)}.
 * Single-threaded; closing it closes the inner source.
 */
final class WindowedSource implements EventSource
{
    private final EventSource inner;
    private final long fromNs;
    private final long toNs;

    /**
     * @param inner  the source to filter.
     * @param fromNs first time kept, epoch ns, inclusive.
     * @param toNs   end of the window, epoch ns, exclusive.
     */
    WindowedSource(final EventSource inner, final long fromNs, final long toNs)
    {
        this.inner = inner;
        this.fromNs = fromNs;
        this.toNs = toNs;
    }

    @Override
    public boolean next()
    {
        while (inner.next())
        {
            final long timeNs = inner.timeNs();
            if (timeNs >= fromNs && timeNs < toNs)
            {
                return true;
            }
        }
        return false;
    }

    @Override
    public long timeNs()
    {
        return inner.timeNs();
    }

    @Override
    public DirectBuffer buffer()
    {
        return inner.buffer();
    }

    @Override
    public int offset()
    {
        return inner.offset();
    }

    @Override
    public int length()
    {
        return inner.length();
    }

    @Override
    public String name()
    {
        return inner.name();
    }

    @Override
    public void close()
    {
        inner.close();
    }
}
