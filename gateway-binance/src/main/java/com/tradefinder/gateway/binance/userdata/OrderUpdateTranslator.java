package com.tradefinder.gateway.binance.userdata;

import org.agrona.DirectBuffer;

import com.tradefinder.codecs.Liquidity;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.RejectReason;
import com.tradefinder.codecs.Side;
import com.tradefinder.gateway.binance.ClientOrderIdText;
import com.tradefinder.gateway.binance.marketdata.InstrumentLookup;
import com.tradefinder.numeric.FixedPoint;

/**
 * ORDER_TRADE_UPDATE to OrderAccepted ({@code x=NEW}), Fill ({@code x=TRADE}, and {@code CALCULATED} should one of
 * ours be liquidated), OrderCanceled, OrderExpired ({@code EXPIRED}, {@code EXPIRED_IN_MATCH}) or OrderRejected;
 * TRADE_LITE validated and counted only.
 * <p>
 * Fills come from ORDER_TRADE_UPDATE alone: TRADE_LITE lacks the fee, the cumulative size and the position side,
 * and the matching ORDER_TRADE_UPDATE follows it, so reporting both would count a fill twice and reporting only
 * TRADE_LITE would lose the fee.
 * <p>
 * The client order id is the engine's {@code tf<id>} text, or, for the plain order a triggered conditional order
 * became, the algo order's id through {@link AlgoOrderLinks}; that order's own {@code x=NEW} is not reported again
 * (the engine had OrderAccepted when the algo order was accepted). Single-threaded; allocation-free.
 */
final class OrderUpdateTranslator
{
    static final int FAILED = -1;
    private static final int QUOTE_EXPONENT = -8;

    private final InstrumentLookup instruments;
    private final ExecutionPublisher publisher;
    private final UserDataListener listener;
    private final AlgoOrderLinks links;
    private final UserDataCounters counters;

    private final int eventTime = UserDataScanner.slotOf(UserDataScanner.EVENT_KEYS, "E");
    private final int eventTransactionTime = UserDataScanner.slotOf(UserDataScanner.EVENT_KEYS, "T");
    private final int eventOrder = UserDataScanner.slotOf(UserDataScanner.EVENT_KEYS, "o");
    private final int liteSymbol = UserDataScanner.slotOf(UserDataScanner.EVENT_KEYS, "s");
    private final int liteClientId = UserDataScanner.slotOf(UserDataScanner.EVENT_KEYS, "c");
    private final int liteSide = UserDataScanner.slotOf(UserDataScanner.EVENT_KEYS, "S");
    private final int litePrice = UserDataScanner.slotOf(UserDataScanner.EVENT_KEYS, "L");
    private final int liteSize = UserDataScanner.slotOf(UserDataScanner.EVENT_KEYS, "l");
    private final int liteTradeId = UserDataScanner.slotOf(UserDataScanner.EVENT_KEYS, "t");
    private final int liteOrderId = UserDataScanner.slotOf(UserDataScanner.EVENT_KEYS, "i");
    private final int liteMaker = UserDataScanner.slotOf(UserDataScanner.EVENT_KEYS, "m");

