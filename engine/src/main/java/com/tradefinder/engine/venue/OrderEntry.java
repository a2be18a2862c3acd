package com.tradefinder.engine.venue;

import com.tradefinder.codecs.CancelOrderDecoder;
import com.tradefinder.codecs.MarginMode;
import com.tradefinder.codecs.NewOrderDecoder;
import com.tradefinder.codecs.OrderType;
import com.tradefinder.codecs.PositionMode;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.TimeInForce;
import com.tradefinder.codecs.VenueSetupDecoder;
import com.tradefinder.engine.marketdata.InstrumentSpec;

/**
 * Acts on commands when their latency has elapsed: accepts or refuses new orders, cancels, and applies venue set-ups.
 * <p>
 * A NewOrder is checked in this order, the first breach refusing it with Binance's code and text:
 * <ol>
 *   <li>bot id in range (-1130), instrument defined (-1121), side, type, time in force and position side known
 *       (-1117, -1116, -1115, -4060);</li>
 *   <li>client order id not used by another open order of the bot (-4116);</li>
 *   <li>position side matching the mode: LONG/SHORT in hedge mode, BOTH in one-way mode (-4061); no
 *       {@code reduceOnly} in hedge mode (-1106);</li>
 *   <li>{@code closePosition} only on STOP_MARKET / TAKE_PROFIT_MARKET (-1106), without {@code reduceOnly} (-1106),
 *       with quantity 0 (-4137), and in hedge mode only on a closing side (-2022);</li>
 *   <li>limit price, or stop price, &gt; 0 (-4001, -4006), within the tick's decimals (-1111), on the tick
 *       (-4014);</li>
 *   <li>quantity &gt; 0 (-4003), within the step's decimals (-1111), on the step (-4023), at least the minimum
 *       (-4004);</li>
 *   <li>a stop or take-profit not already triggered by its side's reference price (-2021);</li>
 *   <li>a reducing order (one-way {@code reduceOnly} or {@code closePosition}; hedge SELL+LONG or BUY+SHORT) with a
 *       position to reduce (-2022);</li>
 *   <li>a market order with a reference price (-1112);</li>
 *   <li>a non-reducing order's notional, at its limit, stop or reference price, at least the minimum (-4164);</li>
 *   <li>with a live price: a POST_ONLY limit not marketable (-5022), a FOK limit marketable (-5021);</li>
 *   <li>initial margin (notional of the part that opens a position / leverage, rounded up) plus the taker fee on it
 *       no more than the available balance (-2019); that amount is then reserved until the order fills or leaves.</li>
 * </ol>
 * An accepted order is published as OrderAccepted with the next venue order id (a counter from 1). If the instrument
 * has a live price (its last event was a trade or a quote), a MARKET or LIMIT order meets it at once (see
 * {@link Matcher}); otherwise it meets the next market event's first price.
 * <p>
 * A CancelOrder for an order that is not open, or open on another instrument, is refused with -2011. A VenueSetup is
 * applied silently (the schema has no acknowledgement); a refused one is published as OrderRejected with client order
 * id 0: leverage outside [1, min(settings, instrument)] (-4028), lowered on an open isolated position (-4161), position
 * mode changed with open orders or a position (-4067, -4068), margin mode changed with open orders or a position
 * (-4047, -4048), unknown modes (-1130). Single-threaded, allocation-free.
 */
final class OrderEntry
{
    private static final PositionMode[] POSITION_MODES = {PositionMode.ONE_WAY, PositionMode.HEDGE};
    private static final MarginMode[] MARGIN_MODES = {MarginMode.ISOLATED, MarginMode.CROSSED};

    private final int maxLeverage;
    private final Instruments instruments;
    private final OrderBook book;
    private final OrderPool pool;
    private final Accounts accounts;
    private final MarginModel margins;
    private final FillProcessor fills;
    private final Matcher matcher;
    private final ExecutionPublisher publisher;
    private final OrderRequest request = new OrderRequest();
    private long lastVenueOrderId;
    private boolean requestReduces;
    private long requestOrderPrice;
    private long requestOpeningSize;
    private long requestReserve;

