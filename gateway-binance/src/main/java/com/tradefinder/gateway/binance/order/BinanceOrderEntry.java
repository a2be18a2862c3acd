package com.tradefinder.gateway.binance.order;

import java.util.concurrent.atomic.AtomicLong;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.collections.LongHashSet;
import org.agrona.concurrent.EpochClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.tradefinder.codecs.CancelOrderDecoder;
import com.tradefinder.codecs.GatewayState;
import com.tradefinder.codecs.MarginMode;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.NewOrderDecoder;
import com.tradefinder.codecs.PositionMode;
import com.tradefinder.codecs.RejectReason;
import com.tradefinder.codecs.VenueSetupDecoder;
import com.tradefinder.gateway.binance.ClientOrderIdText;
import com.tradefinder.gateway.binance.InboundSink;
import com.tradefinder.gateway.binance.rest.BinanceErrorBody;
import com.tradefinder.gateway.binance.rest.BinanceErrors;
import com.tradefinder.gateway.binance.rest.BinanceRestClient;
import com.tradefinder.gateway.binance.rest.BinanceSigner;
import com.tradefinder.gateway.binance.rest.RateLimits;
import com.tradefinder.gateway.binance.rest.RestRequest;
import com.tradefinder.gateway.binance.rest.RestResponse;
import com.tradefinder.gateway.binance.userdata.ExecutionPublisher;

import io.netty.handler.codec.http.HttpMethod;

/**
 * Binance USDⓈ-M order entry: takes the engine's NewOrder, CancelOrder and VenueSetup commands, sends them as signed
 * REST requests, and publishes the venue's answers to the inbound sink as SBE OrderAccepted (venue order id from
 * {@code orderId}, or {@code algoId} for conditional orders) or OrderRejected (reason from {@link BinanceErrors},
 * the venue's code and text), with the bot taken from the client order id and receive times from the injected clock.
 * <ul>
 *   <li>An order the rate limits refuse (count limit, 429 back-off, 418 ban) is rejected RATE_LIMITED at once,
 *       without any request.</li>
 *   <li>An order whose execution status is unknown (HTTP 503 "Unknown error", or no answer in time) is looked up by
 *       client id ({@code GET /fapi/v1/order} or {@code /fapi/v1/algoOrder}) before anything is reported; after
 *       three failed look-ups it is rejected VENUE_UNKNOWN and left to reconciliation.</li>
 *   <li>A -1021 answer rejects the order TIMESTAMP_OUT_OF_WINDOW (the client resynchronises its clock at once), so
 *       the engine may resend it under the same client id.</li>
 *   <li>A cancel goes to the endpoint the order was placed on. A successful cancel publishes nothing: the user-data
 *       stream reports the cancellation. A refused one is an OrderRejected for the order's client id.</li>
 *   <li>A VenueSetup sets position mode (-4059 "no need to change" is success), margin type (-4046 likewise) and
 *       leverage, in that order; the first refusal is an OrderRejected with client order id 0, as the simulated venue
 *       does. Orders are encoded for hedge mode once the venue confirms it.</li>
 * </ul>
 * Threading: the {@code on...} and {@code encode...} methods belong to one order-entry thread; answers are handled
 * on the REST client's event loop. Encoding the signed bytes is allocation-free ({@link #encodeNewOrder}); sending
 * allocates in Netty and in the future that carries the answer.
 */
public final class BinanceOrderEntry
{
    /** New and cancelled LIMIT and MARKET orders. */
    public static final String ORDER_PATH = "/fapi/v1/order";
    /** Conditional (algo) orders. */
    public static final String ALGO_ORDER_PATH = "/fapi/v1/algoOrder";
    /** Position mode. */
    public static final String POSITION_SIDE_DUAL_PATH = "/fapi/v1/positionSide/dual";
    /** Margin type. */
    public static final String MARGIN_TYPE_PATH = "/fapi/v1/marginType";
    /** Leverage. */
    public static final String LEVERAGE_PATH = "/fapi/v1/leverage";
    /** Look-ups of an order whose status is unknown before it is given up. */
    public static final int MAX_STATUS_QUERIES = 3;

    private static final Logger LOG = LoggerFactory.getLogger(BinanceOrderEntry.class);

