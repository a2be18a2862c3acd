package com.tradefinder.engine.execution;

import com.tradefinder.codecs.ExitReason;
import com.tradefinder.codecs.FillDecoder;
import com.tradefinder.codecs.OrderAcceptedDecoder;
import com.tradefinder.codecs.OrderCanceledDecoder;
import com.tradefinder.codecs.OrderExpiredDecoder;
import com.tradefinder.codecs.OrderRejectedDecoder;
import com.tradefinder.codecs.OrderRole;
import com.tradefinder.codecs.OrderState;
import com.tradefinder.codecs.OrderType;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.RejectReason;
import com.tradefinder.engine.marketdata.InstrumentSpec;
import com.tradefinder.engine.util.Hashing;
import com.tradefinder.numeric.FixedMath;

/**
 * The order state machines of one bot: entries with their timeouts, re-prices and abandon rule, the protective
 * orders of every position ({@link PositionProtection}), exits, and the venue's execution events.
 * <p>
 * Every state change goes through one method, {@link #transition}, which checks the {@link OrderTransitions} table and
 * publishes an order update through {@link OrderCommands}. A transition an inbound event asks for that the table
 * refuses (a fill for a canceled order, a second ack, any event for an order the bot does not know, an overfill) is a
 * reject: counted ({@link #illegalTransitions()}), published with reason {@code ILLEGAL_TRANSITION}, the order left as
 * it was. One the manager itself would make is a bug and throws {@link IllegalStateException}, as do calls that break
 * a contract below ({@link IllegalArgumentException}); the business logic journals either and halts the bot.
 * <p>
 * Entries: a limit entry that works {@link ExecutionSettings#entryTimeoutNs()} since it was placed or last filled,
 * measured in the event time of {@link #onMarketPrice}, is canceled; once the cancel is confirmed the rest is placed
 * again at the last market price (rounded onto the tick grid, down for a buy, up for a sell), up to
 * {@link ExecutionSettings#maxReprices()} times. At a timeout, and again when placing the re-price, an entry whose
 * market ran more than {@link ExecutionSettings#abandonAfterBps()} against its first limit price is abandoned instead
 * ({@code PRICE_RAN_AWAY}); at the timeout after the last re-price it is given up ({@code NONE}). A refused cancel
 * returns the order to work; its cancel is sent again on the first market price at least
 * {@link #CANCEL_RETRY_INTERVAL_NS} later.
 * <p>
 * Account modes ({@link ExecutionSettings#hedgeMode()}): in hedge mode a strategy may hold LONG and SHORT on one
 * instrument at once, each with its own protective group. In one-way mode the venue nets the bot's sides of an
 * instrument into one position, so holding one side per instrument at a time is the risk engine's rule
 * ({@code ALREADY_IN_POSITION}); the manager keeps the groups apart either way.
 * <p>
 * Inbound events are taken at their receive time; events of another bot are treated as unknown orders (route by
 * {@code botId} before calling). Business-logic thread only; deterministic; allocation-free per event after warm-up
 * (pooled orders and groups, pre-sized primitive-keyed maps, no boxing or lambdas).
 */
public final class OrderManager
{
    /** Least event time between a refused cancel and the next attempt. */
    public static final long CANCEL_RETRY_INTERVAL_NS = 1_000_000_000L;
    /** Orders an entry may need over its life (entry, stop, take-profit, one replacement); fewer free refuse it. */
    public static final int ENTRY_HEADROOM = 4;

    private static final long BPS = 10_000;

    private final int botId;
    private final OrderType entryType;
    private final long entryTimeoutNs;
    private final int maxReprices;
    private final int abandonAfterBps;
    private final ExecutionListener listener;
    private final ClientOrderIds ids;
    private final OrderRegistry registry;
    private final OrderStateMachine machine;
    private final OrderDesk desk;
    private final PositionProtection protection;
    private long entriesRefused;
    private long cancelRejects;
    private long lateCancelRejects;

