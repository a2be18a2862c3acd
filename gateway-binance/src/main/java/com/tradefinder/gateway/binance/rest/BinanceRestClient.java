package com.tradefinder.gateway.binance.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLException;

import org.agrona.concurrent.EpochClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.pool.AbstractChannelPoolHandler;
import io.netty.channel.pool.ChannelHealthChecker;
import io.netty.channel.pool.FixedChannelPool;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.util.concurrent.Future;
import io.netty.util.concurrent.ScheduledFuture;

/**
 * Binance USDⓈ-M REST over Netty HTTP/1.1: a pool of one or two keep-alive connections to the base URL (TLS for
 * https, plain for http so a loopback fake can stand in), one request in flight per connection.
 * <p>
 * Every request is admitted by {@link RateLimits} first (refused ones complete with {@link RestRefusedException},
 * never sent) and every response is shown to it. Signed requests get {@code recvWindow}, a {@code timestamp} from the
 * injected clock plus the server-time offset learnt from {@code GET /fapi/v1/time}, and the signature last. A
 * {@code -1021} answer to any request resynchronises the offset; a request the client signed itself is then signed
 * again and sent once more.
 * <p>
 * Thread-safe: {@link #send} may be called from any thread; futures complete on the Netty event loop, so callers must
 * not block in their continuations. Failures (timeout, refused connection, closed client) complete the future
 * exceptionally with a one-line {@link RestRefusedException}; nothing is thrown into the caller.
 */
public final class BinanceRestClient implements AutoCloseable
{
    /** {@code GET /fapi/v1/time}. */
    public static final String TIME_PATH = "/fapi/v1/time";
    /** {@code GET /fapi/v1/exchangeInfo}. */
    public static final String EXCHANGE_INFO_PATH = "/fapi/v1/exchangeInfo";

