package com.tradefinder.tools.run.binance;

import com.tradefinder.codecs.BestBidOfferDecoder;
import com.tradefinder.codecs.DepthUpdateDecoder;
import com.tradefinder.codecs.InstrumentDefinitionEncoder;
import com.tradefinder.codecs.MarkPriceDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.TimerEncoder;
import com.tradefinder.codecs.TradeDecoder;
import com.tradefinder.codecs.Venue;
import com.tradefinder.gateway.binance.rest.BinanceRestClient;
import com.tradefinder.gateway.binance.rest.RestRequest;
import com.tradefinder.gateway.binance.rest.SymbolFilters;
import com.tradefinder.gateway.binance.session.BinanceSymbols;
import com.tradefinder.gateway.binance.ws.BinanceMarketDataGateway;
import com.tradefinder.gateway.binance.ws.BinanceStreams;
import com.tradefinder.gateway.binance.ws.WebSocketContext;
import com.tradefinder.numeric.FixedPoint;
import com.tradefinder.tools.run.InboundPublisher;
import com.tradefinder.tools.run.MarketDataSource;
import io.netty.handler.codec.http.HttpMethod;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Live Binance USDⓈ-M market data for a running engine: the WebSocket gateway (aggTrade, klines of the bots'
 * timeframes, markPrice@1s, bookTicker, diff depth kept in sync with REST snapshots) publishing into the ring, the
 * instruments' definitions from exchangeInfo, and a Timer every wall-clock second so order timeouts fire when the
 * market is quiet.
 * <p>
 * The timers follow the venue's clock, not this machine's: each is the latest exchange time seen plus the wall time
 * elapsed since it arrived, floored to the second, and never earlier than the previous timer — so bars close on time
 * in a quiet market, a skewed local clock cannot close them early, and a replaying fake exchange keeps one timeline.
 * <p>
 * The gateway's own event loop publishes market data, a scheduler thread publishes the timers; both may block on a
 * full ring (the business thread never waits on them). This is the engine's edge, so it reads the wall clock; the
 * business logic only ever sees the journaled times.
 */
public final class BinanceMarketData implements MarketDataSource
{
    /** Timer id of the live one-second clock. */
    public static final long TIMER_ID = 2;
    private static final long SECOND_NS = 1_000_000_000L;
    private static final String DEPTH_PATH = "/fapi/v1/depth";
    private static final long TIMER_POLL_MS = 100;

