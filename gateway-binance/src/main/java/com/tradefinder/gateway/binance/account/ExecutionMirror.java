package com.tradefinder.gateway.binance.account;

import java.util.Arrays;

import org.agrona.DirectBuffer;
import org.agrona.collections.Long2LongHashMap;
import org.agrona.collections.Long2ObjectHashMap;

import com.tradefinder.codecs.CancelOrderDecoder;
import com.tradefinder.codecs.FillDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.NewOrderDecoder;
import com.tradefinder.codecs.OrderAcceptedDecoder;
import com.tradefinder.codecs.OrderCanceledDecoder;
import com.tradefinder.codecs.OrderExpiredDecoder;
import com.tradefinder.codecs.OrderRejectedDecoder;
import com.tradefinder.codecs.OrderType;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.PositionUpdateDecoder;
import com.tradefinder.codecs.Side;

/**
 * The gateway's own record of what the engine believes about its orders and positions on Binance, built from the
 * outbound commands the gateway forwarded ({@link #onOutbound}: NewOrder, CancelOrder) and the inbound executions it
 * produced ({@link #onInbound}: OrderAccepted, Fill, OrderCanceled, OrderExpired, OrderRejected, PositionUpdate).
 * <p>
 * Live orders by client order id (instrument, side, position side, type, price, size, filled); an order leaves on
 * cancel, expiry, reject or once filled. Positions by (bot, instrument, position side) as signed sizes: a BUY fill
 * adds, a SELL fill subtracts, whatever the position side (so a hedge-mode short is negative, as the venue states
 * it); a PositionUpdate with a bot id sets the position, since the engine adopts what it says. The
 * {@link Reconciler} compares this record with the venue's snapshot.
 * <p>
 * Single-threaded: every call on the gateway's execution thread, the one that runs the user-data decoder (the order
 * sender hands its commands to that thread). Orders are pooled; allocation-free in steady state except when a map
 * grows.
 */
public final class ExecutionMirror
{
    /** Returned by {@link #positionSize} for a key with no position. */
    public static final long FLAT = 0;

    private static final int INITIAL_CAPACITY = 256;

    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final NewOrderDecoder newOrder = new NewOrderDecoder();
    private final CancelOrderDecoder cancelOrder = new CancelOrderDecoder();
    private final OrderAcceptedDecoder accepted = new OrderAcceptedDecoder();
    private final OrderCanceledDecoder canceled = new OrderCanceledDecoder();
    private final OrderExpiredDecoder expired = new OrderExpiredDecoder();
    private final OrderRejectedDecoder rejected = new OrderRejectedDecoder();
    private final FillDecoder fill = new FillDecoder();
    private final PositionUpdateDecoder position = new PositionUpdateDecoder();
    private final Long2ObjectHashMap<MirroredOrder> orders = new Long2ObjectHashMap<>();
    private final Long2LongHashMap positions = new Long2LongHashMap(INITIAL_CAPACITY, 0.65f, Long.MIN_VALUE);
    private MirroredOrder[] pool = new MirroredOrder[0];
    private int pooled;
    private long fillsOfUnknownOrders;

    /**
     * Records an outbound command the gateway forwarded to the venue.
     *
     * @param buffer holding one SBE message, header included.
     * @param offset of the message.
     * @param length of the message.
     */
    public void onOutbound(final DirectBuffer buffer, final int offset, final int length)
    {
        header.wrap(buffer, offset);
        final int bodyOffset = offset + MessageHeaderDecoder.ENCODED_LENGTH;
        switch (header.templateId())
        {
            case NewOrderDecoder.TEMPLATE_ID:
            {
                newOrder.wrap(buffer, bodyOffset, header.blockLength(), header.version());
                final MirroredOrder order = orders.get(newOrder.clientOrderId()) != null ?
                    orders.get(newOrder.clientOrderId()) : take();
                order.set(newOrder);
                orders.put(order.clientOrderId(), order);
                break;
            }
            case CancelOrderDecoder.TEMPLATE_ID:
            {
                cancelOrder.wrap(buffer, bodyOffset, header.blockLength(), header.version());
                final MirroredOrder order = orders.get(cancelOrder.clientOrderId());
                if (order != null)
                {
                    order.cancelRequested = true;
                }
                break;
            }
            default:
                break;
        }
    }