    private final BinanceRestClient client;
    private final RateLimits rateLimits;
    private final BinanceInstruments instruments;
    private final EpochClock clock;
    private final OrderRequestEncoder encoder;
    private final ExecutionPublisher publisher;
    private final Object publishing = new Object();
    private final UnsafeBuffer scratch = new UnsafeBuffer(new byte[OrderRequestEncoder.MAX_LENGTH]);
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final NewOrderDecoder newOrder = new NewOrderDecoder();
    private final CancelOrderDecoder cancelOrder = new CancelOrderDecoder();
    private final VenueSetupDecoder venueSetup = new VenueSetupDecoder();
    private final LongHashSet algoOrders = new LongHashSet();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong unknownStatus = new AtomicLong();
    private final AtomicLong refusedLocally = new AtomicLong();

    /**
     * @param client      REST client (its rate limits must be {@code rateLimits}).
     * @param rateLimits  shared with the client.
     * @param instruments instrument id to symbol and exponents; read-only from now on.
     * @param signer      a signer for this order entry's thread alone.
     * @param workingType trigger price of conditional orders.
     * @param initialMode position mode the account is in until a VenueSetup changes it.
     * @param clock       epoch milliseconds for receive times.
     * @param sink        where OrderAccepted and OrderRejected go.
     */
    public BinanceOrderEntry(
        final BinanceRestClient client,
        final RateLimits rateLimits,
        final BinanceInstruments instruments,
        final BinanceSigner signer,
        final WorkingType workingType,
        final PositionMode initialMode,
        final EpochClock clock,
        final InboundSink sink)
    {
        this.client = client;
        this.rateLimits = rateLimits;
        this.instruments = instruments;
        this.clock = clock;
        this.encoder = new OrderRequestEncoder(
            instruments, signer, client.recvWindowMs(), workingType, initialMode == PositionMode.HEDGE);
        this.publisher = new ExecutionPublisher(sink);
    }

    /**
     * Takes any engine command; templates other than NewOrder, CancelOrder and VenueSetup are ignored.
     *
     * @param buffer holding one SBE message, header included.
     * @param offset of the message.
     * @param length of the message.
     */
    public void onCommand(final DirectBuffer buffer, final int offset, final int length)
    {
        header.wrap(buffer, offset);
        switch (header.templateId())
        {
            case NewOrderDecoder.TEMPLATE_ID -> onNewOrder(newOrder.wrapAndApplyHeader(buffer, offset, header));
            case CancelOrderDecoder.TEMPLATE_ID ->
                onCancelOrder(cancelOrder.wrapAndApplyHeader(buffer, offset, header));
            case VenueSetupDecoder.TEMPLATE_ID -> onVenueSetup(venueSetup.wrapAndApplyHeader(buffer, offset, header));
            default ->
            {
            }
        }
    }

    /**
     * Encodes a new order's signed parameters without sending them: the measured step "frame in, signed order bytes
     * out". Allocation-free.
     *
     * @param cmd         the NewOrder, wrapped.
     * @param timestampMs venue time in epoch milliseconds.
     * @param out         at least {@link OrderRequestEncoder#MAX_LENGTH} bytes.
     * @return bytes written, or a negative {@link OrderRequestEncoder} result.
     */
    public int encodeNewOrder(final NewOrderDecoder cmd, final long timestampMs, final MutableDirectBuffer out)
    {
        return encoder.encodeNewOrder(cmd, timestampMs, out);
    }

