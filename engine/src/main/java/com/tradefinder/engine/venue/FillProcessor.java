package com.tradefinder.engine.venue;

import com.tradefinder.engine.marketdata.InstrumentSpec;

/**
 * Carries out what matching decides: fills an order (fee, position, balance, events), expires or cancels it, and
 * returns finished orders to the pool.
 * <p>
 * Reduce-only rule (Binance's): an order that reduces (one-way {@code reduceOnly}, a hedge-mode closing side, or
 * {@code closePosition}) never increases or flips its position. At each fill it is clipped to the size it can still
 * reduce; if that is zero the order expires instead of filling; if a fill leaves the position flat while the order
 * still has size, the rest expires. A {@code closePosition} order takes the whole position's size when it triggers.
 * <p>
 * Every fill publishes Fill, then PositionUpdate (unrealised P&amp;L at the last mark price, or at the fill price if
 * no mark has been seen), then BalanceUpdate. Single-threaded, allocation-free.
 */
final class FillProcessor
{
    /** Passed as the size limit of fills that the market's size does not bound. */
    static final long UNLIMITED = Long.MAX_VALUE;

    private final OrderBook book;
    private final OrderPool pool;
    private final Accounts accounts;
    private final Instruments instruments;
    private final FeeModel fees;
    private final MarginModel margins;
    private final ExecutionPublisher publisher;
    private long lastTradeId;

    FillProcessor(final OrderBook book, final OrderPool pool, final Accounts accounts, final Instruments instruments,
        final FeeModel fees, final MarginModel margins, final ExecutionPublisher publisher)
    {
        this.book = book;
        this.pool = pool;
        this.accounts = accounts;
        this.instruments = instruments;
        this.fees = fees;
        this.margins = margins;
        this.publisher = publisher;
    }

    /**
     * @return the last venue trade id used (trade ids count from 1).
     */
    long lastTradeId()
    {
        return lastTradeId;
    }

    /**
     * Fills an open order.
     *
     * @param order         a live order.
     * @param priceMantissa execution price.
     * @param maxSize       most it may fill now, or {@link #UNLIMITED}.
     * @param maker         maker or taker liquidity.
     * @param timeNs        venue time of the fill.
     * @return size filled; 0 if nothing filled (the order may then have expired).
     */
    long fill(final VenueOrder order, final long priceMantissa, final long maxSize, final boolean maker,
        final long timeNs)
    {
        final InstrumentState instrument = instruments.get(order.instrumentId);
        final InstrumentSpec spec = instrument.spec();
        final Account account = accounts.account(order.botId);
        final Position position = account.position(order.instrumentId, order.positionSide);
        long quantity;
        if (order.reduces)
        {
            final long reducible = reducible(order.buy, position.sizeMantissa());
            if (reducible == 0)
            {
                expire(order, timeNs);
                return 0;
            }
            if (order.closePosition)
            {
                order.sizeMantissa = order.filledMantissa + reducible;
            }
            quantity = Math.min(Math.min(maxSize, order.leavesMantissa()), reducible);
        }
        else
        {
            quantity = Math.min(maxSize, order.leavesMantissa());
        }
        if (quantity <= 0)
        {
            return 0;
        }

        final long notional = spec.notional(priceMantissa, quantity);
        final long fee = fees.fee(notional, maker);
        order.filledMantissa += quantity;
        rereserve(order, account, spec);
        final long marginBefore = position.marginMantissa();
        final long pnl = position.apply(order.buy ? quantity : -quantity, priceMantissa, spec,
            account.leverage(order.instrumentId), margins);
        account.positionMarginMantissa += position.marginMantissa() - marginBefore;
        account.walletMantissa += pnl - fee;
        account.feesPaidMantissa += fee;

        publisher.fill(order, ++lastTradeId, priceMantissa, quantity, fee, maker, timeNs);
        final long mark = instrument.valuationPrice();
        publisher.positionUpdate(order.botId, order.instrumentId, order.positionSide, position.sizeMantissa(),
            position.entryPriceMantissa(spec),
            position.unrealizedPnlMantissa(spec, markOrFill(instrument, mark, priceMantissa)), timeNs);
        publisher.balanceUpdate(account, timeNs);

        if (order.leavesMantissa() == 0)
        {
            retire(order);
        }
        else if (order.reduces && reducible(order.buy, position.sizeMantissa()) == 0)
        {
            expire(order, timeNs);
        }
        return quantity;
    }

    /**
     * Expires an open order: OrderExpired, then it leaves the book.
     */
    void expire(final VenueOrder order, final long timeNs)
    {
        publisher.expired(order, timeNs);
        retire(order);
    }

    /**
     * Cancels an open order: OrderCanceled, then it leaves the book.
     */
    void cancel(final VenueOrder order, final long timeNs)
    {
        publisher.canceled(order, timeNs);
        retire(order);
    }

    /**
     * @param buy          side of an order.
     * @param sizeMantissa signed size of the position it trades against.
     * @return how much of that position the order's side can reduce: a buy reduces a short, a sell a long.
     */
    static long reducible(final boolean buy, final long sizeMantissa)
    {
        if (buy)
        {
            return sizeMantissa < 0 ? -sizeMantissa : 0;
        }
        return sizeMantissa > 0 ? sizeMantissa : 0;
    }

    private static long markOrFill(final InstrumentState instrument, final long valuation, final long fillPrice)
    {
        return instrument.hasMark() ? valuation : fillPrice;
    }

    private void rereserve(final VenueOrder order, final Account account, final InstrumentSpec spec)
    {
        if (order.reservedMantissa == 0 && order.reserveSizeMantissa == 0)
        {
            return;
        }
        order.reserveSizeMantissa = Math.min(order.reserveSizeMantissa, order.leavesMantissa());
        final long reserve =
            margins.orderReserve(spec.notional(order.reservePriceMantissa, order.reserveSizeMantissa), order.leverage);
        account.reservedMantissa += reserve - order.reservedMantissa;
        order.reservedMantissa = reserve;
    }

    private void retire(final VenueOrder order)
    {
        accounts.account(order.botId).reservedMantissa -= order.reservedMantissa;
        order.reservedMantissa = 0;
        book.remove(order);
        pool.release(order);
    }
}
