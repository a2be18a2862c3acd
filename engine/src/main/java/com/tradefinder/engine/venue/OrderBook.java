package com.tradefinder.engine.venue;

import org.agrona.collections.Long2ObjectHashMap;

import java.util.Arrays;

/**
 * The open orders of every bot at the simulated venue: per instrument in venue-order-id order (which is acceptance
 * order), and per bot by client order id.
 * <p>
 * Single-threaded. Allocation-free in steady state: arrays grow (allocating) only when more orders are open on an
 * instrument, or a bot or instrument id is seen, for the first time.
 */
final class OrderBook
{
    private static final int INITIAL_ORDERS_PER_INSTRUMENT = 64;

    private VenueOrder[][] byInstrument = new VenueOrder[0][];
    private int[] counts = new int[0];
    @SuppressWarnings("unchecked")
    private Long2ObjectHashMap<VenueOrder>[] byClientId = new Long2ObjectHashMap[0];
    private VenueOrder[] snapshot = new VenueOrder[INITIAL_ORDERS_PER_INSTRUMENT];
    private int size;

    /**
     * @param botId         a bot.
     * @param clientOrderId its client order id.
     * @return the bot's open order with that id, or null.
     */
    VenueOrder find(final int botId, final long clientOrderId)
    {
        if (botId >= byClientId.length || byClientId[botId] == null)
        {
            return null;
        }
        return byClientId[botId].get(clientOrderId);
    }

    /**
     * Adds an accepted order; its venue order id must be higher than every open order's.
     *
     * @param order to add.
     */
    void add(final VenueOrder order)
    {
        final int instrumentId = order.instrumentId;
        ensureInstrument(instrumentId);
        VenueOrder[] orders = byInstrument[instrumentId];
        final int count = counts[instrumentId];
        if (count == orders.length)
        {
            orders = Arrays.copyOf(orders, orders.length * 2);
            byInstrument[instrumentId] = orders;
        }
        orders[count] = order;
        counts[instrumentId] = count + 1;
        clientIndex(order.botId).put(order.clientOrderId, order);
        order.live = true;
        size++;
    }

    /**
     * Removes an open order, keeping the others in venue-order-id order.
     *
     * @param order to remove.
     */
    void remove(final VenueOrder order)
    {
        final VenueOrder[] orders = byInstrument[order.instrumentId];
        final int count = counts[order.instrumentId];
        for (int i = 0; i < count; i++)
        {
            if (orders[i] == order)
            {
                System.arraycopy(orders, i + 1, orders, i, count - i - 1);
                orders[count - 1] = null;
                counts[order.instrumentId] = count - 1;
                byClientId[order.botId].remove(order.clientOrderId);
                order.live = false;
                size--;
                return;
            }
        }
        throw new IllegalStateException("order not in the book: " + order.venueOrderId);
    }

    /**
     * @param instrumentId an instrument.
     * @return how many orders are open on it.
     */
    int count(final int instrumentId)
    {
        return instrumentId < counts.length ? counts[instrumentId] : 0;
    }

    /**
     * @param instrumentId an instrument.
     * @param index        0 .. {@link #count(int)} - 1, in venue-order-id order.
     * @return that open order.
     */
    VenueOrder order(final int instrumentId, final int index)
    {
        return byInstrument[instrumentId][index];
    }

    /**
     * @param botId        a bot.
     * @param instrumentId an instrument.
     * @return true if the bot has an open order on the instrument.
     */
    boolean hasOpenOrders(final int botId, final int instrumentId)
    {
        final int count = count(instrumentId);
        for (int i = 0; i < count; i++)
        {
            if (byInstrument[instrumentId][i].botId == botId)
            {
                return true;
            }
        }
        return false;
    }

    /**
     * Copies the open orders of an instrument, in venue-order-id order, into the snapshot array, so that matching can
     * walk them while fills remove them from the book. Orders leaving the book stay in the snapshot with
     * {@link VenueOrder#live()} false.
     *
     * @param instrumentId an instrument.
     * @return how many orders were copied; read them with {@link #snapshotOrder(int)}.
     */
    int takeSnapshot(final int instrumentId)
    {
        final int count = count(instrumentId);
        if (count > snapshot.length)
        {
            snapshot = new VenueOrder[Math.max(count, snapshot.length * 2)];
        }
        if (count > 0)
        {
            System.arraycopy(byInstrument[instrumentId], 0, snapshot, 0, count);
        }
        return count;
    }

    /**
     * @param index 0 .. the last {@link #takeSnapshot(int)} - 1.
     * @return that order.
     */
    VenueOrder snapshotOrder(final int index)
    {
        return snapshot[index];
    }

    /**
     * @return open orders across every instrument.
     */
    int size()
    {
        return size;
    }

    private void ensureInstrument(final int instrumentId)
    {
        if (instrumentId >= byInstrument.length)
        {
            final int length = Math.max(instrumentId + 1, byInstrument.length * 2);
            byInstrument = Arrays.copyOf(byInstrument, length);
            counts = Arrays.copyOf(counts, length);
        }
        if (byInstrument[instrumentId] == null)
        {
            byInstrument[instrumentId] = new VenueOrder[INITIAL_ORDERS_PER_INSTRUMENT];
        }
    }

    private Long2ObjectHashMap<VenueOrder> clientIndex(final int botId)
    {
        if (botId >= byClientId.length)
        {
            byClientId = Arrays.copyOf(byClientId, Math.max(botId + 1, byClientId.length * 2));
        }
        Long2ObjectHashMap<VenueOrder> index = byClientId[botId];
        if (index == null)
        {
            index = new Long2ObjectHashMap<>();
            byClientId[botId] = index;
        }
        return index;
    }
}
