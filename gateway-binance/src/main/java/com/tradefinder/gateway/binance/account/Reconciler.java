package com.tradefinder.gateway.binance.account;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongFunction;

import com.tradefinder.codecs.Liquidity;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.ReconcileKind;
import com.tradefinder.codecs.ReconcileResolution;
import com.tradefinder.codecs.Side;
import com.tradefinder.gateway.binance.ClientOrderIdText;
import com.tradefinder.gateway.binance.InboundSink;
import com.tradefinder.gateway.binance.userdata.ExecutionPublisher;

/**
 * Compares the venue's snapshot (open orders, open algo orders, positions) with the {@link ExecutionMirror} after a
 * start or a reconnect, and resolves every difference, reporting each as an SBE ReconcileDifference followed by what
 * resolves it, through the {@link InboundSink}:
 * <ul>
 * <li>an open venue order with our prefix that the engine does not know: ORDER_UNKNOWN_TO_ENGINE, canceled at the
 * venue through the {@link VenueCanceller} (CANCELED_AT_VENUE);</li>
 * <li>an order, open or not, that filled more at the venue than the engine saw: ORDER_FILLED_UNSEEN, a Fill for the
 * missing quantity at the venue's average price, trade id 0 and fee 0 (neither is in the snapshot), liquidity
 * TAKER (REPORTED_FILL);</li>
 * <li>an engine order no longer open at the venue and not FILLED there (canceled, expired, rejected, unknown):
 * ORDER_MISSING_AT_VENUE and OrderCanceled (REPORTED_CANCELED);</li>
 * <li>a position whose size differs: POSITION_SIZE_DIFFERS and a PositionUpdate with the venue's size, entry price and
 * P&amp;L, the venue being the truth (ADOPTED_VENUE_POSITION).</li>
 * </ul>
 * Order is deterministic: venue orders by client order id then venue id, then engine orders by client order id, then
 * positions by instrument and position side. Every message published is also applied to the mirror, so the
 * position comparison already counts the fills reported before it.
 * <p>
 * Positions are the account's: the mirror's positions of all bots on one instrument and side are summed and compared
 * with the venue's, and the PositionUpdate goes to the account's bot (or, with none given, to the one bot holding the
 * position in the mirror, else -1). Ids without our prefix (orders placed by hand) are left alone and counted. The
 * snapshot must cover every instrument the engine trades: a mirror position absent from it counts as flat at the
 * venue.
 * <p>
 * Two steps, because the venue's status of a missing order needs one REST call per order: {@link #ordersToQuery}
 * names them, the integrator fetches each {@code GET /fapi/v1/order} (or {@code /fapi/v1/algoOrder}) and then calls
 * {@link #reconcile}. Single-threaded: both on the mirror's thread; cold path (allocates).
 */
public final class Reconciler
{
    /**
     * Cancels an order at the venue; the integrator wires it to {@code DELETE /fapi/v1/order} (or
     * {@code /fapi/v1/algoOrder} when {@code algo}). Must not block the calling thread.
     */
    @FunctionalInterface
    public interface VenueCanceller
    {
        void cancel(int instrumentId, long venueOrderId, String clientOrderIdText, boolean algo);
    }

    private static final Comparator<VenueOpenOrder> VENUE_ORDER =
        Comparator.comparingLong(VenueOpenOrder::clientOrderId).thenComparingLong(VenueOpenOrder::venueOrderId);

    private final ExecutionMirror mirror;
    private final ExecutionPublisher publisher;
    private final VenueCanceller canceller;
    private final int accountBotId;
    private long foreignOpenOrders;
    private long unresolvedOrders;

    /**
     * @param mirror       the engine's orders and positions as the gateway saw them.
     * @param sink         where the messages go.
     * @param canceller    cancels orders at the venue.
     * @param accountBotId the bot that owns the API key, or -1 when several share it.
     */
    public Reconciler(
        final ExecutionMirror mirror, final InboundSink sink, final VenueCanceller canceller, final int accountBotId)
    {
        this.mirror = mirror;
        this.publisher = new ExecutionPublisher((buffer, offset, length) ->
        {
            mirror.onInbound(buffer, offset, length);
            sink.publish(buffer, offset, length);
        });
        this.canceller = canceller;
        this.accountBotId = accountBotId;
    }