    /**
     * Records an inbound execution the gateway produced; other messages are ignored.
     *
     * @param buffer holding one SBE message, header included.
     * @param offset of the message.
     * @param length of the message.
     */
    public void onInbound(final DirectBuffer buffer, final int offset, final int length)
    {
        header.wrap(buffer, offset);
        final int bodyOffset = offset + MessageHeaderDecoder.ENCODED_LENGTH;
        final int blockLength = header.blockLength();
        final int version = header.version();
        switch (header.templateId())
        {
            case OrderAcceptedDecoder.TEMPLATE_ID:
            {
                accepted.wrap(buffer, bodyOffset, blockLength, version);
                final MirroredOrder order = orders.get(accepted.clientOrderId());
                if (order != null)
                {
                    order.venueOrderId = accepted.venueOrderId();
                    order.accepted = true;
                }
                break;
            }
            case FillDecoder.TEMPLATE_ID:
                fill.wrap(buffer, bodyOffset, blockLength, version);
                applyFill();
                break;
            case OrderCanceledDecoder.TEMPLATE_ID:
                canceled.wrap(buffer, bodyOffset, blockLength, version);
                remove(canceled.clientOrderId());
                break;
            case OrderExpiredDecoder.TEMPLATE_ID:
                expired.wrap(buffer, bodyOffset, blockLength, version);
                remove(expired.clientOrderId());
                break;
            case OrderRejectedDecoder.TEMPLATE_ID:
            {
                rejected.wrap(buffer, bodyOffset, blockLength, version);
                final MirroredOrder order = orders.get(rejected.clientOrderId());
                // a refusal of an order the venue had accepted is a refused cancel: the order lives on, as the
                // engine's order state machine also decides
                if (order == null || !order.accepted)
                {
                    remove(rejected.clientOrderId());
                }
                break;
            }
            case PositionUpdateDecoder.TEMPLATE_ID:
                position.wrap(buffer, bodyOffset, blockLength, version);
                if (position.botId() >= 0)
                {
                    setPosition(position.botId(), position.instrumentId(), position.positionSide(),
                        position.sizeMantissa());
                }
                break;
            default:
                break;
        }
    }

    /**
     * @return the live order, or null; the object is reused once the order leaves, so do not keep it.
     */
    public MirroredOrder order(final long clientOrderId)
    {
        return orders.get(clientOrderId);
    }

    /**
     * @return number of live orders.
     */
    public int orderCount()
    {
        return orders.size();
    }

    /**
     * Cold path (allocates).
     *
     * @return the client order ids of the live orders, ascending.
     */
    public long[] orderIds()
    {
        final long[] ids = new long[orders.size()];
        int i = 0;
        for (final Long2ObjectHashMap<MirroredOrder>.KeyIterator it = orders.keySet().iterator(); it.hasNext(); )
        {
            ids[i++] = it.nextLong();
        }
        Arrays.sort(ids);
        return ids;
    }

    /**
     * @return the signed position size, or {@link #FLAT}.
     */
    public long positionSize(final int botId, final int instrumentId, final PositionSide positionSide)
    {
        final long size = positions.get(positionKey(botId, instrumentId, positionSide));
        return size == Long.MIN_VALUE ? FLAT : size;
    }

    /**
     * Cold path (allocates).
     *
     * @return the keys of the non-flat positions, ascending by bot, instrument, position side; decode them with
     * {@link #botOf}, {@link #instrumentOf} and {@link #positionSideOf}.
     */
    public long[] positionKeys()
    {
        final long[] keys = new long[positions.size()];
        int i = 0;
        for (final Long2LongHashMap.KeyIterator it = positions.keySet().iterator(); it.hasNext(); )
        {
            keys[i++] = it.nextValue();
        }
        Arrays.sort(keys);
        return keys;
    }

    /**
     * @return fills for orders the mirror did not know (placed before it started, or already gone); their position
     * change is still applied.
     */
    public long fillsOfUnknownOrders()
    {
        return fillsOfUnknownOrders;
    }