    /**
     * @param botId     0..{@link ClientOrderIds#MAX_BOT_ID}.
     * @param settings  validated settings, copied.
     * @param commands  where orders, cancels and order updates go.
     * @param listener  where entry and exit fills and ended entries go.
     * @param maxOrders orders of the pool (live ones plus the recently ended ones kept for late events), at least
     *                  {@link #ENTRY_HEADROOM}; also the number of protective groups.
     */
    public OrderManager(final int botId, final ExecutionSettings settings, final OrderCommands commands,
        final ExecutionListener listener, final int maxOrders)
    {
        settings.validate();
        if (maxOrders < ENTRY_HEADROOM)
        {
            throw new IllegalArgumentException("maxOrders must be >= " + ENTRY_HEADROOM + ": " + maxOrders);
        }
        this.botId = botId;
        this.entryType = settings.entryType();
        this.entryTimeoutNs = settings.entryTimeoutNs();
        this.maxReprices = settings.maxReprices();
        this.abandonAfterBps = settings.abandonAfterBps();
        this.listener = listener;
        this.ids = new ClientOrderIds(botId);
        this.registry = new OrderRegistry(maxOrders);
        this.machine = new OrderStateMachine(commands);
        this.desk = new OrderDesk(botId, settings.hedgeMode(), registry, machine, ids, commands);
        this.protection = new PositionProtection(maxOrders, settings.takeProfitEnabled(), desk, listener);
    }

    /**
     * Sends an entry: a LIMIT order at {@code limitPriceMantissa}, or a MARKET order when the limit price is 0 or the
     * settings' entry type is MARKET. Its fills are protected by a stop at {@code stopPriceMantissa} (and a
     * take-profit at {@code takeProfitMantissa} when given and enabled) as soon as they arrive.
     *
     * @param strategyId            0..{@link ClientOrderIds#MAX_STRATEGY_ID}.
     * @param spec                  the instrument; prices on its tick grid, the size on its step grid.
     * @param side                  LONG or SHORT.
     * @param limitPriceMantissa    limit price, 0 for market.
     * @param stopPriceMantissa     protective stop, required, positive.
     * @param takeProfitMantissa    take-profit, 0 for none.
     * @param sizeMantissa          positive size.
     * @param intendedPriceMantissa the price the strategy's decision assumed, for slippage.
     * @param tag                   the strategy's label, echoed in {@link ExecutionListener#onEntryFill}.
     * @param timeNs                event time.
     * @return the entry's client order id (re-prices get new ids), or 0 when refused for lack of free orders
     * ({@link #entriesRefused()}).
     * @throws IllegalArgumentException for an id, side, size or price out of range.
     */
    public long submitEntry(final int strategyId, final InstrumentSpec spec, final PositionSide side,
        final long limitPriceMantissa, final long stopPriceMantissa, final long takeProfitMantissa,
        final long sizeMantissa, final long intendedPriceMantissa, final int tag, final long timeNs)
    {
        return submitEntry(strategyId, spec, side, limitPriceMantissa, stopPriceMantissa, takeProfitMantissa,
            sizeMantissa, intendedPriceMantissa, tag, false, timeNs);
    }

    /**
     * As {@link #submitEntry(int, InstrumentSpec, PositionSide, long, long, long, long, long, int, long)}, and a
     * resting limit entry (a grid level) has no timeout: it works until filled or canceled, never re-priced.
     *
     * @param resting the entry rests until filled or canceled.
     * @return the entry's client order id, or 0 when refused.
     */
    public long submitEntry(final int strategyId, final InstrumentSpec spec, final PositionSide side,
        final long limitPriceMantissa, final long stopPriceMantissa, final long takeProfitMantissa,
        final long sizeMantissa, final long intendedPriceMantissa, final int tag, final boolean resting,
        final long timeNs)
    {
        ClientOrderIds.checkStrategy(strategyId);
        checkSide(side);
        if (sizeMantissa <= 0 || stopPriceMantissa <= 0 || limitPriceMantissa < 0 || takeProfitMantissa < 0)
        {
            throw new IllegalArgumentException("entry needs a positive size and stop and non-negative prices: size=" +
                sizeMantissa + " stop=" + stopPriceMantissa + " limit=" + limitPriceMantissa + " takeProfit=" +
                takeProfitMantissa);
        }
        if (desk.available() < ENTRY_HEADROOM)
        {
            entriesRefused++;
            return 0;
        }
        final ProtectiveGroup group = protection.acquire(strategyId, spec, side);
        if (group == null)
        {
            entriesRefused++;
            return 0;
        }
        final boolean market = limitPriceMantissa == 0 || entryType == OrderType.MARKET;
        final Order entry = desk.create(group, OrderRole.ENTRY, market ? OrderType.MARKET : OrderType.LIMIT,
            market ? 0 : limitPriceMantissa, 0, sizeMantissa, timeNs);
        entry.entry(intendedPriceMantissa, tag, stopPriceMantissa, takeProfitMantissa, sizeMantissa, 0,
            market ? 0 : limitPriceMantissa, 0, market || resting ? Long.MAX_VALUE : deadline(timeNs));
        desk.send(entry, timeNs);
        return entry.clientOrderId();
    }