    /**
     * @param openOrders the venue's open orders and open algo orders together.
     * @return client order ids of the engine's live orders that the venue does not list as open, ascending: fetch
     * each one's status before {@link #reconcile}.
     */
    public long[] ordersToQuery(final List<VenueOpenOrder> openOrders)
    {
        final Set<Long> open = openIds(openOrders);
        final long[] ids = mirror.orderIds();
        int count = 0;
        for (final long id : ids)
        {
            if (!open.contains(id))
            {
                ids[count++] = id;
            }
        }
        return Arrays.copyOf(ids, count);
    }

    /**
     * Finds and resolves the differences.
     *
     * @param openOrders the venue's open orders and open algo orders together.
     * @param positions  the venue's positions.
     * @param statuses   the venue's status of each order {@link #ordersToQuery} named, by client order id; null for
     *                   one not fetched (that order is left for the next reconciliation and counted).
     * @param timeNs     time of the reconciliation, epoch nanoseconds, on every message.
     * @return differences found (each reported and resolved).
     */
    public int reconcile(
        final List<VenueOpenOrder> openOrders,
        final List<VenuePosition> positions,
        final LongFunction<VenueOrderStatus> statuses,
        final long timeNs)
    {
        int differences = reconcileVenueOrders(openOrders, timeNs);
        differences += reconcileEngineOrders(openIds(openOrders), statuses, timeNs);
        differences += reconcilePositions(positions, timeNs);
        return differences;
    }

    /**
     * @return open venue orders without our prefix, left alone.
     */
    public long foreignOpenOrders()
    {
        return foreignOpenOrders;
    }

    /**
     * @return engine orders missing at the venue whose status was not given, or still open there (placed after the
     * snapshot was taken); left for the next reconciliation.
     */
    public long unresolvedOrders()
    {
        return unresolvedOrders;
    }

    private int reconcileVenueOrders(final List<VenueOpenOrder> openOrders, final long timeNs)
    {
        final List<VenueOpenOrder> sorted = new ArrayList<>(openOrders);
        sorted.sort(VENUE_ORDER);
        int differences = 0;
        for (final VenueOpenOrder order : sorted)
        {
            final long clientOrderId = order.clientOrderId();
            if (clientOrderId == ClientOrderIdText.NOT_OURS)
            {
                foreignOpenOrders++;
                continue;
            }
            final int botId = ClientOrderIdText.botId(clientOrderId);
            final ExecutionMirror.MirroredOrder known = mirror.order(clientOrderId);
            if (known == null)
            {
                publisher.reconcileDifference(botId, order.instrumentId(), ReconcileKind.ORDER_UNKNOWN_TO_ENGINE,
                    ReconcileResolution.CANCELED_AT_VENUE, clientOrderId, order.venueOrderId(), order.positionSide(),
                    0, order.sizeMantissa() - order.executedSizeMantissa(), timeNs);
                canceller.cancel(order.instrumentId(), order.venueOrderId(), order.clientOrderIdText(), order.algo());
                differences++;
            }
            else if (order.executedSizeMantissa() > known.filledSizeMantissa())
            {
                reportFill(known, order.venueOrderId(), order.executedSizeMantissa(), order.averagePriceMantissa(),
                    timeNs, timeNs);
                differences++;
            }
        }
        return differences;
    }

    private int reconcileEngineOrders(
        final Set<Long> open, final LongFunction<VenueOrderStatus> statuses, final long timeNs)
    {
        int differences = 0;
        for (final long clientOrderId : mirror.orderIds())
        {
            if (open.contains(clientOrderId))
            {
                continue;
            }
            final VenueOrderStatus status = statuses.apply(clientOrderId);
            if (status == null || status.state().isOpen())
            {
                unresolvedOrders++;
                continue;
            }
            final ExecutionMirror.MirroredOrder order = mirror.order(clientOrderId);
            final long venueOrderId = status.venueOrderId() != 0 ? status.venueOrderId() : order.venueOrderId();
            final int botId = order.botId();
            final int instrumentId = order.instrumentId();
            final PositionSide positionSide = order.positionSide();
            final long filled = order.filledSizeMantissa();
            final long exchangeTimeNs = status.updateTimeNs() > 0 ? status.updateTimeNs() : timeNs;
            if (status.executedSizeMantissa() > filled)
            {
                reportFill(order, venueOrderId, status.executedSizeMantissa(), status.averagePriceMantissa(),
                    exchangeTimeNs, timeNs);
                differences++;
            }
            if (status.state() != VenueOrderState.FILLED)
            {
                publisher.reconcileDifference(botId, instrumentId, ReconcileKind.ORDER_MISSING_AT_VENUE,
                    ReconcileResolution.REPORTED_CANCELED, clientOrderId, venueOrderId, positionSide, filled,
                    status.executedSizeMantissa(), timeNs);
                publisher.orderCanceled(botId, clientOrderId, instrumentId, exchangeTimeNs, timeNs);
                differences++;
            }
        }
        return differences;
    }