    OrderEntry(final int maxLeverage, final Instruments instruments, final OrderBook book, final OrderPool pool,
        final Accounts accounts, final MarginModel margins, final FillProcessor fills, final Matcher matcher,
        final ExecutionPublisher publisher)
    {
        this.maxLeverage = maxLeverage;
        this.instruments = instruments;
        this.book = book;
        this.pool = pool;
        this.accounts = accounts;
        this.margins = margins;
        this.fills = fills;
        this.matcher = matcher;
        this.publisher = publisher;
    }

    /**
     * @return the last venue order id given (ids count from 1).
     */
    long lastVenueOrderId()
    {
        return lastVenueOrderId;
    }

    /**
     * Accepts or refuses a new order.
     *
     * @param command a wrapped NewOrder.
     * @param timeNs  venue time at which the venue acts on it.
     */
    void newOrder(final NewOrderDecoder command, final long timeNs)
    {
        final OrderRequest order = request.read(command);
        if (order.botId < 0 || order.botId > Accounts.MAX_BOT_ID)
        {
            publisher.rejected(order.botId, order.clientOrderId, order.instrumentId, VenueError.INVALID_BOT, timeNs);
            return;
        }
        final InstrumentState instrument = instruments.get(order.instrumentId);
        if (instrument == null)
        {
            publisher.rejected(order.botId, order.clientOrderId, order.instrumentId, VenueError.BAD_SYMBOL, timeNs);
            return;
        }
        final Account account = accounts.account(order.botId);
        final VenueError error = check(order, instrument, account);
        if (error == VenueError.MIN_NOTIONAL)
        {
            final byte[] text = instrument.minNotionalText();
            publisher.rejected(order.botId, order.clientOrderId, order.instrumentId, error, text, text.length, timeNs);
        }
        else if (error != null)
        {
            publisher.rejected(order.botId, order.clientOrderId, order.instrumentId, error, timeNs);
        }
        else
        {
            accept(order, instrument, account, timeNs);
        }
    }

    /**
     * Cancels an open order or refuses with -2011.
     *
     * @param command a wrapped CancelOrder.
     * @param timeNs  venue time at which the venue acts on it.
     */
    void cancel(final CancelOrderDecoder command, final long timeNs)
    {
        final int botId = command.botId();
        final long clientOrderId = command.clientOrderId();
        final int instrumentId = command.instrumentId();
        if (botId < 0 || botId > Accounts.MAX_BOT_ID)
        {
            publisher.rejected(botId, clientOrderId, instrumentId, VenueError.INVALID_BOT, timeNs);
            return;
        }
        final VenueOrder order = book.find(botId, clientOrderId);
        if (order == null || order.instrumentId != instrumentId)
        {
            publisher.rejected(botId, clientOrderId, instrumentId, VenueError.UNKNOWN_ORDER, timeNs);
            return;
        }
        fills.cancel(order, timeNs);
    }

    /**
     * Applies a venue set-up or refuses it.
     *
     * @param command a wrapped VenueSetup.
     * @param timeNs  venue time at which the venue acts on it.
     */
    void setup(final VenueSetupDecoder command, final long timeNs)
    {
        final int botId = command.botId();
        final int instrumentId = command.instrumentId();
        final int leverage = command.leverage();
        if (botId < 0 || botId > Accounts.MAX_BOT_ID)
        {
            publisher.rejected(botId, 0, instrumentId, VenueError.INVALID_BOT, timeNs);
            return;
        }
        final InstrumentState instrument = instruments.get(instrumentId);
        if (instrument == null)
        {
            publisher.rejected(botId, 0, instrumentId, VenueError.BAD_SYMBOL, timeNs);
            return;
        }
        final short positionModeCode = command.positionModeRaw();
        final short marginModeCode = command.marginModeRaw();
        if (positionModeCode < 0 || positionModeCode >= POSITION_MODES.length ||
            marginModeCode < 0 || marginModeCode >= MARGIN_MODES.length)
        {
            publisher.rejected(botId, 0, instrumentId, VenueError.INVALID_PARAMETER, timeNs);
            return;
        }
        final PositionMode positionMode = POSITION_MODES[positionModeCode];
        final MarginMode marginMode = MARGIN_MODES[marginModeCode];
        final int instrumentMax = instrument.spec().maxLeverage();
        final int max = instrumentMax > 0 ? Math.min(maxLeverage, instrumentMax) : maxLeverage;
        if (leverage < 1 || leverage > max)
        {
            publisher.rejectedLeverage(botId, instrumentId, leverage, timeNs);
            return;
        }
        final Account account = accounts.account(botId);
        final VenueError error = checkSetup(account, instrumentId, positionMode, marginMode, leverage);
        if (error != null)
        {
            publisher.rejected(botId, 0, instrumentId, error, timeNs);
            return;
        }
        account.setup(instrumentId, positionMode, marginMode, leverage);
    }

