package com.tradefinder.engine.execution;

import com.tradefinder.codecs.ExitReason;
import com.tradefinder.codecs.OrderRole;
import com.tradefinder.codecs.OrderState;
import com.tradefinder.codecs.OrderType;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.RejectReason;
import com.tradefinder.codecs.Side;
import com.tradefinder.codecs.TimeInForce;
import com.tradefinder.engine.util.Hashing;

/**
 * One order of a bot: what was sent (every field of the SBE {@code NewOrder}), where it is in its lifecycle and what
 * it filled, with the fees paid and the price the strategy intended, for the trade record.
 * <p>
 * Pooled and mutable: an {@link OrderPool} owns it, an {@link OrderManager} fills it in and changes it, everyone else
 * reads it through the accessors, on the business-logic thread, and keeps no reference after a callback returns.
 * Prices are mantissas at the instrument's price exponent, sizes at its size exponent, fees quote amounts at
 * exponent -8. The average fill price is exact: the order keeps the sum of price × size of its fills in 128 bits and
 * divides only when asked.
 */
public final class Order
{
    private long clientOrderId;
    private int botId;
    private int strategyId;
    private int instrumentId;
    private OrderRole role = OrderRole.NULL_VAL;
    private Side side = Side.NULL_VAL;
    private PositionSide positionSide = PositionSide.NULL_VAL;
    private PositionSide position = PositionSide.NULL_VAL;
    private OrderType type = OrderType.NULL_VAL;
    private TimeInForce timeInForce = TimeInForce.NULL_VAL;
    private long priceMantissa;
    private long stopPriceMantissa;
    private long sizeMantissa;
    private boolean reduceOnly;
    private boolean closePosition;

    private OrderState state = OrderState.NULL_VAL;
    private boolean acknowledged;
    private boolean cancelRequested;
    private long venueOrderId;
    private long filledSizeMantissa;
    private long notionalHigh;
    private long notionalLow;
    private long feesMantissa;
    private long createdTimeNs;
    private long acceptedTimeNs;
    private long lastFillTimeNs;
    private long updateTimeNs;

    private long intendedPriceMantissa;
    private int tag;
    private ExitReason exitReason = ExitReason.NULL_VAL;
    private RejectReason rejectReason = RejectReason.NULL_VAL;

    // entry only: its protective prices and its place in a chain of re-priced orders
    private long protectiveStopMantissa;
    private long takeProfitMantissa;
    private long entrySizeMantissa;
    private long earlierFilledSizeMantissa;
    private long firstLimitPriceMantissa;
    private int reprices;
    private long deadlineNs;
    private AfterCancel afterCancel = AfterCancel.NONE;
    private RejectReason endReason = RejectReason.NONE;
    private long marketPriceMantissa;

    private ProtectiveGroup group;
    private int liveIndex = -1;

    /**
     * A cleared order; only an {@link OrderPool} (and tests) make them.
     */
    Order()
    {
        reset();
    }

    /**
     * @return the deterministic client order id ({@link ClientOrderIds}).
     */
    public long clientOrderId()
    {
        return clientOrderId;
    }

    /**
     * @return the bot.
     */
    public int botId()
    {
        return botId;
    }

    /**
     * @return the strategy.
     */
    public int strategyId()
    {
        return strategyId;
    }

    /**
     * @return the instrument.
     */
    public int instrumentId()
    {
        return instrumentId;
    }

    /**
     * @return what the order is for: ENTRY, STOP_LOSS, TAKE_PROFIT or EXIT.
     */
    public OrderRole role()
    {
        return role;
    }

    /**
     * @return BUY or SELL.
     */
    public Side side()
    {
        return side;
    }

    /**
     * @return the position side sent to the venue: LONG or SHORT in hedge mode, BOTH in one-way mode.
     */
    public PositionSide positionSide()
    {
        return positionSide;
    }

    /**
     * @return the position this order opens or closes, LONG or SHORT, whatever the account mode.
     */
    public PositionSide position()
    {
        return position;
    }

    /**
     * @return LIMIT, MARKET, STOP_MARKET or TAKE_PROFIT_MARKET.
     */
    public OrderType type()
    {
        return type;
    }

    /**
     * @return time in force (GTC for every order this package sends).
     */
    public TimeInForce timeInForce()
    {
        return timeInForce;
    }

    /**
     * @return limit price, 0 for market and conditional orders.
     */
    public long priceMantissa()
    {
        return priceMantissa;
    }

