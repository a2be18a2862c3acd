package com.tradefinder.gateway.binance.userdata;

import org.agrona.collections.Hashing;
import org.agrona.collections.Long2LongHashMap;

/**
 * Which engine client order id a conditional (algo) order belongs to, by its algo id, and once triggered by the id
 * of the plain order the venue placed for it, so that the plain order's executions are reported against the
 * engine's original {@code clientAlgoId}.
 * <p>
 * A link lives from the algo order's acceptance (or trigger) to its end state. Single-threaded, owned by the
 * decoder; allocation-free while within the initial capacity (the maps grow, allocating, past it).
 */
final class AlgoOrderLinks
{
    static final long NONE = -1;

    private final Long2LongHashMap byAlgoId;
    private final Long2LongHashMap byOrderId;

    AlgoOrderLinks(final int initialCapacity)
    {
        byAlgoId = new Long2LongHashMap(initialCapacity, Hashing.DEFAULT_LOAD_FACTOR, NONE);
        byOrderId = new Long2LongHashMap(initialCapacity, Hashing.DEFAULT_LOAD_FACTOR, NONE);
    }

    void algoAccepted(final long algoId, final long clientOrderId)
    {
        byAlgoId.put(algoId, clientOrderId);
    }

    void algoEnded(final long algoId)
    {
        byAlgoId.remove(algoId);
    }

    void triggered(final long orderId, final long clientOrderId)
    {
        byOrderId.put(orderId, clientOrderId);
    }

    void orderEnded(final long orderId)
    {
        byOrderId.remove(orderId);
    }

    /**
     * @return the client order id of the algo order that placed this order, or {@link #NONE}.
     */
    long byOrderId(final long orderId)
    {
        return byOrderId.get(orderId);
    }

    /**
     * @return the client order id of the algo order, or {@link #NONE}.
     */
    long byAlgoId(final long algoId)
    {
        return byAlgoId.get(algoId);
    }

    void clear()
    {
        byAlgoId.clear();
        byOrderId.clear();
    }

    int size()
    {
        return byAlgoId.size() + byOrderId.size();
    }
}