    /**
     * Places a new order, or rejects it locally.
     *
     * @param cmd the NewOrder, wrapped.
     */
    public void onNewOrder(final NewOrderDecoder cmd)
    {
        final long clientOrderId = cmd.clientOrderId();
        final int instrumentId = cmd.instrumentId();
        final int botId = ClientOrderIdText.botId(clientOrderId);
        final boolean algo = OrderRequestEncoder.isAlgo(cmd.orderType());
        final int length = encoder.encodeNewOrder(cmd, client.timestampMs(), scratch);
        if (length < 0)
        {
            refuse(botId, clientOrderId, instrumentId, RejectReason.VENUE_UNKNOWN, describe(length, instrumentId));
            return;
        }
        if (!rateLimits.tryAcquireOrder(clock.time()))
        {
            refuse(botId, clientOrderId, instrumentId, RejectReason.RATE_LIMITED,
                "refused locally: " + rateLimits.state() + " until " + rateLimits.blockedUntilMs() +
                " or order count limit reached");
            return;
        }
        if (algo)
        {
            synchronized (algoOrders)
            {
                algoOrders.add(clientOrderId);
            }
        }
        final PendingOrder order = new PendingOrder(botId, clientOrderId, instrumentId, algo);
        sent.incrementAndGet();
        client.send(RestRequest.preSigned(HttpMethod.POST, algo ? ALGO_ORDER_PATH : ORDER_PATH, copy(length), 0))
            .whenComplete((response, error) -> onPlaced(order, response, error));
    }

    /**
     * Cancels an order on the endpoint it was placed on, or rejects the cancel locally while rate limited.
     *
     * @param cmd the CancelOrder, wrapped.
     */
    public void onCancelOrder(final CancelOrderDecoder cmd)
    {
        final long clientOrderId = cmd.clientOrderId();
        final int instrumentId = cmd.instrumentId();
        final int botId = ClientOrderIdText.botId(clientOrderId);
        final boolean algo;
        synchronized (algoOrders)
        {
            algo = algoOrders.remove(clientOrderId);
        }
        if (rateLimits.poll(clock.time()) != GatewayState.CONNECTED)
        {
            refuse(botId, clientOrderId, instrumentId, RejectReason.RATE_LIMITED,
                "cancel refused locally: " + rateLimits.state() + " until " + rateLimits.blockedUntilMs());
            restoreAlgo(algo, clientOrderId);
            return;
        }
        final int length = encoder.encodeCancel(cmd, algo, client.timestampMs(), scratch);
        if (length < 0)
        {
            refuse(botId, clientOrderId, instrumentId, RejectReason.VENUE_UNKNOWN, describe(length, instrumentId));
            return;
        }
        final PendingOrder order = new PendingOrder(botId, clientOrderId, instrumentId, algo);
        client.send(RestRequest.preSigned(HttpMethod.DELETE, algo ? ALGO_ORDER_PATH : ORDER_PATH, copy(length), 1))
            .whenComplete((response, error) -> onCanceled(order, response, error));
    }

    /**
     * Applies position mode, margin type and leverage for one instrument, in that order.
     *
     * @param cmd the VenueSetup, wrapped.
     */
    public void onVenueSetup(final VenueSetupDecoder cmd)
    {
        final int botId = cmd.botId();
        final int instrumentId = cmd.instrumentId();
        final PositionMode mode = cmd.positionMode();
        final MarginMode margin = cmd.marginMode();
        final int leverage = cmd.leverage();
        if (!instruments.contains(instrumentId) || mode == PositionMode.NULL_VAL || margin == MarginMode.NULL_VAL ||
            leverage < 1)
        {
            refuse(botId, 0, instrumentId, RejectReason.VENUE_UNKNOWN, "venue set-up refused locally: instrument " +
                instrumentId + " mode " + mode + " margin " + margin + " leverage " + leverage);
            return;
        }
        final String symbol = instruments.symbol(instrumentId);
        final boolean hedge = mode == PositionMode.HEDGE;
        setupStep(POSITION_SIDE_DUAL_PATH, "dualSidePosition=" + hedge, BinanceErrors.NO_NEED_TO_CHANGE_POSITION_SIDE,
            botId, instrumentId, () ->
            {
                encoder.hedgeMode(hedge);
                setupStep(MARGIN_TYPE_PATH, "symbol=" + symbol + "&marginType=" + margin,
                    BinanceErrors.NO_NEED_TO_CHANGE_MARGIN_TYPE, botId, instrumentId, () ->
                        setupStep(LEVERAGE_PATH, "symbol=" + symbol + "&leverage=" + leverage, 0, botId, instrumentId,
                            () -> LOG.info("venue set-up done: {} {} {} leverage {}", symbol, mode, margin, leverage)));
            });
    }

    /**
     * @return the encoder, e.g. for a benchmark of the signed bytes alone.
     */
    public OrderRequestEncoder encoder()
    {
        return encoder;
    }