    /**
     * @return the key of a position: bot, then instrument, then position side, ordered as those are.
     */
    public static long positionKey(final int botId, final int instrumentId, final PositionSide positionSide)
    {
        return ((long)(botId & 0xFFFF) << 48) | ((long)instrumentId << 2) | positionSide.value();
    }

    public static int botOf(final long positionKey)
    {
        return (int)(positionKey >>> 48);
    }

    public static int instrumentOf(final long positionKey)
    {
        return (int)((positionKey & 0xFFFF_FFFF_FFFFL) >>> 2);
    }

    public static PositionSide positionSideOf(final long positionKey)
    {
        return PositionSide.get((short)(positionKey & 3));
    }

    private void applyFill()
    {
        final long size = fill.sizeMantissa();
        final MirroredOrder order = orders.get(fill.clientOrderId());
        if (order == null)
        {
            fillsOfUnknownOrders++;
        }
        else
        {
            order.filledSize = Math.max(order.filledSize + size, fill.cumulativeSizeMantissa());
        }
        final long key = positionKey(fill.botId(), fill.instrumentId(), fill.positionSide());
        final long before = positions.get(key);
        final long signed = fill.side() == Side.BUY ? size : -size;
        storePosition(key, (before == Long.MIN_VALUE ? 0 : before) + signed);
        if (order != null && (fill.leavesSizeMantissa() == 0 || order.filledSize >= order.size))
        {
            remove(order.clientOrderId());
        }
    }

    private void setPosition(final int botId, final int instrumentId, final PositionSide side, final long size)
    {
        storePosition(positionKey(botId, instrumentId, side), size);
    }

    private void storePosition(final long key, final long size)
    {
        if (size == 0)
        {
            positions.remove(key);
        }
        else
        {
            positions.put(key, size);
        }
    }

    private void remove(final long clientOrderId)
    {
        final MirroredOrder order = orders.remove(clientOrderId);
        if (order != null)
        {
            if (pooled == pool.length)
            {
                pool = Arrays.copyOf(pool, Math.max(16, pool.length * 2));
            }
            pool[pooled++] = order;
        }
    }

    private MirroredOrder take()
    {
        return pooled > 0 ? pool[--pooled] : new MirroredOrder();
    }

    /**
     * One live order as the engine sent it and as its executions left it. Read-only outside the mirror.
     */
    public static final class MirroredOrder
    {
        private long clientOrderId;
        private int botId;
        private int instrumentId;
        private Side side;
        private PositionSide positionSide;
        private OrderType orderType;
        private long price;
        private long stopPrice;
        private long size;
        private long filledSize;
        private long venueOrderId;
        private boolean accepted;
        private boolean cancelRequested;

        MirroredOrder()
        {
        }

        void set(final NewOrderDecoder order)
        {
            clientOrderId = order.clientOrderId();
            botId = order.botId();
            instrumentId = order.instrumentId();
            side = order.side();
            positionSide = order.positionSide();
            orderType = order.orderType();
            price = order.priceMantissa();
            stopPrice = order.stopPriceMantissa();
            size = order.sizeMantissa();
            filledSize = 0;
            venueOrderId = 0;
            accepted = false;
            cancelRequested = false;
        }

        public long clientOrderId()
        {
            return clientOrderId;
        }

        public int botId()
        {
            return botId;
        }

        public int instrumentId()
        {
            return instrumentId;
        }

        public Side side()
        {
            return side;
        }

        public PositionSide positionSide()
        {
            return positionSide;
        }

        public OrderType orderType()
        {
            return orderType;
        }

        public long priceMantissa()
        {
            return price;
        }

        public long stopPriceMantissa()
        {
            return stopPrice;
        }

        public long sizeMantissa()
        {
            return size;
        }

        public long filledSizeMantissa()
        {
            return filledSize;
        }

        /**
         * @return the venue's order id (the algo id for a conditional order), 0 until accepted.
         */
        public long venueOrderId()
        {
            return venueOrderId;
        }

        public boolean accepted()
        {
            return accepted;
        }

        public boolean cancelRequested()
        {
            return cancelRequested;
        }
    }
}