    /**
     * @return trigger price of a STOP_MARKET or TAKE_PROFIT_MARKET order, 0 otherwise.
     */
    public long stopPriceMantissa()
    {
        return stopPriceMantissa;
    }

    /**
     * @return order size.
     */
    public long sizeMantissa()
    {
        return sizeMantissa;
    }

    /**
     * @return the reduceOnly flag to send: true for closing orders in one-way mode, never in hedge mode.
     */
    public boolean reduceOnly()
    {
        return reduceOnly;
    }

    /**
     * @return the closePosition flag to send: always false, because the venue's close-all acts on the account's whole
     * position side, which several strategies may share.
     */
    public boolean closePosition()
    {
        return closePosition;
    }

    /**
     * @return the lifecycle state.
     */
    public OrderState state()
    {
        return state;
    }

    /**
     * @return true once the venue acknowledged the order or reported a fill for it.
     */
    public boolean acknowledged()
    {
        return acknowledged;
    }

    /**
     * @return true once a cancel was sent for it.
     */
    public boolean cancelRequested()
    {
        return cancelRequested;
    }

    /**
     * @return the venue's order id, 0 until known.
     */
    public long venueOrderId()
    {
        return venueOrderId;
    }

    /**
     * @return size filled so far.
     */
    public long filledSizeMantissa()
    {
        return filledSizeMantissa;
    }

    /**
     * @return size not filled yet.
     */
    public long remainingSizeMantissa()
    {
        return sizeMantissa - filledSizeMantissa;
    }

    /**
     * @return the size-weighted average fill price rounded half up to the price mantissa, 0 before the first fill.
     */
    public long averagePriceMantissa()
    {
        return filledSizeMantissa == 0 ? 0 : Notional.divideRound(notionalHigh, notionalLow, filledSizeMantissa);
    }

    /**
     * @return fees of all fills, exponent -8; negative is a net rebate.
     */
    public long feesMantissa()
    {
        return feesMantissa;
    }

    /**
     * @return the price the strategy intended, for slippage; 0 when none was given.
     */
    public long intendedPriceMantissa()
    {
        return intendedPriceMantissa;
    }

    /**
     * @return slippage of the average fill against the intended price, positive when worse for the order (a buy
     * paid more, a sell got less); 0 before a fill or without an intended price.
     */
    public long slippageMantissa()
    {
        if (filledSizeMantissa == 0 || intendedPriceMantissa == 0)
        {
            return 0;
        }
        final long difference = averagePriceMantissa() - intendedPriceMantissa;
        return side == Side.BUY ? difference : -difference;
    }

    /**
     * @return the entry's tag (0 for other roles).
     */
    public int tag()
    {
        return tag;
    }

    /**
     * @return why a closing order was sent: STOP_LOSS, TAKE_PROFIT or an exit reason; NONE for entries.
     */
    public ExitReason exitReason()
    {
        return exitReason;
    }

    /**
     * @return the venue's reason when REJECTED, NONE otherwise.
     */
    public RejectReason rejectReason()
    {
        return rejectReason;
    }

    /**
     * @return event time the order was created (and sent).
     */
    public long createdTimeNs()
    {
        return createdTimeNs;
    }

    /**
     * @return event time of its ack, 0 before.
     */
    public long acceptedTimeNs()
    {
        return acceptedTimeNs;
    }

    /**
     * @return event time of its last fill, 0 before the first.
     */
    public long lastFillTimeNs()
    {
        return lastFillTimeNs;
    }

    /**
     * @return event time of its last transition.
     */
    public long updateTimeNs()
    {
        return updateTimeNs;
    }

    /**
     * @return for an entry: the protective stop its fills are protected with.
     */
    public long protectiveStopMantissa()
    {
        return protectiveStopMantissa;
    }

    /**
     * @return for an entry: its take-profit, 0 for none.
     */
    public long takeProfitMantissa()
    {
        return takeProfitMantissa;
    }

    /**
     * @return for an entry: the size the strategy asked for, over all its re-priced orders.
     */
    public long entrySizeMantissa()
    {
        return entrySizeMantissa;
    }

    /**
     * @return for an entry: what the orders it replaced filled before it.
     */
    public long earlierFilledSizeMantissa()
    {
        return earlierFilledSizeMantissa;
    }

    /**
     * @return for an entry: the limit price of its first order, the reference of the abandon rule.
     */
    public long firstLimitPriceMantissa()
    {
        return firstLimitPriceMantissa;
    }

    /**
     * @return for an entry: how many times it was re-priced.
     */
    public int reprices()
    {
        return reprices;
    }

