package com.tradefinder.engine.venue;

import com.tradefinder.codecs.OrderType;
import com.tradefinder.codecs.TimeInForce;

/**
 * Decides which open orders a market event executes, in which order and at which price, and hands each execution to
 * the {@link FillProcessor}.
 * <p>
 * A market event is a path of prices. A Trade is one point (its price, for both sides); a BestBidOffer is one point
 * whose buy side is the ask and sell side the bid; a closed Bar is its open as a point, then three straight segments
 * along the {@link BarPath} rule: open → nearer extreme → farther extreme → close.
 * <ul>
 *   <li><b>Points</b>: the open orders are visited in venue-order-id order (time priority), each tested against its
 *       side's price.</li>
 *   <li><b>Segments</b>: orders fire in the order the moving price reaches their level (rising: lowest level first;
 *       falling: highest first; equal levels by venue order id). A bar hitting both a stop and a take-profit therefore
 *       resolves by which the path meets first.</li>
 * </ul>
 * Execution rules:
 * <ul>
 *   <li>An order accepted while the venue had no live price (only bars so far, or nothing) has not "arrived": it meets
 *       the next event's first price (a bar's open, a trade, a quote). There a MARKET order fills in full as taker at
 *       that price with slippage; a LIMIT that is marketable (buy limit &gt;= price) fills in full as taker at that
 *       price with slippage but never beyond its limit, unless it is POST_ONLY, which expires; a non-marketable IOC or
 *       FOK expires; anything else rests from then on.</li>
 *   <li>A resting LIMIT fills as maker at its limit price when the price trades through it (buy: price &lt; limit;
 *       sell: price &gt; limit), or touches it (&lt;=, &gt;=) when touch fills are configured. On a trade it fills at
 *       most the trade's size, and the orders of one trade share that size in visiting order; on a quote at most
 *       the opposite side's size; on a bar in full.</li>
 *   <li>A STOP_MARKET (buy: price &gt;= stop; sell: price &lt;= stop) or TAKE_PROFIT_MARKET (buy: price &lt;= stop;
 *       sell: price &gt;= stop) triggers on touch and fills in full as taker with slippage, at the first price of the
 *       path at or beyond its stop: within a bar segment that is the stop itself; at a point it is the point's price,
 *       so a bar that opens beyond the stop (a gap) fills at the open, and a trade or quote beyond it at that
 *       price.</li>
 * </ul>
 * Single-threaded, allocation-free.
 */
final class Matcher
{
    private static final long NO_LEVEL = Long.MIN_VALUE;

    private final OrderBook book;
    private final FillProcessor fills;
    private final SlippageModel slippage;
    private final boolean touchFills;
    private long visit;

    Matcher(final OrderBook book, final FillProcessor fills, final SlippageModel slippage, final boolean touchFills)
    {
        this.book = book;
        this.fills = fills;
        this.slippage = slippage;
        this.touchFills = touchFills;
    }

    /**
     * Matches a public trade.
     */
    void onTrade(final InstrumentState instrument, final long priceMantissa, final long sizeMantissa,
        final long timeNs)
    {
        final int count = book.takeSnapshot(instrument.spec().instrumentId());
        if (count > 0)
        {
            point(instrument, count, priceMantissa, priceMantissa, sizeMantissa, sizeMantissa, timeNs);
        }
    }

    /**
     * Matches a top-of-book quote: buy orders against the ask, sell orders against the bid; a side priced 0 or less is
     * skipped.
     */
    void onQuote(final InstrumentState instrument, final long bidMantissa, final long bidSizeMantissa,
        final long askMantissa, final long askSizeMantissa, final long timeNs)
    {
        final int count = book.takeSnapshot(instrument.spec().instrumentId());
        if (count > 0)
        {
            point(instrument, count, askMantissa, bidMantissa, askSizeMantissa, bidSizeMantissa, timeNs);
        }
    }

    /**
     * Matches a closed bar along the intra-bar path.
     */
    void onBar(final InstrumentState instrument, final long open, final long high, final long low, final long close,
        final long timeNs)
    {
        final int count = book.takeSnapshot(instrument.spec().instrumentId());
        if (count == 0)
        {
            return;
        }
        point(instrument, count, open, open, FillProcessor.UNLIMITED, FillProcessor.UNLIMITED, timeNs);
        final boolean highFirst = BarPath.highFirst(open, high, low, close);
        final long nearer = highFirst ? high : low;
        final long farther = highFirst ? low : high;
        segment(instrument, count, open, nearer, timeNs);
        segment(instrument, count, nearer, farther, timeNs);
        segment(instrument, count, farther, close, timeNs);
    }

    /**
     * Lets an order that has not arrived meet a price: at acceptance when live prices are known, else at the next
     * event's first price.
     *
     * @param order         a live LIMIT or MARKET order not yet arrived.
     * @param priceMantissa its side's price.
     * @param timeNs        venue time.
     */
    void arrive(final InstrumentState instrument, final VenueOrder order, final long priceMantissa, final long timeNs)
    {
        order.arrived = true;
        final long tick = instrument.spec().tickSizeMantissa();
        if (order.type == OrderType.MARKET)
        {
            fills.fill(order, slippage.adverse(order.buy, priceMantissa, tick), FillProcessor.UNLIMITED, false, timeNs);
            return;
        }
        if (marketable(order, priceMantissa))
        {
            if (order.timeInForce == TimeInForce.POST_ONLY)
            {
                fills.expire(order, timeNs);
                return;
            }
            final long slipped = slippage.adverse(order.buy, priceMantissa, tick);
            final long price = order.buy ?
                Math.min(slipped, order.priceMantissa) : Math.max(slipped, order.priceMantissa);
            fills.fill(order, price, FillProcessor.UNLIMITED, false, timeNs);
        }
        else if (order.timeInForce == TimeInForce.IOC || order.timeInForce == TimeInForce.FOK)
        {
            fills.expire(order, timeNs);
        }
    }