    private VenueError checkSetup(final Account account, final int instrumentId, final PositionMode positionMode,
        final MarginMode marginMode, final int leverage)
    {
        final boolean openOrders = book.hasOpenOrders(account.botId(), instrumentId);
        final boolean position = account.hasPosition(instrumentId);
        if (positionMode != account.positionMode(instrumentId))
        {
            if (openOrders)
            {
                return VenueError.POSITION_SIDE_CHANGE_EXISTS_OPEN_ORDERS;
            }
            if (position)
            {
                return VenueError.POSITION_SIDE_CHANGE_EXISTS_QUANTITY;
            }
        }
        if (marginMode != account.marginMode(instrumentId))
        {
            if (openOrders)
            {
                return VenueError.MARGIN_TYPE_EXISTS_OPEN_ORDERS;
            }
            if (position)
            {
                return VenueError.MARGIN_TYPE_EXISTS_QUANTITY;
            }
        }
        if (position && marginMode == MarginMode.ISOLATED && leverage < account.leverage(instrumentId))
        {
            return VenueError.ISOLATED_LEVERAGE_REJECT_WITH_POSITION;
        }
        return null;
    }

    private VenueError check(final OrderRequest order, final InstrumentState instrument, final Account account)
    {
        if (order.side == null)
        {
            return VenueError.INVALID_SIDE;
        }
        if (order.type == null)
        {
            return VenueError.INVALID_ORDER_TYPE;
        }
        if (order.timeInForce == null)
        {
            return VenueError.INVALID_TIME_IN_FORCE;
        }
        if (order.positionSide == null)
        {
            return VenueError.INVALID_POSITION_SIDE;
        }
        if (book.find(order.botId, order.clientOrderId) != null)
        {
            return VenueError.DUPLICATED_CLIENT_ORDER_ID;
        }
        final boolean hedge = account.positionMode(order.instrumentId) == PositionMode.HEDGE;
        if (hedge == (order.positionSide == PositionSide.BOTH))
        {
            return VenueError.POSITION_SIDE_NOT_MATCH;
        }
        if (hedge && order.reduceOnly)
        {
            return VenueError.REDUCE_ONLY_NOT_REQUIRED;
        }
        final VenueError closeError = checkClosePosition(order, hedge);
        if (closeError != null)
        {
            return closeError;
        }
        final VenueError filterError = checkFilters(order, instrument.spec());
        if (filterError != null)
        {
            return filterError;
        }

        final boolean buy = order.buy();
        final long reference = instrument.referencePrice(buy);
        if (order.conditional() && reference > 0 &&
            Matcher.triggers(order.type, buy, order.stopPriceMantissa, reference))
        {
            return VenueError.WOULD_IMMEDIATELY_TRIGGER;
        }
        final long reducible =
            FillProcessor.reducible(buy, account.sizeMantissa(order.instrumentId, order.positionSide));
        requestReduces = hedge ? closingSide(order) : order.reduceOnly || order.closePosition;
        if (requestReduces && reducible == 0)
        {
            return VenueError.REDUCE_ONLY_REJECT;
        }
        if (order.type == OrderType.MARKET && reference <= 0)
        {
            return VenueError.NO_DEPTH;
        }
        final InstrumentSpec spec = instrument.spec();
        requestOrderPrice = order.type == OrderType.LIMIT ? order.priceMantissa :
            order.conditional() ? order.stopPriceMantissa : reference;
        if (!requestReduces && spec.notional(requestOrderPrice, order.sizeMantissa) < spec.minNotionalMantissa())
        {
            return VenueError.MIN_NOTIONAL;
        }
        if (order.type == OrderType.LIMIT && instrument.livePrices() && reference > 0)
        {
            final boolean marketable = Matcher.marketable(buy, order.priceMantissa, reference);
            if (order.timeInForce == TimeInForce.POST_ONLY && marketable)
            {
                return VenueError.GTX_ORDER_REJECT;
            }
            if (order.timeInForce == TimeInForce.FOK && !marketable)
            {
                return VenueError.FOK_ORDER_REJECT;
            }
        }
        requestOpeningSize = requestReduces ? 0 : hedge ? order.sizeMantissa :
            Math.max(0, order.sizeMantissa - reducible);
        requestReserve = margins.orderReserve(spec.notional(requestOrderPrice, requestOpeningSize),
            account.leverage(order.instrumentId));
        if (requestReserve > account.availableMantissa())
        {
            return VenueError.MARGIN_INSUFFICIENT;
        }
        return null;
    }