    /**
     * @return orders sent to the venue.
     */
    public long sent()
    {
        return sent.get();
    }

    /**
     * @return OrderAccepted published.
     */
    public long accepted()
    {
        return accepted.get();
    }

    /**
     * @return OrderRejected published, local refusals included.
     */
    public long rejected()
    {
        return rejected.get();
    }

    /**
     * @return answers whose execution status was unknown and needed a look-up.
     */
    public long unknownStatus()
    {
        return unknownStatus.get();
    }

    /**
     * @return commands refused without a request.
     */
    public long refusedLocally()
    {
        return refusedLocally.get();
    }

    private void onPlaced(final PendingOrder order, final RestResponse response, final Throwable error)
    {
        if (error != null)
        {
            unknownStatus.incrementAndGet();
            queryStatus(order, "no answer: " + error.getMessage(), 1);
            return;
        }
        if (BinanceErrorBody.isUnknownStatus(response.status(), response.body()))
        {
            unknownStatus.incrementAndGet();
            queryStatus(order, "HTTP 503 unknown error", 1);
            return;
        }
        report(order, response, "", true);
    }

    private void report(
        final PendingOrder order, final RestResponse response, final String context, final boolean placement)
    {
        final long receiveTimeNs = clock.time() * 1_000_000L;
        if (response.isSuccess())
        {
            final OrderAck ack = new OrderAck();
            if (ack.parse(response.body(), order.algo))
            {
                accepted.incrementAndGet();
                accepted(order.botId, order.clientOrderId, ack.venueOrderId(), order.instrumentId,
                    ack.updateTimeMs() * 1_000_000L, receiveTimeNs);
                return;
            }
            LOG.warn("order {}: HTTP {} without {}: {}", order.clientOrderId, response.status(),
                order.algo ? "algoId" : "orderId", response.bodyText());
            reject(order, RejectReason.VENUE_UNKNOWN, 0,
                context + "HTTP " + response.status() + " answer without an order id", receiveTimeNs, placement);
            return;
        }
        final BinanceErrorBody body = new BinanceErrorBody();
        body.parse(response.body());
        final int status = response.status();
        final RejectReason reason = body.code() != BinanceErrorBody.NO_CODE ? BinanceErrors.reasonFor(body.code()) :
            status == 429 || status == 418 ? RejectReason.RATE_LIMITED : RejectReason.VENUE_UNKNOWN;
        reject(order, reason, body.code(), context + body.message(), receiveTimeNs, placement);
    }

    private void queryStatus(final PendingOrder order, final String why, final int attempt)
    {
        final String params = order.algo ? "clientAlgoId=" + ClientOrderIdText.format(order.clientOrderId) :
            "symbol=" + instruments.symbol(order.instrumentId) + "&origClientOrderId=" +
            ClientOrderIdText.format(order.clientOrderId);
        client.send(RestRequest.of(HttpMethod.GET, order.algo ? ALGO_ORDER_PATH : ORDER_PATH, params,
                RestRequest.Security.SIGNED, 1))
            .whenComplete((response, error) ->
            {
                final boolean unknown = error != null ||
                    BinanceErrorBody.isUnknownStatus(response.status(), response.body()) || response.status() >= 500;
                if (!unknown)
                {
                    report(order, response, "status unknown (" + why + "), look-up: ", true);
                }
                else if (attempt < MAX_STATUS_QUERIES)
                {
                    queryStatus(order, why, attempt + 1);
                }
                else
                {
                    LOG.warn("order {}: status unknown ({}) after {} look-ups", order.clientOrderId, why, attempt);
                    reject(order, RejectReason.VENUE_UNKNOWN, 0,
                        "status unknown (" + why + ") after " + attempt + " look-ups", clock.time() * 1_000_000L,
                        false);
                }
            });
    }

