package com.tradefinder.gateway.binance.userdata;

import org.agrona.DirectBuffer;

import com.tradefinder.codecs.RejectReason;
import com.tradefinder.gateway.binance.ClientOrderIdText;
import com.tradefinder.gateway.binance.marketdata.InstrumentLookup;

/**
 * ALGO_UPDATE (conditional orders) and CONDITIONAL_ORDER_TRIGGER_REJECT to execution messages.
 * <p>
 * ALGO_UPDATE by status {@code X}: NEW to OrderAccepted (venue order id = algo id {@code aid}); CANCELED, EXPIRED
 * and REJECTED (reason {@code rm}) to OrderCanceled, OrderExpired and OrderRejected; TRIGGERED links the plain order
 * {@code ai} the venue placed to the engine's {@code clientAlgoId} ({@code caid}), so that the plain order's
 * ORDER_TRADE_UPDATEs are reported against it; TRIGGERING and FINISHED change nothing the engine tracks (the plain
 * order's own updates report its fills or end). A trigger reject names only the order id, mapped through the links
 * to OrderRejected with the venue's reason {@code r}.
 * <p>
 * Single-threaded; allocation-free.
 */
final class AlgoUpdateTranslator
{
    static final int FAILED = -1;

    private final InstrumentLookup instruments;
    private final ExecutionPublisher publisher;
    private final UserDataListener listener;
    private final AlgoOrderLinks links;
    private final UserDataCounters counters;

    private final int eventTime = UserDataScanner.slotOf(UserDataScanner.EVENT_KEYS, "E");
    private final int transactionTime = UserDataScanner.slotOf(UserDataScanner.EVENT_KEYS, "T");
    private final int eventOrder = UserDataScanner.slotOf(UserDataScanner.EVENT_KEYS, "o");
    private final int eventReject = UserDataScanner.slotOf(UserDataScanner.EVENT_KEYS, "or");

    private final int symbol = UserDataScanner.slotOf(UserDataScanner.ORDER_KEYS, "s");
    private final int algoStatus = UserDataScanner.slotOf(UserDataScanner.ORDER_KEYS, "X");
    private final int clientAlgoId = UserDataScanner.slotOf(UserDataScanner.ORDER_KEYS, "caid");
    private final int algoId = UserDataScanner.slotOf(UserDataScanner.ORDER_KEYS, "aid");
    private final int placedOrderId = UserDataScanner.slotOf(UserDataScanner.ORDER_KEYS, "ai");
    private final int rejectMessage = UserDataScanner.slotOf(UserDataScanner.ORDER_KEYS, "rm");
    private final int rejectedOrderId = UserDataScanner.slotOf(UserDataScanner.ORDER_KEYS, "i");
    private final int rejectReason = UserDataScanner.slotOf(UserDataScanner.ORDER_KEYS, "r");

    AlgoUpdateTranslator(
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
    int algoUpdate(final UserDataFields event, final UserDataFields order, final long receiveTimeNs)
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
        final long id = order.unsignedLong(algoId, false);
        final long exchangeTimeNs = eventTimeNs(event);
        if (id < 0 || exchangeTimeNs < 0 || !order.require(clientAlgoId, UserDataFields.STRING) ||
            !order.require(algoStatus, UserDataFields.STRING))
        {
            return FAILED;
        }
        final int instrumentId = instruments.instrumentId(entry);
        final DirectBuffer buffer = order.buffer();
        final long clientOrderId = ClientOrderIdText.parse(buffer, order.offset(clientAlgoId), order.length(clientAlgoId));
        if (clientOrderId == ClientOrderIdText.NOT_OURS)
        {
            counters.foreignOrders++;
            listener.onForeignOrder(UserDataEvent.ALGO_UPDATE, buffer, order.offset(clientAlgoId),
                order.length(clientAlgoId), id, instrumentId, exchangeTimeNs);
            return 0;
        }
        final int botId = ClientOrderIdText.botId(clientOrderId);
        if (order.isText(algoStatus, "NEW"))
        {
            links.algoAccepted(id, clientOrderId);
            publisher.orderAccepted(botId, clientOrderId, id, instrumentId, exchangeTimeNs, receiveTimeNs);
            return 1;
        }
        if (order.isText(algoStatus, "TRIGGERED"))
        {
            final long plainOrderId = order.unsignedLong(placedOrderId, true);
            if (plainOrderId < 0)
            {
                return FAILED;
            }
            links.triggered(plainOrderId, clientOrderId);
            return 0;
        }
        if (order.isText(algoStatus, "CANCELED"))
        {
            links.algoEnded(id);
            publisher.orderCanceled(botId, clientOrderId, instrumentId, exchangeTimeNs, receiveTimeNs);
            return 1;
        }
        if (order.isText(algoStatus, "EXPIRED"))
        {
            links.algoEnded(id);
            publisher.orderExpired(botId, clientOrderId, instrumentId, exchangeTimeNs, receiveTimeNs);
            return 1;
        }
        if (order.isText(algoStatus, "REJECTED"))
        {
            links.algoEnded(id);
            final boolean hasText = order.has(rejectMessage) && order.kind(rejectMessage) == UserDataFields.STRING;
            publisher.orderRejected(botId, clientOrderId, instrumentId, RejectReason.VENUE_UNKNOWN, 0, buffer,
                order.offset(rejectMessage), hasText ? order.length(rejectMessage) : 0, exchangeTimeNs, receiveTimeNs);
            return 1;
        }
        if (order.isText(algoStatus, "FINISHED"))
        {
            links.algoEnded(id);
        }
        counters.ignoredExecutions++;
        return 0;
    }

    /**
     * @return messages published, or {@link #FAILED} with the error recorded.
     */
    int triggerReject(final UserDataFields event, final UserDataFields reject, final long receiveTimeNs)
    {
        if (!event.require(eventReject, UserDataFields.OBJECT))
        {
            return FAILED;
        }
        final int entry = VenueText.instrument(instruments, reject, symbol);
        if (entry < 0)
        {
            return FAILED;
        }
        final long id = reject.unsignedLong(rejectedOrderId, false);
        final long exchangeTimeNs = eventTimeNs(event);
        if (id < 0 || exchangeTimeNs < 0)
        {
            return FAILED;
        }
        final int instrumentId = instruments.instrumentId(entry);
        final DirectBuffer buffer = reject.buffer();
        long clientOrderId = links.byAlgoId(id);
        if (clientOrderId == AlgoOrderLinks.NONE)
        {
            clientOrderId = links.byOrderId(id);
        }
        if (clientOrderId == AlgoOrderLinks.NONE)
        {
            counters.foreignOrders++;
            listener.onForeignOrder(
                UserDataEvent.CONDITIONAL_ORDER_TRIGGER_REJECT, buffer, 0, 0, id, instrumentId, exchangeTimeNs);
            return 0;
        }
        links.algoEnded(id);
        links.orderEnded(id);
        final boolean hasText = reject.has(rejectReason) && reject.kind(rejectReason) == UserDataFields.STRING;
        publisher.orderRejected(ClientOrderIdText.botId(clientOrderId), clientOrderId, instrumentId,
            RejectReason.VENUE_UNKNOWN, 0, buffer, reject.offset(rejectReason), hasText ? reject.length(rejectReason) : 0,
            exchangeTimeNs, receiveTimeNs);
        return 1;
    }

    private long eventTimeNs(final UserDataFields event)
    {
        return event.has(transactionTime) ? event.timeNs(transactionTime) : event.timeNs(eventTime);
    }
}