    /**
     * @return for a limit entry: event time from which it counts as timed out; {@code Long.MAX_VALUE} for none.
     */
    public long deadlineNs()
    {
        return deadlineNs;
    }

    /**
     * @return for an entry: the last market price seen while it worked, 0 before the first.
     */
    public long marketPriceMantissa()
    {
        return marketPriceMantissa;
    }

    /**
     * @return the protective group this order belongs to (entries and closing orders alike), null once retired.
     */
    public ProtectiveGroup group()
    {
        return group;
    }

    /**
     * @param hash running hash.
     * @return the hash with this order folded in.
     */
    public long stateHash(final long hash)
    {
        long h = Hashing.mix(hash, clientOrderId);
        h = Hashing.mix(h, ((long)strategyId << 32) | (instrumentId & 0xFFFF_FFFFL));
        h = Hashing.mix(h, ((long)role.value() << 48) | ((long)side.value() << 40) |
            ((long)positionSide.value() << 32) | ((long)position.value() << 24) | ((long)type.value() << 16) |
            ((long)timeInForce.value() << 8) | state.value());
        h = Hashing.mix(h, (reduceOnly ? 1 : 0) | (closePosition ? 2 : 0) | (acknowledged ? 4 : 0) |
            (cancelRequested ? 8 : 0) | ((long)afterCancel.ordinal() << 4));
        h = Hashing.mix(h, priceMantissa);
        h = Hashing.mix(h, stopPriceMantissa);
        h = Hashing.mix(h, sizeMantissa);
        h = Hashing.mix(h, filledSizeMantissa);
        h = Hashing.mix(h, notionalHigh);
        h = Hashing.mix(h, notionalLow);
        h = Hashing.mix(h, feesMantissa);
        h = Hashing.mix(h, venueOrderId);
        h = Hashing.mix(h, createdTimeNs);
        h = Hashing.mix(h, acceptedTimeNs);
        h = Hashing.mix(h, lastFillTimeNs);
        h = Hashing.mix(h, updateTimeNs);
        h = Hashing.mix(h, intendedPriceMantissa);
        h = Hashing.mix(h, tag);
        h = Hashing.mix(h, ((long)exitReason.value() << 32) | ((long)rejectReason.value() << 16) | endReason.value());
        h = Hashing.mix(h, protectiveStopMantissa);
        h = Hashing.mix(h, takeProfitMantissa);
        h = Hashing.mix(h, entrySizeMantissa);
        h = Hashing.mix(h, earlierFilledSizeMantissa);
        h = Hashing.mix(h, firstLimitPriceMantissa);
        h = Hashing.mix(h, reprices);
        h = Hashing.mix(h, marketPriceMantissa);
        return Hashing.mix(h, deadlineNs);
    }

    /**
     * Clears every field, for reuse from the pool.
     */
    void reset()
    {
        clientOrderId = 0;
        botId = 0;
        strategyId = 0;
        instrumentId = 0;
        role = OrderRole.NULL_VAL;
        side = Side.NULL_VAL;
        positionSide = PositionSide.NULL_VAL;
        position = PositionSide.NULL_VAL;
        type = OrderType.NULL_VAL;
        timeInForce = TimeInForce.NULL_VAL;
        priceMantissa = 0;
        stopPriceMantissa = 0;
        sizeMantissa = 0;
        reduceOnly = false;
        closePosition = false;
        state = OrderState.NULL_VAL;
        acknowledged = false;
        cancelRequested = false;
        venueOrderId = 0;
        filledSizeMantissa = 0;
        notionalHigh = 0;
        notionalLow = 0;
        feesMantissa = 0;
        createdTimeNs = 0;
        acceptedTimeNs = 0;
        lastFillTimeNs = 0;
        updateTimeNs = 0;
        intendedPriceMantissa = 0;
        tag = 0;
        exitReason = ExitReason.NULL_VAL;
        rejectReason = RejectReason.NULL_VAL;
        protectiveStopMantissa = 0;
        takeProfitMantissa = 0;
        entrySizeMantissa = 0;
        earlierFilledSizeMantissa = 0;
        firstLimitPriceMantissa = 0;
        reprices = 0;
        deadlineNs = Long.MAX_VALUE;
        afterCancel = AfterCancel.NONE;
        endReason = RejectReason.NONE;
        marketPriceMantissa = 0;
        group = null;
        liveIndex = -1;
    }