    private static VenueError checkClosePosition(final OrderRequest order, final boolean hedge)
    {
        if (!order.closePosition)
        {
            return null;
        }
        if (!order.conditional())
        {
            return VenueError.CLOSE_POSITION_NOT_REQUIRED;
        }
        if (order.reduceOnly)
        {
            return VenueError.REDUCE_ONLY_NOT_REQUIRED;
        }
        if (order.sizeMantissa != 0)
        {
            return VenueError.QUANTITY_EXISTS_WITH_CLOSE_POSITION;
        }
        if (hedge && !closingSide(order))
        {
            return VenueError.REDUCE_ONLY_REJECT;
        }
        return null;
    }

    private static VenueError checkFilters(final OrderRequest order, final InstrumentSpec spec)
    {
        if (order.type == OrderType.LIMIT)
        {
            final VenueError error =
                OrderFilters.checkPrice(order.priceMantissa, spec, VenueError.PRICE_LESS_THAN_ZERO);
            if (error != null)
            {
                return error;
            }
        }
        else if (order.conditional())
        {
            final VenueError error =
                OrderFilters.checkPrice(order.stopPriceMantissa, spec, VenueError.STOP_PRICE_LESS_THAN_ZERO);
            if (error != null)
            {
                return error;
            }
        }
        return order.closePosition ? null : OrderFilters.checkSize(order.sizeMantissa, spec);
    }

    private void accept(final OrderRequest request, final InstrumentState instrument, final Account account,
        final long timeNs)
    {
        final VenueOrder order = pool.acquire();
        order.botId = request.botId;
        order.instrumentId = request.instrumentId;
        order.clientOrderId = request.clientOrderId;
        order.venueOrderId = ++lastVenueOrderId;
        order.buy = request.buy();
        order.positionSide = request.positionSide;
        order.type = request.type;
        order.timeInForce = request.timeInForce;
        order.priceMantissa = request.type == OrderType.LIMIT ? request.priceMantissa : 0;
        order.stopPriceMantissa = request.conditional() ? request.stopPriceMantissa : 0;
        order.sizeMantissa = request.sizeMantissa;
        order.filledMantissa = 0;
        order.reduces = requestReduces;
        order.closePosition = request.closePosition;
        order.arrived = request.conditional();
        order.acceptedTimeNs = timeNs;
        order.leverage = account.leverage(request.instrumentId);
        order.reservePriceMantissa = requestOrderPrice;
        order.reserveSizeMantissa = requestOpeningSize;
        order.reservedMantissa = requestReserve;
        account.reservedMantissa += requestReserve;
        book.add(order);
        publisher.accepted(order, timeNs);

        final long reference = instrument.referencePrice(order.buy);
        if (!order.arrived && instrument.livePrices() && reference > 0)
        {
            matcher.arrive(instrument, order, reference, timeNs);
        }
    }

    private static boolean closingSide(final OrderRequest order)
    {
        return order.buy() ? order.positionSide == PositionSide.SHORT : order.positionSide == PositionSide.LONG;
    }
}