    private void reportFill(
        final ExecutionMirror.MirroredOrder order,
        final long venueOrderId,
        final long executed,
        final long averagePrice,
        final long exchangeTimeNs,
        final long timeNs)
    {
        final long clientOrderId = order.clientOrderId();
        final int botId = order.botId();
        final int instrumentId = order.instrumentId();
        final long filled = order.filledSizeMantissa();
        final long size = order.sizeMantissa();
        final Side side = order.side();
        final PositionSide positionSide = order.positionSide();
        publisher.reconcileDifference(botId, instrumentId, ReconcileKind.ORDER_FILLED_UNSEEN,
            ReconcileResolution.REPORTED_FILL, clientOrderId, venueOrderId, positionSide, filled, executed, timeNs);
        publisher.fill(botId, clientOrderId, venueOrderId, 0, instrumentId, side, positionSide, averagePrice,
            executed - filled, executed, Math.max(0, size - executed), 0, Liquidity.TAKER, exchangeTimeNs, timeNs);
    }

    private int reconcilePositions(final List<VenuePosition> positions, final long timeNs)
    {
        final Map<Long, VenuePosition> venue = new HashMap<>();
        for (final VenuePosition position : positions)
        {
            venue.put(accountKey(position.instrumentId(), position.positionSide()), position);
        }
        final TreeMap<Long, Long> engine = new TreeMap<>();
        final Map<Long, Integer> holders = new HashMap<>();
        for (final long key : mirror.positionKeys())
        {
            final long accountKey = accountKey(ExecutionMirror.instrumentOf(key), ExecutionMirror.positionSideOf(key));
            engine.merge(accountKey, mirror.positionSize(ExecutionMirror.botOf(key),
                ExecutionMirror.instrumentOf(key), ExecutionMirror.positionSideOf(key)), Long::sum);
            holders.merge(accountKey, ExecutionMirror.botOf(key), (a, b) -> a.equals(b) ? a : -1);
        }
        final TreeMap<Long, Boolean> keys = new TreeMap<>();
        venue.keySet().forEach(key -> keys.put(key, Boolean.TRUE));
        engine.keySet().forEach(key -> keys.put(key, Boolean.TRUE));
        int differences = 0;
        for (final long key : keys.keySet())
        {
            final VenuePosition position = venue.get(key);
            final long venueSize = position == null ? 0 : position.sizeMantissa();
            final long engineSize = engine.getOrDefault(key, 0L);
            if (venueSize == engineSize)
            {
                continue;
            }
            final int instrumentId = (int)(key >>> 2);
            final PositionSide positionSide = PositionSide.get((short)(key & 3));
            final int botId = accountBotId >= 0 ? accountBotId : holders.getOrDefault(key, -1);
            publisher.reconcileDifference(botId, instrumentId, ReconcileKind.POSITION_SIZE_DIFFERS,
                ReconcileResolution.ADOPTED_VENUE_POSITION, 0, 0, positionSide, engineSize, venueSize, timeNs);
            publisher.positionUpdate(botId, instrumentId, positionSide, venueSize,
                position == null ? 0 : position.entryPriceMantissa(),
                position == null ? 0 : position.unrealizedPnlMantissa(), timeNs, timeNs);
            differences++;
        }
        return differences;
    }

    private static Set<Long> openIds(final List<VenueOpenOrder> openOrders)
    {
        final Set<Long> ids = new HashSet<>();
        for (final VenueOpenOrder order : openOrders)
        {
            if (order.clientOrderId() != ClientOrderIdText.NOT_OURS)
            {
                ids.add(order.clientOrderId());
            }
        }
        return ids;
    }

    private static long accountKey(final int instrumentId, final PositionSide positionSide)
    {
        return ((long)instrumentId << 2) | positionSide.value();
    }
}