    /**
     * Closes part or all of a position at market: a MARKET exit (reduce-only in one-way mode) for
     * {@code sizeMantissa}, or for everything not already being exited when it is 0 or larger; the protective orders
     * are canceled (a full exit) or resized to what is left (a partial one) before the exit is sent. Nothing is sent
     * for a flat position.
     *
     * @param strategyId   strategy.
     * @param spec         the instrument.
     * @param side         LONG or SHORT.
     * @param sizeMantissa size to close, 0 for all.
     * @param reason       why, echoed in {@link ExecutionListener#onExitFill}.
     * @param timeNs       event time.
     */
    public void exit(final int strategyId, final InstrumentSpec spec, final PositionSide side, final long sizeMantissa,
        final ExitReason reason, final long timeNs)
    {
        checkSide(side);
        final ProtectiveGroup group = protection.find(strategyId, spec.instrumentId(), side);
        if (group != null)
        {
            protection.exit(group, sizeMantissa, reason, timeNs);
        }
    }

    /**
     * Moves the protective stop of a position: a new stop for the whole position is sent, then the old one canceled.
     * Nothing is sent when the position is flat or the price is unchanged.
     *
     * @param strategyId        strategy.
     * @param instrumentId      instrument.
     * @param side              LONG or SHORT.
     * @param stopPriceMantissa new stop, positive.
     * @param timeNs            event time.
     */
    public void moveStop(final int strategyId, final int instrumentId, final PositionSide side,
        final long stopPriceMantissa, final long timeNs)
    {
        checkSide(side);
        if (stopPriceMantissa <= 0)
        {
            throw new IllegalArgumentException("stop must be positive: " + stopPriceMantissa);
        }
        final ProtectiveGroup group = protection.find(strategyId, instrumentId, side);
        if (group != null)
        {
            protection.moveStop(group, stopPriceMantissa, timeNs);
        }
    }

    /**
     * Cancels a strategy's working entries on an instrument; each ends ({@link ExecutionListener#onEntryEnded}, reason
     * NONE) once its cancel is confirmed, unless it filled first.
     *
     * @param strategyId   strategy.
     * @param instrumentId instrument.
     * @param timeNs       event time.
     */
    public void cancelEntries(final int strategyId, final int instrumentId, final long timeNs)
    {
        final int count = registry.liveCount();
        for (int i = 0; i < count; i++)
        {
            final Order order = registry.live(i);
            if (order.role() == OrderRole.ENTRY && order.strategyId() == strategyId &&
                order.instrumentId() == instrumentId)
            {
                endEntry(order, RejectReason.NONE, timeNs);
            }
        }
    }

    /**
     * Cancels every working entry of the bot, of every strategy and instrument; protective orders stay. Each entry
     * ends ({@link ExecutionListener#onEntryEnded}, reason NONE) once its cancel is confirmed, unless it filled first.
     *
     * @param timeNs event time.
     */
    public void cancelAllEntries(final long timeNs)
    {
        final int count = registry.liveCount();
        for (int i = 0; i < count; i++)
        {
            final Order order = registry.live(i);
            if (order.role() == OrderRole.ENTRY)
            {
                endEntry(order, RejectReason.NONE, timeNs);
            }
        }
    }

    /**
     * Cancels every working order of the bot, entries and protective orders alike, and suspends protection: open
     * positions stay unprotected until their stop is moved or an entry fills again (follow with {@link #exit} to
     * flatten).
     *
     * @param timeNs event time.
     */
    public void cancelAll(final long timeNs)
    {
        protection.suspendAll();
        final int count = registry.liveCount();
        for (int i = 0; i < count; i++)
        {
            final Order order = registry.live(i);
            if (order.role() == OrderRole.ENTRY)
            {
                endEntry(order, RejectReason.NONE, timeNs);
            }
            else if (OrderTransitions.isWorking(order.state()))
            {
                desk.cancel(order, timeNs);
            }
        }
    }