    private void onCanceled(final PendingOrder order, final RestResponse response, final Throwable error)
    {
        if (error != null || BinanceErrorBody.isUnknownStatus(response.status(), response.body()))
        {
            unknownStatus.incrementAndGet();
            restoreAlgo(order.algo, order.clientOrderId);
            LOG.warn("cancel of order {}: status unknown ({}), the user-data stream will tell", order.clientOrderId,
                error != null ? error.getMessage() : "HTTP 503");
            return;
        }
        if (!response.isSuccess())
        {
            final BinanceErrorBody body = new BinanceErrorBody();
            body.parse(response.body());
            if (BinanceErrors.reasonFor(body.code()) != RejectReason.UNKNOWN_ORDER)
            {
                restoreAlgo(order.algo, order.clientOrderId);
            }
            report(order, response, "cancel: ", false);
        }
    }

    private void setupStep(
        final String path,
        final String params,
        final int noChangeCode,
        final int botId,
        final int instrumentId,
        final Runnable next)
    {
        client.send(RestRequest.of(HttpMethod.POST, path, params, RestRequest.Security.SIGNED, 1))
            .whenComplete((response, error) ->
            {
                if (error != null)
                {
                    rejected.incrementAndGet();
                    rejected(botId, 0, instrumentId, RejectReason.VENUE_UNKNOWN, 0,
                        path + ": " + error.getMessage(), clock.time() * 1_000_000L);
                    return;
                }
                final BinanceErrorBody body = new BinanceErrorBody();
                if (response.isSuccess() || body.parse(response.body()) && noChangeCode != 0 &&
                    body.code() == noChangeCode)
                {
                    next.run();
                    return;
                }
                rejected.incrementAndGet();
                rejected(botId, 0, instrumentId, BinanceErrors.reasonFor(body.code()), body.code(),
                    path + ": " + body.message(), clock.time() * 1_000_000L);
            });
    }

    private void reject(
        final PendingOrder order,
        final RejectReason reason,
        final int code,
        final String text,
        final long receiveTimeNs,
        final boolean placementRefused)
    {
        if (order.algo && placementRefused)
        {
            synchronized (algoOrders)
            {
                algoOrders.remove(order.clientOrderId);
            }
        }
        rejected.incrementAndGet();
        rejected(order.botId, order.clientOrderId, order.instrumentId, reason, code, text, receiveTimeNs);
    }

    private void refuse(
        final int botId, final long clientOrderId, final int instrumentId, final RejectReason reason, final String text)
    {
        refusedLocally.incrementAndGet();
        rejected.incrementAndGet();
        rejected(botId, clientOrderId, instrumentId, reason, 0, text, clock.time() * 1_000_000L);
    }

    private void restoreAlgo(final boolean algo, final long clientOrderId)
    {
        if (algo)
        {
            synchronized (algoOrders)
            {
                algoOrders.add(clientOrderId);
            }
        }
    }

    private byte[] copy(final int length)
    {
        final byte[] bytes = new byte[length];
        scratch.getBytes(0, bytes);
        return bytes;
    }

    private String describe(final int result, final int instrumentId)
    {
        return switch (result)
        {
            case OrderRequestEncoder.UNKNOWN_INSTRUMENT -> "refused locally: instrument " + instrumentId +
                " is not registered with Binance order entry";
            case OrderRequestEncoder.BAD_VALUE -> "refused locally: a price or size the order needs is not positive";
            default -> "refused locally: side, type, position side, time in force or client id unsupported";
        };
    }

    /** What an answer needs to be reported: the command's ids, captured before its buffer is reused. */
    private record PendingOrder(int botId, long clientOrderId, int instrumentId, boolean algo)
    {
    }

    /** Local refusals come from the order-entry thread, venue answers from the event loop: one encoder, serialised. */
    private void accepted(final int botId, final long clientOrderId, final long venueOrderId, final int instrumentId,
        final long exchangeTimeNs, final long receiveTimeNs)
    {
        synchronized (publishing)
        {
            publisher.orderAccepted(botId, clientOrderId, venueOrderId, instrumentId, exchangeTimeNs, receiveTimeNs);
        }
    }

    private void rejected(final int botId, final long clientOrderId, final int instrumentId, final RejectReason reason,
        final int venueCode, final String venueText, final long receiveTimeNs)
    {
        synchronized (publishing)
        {
            publisher.orderRejected(botId, clientOrderId, instrumentId, reason, venueCode, venueText, 0,
                receiveTimeNs);
        }
    }
}