    private final BinanceSymbols symbols;
    private final List<String> timeframes;
    private final BinanceRestClient rest;
    private final WebSocketContext webSocket;
    private final int[] maxLeverage;
    private final BinanceSession.DeferredSink restStatus;
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[512]);
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final TimerEncoder timer = new TimerEncoder();
    private final MessageHeaderEncoder timerHeader = new MessageHeaderEncoder();
    private ScheduledExecutorService clock;
    private BinanceMarketDataGateway gateway;
    private final MessageHeaderDecoder seenHeader = new MessageHeaderDecoder();
    private final TradeDecoder seenTrade = new TradeDecoder();
    private final BestBidOfferDecoder seenQuote = new BestBidOfferDecoder();
    private final DepthUpdateDecoder seenDepth = new DepthUpdateDecoder();
    private final MarkPriceDecoder seenMark = new MarkPriceDecoder();
    private volatile long exchangeTimeNs;
    private volatile long exchangeTimeSeenAtNanos;
    private long lastTimerNs;
    private volatile boolean ended;

    /**
     * @param symbols     the instruments, from exchangeInfo.
     * @param maxLeverage the venue's maximum leverage per instrument, in {@link BinanceSymbols#filters()} order.
     * @param timeframes  kline intervals the bots need, e.g. {@code 1m}, {@code 1h}.
     * @param rest        a REST client for depth snapshots (public endpoint, no key needed).
     * @param webSocket   WebSocket settings (base URL of the routed streams).
     * @param restStatus  where the REST client's rate-limit states go, attached to the ring at start.
     */
    BinanceMarketData(final BinanceSymbols symbols, final int[] maxLeverage, final List<String> timeframes,
        final BinanceRestClient rest, final WebSocketContext webSocket, final BinanceSession.DeferredSink restStatus)
    {
        this.restStatus = restStatus;
        this.symbols = symbols;
        this.maxLeverage = maxLeverage.clone();
        this.timeframes = List.copyOf(timeframes);
        this.rest = rest;
        this.webSocket = webSocket;
    }

    @Override
    public void publishDefinitions(final InboundPublisher publisher)
    {
        final long nowNs = System.currentTimeMillis() * 1_000_000L;
        final InstrumentDefinitionEncoder definition = new InstrumentDefinitionEncoder();
        final List<SymbolFilters> filters = symbols.filters();
        for (int i = 0; i < filters.size(); i++)
        {
            final SymbolFilters symbol = filters.get(i);
            definition.wrapAndApplyHeader(buffer, 0, header)
                .instrumentId(symbols.instrumentIdAt(i))
                .venue(Venue.BINANCE_USDM)
                .symbol(symbol.symbol())
                .priceExponent((byte)symbols.priceExponent())
                .sizeExponent((byte)symbols.sizeExponent())
                .tickSizeMantissa(exact(symbol, "tickSize", symbol.tickSize().at(symbols.priceExponent())))
                .stepSizeMantissa(exact(symbol, "stepSize", symbol.stepSize().at(symbols.sizeExponent())))
                .minSizeMantissa(exact(symbol, "minQty", symbol.minQty().at(symbols.sizeExponent())))
                .minNotionalMantissa(exact(symbol, "notional", symbol.minNotional().at(-8)))
                .maxLeverage(maxLeverage[i])
                .timeNs(nowNs);
            publisher.publish(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + definition.encodedLength());
        }
    }

    private static long exact(final SymbolFilters symbol, final String field, final long mantissa)
    {
        if (mantissa == FixedPoint.INVALID)
        {
            throw new IllegalStateException(symbol.symbol() + " " + field + " does not fit the engine's exponents");
        }
        return mantissa;
    }

    @Override
    public void start(final InboundPublisher publisher)
    {
        restStatus.attach(publisher);
        gateway = new BinanceMarketDataGateway(symbols.symbols(), timeframes, BinanceStreams.DEPTH_100MS,
            symbols.lookup(), this::depthSnapshot, (buffer, offset, length) ->
            {
                observe(buffer, offset);
                publisher.publish(buffer, offset, length);
            }, webSocket, 1);
        gateway.start();
        clock = Executors.newSingleThreadScheduledExecutor(runnable ->
        {
            final Thread thread = new Thread(runnable, "binance-clock");
            thread.setDaemon(true);
            return thread;
        });
        final UnsafeBuffer timerBuffer = new UnsafeBuffer(new byte[64]);
        clock.scheduleAtFixedRate(() ->
        {
            final long seenNs = exchangeTimeNs;
            if (seenNs == 0)
            {
                return;
            }
            final long nowNs = seenNs + (System.nanoTime() - exchangeTimeSeenAtNanos);
            final long timerNs = nowNs - nowNs % SECOND_NS;
            if (timerNs > lastTimerNs)
            {
                lastTimerNs = timerNs;
                timer.wrapAndApplyHeader(timerBuffer, 0, timerHeader).timerId(TIMER_ID).timeNs(timerNs);
                publisher.publish(timerBuffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + timer.encodedLength());
            }
        }, TIMER_POLL_MS, TIMER_POLL_MS, TimeUnit.MILLISECONDS);
    }

    /** Gateway thread: remembers the latest exchange time of the market data passing through. */
    private void observe(final DirectBuffer buffer, final int offset)
    {
        seenHeader.wrap(buffer, offset);
        final int body = offset + MessageHeaderDecoder.ENCODED_LENGTH;
        final long timeNs;
        switch (seenHeader.templateId())
        {
            case TradeDecoder.TEMPLATE_ID:
                timeNs = seenTrade.wrap(buffer, body, seenHeader.blockLength(), seenHeader.version()).exchangeTimeNs();
                break;
            case BestBidOfferDecoder.TEMPLATE_ID:
                timeNs = seenQuote.wrap(buffer, body, seenHeader.blockLength(), seenHeader.version()).exchangeTimeNs();
                break;
            case DepthUpdateDecoder.TEMPLATE_ID:
                timeNs = seenDepth.wrap(buffer, body, seenHeader.blockLength(), seenHeader.version()).exchangeTimeNs();
                break;
            case MarkPriceDecoder.TEMPLATE_ID:
                timeNs = seenMark.wrap(buffer, body, seenHeader.blockLength(), seenHeader.version()).exchangeTimeNs();
                break;
            default:
                return;
        }
        if (timeNs > exchangeTimeNs)
        {
            exchangeTimeSeenAtNanos = System.nanoTime();
            exchangeTimeNs = timeNs;
        }
    }

    private CompletableFuture<byte[]> depthSnapshot(final String symbol)
    {
        return rest.send(RestRequest.of(HttpMethod.GET, DEPTH_PATH, "symbol=" + symbol + "&limit=1000",
            RestRequest.Security.NONE, 20)).thenApply(response ->
            {
                if (response.status() != 200)
                {
                    throw new IllegalStateException(DEPTH_PATH + " " + symbol + " answered HTTP " + response.status());
                }
                return response.body();
            });
    }

    @Override
    public long timeNs()
    {
        final long seenNs = exchangeTimeNs;
        return seenNs == 0 ? System.currentTimeMillis() * 1_000_000L :
            seenNs + (System.nanoTime() - exchangeTimeSeenAtNanos);
    }

    @Override
    public boolean awaitEnd(final long timeoutMs) throws InterruptedException
    {
        // a live feed never ends; wait out the timeout (or until closed)
        final long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Math.min(timeoutMs, Long.MAX_VALUE / 2_000_000));
        while (!ended && System.nanoTime() < deadline)
        {
            Thread.sleep(Math.max(1, Math.min(200, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime()))));
        }
        return false;
    }

    /**
     * @return one line of counters for the session summary.
     */
    public String summary()
    {
        return gateway == null ? "binance market data: not started" :
            "binance market data: frames " + gateway.frames() + ", decoded " + gateway.decoded() + ", malformed " +
                gateway.malformed() + ", reconnects " + gateway.reconnects() + ", depth resyncs " + gateway.resyncs();
    }

    @Override
    public void close()
    {
        ended = true;
        if (clock != null)
        {
            clock.shutdownNow();
        }
        if (gateway != null)
        {
            gateway.close();
        }
        rest.close();
    }
}