    /**
     * The market price of an instrument moved: drives the entry timeouts, re-prices and abandon rule, and retries
     * refused cancels.
     *
     * @param instrumentId  instrument.
     * @param priceMantissa last price.
     * @param timeNs        event time.
     */
    public void onMarketPrice(final int instrumentId, final long priceMantissa, final long timeNs)
    {
        final int count = registry.liveCount();
        for (int i = 0; i < count; i++)
        {
            final Order order = registry.live(i);
            if (order.instrumentId() != instrumentId)
            {
                continue;
            }
            final boolean entry = order.role() == OrderRole.ENTRY;
            if (entry)
            {
                order.marketPriceMantissa(priceMantissa);
            }
            if (!OrderTransitions.isWorking(order.state()))
            {
                continue;
            }
            if (order.cancelRequested())
            {
                if (timeNs - order.updateTimeNs() >= CANCEL_RETRY_INTERVAL_NS)
                {
                    desk.cancel(order, timeNs);
                }
            }
            else if (entry && timeNs >= order.deadlineNs())
            {
                timeout(order, priceMantissa, timeNs);
            }
        }
    }

    /**
     * The venue acknowledged an order: PENDING_NEW to NEW (or, for an order canceled before its ack, it stays
     * PENDING_CANCEL). An ack for an order already acknowledged (by an ack or a fill) is refused.
     *
     * @param accepted the event.
     */
    public void onAccepted(final OrderAcceptedDecoder accepted)
    {
        final long timeNs = accepted.receiveTimeNs();
        final Order order = lookup(accepted.botId(), accepted.clientOrderId(), accepted.instrumentId(),
            OrderState.NEW, timeNs);
        if (order == null)
        {
            return;
        }
        if (order.acknowledged())
        {
            // a second ack: PENDING_CANCEL -> NEW is in the table for a refused cancel, never for an ack
            machine.refuse(order, OrderState.NEW, timeNs);
            return;
        }
        final OrderState next = order.state() == OrderState.PENDING_CANCEL ? OrderState.PENDING_CANCEL :
            OrderState.NEW;
        if (!machine.admit(order, next, timeNs))
        {
            return;
        }
        order.accepted(accepted.venueOrderId(), timeNs);
        transition(order, next, timeNs, RejectReason.NONE);
    }

    /**
     * The venue refused an order, or a cancel. For an order in PENDING_CANCEL that the venue already acknowledged,
     * or with reason UNKNOWN_ORDER (the cancel overtook the order), it is the cancel that was refused: the order
     * returns to PENDING_NEW, NEW or PARTIALLY_FILLED and the cancel is retried later. A refused cancel of an order
     * that has since ended is counted ({@link #lateCancelRejects()}) and otherwise ignored. Otherwise the order is
     * REJECTED; a rejected entry ends with the venue's reason.
     *
     * @param rejected the event.
     */
    public void onRejected(final OrderRejectedDecoder rejected)
    {
        final long timeNs = rejected.receiveTimeNs();
        final Order order = lookup(rejected.botId(), rejected.clientOrderId(), rejected.instrumentId(),
            OrderState.REJECTED, timeNs);
        if (order == null)
        {
            return;
        }
        final RejectReason reason = rejected.reason();
        final OrderState state = order.state();
        if (state == OrderState.PENDING_CANCEL && (order.acknowledged() || reason == RejectReason.UNKNOWN_ORDER))
        {
            cancelRejects++;
            final OrderState back = order.filledSizeMantissa() > 0 ? OrderState.PARTIALLY_FILLED :
                order.acknowledged() ? OrderState.NEW : OrderState.PENDING_NEW;
            transition(order, back, timeNs, reason);
            return;
        }
        if (OrderTransitions.isTerminal(state) && order.cancelRequested() && reason == RejectReason.UNKNOWN_ORDER)
        {
            lateCancelRejects++;
            return;
        }
        if (!machine.admit(order, OrderState.REJECTED, timeNs))
        {
            return;
        }
        order.rejected(reason);
        transition(order, OrderState.REJECTED, timeNs, reason);
        ended(order, timeNs);
    }