    /**
     * @param order         a LIMIT order.
     * @param priceMantissa its side's price.
     * @return true if the order would take liquidity at that price (buy: limit &gt;= price).
     */
    static boolean marketable(final VenueOrder order, final long priceMantissa)
    {
        return marketable(order.buy, order.priceMantissa, priceMantissa);
    }

    /**
     * @param buy           side.
     * @param limitMantissa limit price.
     * @param priceMantissa the side's price.
     * @return true if a limit of that side would take liquidity at that price.
     */
    static boolean marketable(final boolean buy, final long limitMantissa, final long priceMantissa)
    {
        return buy ? priceMantissa <= limitMantissa : priceMantissa >= limitMantissa;
    }

    /**
     * @param order         a STOP_MARKET or TAKE_PROFIT_MARKET order.
     * @param priceMantissa its side's price.
     * @return true if that price triggers it.
     */
    static boolean triggered(final VenueOrder order, final long priceMantissa)
    {
        return triggers(order.type, order.buy, order.stopPriceMantissa, priceMantissa);
    }

    /**
     * @param type          STOP_MARKET or TAKE_PROFIT_MARKET.
     * @param buy           side.
     * @param stopMantissa  stop (trigger) price.
     * @param priceMantissa the side's price.
     * @return true if that price triggers such an order: a buy stop or sell take-profit at price &gt;= stop, a sell
     * stop or buy take-profit at price &lt;= stop.
     */
    static boolean triggers(final OrderType type, final boolean buy, final long stopMantissa,
        final long priceMantissa)
    {
        return risesToStop(type, buy) ? priceMantissa >= stopMantissa : priceMantissa <= stopMantissa;
    }

    private static boolean risesToStop(final OrderType type, final boolean buy)
    {
        return (type == OrderType.STOP_MARKET) == buy;
    }

    private void point(final InstrumentState instrument, final int count, final long buyPrice, final long sellPrice,
        final long buySize, final long sellSize, final long timeNs)
    {
        long buyBudget = buySize;
        long sellBudget = sellSize;
        final long tick = instrument.spec().tickSizeMantissa();
        for (int i = 0; i < count; i++)
        {
            final VenueOrder order = book.snapshotOrder(i);
            if (!order.live())
            {
                continue;
            }
            final boolean buy = order.buy;
            final long price = buy ? buyPrice : sellPrice;
            if (price <= 0)
            {
                continue;
            }
            if (!order.arrived)
            {
                arrive(instrument, order, price, timeNs);
            }
            else if (order.type == OrderType.LIMIT)
            {
                final long budget = buy ? buyBudget : sellBudget;
                if (budget > 0 && crossed(order, price))
                {
                    // a completed order goes back to the pool inside fill(): read nothing from it afterwards
                    final long filled = fills.fill(order, order.priceMantissa, budget, true, timeNs);
                    if (buy)
                    {
                        buyBudget -= filled;
                    }
                    else
                    {
                        sellBudget -= filled;
                    }
                }
            }
            else if (order.type != OrderType.MARKET && triggered(order, price))
            {
                fills.fill(order, slippage.adverse(order.buy, price, tick), FillProcessor.UNLIMITED, false, timeNs);
            }
        }
    }

    private void segment(final InstrumentState instrument, final int count, final long from, final long to,
        final long timeNs)
    {
        if (from == to)
        {
            return;
        }
        final boolean rising = to > from;
        final long tick = instrument.spec().tickSizeMantissa();
        visit++;
        while (true)
        {
            VenueOrder next = null;
            long nextLevel = NO_LEVEL;
            for (int i = 0; i < count; i++)
            {
                final VenueOrder order = book.snapshotOrder(i);
                if (!order.live() || !order.arrived || order.lastMatchedEvent == visit)
                {
                    continue;
                }
                final long level = level(order, rising, to);
                if (level != NO_LEVEL && (next == null || (rising ? level < nextLevel : level > nextLevel)))
                {
                    next = order;
                    nextLevel = level;
                }
            }
            if (next == null)
            {
                return;
            }
            next.lastMatchedEvent = visit;
            if (next.type == OrderType.LIMIT)
            {
                fills.fill(next, next.priceMantissa, FillProcessor.UNLIMITED, true, timeNs);
            }
            else
            {
                fills.fill(next, slippage.adverse(next.buy, nextLevel, tick), FillProcessor.UNLIMITED, false, timeNs);
            }
        }
    }

    private boolean crossed(final VenueOrder order, final long priceMantissa)
    {
        if (order.buy)
        {
            return touchFills ? priceMantissa <= order.priceMantissa : priceMantissa < order.priceMantissa;
        }
        return touchFills ? priceMantissa >= order.priceMantissa : priceMantissa > order.priceMantissa;
    }

    /**
     * @return the level at which a segment moving toward {@code to} executes the order, or {@link #NO_LEVEL}.
     */
    private long level(final VenueOrder order, final boolean rising, final long to)
    {
        switch (order.type)
        {
            case LIMIT:
                if (order.buy == rising)
                {
                    return NO_LEVEL;
                }
                return crossed(order, to) ? order.priceMantissa : NO_LEVEL;
            case STOP_MARKET:
            case TAKE_PROFIT_MARKET:
                if (risesToStop(order.type, order.buy) != rising)
                {
                    return NO_LEVEL;
                }
                return triggered(order, to) ? order.stopPriceMantissa : NO_LEVEL;
            default:
                return NO_LEVEL;
        }
    }
}
