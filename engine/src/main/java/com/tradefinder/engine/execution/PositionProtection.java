package com.tradefinder.engine.execution;

import com.tradefinder.codecs.ExitReason;
import com.tradefinder.codecs.OrderRole;
import com.tradefinder.codecs.OrderState;
import com.tradefinder.codecs.OrderType;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.RejectReason;
import com.tradefinder.engine.marketdata.InstrumentSpec;
import org.agrona.collections.Long2ObjectHashMap;

/**
 * Keeps every position of a bot protected: one {@link ProtectiveGroup} per (strategy, instrument, side), whose
 * working stop-market (and take-profit, when the position has one) always covers the whole position less the market
 * exits still working.
 * <p>
 * Rules:
 * <ul>
 *   <li>The first fill of a flat group opens it: the stop and take-profit of the filling entry become the group's.
 *       Fills of later entries add to the position and keep the group's prices ({@link #moveStop} changes the
 *       stop).</li>
 *   <li>After any change (a fill, an exit, a moved stop, an order ending) the group is reconciled: a protective order
 *       whose remaining size or trigger differs from what the position needs is replaced make-before-break, the new
 *       order for the full size first and then a cancel for the old one, so the position is never without a stop in
 *       between; the overlap is harmless because closing orders are reduce-only (one-way mode) or bound to the
 *       position side (hedge mode). Nothing is sent when nothing changed.</li>
 *   <li>One cancels the other: once a stop fills (even partly) the take-profit is canceled, and the reverse. If
 *       the order that fired ends with part of the position left, full protection is placed again.</li>
 *   <li>{@link #exit} reserves the exit size, resizes or cancels the protective orders accordingly, then sends a
 *       MARKET exit; a failed exit gives its size back to the protective orders.</li>
 *   <li>A rejected stop closes the position at market (reason STOP_LOSS): a position is never left without one. A
 *       rejected take-profit drops the take-profit.</li>
 *   <li>A stop or exit the venue refused for its rate limits (or a ban) holds the position's orders: nothing is sent
 *       for it until the back-off (1 s, doubling to 60 s) has passed in event time, then the close at market is
 *       tried again — resending at once would only meet the same refusal, thousands of times a second.</li>
 *   <li>Closing fills are reported through {@link ExecutionListener#onExitFill} with the order's role and reason; the
 *       group ends when the position is flat and none of its orders is live.</li>
 * </ul>
 * Business-logic thread only; allocation-free after construction.
 */
final class PositionProtection
{
    private static final float LOAD_FACTOR = 0.5f;
    private static final long HOLD_NS = 1_000_000_000L;
    private static final long MAX_HOLD_NS = 60_000_000_000L;
    private static final int MAX_HOLD_DOUBLINGS = 6;

    private final OrderDesk desk;
    private final ExecutionListener listener;
    private final boolean takeProfitEnabled;
    private final Long2ObjectHashMap<ProtectiveGroup> byKey;
    private final ProtectiveGroup[] free;
    private final ProtectiveGroup[] active;
    private int freeCount;
    private int activeCount;
    private long protectiveRejects;

    PositionProtection(final int maxGroups, final boolean takeProfitEnabled, final OrderDesk desk,
        final ExecutionListener listener)
    {
        this.desk = desk;
        this.listener = listener;
        this.takeProfitEnabled = takeProfitEnabled;
        byKey = new Long2ObjectHashMap<>(maxGroups * 4, LOAD_FACTOR, true);
        free = new ProtectiveGroup[maxGroups];
        active = new ProtectiveGroup[maxGroups];
        for (int i = 0; i < maxGroups; i++)
        {
            free[i] = new ProtectiveGroup();
        }
        freeCount = maxGroups;
    }

    /**
     * @return the group of that position, or null.
     */
    ProtectiveGroup find(final int strategyId, final int instrumentId, final PositionSide side)
    {
        return byKey.get(key(strategyId, instrumentId, side));
    }

    /**
     * @return the group of that position, created when absent; null when no group is free.
     */
    ProtectiveGroup acquire(final int strategyId, final InstrumentSpec spec, final PositionSide side)
    {
        final long key = key(strategyId, spec.instrumentId(), side);
        final ProtectiveGroup existing = byKey.get(key);
        if (existing != null)
        {
            return existing;
        }
        if (freeCount == 0)
        {
            return null;
        }
        final ProtectiveGroup group = free[--freeCount];
        free[freeCount] = null;
        group.key = key;
        group.strategyId = strategyId;
        group.instrumentId = spec.instrumentId();
        group.side = side;
        group.spec = spec;
        group.activeIndex = activeCount;
        active[activeCount++] = group;
        byKey.put(key, group);
        return group;
    }