    private static final Logger LOG = LoggerFactory.getLogger(BinanceRestClient.class);
    private static final JsonFactory JSON = new JsonFactory();
    private static final int MAX_PENDING_ACQUIRES = 4096;
    private static final byte[] RECV_WINDOW = "recvWindow=".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] TIMESTAMP = "&timestamp=".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SIGNATURE = "&signature=".getBytes(StandardCharsets.US_ASCII);

    private final BinanceRestConfig config;
    private final EpochClock clock;
    private final RateLimits rateLimits;
    private final EventLoopGroup group;
    private final boolean ownsGroup;
    private final FixedChannelPool pool;
    private final String hostHeader;
    private final BinanceSigner signer;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicReference<CompletableFuture<Long>> timeSync = new AtomicReference<>();
    private final AtomicLong responses = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong timeResyncs = new AtomicLong();
    private volatile long serverTimeOffsetMs;

    /**
     * A client with its own single-threaded NIO event loop.
     *
     * @param config     concluded settings.
     * @param clock      epoch milliseconds (wall clock in production, a controlled one in tests).
     * @param rateLimits shared with order entry.
     */
    public BinanceRestClient(final BinanceRestConfig config, final EpochClock clock, final RateLimits rateLimits)
    {
        this(config, clock, rateLimits, new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory()), true);
    }

    /**
     * @param config     concluded settings.
     * @param clock      epoch milliseconds.
     * @param rateLimits shared with order entry.
     * @param group      NIO event loop group to run on; not shut down by {@link #close()}.
     */
    public BinanceRestClient(
        final BinanceRestConfig config, final EpochClock clock, final RateLimits rateLimits, final EventLoopGroup group)
    {
        this(config, clock, rateLimits, group, false);
    }

    private BinanceRestClient(
        final BinanceRestConfig config,
        final EpochClock clock,
        final RateLimits rateLimits,
        final EventLoopGroup group,
        final boolean ownsGroup)
    {
        this.config = config.conclude();
        this.clock = clock;
        this.rateLimits = rateLimits;
        this.group = group;
        this.ownsGroup = ownsGroup;
        this.signer = config.hasCredentials() ? config.newSigner() : null;
        final String host = config.baseUrl().getHost();
        final int port = config.port();
        final boolean defaultPort = config.baseUrl().getPort() < 0;
        this.hostHeader = defaultPort ? host : host + ":" + port;
        final SslContext ssl = !config.tls() ? null : config.sslContext() != null ? config.sslContext() : sslContext();
        final Bootstrap bootstrap = new Bootstrap()
            .group(group)
            .channel(NioSocketChannel.class)
            .option(ChannelOption.TCP_NODELAY, true)
            .option(ChannelOption.SO_KEEPALIVE, true)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int)Math.min(config.requestTimeoutMs(), 30_000))
            .remoteAddress(host, port);
        this.pool = new FixedChannelPool(
            bootstrap,
            new AbstractChannelPoolHandler()
            {
                @Override
                public void channelCreated(final Channel ch)
                {
                    if (ssl != null)
                    {
                        ch.pipeline().addLast(ssl.newHandler(ch.alloc(), host, port));
                    }
                    ch.pipeline()
                        .addLast(new HttpClientCodec())
                        .addLast(new HttpObjectAggregator(config.maxResponseBytes()))
                        .addLast(new ResponseHandler());
                }
            },
            ChannelHealthChecker.ACTIVE,
            FixedChannelPool.AcquireTimeoutAction.FAIL,
            config.requestTimeoutMs(),
            config.maxConnections(),
            MAX_PENDING_ACQUIRES,
            true);
    }

    private static SslContext sslContext()
    {
        try
        {
            return SslContextBuilder.forClient().endpointIdentificationAlgorithm("HTTPS").build();
        }
        catch (final SSLException ex)
        {
            throw new IllegalStateException("cannot build the TLS client context: " + ex.getMessage(), ex);
        }
    }

    /**
     * Sends a request once admitted by the rate limits.
     *
     * @param request what to send.
     * @return completes with the response, whatever its status, on the event loop; or exceptionally with a
     * {@link RestRefusedException} when it was refused, timed out or lost its connection.
     */
    public CompletableFuture<RestResponse> send(final RestRequest request)
    {
        final CompletableFuture<RestResponse> result = new CompletableFuture<>();
        send(request, true, result);
        return result;
    }

    private void send(final RestRequest request, final boolean mayResync, final CompletableFuture<RestResponse> result)
    {
        if (closed.get())
        {
            failures.incrementAndGet();
            result.completeExceptionally(new RestRefusedException(request + ": client closed"));
            return;
        }
        if (signer == null && request.security() != RestRequest.Security.NONE)
        {
            failures.incrementAndGet();
            result.completeExceptionally(new RestRefusedException(request + ": needs API credentials, none given"));
            return;
        }
        if (!rateLimits.tryAcquireWeight(request.weight(), clock.time()))
        {
            failures.incrementAndGet();
            result.completeExceptionally(new RestRefusedException(
                request + ": refused locally, " + rateLimits.state() + " until " + rateLimits.blockedUntilMs()));
            return;
        }
        final FullHttpRequest http = toHttp(request);
        final Exchange exchange = new Exchange(request, http);
        exchange.future.whenComplete((response, error) ->
        {
            if (error != null)
            {
                failures.incrementAndGet();
                result.completeExceptionally(error);
                return;
            }
            responses.incrementAndGet();
            rateLimits.onResponse(response, clock.time());
            if (response.status() >= 400 && errorCode(response) == BinanceErrors.INVALID_TIMESTAMP)
            {
                final CompletableFuture<Long> sync = syncTime();
                if (mayResync && request.security() == RestRequest.Security.SIGNED)
                {
                    sync.whenComplete((offset, syncError) ->
                    {
                        if (syncError != null)
                        {
                            result.complete(response);
                        }
                        else
                        {
                            send(request, false, result);
                        }
                    });
                    return;
                }
            }
            result.complete(response);
        });
        pool.acquire().addListener((Future<Channel> acquired) ->
        {
            if (!acquired.isSuccess())
            {
                http.release();
                exchange.future.completeExceptionally(new RestRefusedException(
                    request + ": no connection to " + config.baseUrl() + ": " + acquired.cause()));
                return;
            }
            final Channel channel = acquired.getNow();
            if (channel.eventLoop().inEventLoop())
            {
                dispatch(channel, exchange);
            }
            else
            {
                channel.eventLoop().execute(() -> dispatch(channel, exchange));
            }
        });
    }

    /** On the channel's own event loop, so the handler's state has one thread. */
    private void dispatch(final Channel channel, final Exchange exchange)
    {
        final ResponseHandler handler = channel.pipeline().get(ResponseHandler.class);
        handler.begin(exchange, channel);
        channel.writeAndFlush(exchange.http).addListener(written ->
        {
            if (!written.isSuccess())
            {
                handler.fail(channel, exchange.request + ": write failed: " + written.cause());
            }
        });
    }

    /**
     * {@code GET /fapi/v1/exchangeInfo} (weight 1): parses it and configures the rate limits from its
     * {@code rateLimits}.
     *
     * @return completes with the parsed document, or exceptionally with a one-line message when the answer is not a
     * well-formed exchangeInfo.
     */
    public CompletableFuture<ExchangeInfo> exchangeInfo()
    {
        return send(RestRequest.of(HttpMethod.GET, EXCHANGE_INFO_PATH, "", RestRequest.Security.NONE, 1))
            .thenApply(response ->
            {
                if (!response.isSuccess())
                {
                    final BinanceErrorBody error = new BinanceErrorBody();
                    error.parse(response.body());
                    throw new RestRefusedException("GET " + EXCHANGE_INFO_PATH + ": HTTP " + response.status() +
                        " code " + error.code() + " " + error.message());
                }
                final ExchangeInfo info = ExchangeInfo.parse(response.body());
                rateLimits.configure(info.rateLimits());
                return info;
            });
    }

    /**
     * Learns the offset between the venue's clock and the injected one from {@code GET /fapi/v1/time}, taking the
     * middle of the round trip as the moment the server read its clock. Concurrent calls share one request.
     *
     * @return completes with the new offset in milliseconds (server minus local).
     */
    public CompletableFuture<Long> syncTime()
    {
        final CompletableFuture<Long> fresh = new CompletableFuture<>();
        final CompletableFuture<Long> running = timeSync.compareAndExchange(null, fresh);
        if (running != null)
        {
            return running;
        }
        timeResyncs.incrementAndGet();
        fresh.whenComplete((offset, error) -> timeSync.set(null));
        final CompletableFuture<RestResponse> answer = new CompletableFuture<>();
        final long sentMs = clock.time();
        answer.whenComplete((response, error) ->
        {
            if (error != null)
            {
                fresh.completeExceptionally(error);
            }
            else
            {
                onServerTime(response, sentMs, fresh);
            }
        });
        send(RestRequest.of(HttpMethod.GET, TIME_PATH, "", RestRequest.Security.NONE, 1), false, answer);
        return fresh;
    }

    /**
     * @return epoch milliseconds as the venue counts them: the injected clock plus the learnt offset.
     */
    public long timestampMs()
    {
        return clock.time() + serverTimeOffsetMs;
    }

    /**
     * @return the learnt offset, server minus local, in milliseconds.
     */
    public long serverTimeOffsetMs()
    {
        return serverTimeOffsetMs;
    }

    /**
     * @return the recvWindow sent with signed requests.
     */
    public long recvWindowMs()
    {
        return config.recvWindowMs();
    }

    /**
     * @return responses received, any status.
     */
    public long responses()
    {
        return responses.get();
    }

    /**
     * @return requests refused, timed out or failed without a response.
     */
    public long failures()
    {
        return failures.get();
    }

    /**
     * @return server-time synchronisations started.
     */
    public long timeResyncs()
    {
        return timeResyncs.get();
    }

    /**
     * Closes the pool's connections and, when the client made it, its event loop. Requests in flight fail.
     */
    @Override
    public void close()
    {
        if (closed.compareAndSet(false, true))
        {
            pool.close();
            if (ownsGroup)
            {
                group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
            }
        }
    }

    private FullHttpRequest toHttp(final RestRequest request)
    {
        final byte[] params = request.security() == RestRequest.Security.SIGNED ? sign(request.params()) :
            request.params();
        final String uri;
        final ByteBuf body;
        if (request.paramsInBody())
        {
            uri = request.path();
            body = Unpooled.wrappedBuffer(params);
        }
        else
        {
            uri = params.length == 0 ? request.path() :
                request.path() + "?" + new String(params, StandardCharsets.US_ASCII);
            body = Unpooled.EMPTY_BUFFER;
        }
        final FullHttpRequest http = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, request.method(), uri, body);
        http.headers()
            .set(HttpHeaderNames.HOST, hostHeader)
            .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE)
            .set(HttpHeaderNames.USER_AGENT, "tradefinder")
            .setInt(HttpHeaderNames.CONTENT_LENGTH, body.readableBytes());
        if (request.paramsInBody())
        {
            http.headers().set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_X_WWW_FORM_URLENCODED);
        }
        if (request.security() != RestRequest.Security.NONE)
        {
            http.headers().set("X-MBX-APIKEY", config.apiKey());
        }
        return http;
    }

    private byte[] sign(final byte[] params)
    {
        final String recvWindow = Long.toString(config.recvWindowMs());
        final String timestamp = Long.toString(timestampMs());
        final int unsignedLength = params.length + (params.length > 0 ? 1 : 0) + RECV_WINDOW.length +
            recvWindow.length() + TIMESTAMP.length + timestamp.length();
        final UnsafeBuffer out = new UnsafeBuffer(
            new byte[unsignedLength + SIGNATURE.length + BinanceSigner.SIGNATURE_LENGTH]);
        int at = 0;
        out.putBytes(at, params);
        at += params.length;
        if (params.length > 0)
        {
            out.putByte(at++, (byte)'&');
        }
        out.putBytes(at, RECV_WINDOW);
        at += RECV_WINDOW.length;
        at += out.putStringWithoutLengthAscii(at, recvWindow);
        out.putBytes(at, TIMESTAMP);
        at += TIMESTAMP.length;
        at += out.putStringWithoutLengthAscii(at, timestamp);
        final int signedLength = at;
        out.putBytes(at, SIGNATURE);
        at += SIGNATURE.length;
        synchronized (signer)
        {
            signer.sign(out, 0, signedLength, out, at);
        }
        return out.byteArray();
    }

    private void onServerTime(final RestResponse response, final long sentMs, final CompletableFuture<Long> sync)
    {
        final long receivedMs = clock.time();
        final long serverTimeMs = response.isSuccess() ? serverTime(response.body()) : -1;
        if (serverTimeMs <= 0)
        {
            LOG.warn("GET {} gave HTTP {} without a serverTime: {}", TIME_PATH, response.status(), response.bodyText());
            sync.completeExceptionally(new RestRefusedException(
                "GET " + TIME_PATH + ": HTTP " + response.status() + " without a serverTime"));
            return;
        }
        serverTimeOffsetMs = serverTimeMs - (sentMs + receivedMs) / 2;
        sync.complete(serverTimeOffsetMs);
    }

    private static long serverTime(final byte[] body)
    {
        try (JsonParser parser = JSON.createParser(body))
        {
            if (parser.nextToken() != JsonToken.START_OBJECT)
            {
                return -1;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME)
            {
                final String name = parser.currentName();
                final JsonToken value = parser.nextToken();
                if ("serverTime".equals(name) && value == JsonToken.VALUE_NUMBER_INT)
                {
                    return parser.getLongValue();
                }
                parser.skipChildren();
            }
            return -1;
        }
        catch (final IOException ex)
        {
            return -1;
        }
    }

    private static int errorCode(final RestResponse response)
    {
        final BinanceErrorBody error = new BinanceErrorBody();
        error.parse(response.body());
        return error.code();
    }

    /** One request and its future, carried by the connection it is sent on. */
    private static final class Exchange
    {
        final RestRequest request;
        final FullHttpRequest http;
        final CompletableFuture<RestResponse> future = new CompletableFuture<>();

        Exchange(final RestRequest request, final FullHttpRequest http)
        {
            this.request = request;
            this.http = http;
        }
    }

    /** Per connection: matches the one response to the one request in flight, and releases the connection. */
    private final class ResponseHandler extends SimpleChannelInboundHandler<FullHttpResponse>
    {
        private Exchange current;
        private ScheduledFuture<?> timeout;

        void begin(final Exchange exchange, final Channel channel)
        {
            current = exchange;
            timeout = channel.eventLoop().schedule(
                () -> fail(channel, exchange.request + ": no response within " + config.requestTimeoutMs() + " ms"),
                config.requestTimeoutMs(),
                TimeUnit.MILLISECONDS);
        }

        void fail(final Channel channel, final String message)
        {
            if (!channel.eventLoop().inEventLoop())
            {
                channel.eventLoop().execute(() -> fail(channel, message));
                return;
            }
            final Exchange exchange = finish();
            if (exchange != null)
            {
                LOG.warn("{}", message);
                channel.close();
                pool.release(channel);
                exchange.future.completeExceptionally(new RestRefusedException(message));
            }
        }

        private Exchange finish()
        {
            final Exchange exchange = current;
            current = null;
            if (timeout != null)
            {
                timeout.cancel(false);
                timeout = null;
            }
            return exchange;
        }

        @Override
        protected void channelRead0(final ChannelHandlerContext ctx, final FullHttpResponse msg)
        {
            final Exchange exchange = finish();
            if (exchange == null)
            {
                LOG.warn("unsolicited HTTP {} from {} dropped", msg.status().code(), config.baseUrl());
                ctx.close();
                return;
            }
            final RestResponse response = new RestResponse(
                msg.status().code(), msg.headers(), ByteBufUtil.getBytes(msg.content()));
            if (!HttpUtil.isKeepAlive(msg))
            {
                ctx.close();
            }
            pool.release(ctx.channel());
            exchange.future.complete(response);
        }

        @Override
        public void channelInactive(final ChannelHandlerContext ctx) throws Exception
        {
            fail(ctx.channel(), "connection to " + config.baseUrl() + " closed before the response");
            super.channelInactive(ctx);
        }

        @Override
        public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause)
        {
            fail(ctx.channel(), "connection to " + config.baseUrl() + " failed: " + cause);
        }
    }
}
