package com.tradefinder.gateway.binance.session;

import com.tradefinder.codecs.CancelOrderDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.NewOrderDecoder;
import com.tradefinder.codecs.OrderAcceptedDecoder;
import com.tradefinder.codecs.PositionMode;
import com.tradefinder.codecs.VenueSetupDecoder;
import com.tradefinder.gateway.binance.InboundSink;
import com.tradefinder.gateway.binance.account.ExecutionMirror;
import com.tradefinder.gateway.binance.account.Reconciler;
import com.tradefinder.gateway.binance.account.VenueOpenOrder;
import com.tradefinder.gateway.binance.account.VenueOrderStatus;
import com.tradefinder.gateway.binance.account.VenuePosition;
import com.tradefinder.gateway.binance.account.VenueSnapshotParser;
import com.tradefinder.gateway.binance.order.BinanceOrderEntry;
import com.tradefinder.gateway.binance.order.WorkingType;
import com.tradefinder.gateway.binance.rest.BinanceRestClient;
import com.tradefinder.gateway.binance.rest.BinanceRestConfig;
import com.tradefinder.gateway.binance.rest.ListenKeys;
import com.tradefinder.gateway.binance.rest.RateLimitAlert;
import com.tradefinder.gateway.binance.rest.RateLimits;
import com.tradefinder.gateway.binance.rest.RestRequest;
import com.tradefinder.gateway.binance.rest.RestResponse;
import com.tradefinder.gateway.binance.userdata.BinanceUserDataDecoder;
import com.tradefinder.gateway.binance.userdata.UserDataEvent;
import com.tradefinder.gateway.binance.userdata.UserDataListener;
import com.tradefinder.gateway.binance.ws.GatewayStatusPublisher;
import com.tradefinder.gateway.binance.ws.InvalidListenKeyException;
import com.tradefinder.gateway.binance.ws.ListenKeyService;
import com.tradefinder.gateway.binance.ws.UserDataConnection;
import com.tradefinder.gateway.binance.ws.WebSocketContext;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.handler.codec.http.HttpMethod;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.SystemEpochClock;
import org.agrona.concurrent.SystemEpochNanoClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.ringbuffer.OneToOneRingBuffer;
import org.agrona.concurrent.ringbuffer.RingBufferDescriptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Orders out and executions back for one Binance USDⓈ-M account: signed REST order entry, the user-data stream,
 * and reconciliation of open orders and positions on start and after every reconnect of the user-data stream.
 * <p>
 * Threads: everything that touches the account state — command dispatch, REST answers, user-data frames, the
 * execution mirror and the reconciler — runs on ONE Netty event loop owned by the session, so none of it needs a lock
 * and the mirror sees commands and executions in the order they happened. The engine's business thread only calls
 * {@link #onCommand}, which copies the command into a single-producer ring buffer and never blocks. Executions go to
 * the {@link InboundSink} from the session's loop; that sink may block when the engine's ring is full, which is safe
 * because the business thread never waits on this loop.
 */
public final class BinanceVenueSession implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(BinanceVenueSession.class);
    private static final int COMMAND_BUFFER_BYTES = 1 << 20;
    private static final int COMMAND_MESSAGE_TYPE = 1;
    private static final String OPEN_ORDERS_PATH = "/fapi/v1/openOrders";
    private static final String OPEN_ALGO_ORDERS_PATH = "/fapi/v1/openAlgoOrders";
    private static final String POSITION_RISK_PATH = "/fapi/v2/positionRisk";
    private static final String ORDER_PATH = "/fapi/v1/order";

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final EventLoop loop = group.next();
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final OneToOneRingBuffer commands = new OneToOneRingBuffer(new UnsafeBuffer(
        ByteBuffer.allocateDirect(COMMAND_BUFFER_BYTES + RingBufferDescriptor.TRAILER_LENGTH)));
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final Runnable drain = this::drainCommands;
    private final ExecutionMirror mirror = new ExecutionMirror();
    private final InboundSink sink;
    private final InboundSink mirroredSink;
    private final com.tradefinder.gateway.binance.order.BinanceInstruments instruments;
    private final RateLimits rateLimits;
    private final BinanceRestClient rest;
    private final ListenKeys listenKeys;
    private final BinanceOrderEntry orderEntry;
    private final VenueSnapshotParser snapshots;
    private final Reconciler reconciler;
    private final BinanceUserDataDecoder decoder;
    private final UserDataConnection userData;
    private final AtomicLong commandsQueued = new AtomicLong();
    private final AtomicLong commandsRefused = new AtomicLong();
    private final AtomicLong executionsPublished = new AtomicLong();
    private final AtomicLong foreignOrderEvents = new AtomicLong();
    private final AtomicLong repeatedAcceptances = new AtomicLong();
    private final MessageHeaderDecoder executionHeader = new MessageHeaderDecoder();
    private final OrderAcceptedDecoder acceptance = new OrderAcceptedDecoder();
    private final AtomicLong reconciliations = new AtomicLong();
    private final AtomicLong differences = new AtomicLong();
    private final AtomicLong failedReconciliations = new AtomicLong();
    private volatile long lastPublishNs;
    private volatile boolean closed;

    /**
     * @param restConfig   REST endpoint and credentials (concluded here if not yet).
     * @param webSocket    settings of the user-data stream (base URL, backoff).
     * @param symbols      the instruments traded.
     * @param workingType  trigger price of conditional orders.
     * @param accountBotId the bot that owns this account, or -1 when several bots share it.
     * @param sink         the engine's inbound ring.
     * @param alert        told when the venue bans order entry (HTTP 418).
     */
    public BinanceVenueSession(
        final BinanceRestConfig restConfig,
        final WebSocketContext webSocket,
        final BinanceSymbols symbols,
        final WorkingType workingType,
        final int accountBotId,
        final InboundSink sink,
        final RateLimitAlert alert)
    {
        this.sink = (buffer, offset, length) ->
        {
            executionsPublished.incrementAndGet();
            lastPublishNs = System.nanoTime();
            sink.publish(buffer, offset, length);
        };
        this.mirroredSink = (buffer, offset, length) ->
        {
            if (isRepeatedAcceptance(buffer, offset))
            {
                // the REST acknowledgement and the user-data NEW both say "accepted": the engine hears it once
                repeatedAcceptances.incrementAndGet();
                return;
            }
            mirror.onInbound(buffer, offset, length);
            this.sink.publish(buffer, offset, length);
        };
        this.instruments = symbols.instruments();
        this.rateLimits = new RateLimits(this.sink, alert);
        this.rest = new BinanceRestClient(restConfig.conclude(), SystemEpochClock.INSTANCE, rateLimits, group);
        this.listenKeys = new ListenKeys(rest);
        this.orderEntry = new BinanceOrderEntry(rest, rateLimits, symbols.instruments(), restConfig.newSigner(),
            workingType, PositionMode.ONE_WAY, SystemEpochClock.INSTANCE, mirroredSink);
        this.snapshots = new VenueSnapshotParser(symbols.lookup());
        this.reconciler = new Reconciler(mirror, this.sink, this::cancelAtVenue, accountBotId);
        this.decoder = new BinanceUserDataDecoder(symbols.lookup(), mirroredSink, new Listener(), accountBotId);
        final GatewayStatusPublisher status = new GatewayStatusPublisher(this.sink, new SystemEpochNanoClock());
        if (!webSocket.isConcluded())
        {
            webSocket.conclude();
        }
        this.userData = new UserDataConnection(new Keys(), this::onUserFrame, reconnects -> reconcileNow(),
            status, webSocket, UserDataConnection.DEFAULT_KEEP_ALIVE_INTERVAL_NS, loop);
    }

    /**
     * Synchronises the clock with the venue, opens the user-data stream and reconciles once; returns at once.
     */
    public void start()
    {
        rest.syncTime().whenComplete((offset, error) ->
        {
            if (error != null)
            {
                LOG.warn("binance: server time not read ({}); signing with the local clock", error.getMessage());
            }
            userData.start();
            reconcileNow();
        });
    }

    /**
     * Takes one engine command (NewOrder, CancelOrder, VenueSetup; other templates are ignored). Called on the
     * engine's business thread only (single producer); copies and returns at once.
     *
     * @param buffer holding one SBE message, header included.
     * @param offset of the message.
     * @param length of the message.
     */
    public void onCommand(final DirectBuffer buffer, final int offset, final int length)
    {
        header.wrap(buffer, offset);
        final int templateId = header.templateId();
        if (templateId != NewOrderDecoder.TEMPLATE_ID && templateId != CancelOrderDecoder.TEMPLATE_ID &&
            templateId != VenueSetupDecoder.TEMPLATE_ID)
        {
            return;
        }
        if (!commands.write(COMMAND_MESSAGE_TYPE, buffer, offset, length))
        {
            // never block the business thread: a full buffer means the loop has been stuck for ~10,000 commands
            commandsRefused.incrementAndGet();
            LOG.error("binance: command buffer full, command of template {} not sent", templateId);
            return;
        }
        commandsQueued.incrementAndGet();
        if (drainScheduled.compareAndSet(false, true))
        {
            loop.execute(drain);
        }
    }

    /** Session loop: an OrderAccepted for an order the mirror already knows as accepted. */
    private boolean isRepeatedAcceptance(final DirectBuffer buffer, final int offset)
    {
        executionHeader.wrap(buffer, offset);
        if (executionHeader.templateId() != OrderAcceptedDecoder.TEMPLATE_ID)
        {
            return false;
        }
        acceptance.wrap(buffer, offset + MessageHeaderDecoder.ENCODED_LENGTH, executionHeader.blockLength(),
            executionHeader.version());
        final ExecutionMirror.MirroredOrder order = mirror.order(acceptance.clientOrderId());
        return order != null && order.accepted();
    }

    private void drainCommands()
    {
        drainScheduled.set(false);
        while (commands.read(this::dispatch) > 0)
        {
            // keep reading: a writer that came in meanwhile may have seen drainScheduled still true
        }
    }

    private void dispatch(final int msgTypeId, final org.agrona.MutableDirectBuffer buffer, final int index,
        final int length)
    {
        mirror.onOutbound(buffer, index, length);
        orderEntry.onCommand(buffer, index, length);
    }

    private void onUserFrame(final DirectBuffer buffer, final int offset, final int length, final long receiveTimeNs)
    {
        final int result = decoder.decode(buffer, offset, length, receiveTimeNs);
        if (result == BinanceUserDataDecoder.MALFORMED)
        {
            LOG.warn("binance user data: {}", decoder.describeLastError());
        }
    }

    /**
     * Fetches open orders, open algo orders and positions, the status of every engine order the venue no longer
     * lists as open, then reports and resolves every difference. Runs on the session's loop; returns at once.
     *
     * @return completes with the number of differences, or exceptionally when the venue could not be read.
     */
    public CompletableFuture<Integer> reconcileNow()
    {
        final CompletableFuture<Integer> result = new CompletableFuture<>();
        final CompletableFuture<byte[]> open = signedGet(OPEN_ORDERS_PATH, "", 40);
        final CompletableFuture<byte[]> algo = signedGet(OPEN_ALGO_ORDERS_PATH, "", 40);
        final CompletableFuture<byte[]> positions = signedGet(POSITION_RISK_PATH, "", 5);
        CompletableFuture.allOf(open, algo, positions).whenCompleteAsync((ignore, error) ->
        {
            if (error != null)
            {
                failReconciliation(result, error);
                return;
            }
            final List<VenueOpenOrder> openOrders = new ArrayList<>();
            final List<VenueOpenOrder> plain = snapshots.openOrders(open.join());
            final List<VenueOpenOrder> conditional = snapshots.openAlgoOrders(algo.join());
            final List<VenuePosition> venuePositions = snapshots.positionRisk(positions.join());
            if (plain == null || conditional == null || venuePositions == null)
            {
                failReconciliation(result, new IllegalStateException(snapshots.lastError()));
                return;
            }
            openOrders.addAll(plain);
            openOrders.addAll(conditional);
            queryStatuses(reconciler.ordersToQuery(openOrders)).whenCompleteAsync((statuses, statusError) ->
            {
                if (statusError != null)
                {
                    failReconciliation(result, statusError);
                    return;
                }
                final int found = reconciler.reconcile(openOrders, venuePositions, statuses::get,
                    TimeUnit.MILLISECONDS.toNanos(SystemEpochClock.INSTANCE.time()));
                reconciliations.incrementAndGet();
                differences.addAndGet(found);
                if (found > 0)
                {
                    LOG.warn("binance: reconciliation found and resolved {} differences", found);
                }
                result.complete(found);
            }, loop);
        }, loop);
        return result;
    }

    private void failReconciliation(final CompletableFuture<Integer> result, final Throwable error)
    {
        failedReconciliations.incrementAndGet();
        LOG.error("binance: reconciliation failed: {}", error.getMessage());
        result.completeExceptionally(error);
    }

    private CompletableFuture<Map<Long, VenueOrderStatus>> queryStatuses(final long[] clientOrderIds)
    {
        final Map<Long, VenueOrderStatus> statuses = new HashMap<>();
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (final long id : clientOrderIds)
        {
            chain = chain.thenCompose(ignore -> rest.send(RestRequest.of(HttpMethod.GET, ORDER_PATH,
                "symbol=" + symbolOf(id) + "&origClientOrderId=" +
                com.tradefinder.gateway.binance.ClientOrderIdText.format(id), RestRequest.Security.SIGNED, 1))
                .thenAccept(response -> statuses.put(id, statusOf(id, response))));
        }
        return chain.thenApply(ignore -> statuses);
    }

    private String symbolOf(final long clientOrderId)
    {
        final ExecutionMirror.MirroredOrder order = mirror.order(clientOrderId);
        return order == null ? "" : orderEntryInstruments().symbol(order.instrumentId());
    }

    private com.tradefinder.gateway.binance.order.BinanceInstruments orderEntryInstruments()
    {
        return instruments;
    }

    private VenueOrderStatus statusOf(final long clientOrderId, final RestResponse response)
    {
        if (response.status() == 200)
        {
            return snapshots.orderStatus(response.body());
        }
        final String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
        // -2013 "Order does not exist.": the venue never had it (or forgot it); anything else is left for next time
        return body.contains("-2013") ? VenueOrderStatus.notFound(clientOrderId) : null;
    }

    private CompletableFuture<byte[]> signedGet(final String path, final String params, final int weight)
    {
        return rest.send(RestRequest.of(HttpMethod.GET, path, params, RestRequest.Security.SIGNED, weight))
            .thenApply(response ->
            {
                if (response.status() != 200)
                {
                    throw new IllegalStateException(path + " answered HTTP " + response.status() + ": " +
                        new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
                }
                return response.body();
            });
    }

    private void cancelAtVenue(final int instrumentId, final long venueOrderId, final String clientOrderIdText,
        final boolean algo)
    {
        final String symbol = orderEntryInstruments().symbol(instrumentId);
        final RestRequest request = algo ?
            RestRequest.of(HttpMethod.DELETE, BinanceOrderEntry.ALGO_ORDER_PATH,
                "algoId=" + venueOrderId, RestRequest.Security.SIGNED, 1) :
            RestRequest.of(HttpMethod.DELETE, ORDER_PATH, "symbol=" + symbol + "&orderId=" + venueOrderId,
                RestRequest.Security.SIGNED, 1);
        rest.send(request).whenComplete((response, error) ->
        {
            if (error != null || response.status() != 200)
            {
                LOG.error("binance: reconciliation could not cancel {} {} ({})", symbol, clientOrderIdText,
                    error != null ? error.getMessage() : "HTTP " + response.status());
            }
        });
    }

    /**
     * Waits until every command taken so far was sent and the venue has been quiet (no execution published) for a
     * short while, or the timeout passed. For an orderly shutdown.
     *
     * @param timeoutMs longest wait.
     * @param quietMs   how long without an execution counts as settled.
     * @return executions published during the wait, or -1 when it timed out.
     * @throws InterruptedException if interrupted.
     */
    public long flush(final long timeoutMs, final long quietMs) throws InterruptedException
    {
        final long before = executionsPublished.get();
        final long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        final CompletableFuture<Void> drained = new CompletableFuture<>();
        loop.execute(() ->
        {
            drainCommands();
            drained.complete(null);
        });
        while (!drained.isDone() && System.nanoTime() < deadline)
        {
            Thread.sleep(1);
        }
        final long start = System.nanoTime();
        while (System.nanoTime() < deadline)
        {
            final long last = Math.max(lastPublishNs, start);
            if (System.nanoTime() - last >= TimeUnit.MILLISECONDS.toNanos(quietMs))
            {
                return executionsPublished.get() - before;
            }
            Thread.sleep(5);
        }
        return -1;
    }

    /**
     * @return one line of counters for logs and the session summary.
     */
    public String summary()
    {
        return "binance: commands " + commandsQueued.get() + " (refused " + commandsRefused.get() + "), orders sent " +
            orderEntry.sent() + ", accepted " + orderEntry.accepted() + ", rejected " + orderEntry.rejected() +
            ", executions " + executionsPublished.get() + " (repeated acceptances dropped " +
            repeatedAcceptances.get() + "), user-data frames decoded " +
            decoder.counters().decoded() + " (malformed " + decoder.counters().malformed() + "), foreign orders " +
            foreignOrderEvents.get() + ", reconciliations " + reconciliations.get() + " (differences " +
            differences.get() + ", failed " + failedReconciliations.get() + "), user-data reconnects " +
            userData.reconnects();
    }

    /**
     * @return reconciliations completed.
     */
    public long reconciliations()
    {
        return reconciliations.get();
    }

    /**
     * @return differences found by all reconciliations.
     */
    public long differences()
    {
        return differences.get();
    }

    /**
     * @return the rate-limit state shared by REST and order entry.
     */
    public RateLimits rateLimits()
    {
        return rateLimits;
    }

    /**
     * @return the order entry, for its counters.
     */
    public BinanceOrderEntry orderEntry()
    {
        return orderEntry;
    }

    @Override
    public void close()
    {
        if (closed)
        {
            return;
        }
        closed = true;
        userData.close();
        try
        {
            listenKeys.close().get(2, TimeUnit.SECONDS);
        }
        catch (final Exception ex)
        {
            LOG.debug("binance: listenKey not closed: {}", ex.toString());
        }
        rest.close();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** The listenKey lifecycle over REST, in the shape the user-data connection asks for. */
    private final class Keys implements ListenKeyService
    {
        @Override
        public CompletableFuture<String> create()
        {
            return listenKeys.open();
        }

        @Override
        public CompletableFuture<Void> keepAlive(final String listenKey)
        {
            return listenKeys.keepAlive().thenApply(key ->
            {
                if (!listenKey.equals(key))
                {
                    // the venue forgot the key (-1125) and ListenKeys opened another: reconnect with it
                    throw new InvalidListenKeyException("listenKey " + listenKey + " no longer exists");
                }
                return null;
            });
        }
    }

    /** Events of the user-data stream that are not executions of our orders. */
    private final class Listener implements UserDataListener
    {
        @Override
        public void onListenKeyExpired(final long eventTimeNs, final DirectBuffer buffer, final int keyOffset,
            final int keyLength)
        {
            userData.listenKeyExpired();
        }

        @Override
        public void onForeignOrder(final UserDataEvent event, final DirectBuffer buffer, final int clientIdOffset,
            final int clientIdLength, final long venueOrderId, final int instrumentId, final long exchangeTimeNs)
        {
            foreignOrderEvents.incrementAndGet();
            LOG.warn("binance: {} for an order TradeFinder did not place: id {} client id '{}' instrument {}", event,
                venueOrderId, buffer.getStringWithoutLengthAscii(clientIdOffset, clientIdLength), instrumentId);
        }
    }
}
