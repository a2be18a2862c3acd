package com.tradefinder.tools.importer;

import java.util.List;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * A k-way merge of event sources by {@link EventSource#timeNs()}, preceded by the instrument definitions.
 * <p>
 * First it emits one {@code InstrumentDefinition} for every instrument of the catalog, ids ascending, all timed at the
 * earliest event time of the inputs (none if the inputs are all empty). Then every event of the inputs, ordered by
 * time; events with equal times come in the order the sources were given, and within one source in that source's own
 * order. The output is therefore a deterministic function of the inputs. Each input must yield non-decreasing times;
 * the merge does not reorder within a source.
 * <p>
 * A binary min-heap over primitive arrays keyed by (time, source index): O(log k) per event, no allocation after
 * construction. The current event stays in its source's buffer; the source is advanced on the following
 * {@link #next()}. Single-threaded; closing the merge closes every input.
 */
public final class MergedSource implements EventSource
{
    private static final int DEFINITION_CAPACITY = 256;

    private final EventSource[] sources;
    private final InstrumentCatalog catalog;
    private final long[] headTimeNs;
    private final int[] heap;
    private int heapSize;
    private boolean primed;
    private boolean advanceRoot;

    private final UnsafeBuffer definitionBuffer = new UnsafeBuffer(new byte[DEFINITION_CAPACITY]);
    private int definitionCount;
    private int nextDefinitionId;
    private long definitionTimeNs;
    private int definitionLength;

    private EventSource current;

    /**
     * @param sources the inputs, positioned before their first events; their order breaks time ties.
     * @param catalog the instruments of all inputs, already registered.
     */
    public MergedSource(final List<? extends EventSource> sources, final InstrumentCatalog catalog)
    {
        this.sources = sources.toArray(new EventSource[0]);
        this.catalog = catalog;
        this.headTimeNs = new long[this.sources.length];
        this.heap = new int[this.sources.length];
    }

    @Override
    public boolean next()
    {
        if (!primed)
        {
            prime();
        }
        if (advanceRoot)
        {
            advanceRoot = false;
            final int root = heap[0];
            if (sources[root].next())
            {
                headTimeNs[root] = sources[root].timeNs();
            }
            else
            {
                heap[0] = heap[--heapSize];
            }
            siftDown(0);
        }
        if (nextDefinitionId <= definitionCount)
        {
            definitionLength = catalog.encodeDefinition(nextDefinitionId++, definitionTimeNs, definitionBuffer, 0);
            current = null;
            return true;
        }
        if (heapSize == 0)
        {
            current = null;
            return false;
        }
        current = sources[heap[0]];
        advanceRoot = true;
        return true;
    }

    private void prime()
    {
        primed = true;
        for (int i = 0; i < sources.length; i++)
        {
            if (sources[i].next())
            {
                headTimeNs[i] = sources[i].timeNs();
                heap[heapSize] = i;
                siftUp(heapSize++);
            }
        }
        if (heapSize > 0)
        {
            definitionCount = catalog.size();
            nextDefinitionId = 1;
            definitionTimeNs = headTimeNs[heap[0]];
        }
        else
        {
            nextDefinitionId = 1;
            definitionCount = 0;
        }
    }

    private boolean less(final int a, final int b)
    {
        return headTimeNs[a] < headTimeNs[b] || headTimeNs[a] == headTimeNs[b] && a < b;
    }

    private void siftUp(final int index)
    {
        int i = index;
        final int item = heap[i];
        while (i > 0)
        {
            final int parent = (i - 1) >>> 1;
            if (!less(item, heap[parent]))
            {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = item;
    }

    private void siftDown(final int index)
    {
        if (heapSize == 0)
        {
            return;
        }
        int i = index;
        final int item = heap[i];
        while (true)
        {
            final int left = 2 * i + 1;
            if (left >= heapSize)
            {
                break;
            }
            final int right = left + 1;
            final int child = right < heapSize && less(heap[right], heap[left]) ? right : left;
            if (!less(heap[child], item))
            {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = item;
    }

    @Override
    public long timeNs()
    {
        return current == null ? definitionTimeNs : current.timeNs();
    }

    @Override
    public DirectBuffer buffer()
    {
        return current == null ? definitionBuffer : current.buffer();
    }

    @Override
    public int offset()
    {
        return current == null ? 0 : current.offset();
    }

    @Override
    public int length()
    {
        return current == null ? definitionLength : current.length();
    }

    /**
     * @return {@code merged}, or the name of the source of the current event.
     */
    @Override
    public String name()
    {
        return current == null ? "merged" : current.name();
    }

    @Override
    public void close()
    {
        for (final EventSource source : sources)
        {
            source.close();
        }
    }
}