    private final int symbol = UserDataScanner.slotOf(UserDataScanner.ORDER_KEYS, "s");
    private final int clientId = UserDataScanner.slotOf(UserDataScanner.ORDER_KEYS, "c");
    private final int side = UserDataScanner.slotOf(UserDataScanner.ORDER_KEYS, "S");
    private final int quantity = UserDataScanner.slotOf(UserDataScanner.ORDER_KEYS, "q");
    private final int executionType = UserDataScanner.slotOf(UserDataScanner.ORDER_KEYS, "x");
    private final int orderStatus = UserDataScanner.slotOf(UserDataScanner.ORDER_KEYS, "X");
    private final int orderId = UserDataScanner.slotOf(UserDataScanner.ORDER_KEYS, "i");
    private final int lastSize = UserDataScanner.slotOf(UserDataScanner.ORDER_KEYS, "l");
    private final int cumulativeSize = UserDataScanner.slotOf(UserDataScanner.ORDER_KEYS, "z");
    private final int lastPrice = UserDataScanner.slotOf(UserDataScanner.ORDER_KEYS, "L");
    private final int commissionAsset = UserDataScanner.slotOf(UserDataScanner.ORDER_KEYS, "N");
    private final int commission = UserDataScanner.slotOf(UserDataScanner.ORDER_KEYS, "n");
    private final int tradeTime = UserDataScanner.slotOf(UserDataScanner.ORDER_KEYS, "T");
    private final int tradeId = UserDataScanner.slotOf(UserDataScanner.ORDER_KEYS, "t");
    private final int maker = UserDataScanner.slotOf(UserDataScanner.ORDER_KEYS, "m");
    private final int positionSide = UserDataScanner.slotOf(UserDataScanner.ORDER_KEYS, "ps");

    OrderUpdateTranslator(
        final InstrumentLookup instruments,
        final ExecutionPublisher publisher,
        final UserDataListener listener,
        final AlgoOrderLinks links,
        final UserDataCounters counters)
    {
        this.instruments = instruments;
        this.publisher = publisher;
        this.listener = listener;
        this.links = links;
        this.counters = counters;
    }

    /**
     * @return messages published, or {@link #FAILED} with the error recorded.
     */
    int orderTradeUpdate(final UserDataFields event, final UserDataFields order, final long receiveTimeNs)
    {
        if (!event.require(eventOrder, UserDataFields.OBJECT))
        {
            return FAILED;
        }
        final int entry = VenueText.instrument(instruments, order, symbol);
        if (entry < 0)
        {
            return FAILED;
        }
        final long venueOrderId = order.unsignedLong(orderId, false);
        final long exchangeTimeNs = order.has(tradeTime) ? order.timeNs(tradeTime) : event.timeNs(eventTime);
        if (venueOrderId < 0 || exchangeTimeNs < 0 || !order.require(clientId, UserDataFields.STRING) ||
            !order.require(executionType, UserDataFields.STRING) || !order.require(orderStatus, UserDataFields.STRING))
        {
            return FAILED;
        }
        final int instrumentId = instruments.instrumentId(entry);
        final DirectBuffer buffer = order.buffer();
        long clientOrderId = links.byOrderId(venueOrderId);
        final boolean triggered = clientOrderId != AlgoOrderLinks.NONE;
        if (!triggered)
        {
            clientOrderId = ClientOrderIdText.parse(buffer, order.offset(clientId), order.length(clientId));
            if (clientOrderId == ClientOrderIdText.NOT_OURS)
            {
                counters.foreignOrders++;
                listener.onForeignOrder(UserDataEvent.ORDER_TRADE_UPDATE, buffer, order.offset(clientId),
                    order.length(clientId), venueOrderId, instrumentId, exchangeTimeNs);
                return 0;
            }
        }
        final int botId = ClientOrderIdText.botId(clientOrderId);
        final int published;
        if (order.isText(executionType, "TRADE") || order.isText(executionType, "CALCULATED"))
        {
            published = fill(order, entry, botId, clientOrderId, venueOrderId, exchangeTimeNs, receiveTimeNs);
        }
        else if (order.isText(executionType, "NEW"))
        {
            if (triggered)
            {
                counters.ignoredExecutions++;
                published = 0;
            }
            else
            {
                publisher.orderAccepted(botId, clientOrderId, venueOrderId, instrumentId, exchangeTimeNs, receiveTimeNs);
                published = 1;
            }
        }
        else if (order.isText(executionType, "CANCELED"))
        {
            publisher.orderCanceled(botId, clientOrderId, instrumentId, exchangeTimeNs, receiveTimeNs);
            published = 1;
        }
        else if (order.isText(executionType, "EXPIRED") || order.isText(executionType, "EXPIRED_IN_MATCH"))
        {
            publisher.orderExpired(botId, clientOrderId, instrumentId, exchangeTimeNs, receiveTimeNs);
            published = 1;
        }
        else if (order.isText(executionType, "REJECTED"))
        {
            publisher.orderRejected(botId, clientOrderId, instrumentId, RejectReason.VENUE_UNKNOWN, 0,
                buffer, order.offset(orderStatus), 0, exchangeTimeNs, receiveTimeNs);
            published = 1;
        }
        else
        {
            counters.ignoredExecutions++;
            published = 0;
        }
        if (triggered && published >= 0 && isFinal(order))
        {
            links.orderEnded(venueOrderId);
        }
        return published;
    }