    /**
     * An entry of the group filled {@code sizeMantissa}: the position grows and is protected.
     */
    void onEntryFill(final Order entry, final long sizeMantissa, final long timeNs)
    {
        final ProtectiveGroup group = entry.group();
        if (group.protectedSizeMantissa == 0)
        {
            group.stopPriceMantissa = entry.protectiveStopMantissa();
            group.takeProfitMantissa = entry.takeProfitMantissa();
            group.openedTimeNs = timeNs;
        }
        group.suspended = false;
        group.protectedSizeMantissa += sizeMantissa;
        reconcile(group, timeNs);
    }

    /**
     * A stop, take-profit or exit of the group filled: the position shrinks, the fill is reported, and a firing
     * protective order cancels the other one.
     */
    void onClosingFill(final Order order, final long priceMantissa, final long sizeMantissa, final long feeMantissa,
        final long timeNs)
    {
        final ProtectiveGroup group = order.group();
        group.protectedSizeMantissa = Math.max(0, group.protectedSizeMantissa - sizeMantissa);
        if (order.role() == OrderRole.EXIT)
        {
            group.exitWorkingSizeMantissa -= sizeMantissa;
        }
        else
        {
            group.fired = order;
        }
        if (group.protectedSizeMantissa == 0)
        {
            group.openedTimeNs = 0;
        }
        listener.onExitFill(group.strategyId, group.instrumentId, group.side, order.role(), order.exitReason(),
            priceMantissa, sizeMantissa, feeMantissa, timeNs);
        reconcile(group, timeNs);
    }

    /**
     * An order of the group reached a terminal state (after the entry logic dealt with it, before it is retired).
     */
    void onEnded(final Order order, final long timeNs)
    {
        final ProtectiveGroup group = order.group();
        group.liveOrders--;
        boolean stopRejected = false;
        if (group.fired == order)
        {
            group.fired = null;
        }
        if (order.role() == OrderRole.EXIT)
        {
            group.exitWorkingSizeMantissa -= order.remainingSizeMantissa();
        }
        else if (group.stop == order)
        {
            group.stop = null;
            stopRejected = order.state() == OrderState.REJECTED;
        }
        else if (group.takeProfit == order)
        {
            group.takeProfit = null;
            if (order.state() == OrderState.REJECTED)
            {
                protectiveRejects++;
                group.takeProfitMantissa = 0;
            }
        }
        final boolean refusedForLimits = order.state() == OrderState.REJECTED &&
            order.rejectReason() == RejectReason.RATE_LIMITED &&
            (order.role() == OrderRole.EXIT || order.role() == OrderRole.STOP_LOSS);
        if (refusedForLimits)
        {
            protectiveRejects++;
            hold(group, timeNs);
        }
        else if (stopRejected)
        {
            protectiveRejects++;
            exit(group, 0, ExitReason.STOP_LOSS, timeNs);
        }
        else
        {
            reconcile(group, timeNs);
        }
        releaseIfDone(group);
    }

    /**
     * Sends a market exit for part or all of the position left after the exits already working.
     *
     * @param sizeMantissa size to close; 0 or more than is left closes all that is left.
     * @return the size sent, 0 when nothing was left to close.
     */
    long exit(final ProtectiveGroup group, final long sizeMantissa, final ExitReason reason, final long timeNs)
    {
        final long available = group.protectedSizeMantissa - group.exitWorkingSizeMantissa;
        if (available <= 0)
        {
            return 0;
        }
        final long size = sizeMantissa <= 0 || sizeMantissa > available ? available : sizeMantissa;
        group.exitWorkingSizeMantissa += size;
        reconcile(group, timeNs);
        final Order exit = desk.create(group, OrderRole.EXIT, OrderType.MARKET, 0, 0, size, timeNs);
        exit.exitReason(reason);
        desk.send(exit, timeNs);
        return size;
    }

    /**
     * Moves the group's stop; nothing is sent when the position is flat or the price is unchanged.
     */
    void moveStop(final ProtectiveGroup group, final long stopPriceMantissa, final long timeNs)
    {
        if (group.protectedSizeMantissa == 0 || (stopPriceMantissa == group.stopPriceMantissa && !group.suspended))
        {
            return;
        }
        group.stopPriceMantissa = stopPriceMantissa;
        group.suspended = false;
        reconcile(group, timeNs);
    }

    /**
     * Stops protecting every position (for cancel-all): the working protective orders are forgotten here and the
     * caller cancels every working order; protection resumes on a moved stop or a new entry fill.
     */
    void suspendAll()
    {
        for (int i = 0; i < activeCount; i++)
        {
            final ProtectiveGroup group = active[i];
            group.suspended = true;
            group.stop = null;
            group.takeProfit = null;
        }
    }