    /**
     * Fills in what is sent; the order starts in PENDING_NEW.
     */
    void define(final long clientOrderId, final int botId, final int strategyId, final int instrumentId,
        final OrderRole role, final Side side, final PositionSide positionSide, final PositionSide position,
        final OrderType type, final long priceMantissa, final long stopPriceMantissa, final long sizeMantissa,
        final boolean reduceOnly, final long timeNs)
    {
        this.clientOrderId = clientOrderId;
        this.botId = botId;
        this.strategyId = strategyId;
        this.instrumentId = instrumentId;
        this.role = role;
        this.side = side;
        this.positionSide = positionSide;
        this.position = position;
        this.type = type;
        this.timeInForce = TimeInForce.GTC;
        this.priceMantissa = priceMantissa;
        this.stopPriceMantissa = stopPriceMantissa;
        this.sizeMantissa = sizeMantissa;
        this.reduceOnly = reduceOnly;
        this.closePosition = false;
        this.state = OrderState.PENDING_NEW;
        this.createdTimeNs = timeNs;
        this.updateTimeNs = timeNs;
        this.exitReason = ExitReason.NONE;
        this.rejectReason = RejectReason.NONE;
    }

    /**
     * Marks an order this manager does not know, for reporting an event about it.
     */
    void unknown(final long clientOrderId, final int botId, final int instrumentId)
    {
        reset();
        this.clientOrderId = clientOrderId;
        this.botId = botId;
        this.instrumentId = instrumentId;
    }

    void entry(final long intendedPriceMantissa, final int tag, final long protectiveStopMantissa,
        final long takeProfitMantissa, final long entrySizeMantissa, final long earlierFilledSizeMantissa,
        final long firstLimitPriceMantissa, final int reprices, final long deadlineNs)
    {
        this.intendedPriceMantissa = intendedPriceMantissa;
        this.tag = tag;
        this.protectiveStopMantissa = protectiveStopMantissa;
        this.takeProfitMantissa = takeProfitMantissa;
        this.entrySizeMantissa = entrySizeMantissa;
        this.earlierFilledSizeMantissa = earlierFilledSizeMantissa;
        this.firstLimitPriceMantissa = firstLimitPriceMantissa;
        this.reprices = reprices;
        this.deadlineNs = deadlineNs;
    }

    void exitReason(final ExitReason exitReason)
    {
        this.exitReason = exitReason;
    }

    void intendedPriceMantissa(final long intendedPriceMantissa)
    {
        this.intendedPriceMantissa = intendedPriceMantissa;
    }

    void state(final OrderState state, final long timeNs)
    {
        this.state = state;
        this.updateTimeNs = timeNs;
    }

    void accepted(final long venueOrderId, final long timeNs)
    {
        if (!acknowledged)
        {
            acceptedTimeNs = timeNs;
        }
        acknowledged = true;
        if (venueOrderId != 0)
        {
            this.venueOrderId = venueOrderId;
        }
    }

    void rejected(final RejectReason reason)
    {
        this.rejectReason = reason;
    }

    void cancelRequested(final boolean cancelRequested)
    {
        this.cancelRequested = cancelRequested;
    }

    /**
     * Adds one fill; a fill implies the venue knows the order.
     */
    void fill(final long venueOrderId, final long priceMantissa, final long sizeMantissa, final long feeMantissa,
        final long timeNs)
    {
        accepted(venueOrderId, timeNs);
        final long low = Notional.productLow(priceMantissa, sizeMantissa);
        notionalHigh += Notional.productHigh(priceMantissa, sizeMantissa) + Notional.carry(notionalLow, low);
        notionalLow += low;
        filledSizeMantissa += sizeMantissa;
        feesMantissa += feeMantissa;
        lastFillTimeNs = timeNs;
    }

    void deadlineNs(final long deadlineNs)
    {
        this.deadlineNs = deadlineNs;
    }

    AfterCancel afterCancel()
    {
        return afterCancel;
    }

    RejectReason endReason()
    {
        return endReason;
    }

    void afterCancel(final AfterCancel afterCancel, final RejectReason endReason)
    {
        this.afterCancel = afterCancel;
        this.endReason = endReason;
    }

    void marketPriceMantissa(final long marketPriceMantissa)
    {
        this.marketPriceMantissa = marketPriceMantissa;
    }

    void group(final ProtectiveGroup group)
    {
        this.group = group;
    }

    int liveIndex()
    {
        return liveIndex;
    }

    void liveIndex(final int liveIndex)
    {
        this.liveIndex = liveIndex;
    }
}