    /**
     * Validates a TRADE_LITE and counts it; see the class comment for why it publishes nothing.
     *
     * @return 0, or {@link #FAILED} with the error recorded.
     */
    int tradeLite(final UserDataFields event)
    {
        final int entry = VenueText.instrument(instruments, event, liteSymbol);
        if (entry < 0)
        {
            return FAILED;
        }
        final long venueOrderId = event.unsignedLong(liteOrderId, false);
        final long id = event.unsignedLong(liteTradeId, false);
        final long timeNs = event.has(eventTransactionTime) ? event.timeNs(eventTransactionTime) :
            event.timeNs(eventTime);
        final Side fillSide = VenueText.side(event, liteSide);
        final long price = event.nonNegativeDecimal(litePrice, instruments.priceExponent(entry));
        final long size = event.nonNegativeDecimal(liteSize, instruments.sizeExponent(entry));
        final int isMaker = event.bool(liteMaker);
        if (venueOrderId < 0 || id < 0 || timeNs < 0 || fillSide == null || price < 0 || size < 0 || isMaker < 0 ||
            !event.require(liteClientId, UserDataFields.STRING))
        {
            return FAILED;
        }
        counters.tradeLites++;
        return 0;
    }

    private int fill(
        final UserDataFields order,
        final int entry,
        final int botId,
        final long clientOrderId,
        final long venueOrderId,
        final long exchangeTimeNs,
        final long receiveTimeNs)
    {
        final int priceExponent = instruments.priceExponent(entry);
        final int sizeExponent = instruments.sizeExponent(entry);
        final Side fillSide = VenueText.side(order, side);
        final PositionSide fillPositionSide = VenueText.positionSide(order, positionSide);
        final long price = order.nonNegativeDecimal(lastPrice, priceExponent);
        final long size = order.nonNegativeDecimal(lastSize, sizeExponent);
        final long cumulative = order.nonNegativeDecimal(cumulativeSize, sizeExponent);
        final long orderSize = order.nonNegativeDecimal(quantity, sizeExponent);
        final long id = order.unsignedLong(tradeId, false);
        final int isMaker = order.bool(maker);
        final long fee = order.optionalTruncatedDecimal(commission, QUOTE_EXPONENT);
        if (fillSide == null || fillPositionSide == null || price < 0 || size < 0 || cumulative < 0 ||
            orderSize < 0 || id < 0 || isMaker < 0 || fee == FixedPoint.INVALID)
        {
            return FAILED;
        }
        if (order.hasValue(commissionAsset) && !order.isText(commissionAsset, "USDT"))
        {
            counters.unsupportedCommissionAsset++;
        }
        publisher.fill(
            botId,
            clientOrderId,
            venueOrderId,
            id,
            instruments.instrumentId(entry),
            fillSide,
            fillPositionSide,
            price,
            size,
            cumulative,
            Math.max(0, orderSize - cumulative),
            fee,
            isMaker == 1 ? Liquidity.MAKER : Liquidity.TAKER,
            exchangeTimeNs,
            receiveTimeNs);
        return 1;
    }

    private boolean isFinal(final UserDataFields order)
    {
        return order.isText(orderStatus, "FILLED") || order.isText(orderStatus, "CANCELED") ||
            order.isText(orderStatus, "EXPIRED") || order.isText(orderStatus, "EXPIRED_IN_MATCH") ||
            order.isText(orderStatus, "REJECTED");
    }
}