    /**
     * The venue canceled an order (asked for or not).
     *
     * @param canceled the event.
     */
    public void onCanceled(final OrderCanceledDecoder canceled)
    {
        final long timeNs = canceled.receiveTimeNs();
        end(lookup(canceled.botId(), canceled.clientOrderId(), canceled.instrumentId(), OrderState.CANCELED, timeNs),
            OrderState.CANCELED, timeNs);
    }

    /**
     * The venue expired an order (time in force, or a market order without liquidity).
     *
     * @param expired the event.
     */
    public void onExpired(final OrderExpiredDecoder expired)
    {
        final long timeNs = expired.receiveTimeNs();
        end(lookup(expired.botId(), expired.clientOrderId(), expired.instrumentId(), OrderState.EXPIRED, timeNs),
            OrderState.EXPIRED, timeNs);
    }

    /**
     * An order filled, partly or completely (complete when its filled size reaches its size). A fill larger than what
     * is left of the order is refused. An entry fill is reported and protected; a closing fill is reported and may
     * cancel the other protective order.
     *
     * @param fill the event.
     */
    public void onFill(final FillDecoder fill)
    {
        final long timeNs = fill.receiveTimeNs();
        final long sizeMantissa = fill.sizeMantissa();
        final OrderState asked = fill.leavesSizeMantissa() == 0 ? OrderState.FILLED : OrderState.PARTIALLY_FILLED;
        final Order order = lookup(fill.botId(), fill.clientOrderId(), fill.instrumentId(), asked, timeNs);
        if (order == null)
        {
            return;
        }
        if (sizeMantissa <= 0 || sizeMantissa > order.remainingSizeMantissa())
        {
            machine.refuse(order, asked, timeNs);
            return;
        }
        final boolean complete = sizeMantissa == order.remainingSizeMantissa();
        final OrderState next = complete ? OrderState.FILLED :
            order.state() == OrderState.PENDING_CANCEL ? OrderState.PENDING_CANCEL : OrderState.PARTIALLY_FILLED;
        if (!machine.admit(order, next, timeNs))
        {
            return;
        }
        final long priceMantissa = fill.priceMantissa();
        final long feeMantissa = fill.feeMantissa();
        order.fill(fill.venueOrderId(), priceMantissa, sizeMantissa, feeMantissa, timeNs);
        final boolean entry = order.role() == OrderRole.ENTRY;
        if (entry && order.deadlineNs() != Long.MAX_VALUE)
        {
            order.deadlineNs(deadline(timeNs));
        }
        transition(order, next, timeNs, RejectReason.NONE);
        if (entry)
        {
            final ProtectiveGroup group = order.group();
            listener.onEntryFill(group.strategyId(), group.instrumentId(), group.side(), priceMantissa, sizeMantissa,
                feeMantissa, order.tag(), timeNs);
            protection.onEntryFill(order, sizeMantissa, timeNs);
        }
        else
        {
            protection.onClosingFill(order, priceMantissa, sizeMantissa, feeMantissa, timeNs);
        }
        if (complete)
        {
            ended(order, timeNs);
        }
    }

    /**
     * @return the position size of a (strategy, instrument, side): entry fills less closing fills.
     */
    public long protectedSize(final int strategyId, final int instrumentId, final PositionSide side)
    {
        return protection.protectedSize(strategyId, instrumentId, side);
    }

    /**
     * @return the stop price protecting that position, 0 when flat.
     */
    public long stopPrice(final int strategyId, final int instrumentId, final PositionSide side)
    {
        return protection.stopPrice(strategyId, instrumentId, side);
    }

    /**
     * @return the protective group of that position (read-only), null when there is none.
     */
    public ProtectiveGroup group(final int strategyId, final int instrumentId, final PositionSide side)
    {
        return protection.find(strategyId, instrumentId, side);
    }

    /**
     * @return live entry orders of a strategy on an instrument (including those whose cancel is pending).
     */
    public int workingEntries(final int strategyId, final int instrumentId)
    {
        int working = 0;
        final int count = registry.liveCount();
        for (int i = 0; i < count; i++)
        {
            final Order order = registry.live(i);
            if (order.role() == OrderRole.ENTRY && order.strategyId() == strategyId &&
                order.instrumentId() == instrumentId)
            {
                working++;
            }
        }
        return working;
    }

    /**
     * @param clientOrderId an id.
     * @return the live or recently ended order with that id (read-only), or null.
     */
    public Order order(final long clientOrderId)
    {
        return registry.find(clientOrderId);
    }