    /**
     * Releases the group when it is flat and has no live order.
     */
    void releaseIfDone(final ProtectiveGroup group)
    {
        if (group.liveOrders > 0 || group.protectedSizeMantissa > 0)
        {
            return;
        }
        byKey.remove(group.key);
        final int index = group.activeIndex;
        final ProtectiveGroup last = active[--activeCount];
        active[index] = last;
        last.activeIndex = index;
        active[activeCount] = null;
        group.reset();
        free[freeCount++] = group;
    }

    long protectedSize(final int strategyId, final int instrumentId, final PositionSide side)
    {
        final ProtectiveGroup group = find(strategyId, instrumentId, side);
        return group == null ? 0 : group.protectedSizeMantissa;
    }

    long stopPrice(final int strategyId, final int instrumentId, final PositionSide side)
    {
        final ProtectiveGroup group = find(strategyId, instrumentId, side);
        return group == null || group.protectedSizeMantissa == 0 ? 0 : group.stopPriceMantissa;
    }

    long protectiveRejects()
    {
        return protectiveRejects;
    }

    int activeGroups()
    {
        return activeCount;
    }

    long stateHash(final long hash)
    {
        long h = hash;
        for (int i = 0; i < activeCount; i++)
        {
            h = active[i].stateHash(h);
        }
        return h;
    }

    private void hold(final ProtectiveGroup group, final long timeNs)
    {
        final int doublings = Math.min(group.heldRefusals, MAX_HOLD_DOUBLINGS);
        group.heldRefusals++;
        group.heldUntilNs = timeNs + Math.min(HOLD_NS << doublings, MAX_HOLD_NS);
        group.exitWhenReleased = true;
    }

    /**
     * Event time moved on: positions held after a refusal for the venue's limits try their close again once their
     * back-off has passed.
     *
     * @param instrumentId instrument whose time moved.
     * @param timeNs       event time.
     */
    void onTime(final int instrumentId, final long timeNs)
    {
        for (int i = 0; i < activeCount; i++)
        {
            final ProtectiveGroup group = active[i];
            if (group.instrumentId == instrumentId && group.exitWhenReleased && timeNs >= group.heldUntilNs)
            {
                group.heldUntilNs = 0;
                group.exitWhenReleased = false;
                exit(group, 0, ExitReason.STOP_LOSS, timeNs);
            }
        }
    }

    private void reconcile(final ProtectiveGroup group, final long timeNs)
    {
        if (timeNs < group.heldUntilNs)
        {
            return;
        }
        // a leg that filled completely is no longer working; it leaves the group when its end is handled
        if (group.stop != null && !OrderTransitions.isWorking(group.stop.state()))
        {
            group.stop = null;
        }
        if (group.takeProfit != null && !OrderTransitions.isWorking(group.takeProfit.state()))
        {
            group.takeProfit = null;
        }
        final long wanted = Math.max(0, group.protectedSizeMantissa - group.exitWorkingSizeMantissa);
        final OrderRole firing = group.fired == null ? OrderRole.NULL_VAL : group.fired.role();
        final boolean protect = wanted > 0 && !group.suspended;
        final boolean stopWanted = protect && group.stopPriceMantissa > 0 && firing != OrderRole.TAKE_PROFIT;
        final boolean takeProfitWanted = protect && takeProfitEnabled && group.takeProfitMantissa > 0 &&
            firing != OrderRole.STOP_LOSS;
        group.stop = sync(group, group.stop, OrderRole.STOP_LOSS, stopWanted, group.stopPriceMantissa, wanted, timeNs);
        group.takeProfit = sync(group, group.takeProfit, OrderRole.TAKE_PROFIT, takeProfitWanted,
            group.takeProfitMantissa, wanted, timeNs);
    }

    private Order sync(final ProtectiveGroup group, final Order current, final OrderRole role, final boolean wanted,
        final long triggerMantissa, final long sizeMantissa, final long timeNs)
    {
        if (!wanted)
        {
            if (current != null)
            {
                desk.cancel(current, timeNs);
            }
            return null;
        }
        if (current != null && current.remainingSizeMantissa() == sizeMantissa &&
            current.stopPriceMantissa() == triggerMantissa)
        {
            return current;
        }
        final boolean stop = role == OrderRole.STOP_LOSS;
        final Order replacement = desk.create(group, role, stop ? OrderType.STOP_MARKET : OrderType.TAKE_PROFIT_MARKET,
            0, triggerMantissa, sizeMantissa, timeNs);
        replacement.exitReason(stop ? ExitReason.STOP_LOSS : ExitReason.TAKE_PROFIT);
        replacement.intendedPriceMantissa(triggerMantissa);
        desk.send(replacement, timeNs);
        if (current != null)
        {
            desk.cancel(current, timeNs);
        }
        return replacement;
    }

    private static long key(final int strategyId, final int instrumentId, final PositionSide side)
    {
        return ((long)strategyId << 40) | ((instrumentId & 0xFFFF_FFFFL) << 8) | side.value();
    }
}
