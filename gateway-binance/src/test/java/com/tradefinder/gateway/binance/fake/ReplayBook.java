package com.tradefinder.gateway.binance.fake;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The full-depth order book of one replayed symbol: the capture's own REST snapshot, advanced by every diff the
 * replay has reached since (including diffs withheld from clients to inject a {@code pu} gap), so
 * {@code GET /fapi/v1/depth} answers what Binance would have answered at that point of the capture.
 * <p>
 * Diffs whose final update id {@code u} is not above the book's {@code lastUpdateId} are older than the snapshot and
 * ignored. The snapshot's {@code lastUpdateId} is the {@code u} of the last diff applied, so the first diff a client
 * may apply after it is that same diff or the next one (both satisfy Binance's bridging rule).
 * <p>
 * Thread contract: all methods synchronized; the replay thread writes, Netty event loops read.
 */
final class ReplayBook
{
    private final SymbolRules rules;
    private final NavigableMap<Long, Long> bids = new TreeMap<>(Collections.reverseOrder());
    private final NavigableMap<Long, Long> asks = new TreeMap<>();
    private long lastUpdateId;
    private long eventTimeMs;
    private long transactionTimeMs;

    ReplayBook(final SymbolRules rules)
    {
        this.rules = rules;
    }

    @SuppressWarnings("unchecked")
    synchronized void loadSnapshot(final Map<String, Object> snapshot)
    {
        bids.clear();
        asks.clear();
        lastUpdateId = Long.parseLong((String)snapshot.get("lastUpdateId"));
        eventTimeMs = Long.parseLong((String)snapshot.get("E"));
        transactionTimeMs = Long.parseLong((String)snapshot.get("T"));
        apply(bids, (List<Object>)snapshot.get("bids"));
        apply(asks, (List<Object>)snapshot.get("asks"));
    }

    /**
     * @param depthUpdate a depthUpdate payload with {@code u, E, T, b, a}.
     * @return whether it advanced the book (false for a diff older than the snapshot).
     */
    @SuppressWarnings("unchecked")
    synchronized boolean applyDiff(final Map<String, Object> depthUpdate)
    {
        final long finalUpdateId = Long.parseLong((String)depthUpdate.get("u"));
        if (finalUpdateId <= lastUpdateId)
        {
            return false;
        }
        apply(bids, (List<Object>)depthUpdate.get("b"));
        apply(asks, (List<Object>)depthUpdate.get("a"));
        lastUpdateId = finalUpdateId;
        eventTimeMs = Long.parseLong((String)depthUpdate.get("E"));
        transactionTimeMs = Long.parseLong((String)depthUpdate.get("T"));
        return true;
    }

    synchronized long lastUpdateId()
    {
        return lastUpdateId;
    }

    /**
     * @param limit levels per side.
     * @return the REST depth response body, Binance's shape.
     */
    synchronized String snapshotJson(final int limit)
    {
        final JsonText json = new JsonText().beginObject()
            .number("lastUpdateId", lastUpdateId)
            .number("E", eventTimeMs)
            .number("T", transactionTimeMs);
        levels(json.beginArray("bids"), bids, limit).endArray();
        levels(json.beginArray("asks"), asks, limit).endArray();
        return json.endObject().toString();
    }

    private JsonText levels(final JsonText json, final NavigableMap<Long, Long> side, final int limit)
    {
        int count = 0;
        for (final Map.Entry<Long, Long> level : side.entrySet())
        {
            if (count++ == limit)
            {
                break;
            }
            json.beginArray().string(rules.price(level.getKey())).string(rules.quantity(level.getValue())).endArray();
        }
        return json;
    }

    @SuppressWarnings("unchecked")
    private static void apply(final NavigableMap<Long, Long> side, final List<Object> levels)
    {
        for (final Object item : levels)
        {
            final List<Object> level = (List<Object>)item;
            final long price = Decimals.parse((String)level.get(0));
            final long quantity = Decimals.parse((String)level.get(1));
            if (quantity == 0)
            {
                side.remove(price);
            }
            else
            {
                side.put(price, quantity);
            }
        }
    }
}