    /**
     * @return orders not yet in a terminal state.
     */
    public int liveOrders()
    {
        return registry.liveCount();
    }

    /**
     * @return the bot's client order ids.
     */
    public ClientOrderIds clientOrderIds()
    {
        return ids;
    }

    /**
     * @return inbound events refused as illegal transitions (including events for unknown orders and overfills).
     */
    public long illegalTransitions()
    {
        return machine.illegalTransitions();
    }

    /**
     * @return new orders sent.
     */
    public long ordersSent()
    {
        return desk.ordersSent();
    }

    /**
     * @return cancels sent.
     */
    public long cancelsSent()
    {
        return desk.cancelsSent();
    }

    /**
     * @return cancels the venue refused while the order was still live.
     */
    public long cancelRejects()
    {
        return cancelRejects;
    }

    /**
     * @return cancels the venue refused because the order had already ended (a fill won the race).
     */
    public long lateCancelRejects()
    {
        return lateCancelRejects;
    }

    /**
     * @return entries refused for lack of free orders or groups.
     */
    public long entriesRefused()
    {
        return entriesRefused;
    }

    /**
     * @return protective orders the venue rejected.
     */
    public long protectiveRejects()
    {
        return protection.protectiveRejects();
    }

    /**
     * @param hash running hash.
     * @return the hash with the bot's counters, id sequence, live orders (in their deterministic order) and
     * protective groups folded in.
     */
    public long stateHash(final long hash)
    {
        long h = Hashing.mix(hash, botId);
        h = Hashing.mix(h, ids.sequence());
        h = Hashing.mix(h, machine.illegalTransitions());
        h = Hashing.mix(h, desk.ordersSent());
        h = Hashing.mix(h, desk.cancelsSent());
        h = Hashing.mix(h, entriesRefused);
        h = Hashing.mix(h, cancelRejects);
        h = Hashing.mix(h, lateCancelRejects);
        h = Hashing.mix(h, protection.protectiveRejects());
        final int count = registry.liveCount();
        h = Hashing.mix(h, count);
        for (int i = 0; i < count; i++)
        {
            h = registry.live(i).stateHash(h);
        }
        return protection.stateHash(h);
    }

    /**
     * The one transition method: checks the table, changes the state, publishes the update.
     *
     * @throws IllegalStateException when the table refuses it.
     */
    void transition(final Order order, final OrderState next, final long timeNs, final RejectReason reason)
    {
        machine.transition(order, next, timeNs, reason);
    }

    private Order lookup(final int eventBotId, final long clientOrderId, final int instrumentId,
        final OrderState asked, final long timeNs)
    {
        final Order order = eventBotId == botId ? registry.find(clientOrderId) : null;
        if (order == null)
        {
            machine.refuseUnknown(clientOrderId, eventBotId, instrumentId, asked, timeNs);
            return null;
        }
        if (order.instrumentId() != instrumentId)
        {
            machine.refuse(order, asked, timeNs);
            return null;
        }
        return order;
    }

    private void end(final Order order, final OrderState next, final long timeNs)
    {
        if (order == null || !machine.admit(order, next, timeNs))
        {
            return;
        }
        transition(order, next, timeNs, RejectReason.NONE);
        ended(order, timeNs);
    }

    /**
     * An order reached a terminal state: the entry logic, then its group, then the pool.
     */
    private void ended(final Order order, final long timeNs)
    {
        if (order.role() == OrderRole.ENTRY)
        {
            entryEnded(order, timeNs);
        }
        protection.onEnded(order, timeNs);
        registry.retire(order);
    }

    private void entryEnded(final Order entry, final long timeNs)
    {
        final OrderState state = entry.state();
        if (state == OrderState.FILLED)
        {
            return;
        }
        if (state == OrderState.REJECTED)
        {
            reportEnded(entry, entry.rejectReason(), timeNs);
        }
        else if (state == OrderState.CANCELED && entry.afterCancel() == AfterCancel.REPRICE)
        {
            reprice(entry, timeNs);
        }
        else
        {
            reportEnded(entry, entry.afterCancel() == AfterCancel.END ? entry.endReason() : RejectReason.NONE, timeNs);
        }
    }

    private void timeout(final Order entry, final long priceMantissa, final long timeNs)
    {
        if (entry.reprices() >= maxReprices)
        {
            entry.afterCancel(AfterCancel.END, RejectReason.NONE);
        }
        else if (ranAway(entry, priceMantissa))
        {
            entry.afterCancel(AfterCancel.END, RejectReason.PRICE_RAN_AWAY);
        }
        else
        {
            entry.afterCancel(AfterCancel.REPRICE, RejectReason.NONE);
        }
        desk.cancel(entry, timeNs);
    }

    /**
     * Places the rest of a timed-out, canceled entry at the last market price, unless the price ran away or the rest
     * is below the instrument's minimum size.
     */
    private void reprice(final Order entry, final long timeNs)
    {
        final long priceMantissa = entry.marketPriceMantissa() != 0 ? entry.marketPriceMantissa() :
            entry.priceMantissa();
        if (ranAway(entry, priceMantissa))
        {
            reportEnded(entry, RejectReason.PRICE_RAN_AWAY, timeNs);
            return;
        }
        final ProtectiveGroup group = entry.group();
        final InstrumentSpec spec = group.spec();
        final long filled = entry.earlierFilledSizeMantissa() + entry.filledSizeMantissa();
        final long rest = entry.entrySizeMantissa() - filled;
        final long limit = onTick(priceMantissa, spec.tickSizeMantissa(), group.side());
        if (rest <= 0 || rest < spec.minSizeMantissa() || limit <= 0)
        {
            reportEnded(entry, RejectReason.NONE, timeNs);
            return;
        }
        final Order next = desk.create(group, OrderRole.ENTRY, OrderType.LIMIT, limit, 0, rest, timeNs);
        next.entry(entry.intendedPriceMantissa(), entry.tag(), entry.protectiveStopMantissa(),
            entry.takeProfitMantissa(), entry.entrySizeMantissa(), filled, entry.firstLimitPriceMantissa(),
            entry.reprices() + 1, deadline(timeNs));
        next.marketPriceMantissa(priceMantissa);
        desk.send(next, timeNs);
    }

    /**
     * Plans an entry's end: a working one is canceled, one already being canceled for a re-price ends instead.
     */
    private void endEntry(final Order entry, final RejectReason reason, final long timeNs)
    {
        if (OrderTransitions.isWorking(entry.state()))
        {
            entry.afterCancel(AfterCancel.END, reason);
            desk.cancel(entry, timeNs);
        }
        else if (entry.state() == OrderState.PENDING_CANCEL)
        {
            entry.afterCancel(AfterCancel.END, reason);
        }
    }

    private void reportEnded(final Order entry, final RejectReason reason, final long timeNs)
    {
        final ProtectiveGroup group = entry.group();
        listener.onEntryEnded(group.strategyId(), group.instrumentId(), group.side(),
            entry.earlierFilledSizeMantissa() + entry.filledSizeMantissa(), reason, timeNs);
    }

    /**
     * @return true when the market ran against the entry by more than abandonAfterBps of its first limit price.
     */
    private boolean ranAway(final Order entry, final long priceMantissa)
    {
        final long first = entry.firstLimitPriceMantissa();
        if (abandonAfterBps == 0 || first <= 0)
        {
            return false;
        }
        // adverse > first × bps / 10000 exactly, since adverse is an integer: adverse > floor(first × bps / 10000)
        final long threshold = FixedMath.multiplyDivideFloor(first, abandonAfterBps, BPS);
        final long adverse = entry.position() == PositionSide.LONG ? priceMantissa - first : first - priceMantissa;
        return adverse > threshold;
    }

    private long deadline(final long timeNs)
    {
        return entryTimeoutNs == 0 ? Long.MAX_VALUE : timeNs + entryTimeoutNs;
    }

    private static long onTick(final long priceMantissa, final long tickMantissa, final PositionSide side)
    {
        if (tickMantissa <= 0)
        {
            return priceMantissa;
        }
        return side == PositionSide.LONG ? FixedMath.floorToStep(priceMantissa, tickMantissa) :
            FixedMath.ceilToStep(priceMantissa, tickMantissa);
    }

    private static void checkSide(final PositionSide side)
    {
        if (side != PositionSide.LONG && side != PositionSide.SHORT)
        {
            throw new IllegalArgumentException("side must be LONG or SHORT: " + side);
        }
    }
}
