package com.tradefinder.gateway.binance.fake;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.QueryStringDecoder;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;

/**
 * First handler of every connection: answers REST requests through {@link RestApi}, or upgrades a WebSocket request
 * on a known route ({@code /public|/market} + {@code /ws/<streams>} or {@code /stream?streams=}, unrouted
 * {@code /ws|/stream} as public, {@code /private/ws/<key>}, {@code /private/ws?listenKey=}, {@code /private/stream?
 * listenKey=}) and hands the channel to a {@link StreamFrameHandler}. A private connection with a key that is not
 * active is refused with 400 and -1125.
 * <p>
 * Thread contract: one instance per channel, on its event loop.
 */
final class HttpEntryHandler extends SimpleChannelInboundHandler<FullHttpRequest>
{
    private final RestApi restApi;
    private final StreamHub hub;
    private final FakeExchange exchange;
    private final long pingIntervalMs;
    private final long pongTimeoutMs;

    HttpEntryHandler(
        final RestApi restApi,
        final StreamHub hub,
        final FakeExchange exchange,
        final long pingIntervalMs,
        final long pongTimeoutMs)
    {
        this.restApi = restApi;
        this.hub = hub;
        this.exchange = exchange;
        this.pingIntervalMs = pingIntervalMs;
        this.pongTimeoutMs = pongTimeoutMs;
    }

    @Override
    protected void channelRead0(final ChannelHandlerContext ctx, final FullHttpRequest request)
    {
        final QueryStringDecoder uri = new QueryStringDecoder(request.uri());
        if (request.headers().contains(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true))
        {
            upgrade(ctx, request, uri);
            return;
        }
        final int queryStart = request.uri().indexOf('?');
        final String query = queryStart < 0 ? "" : request.uri().substring(queryStart + 1);
        final RestResponse answer = restApi.handle(request.method().name(), uri.path(), query,
            request.content().toString(StandardCharsets.UTF_8), request.headers().get("X-MBX-APIKEY"));
        final FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
            HttpResponseStatus.valueOf(answer.status()),
            Unpooled.copiedBuffer(answer.body(), StandardCharsets.UTF_8));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json");
        answer.headers().forEach((name, value) -> response.headers().set(name, value));
        write(ctx, request, response);
    }

    @Override
    public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause)
    {
        ctx.close();
    }

    private void upgrade(final ChannelHandlerContext ctx, final FullHttpRequest request, final QueryStringDecoder uri)
    {
        final List<String> segments = new ArrayList<>(Arrays.asList(uri.path().substring(1).split("/")));
        final StreamRoute route = switch (segments.get(0))
        {
            case "public" -> StreamRoute.PUBLIC;
            case "market" -> StreamRoute.MARKET;
            case "private" -> StreamRoute.PRIVATE;
            default -> null;
        };
        if (route != null)
        {
            segments.remove(0);
        }
        final String mode = segments.isEmpty() ? "" : segments.remove(0);
        if (!"ws".equals(mode) && !"stream".equals(mode))
        {
            refuse(ctx, request, HttpResponseStatus.NOT_FOUND, "{\"code\":-1000,\"msg\":\"Unknown path\"}");
            return;
        }
        final boolean combined = "stream".equals(mode);
        final StreamConnection connection;
        final long nowNs = System.nanoTime();
        if (route == StreamRoute.PRIVATE)
        {
            final Map<String, List<String>> parameters = uri.parameters();
            final String key = !segments.isEmpty() ? segments.get(0) :
                parameters.getOrDefault("listenKey", List.of("")).get(0);
            if (!key.equals(exchange.listenKey()))
            {
                refuse(ctx, request, HttpResponseStatus.BAD_REQUEST,
                    "{\"code\":-1125,\"msg\":\"This listenKey does not exist.\"}");
                return;
            }
            final Set<String> events = new HashSet<>();
            parameters.getOrDefault("events", List.of()).forEach(e -> events.addAll(Arrays.asList(e.split("/"))));
            connection = new StreamConnection(ctx.channel(), route, combined, key, events, nowNs);
        }
        else
        {
            connection = new StreamConnection(ctx.channel(), route == null ? StreamRoute.PUBLIC : route, combined,
                null, Set.of(), nowNs);
            if (combined)
            {
                uri.parameters().getOrDefault("streams", List.of())
                    .forEach(s -> connection.subscribe(Arrays.asList(s.split("/"))));
            }
            else
            {
                connection.subscribe(segments);
            }
        }
        final WebSocketServerHandshaker handshaker = new WebSocketServerHandshakerFactory(
            "ws://" + request.headers().get(HttpHeaderNames.HOST) + request.uri(), null, true, 1 << 20)
            .newHandshaker(request);
        if (handshaker == null)
        {
            WebSocketServerHandshakerFactory.sendUnsupportedVersionResponse(ctx.channel());
            return;
        }
        ctx.pipeline().replace(this, "stream-frames", new StreamFrameHandler(handshaker, connection, hub));
        // registered as soon as the handshake answer is queued, not when it is flushed: a client that has its answer
        // must already receive pushes; frames written meanwhile queue behind the answer on this event loop
        final io.netty.channel.ChannelFuture handshake = handshaker.handshake(ctx.channel(), request);
        hub.add(connection);
        handshake.addListener((ChannelFutureListener)future ->
        {
            if (future.isSuccess())
            {
                schedulePings(connection);
            }
            else
            {
                hub.remove(connection);
            }
        });
        ctx.channel().closeFuture().addListener(future -> hub.remove(connection));
    }

    /** Pings every interval; closes the connection when the last pong is older than the timeout. */
    private void schedulePings(final StreamConnection connection)
    {
        connection.channel().eventLoop().scheduleAtFixedRate(() ->
        {
            if (System.nanoTime() - connection.lastPongNs() > TimeUnit.MILLISECONDS.toNanos(pongTimeoutMs))
            {
                connection.channel().close();
            }
            else
            {
                connection.channel().writeAndFlush(new io.netty.handler.codec.http.websocketx.PingWebSocketFrame(
                    Unpooled.copiedBuffer("ping", StandardCharsets.US_ASCII)));
            }
        }, pingIntervalMs, pingIntervalMs, TimeUnit.MILLISECONDS);
    }

    private static void refuse(
        final ChannelHandlerContext ctx, final FullHttpRequest request, final HttpResponseStatus status,
        final String body)
    {
        final FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
            Unpooled.copiedBuffer(body, StandardCharsets.UTF_8));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json");
        HttpUtil.setKeepAlive(response, false);
        HttpUtil.setContentLength(response, response.content().readableBytes());
        ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
    }

    private static void write(final ChannelHandlerContext ctx, final FullHttpRequest request,
        final FullHttpResponse response)
    {
        HttpUtil.setContentLength(response, response.content().readableBytes());
        final boolean keepAlive = HttpUtil.isKeepAlive(request);
        HttpUtil.setKeepAlive(response, keepAlive);
        if (keepAlive)
        {
            ctx.writeAndFlush(response);
        }
        else
        {
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }
}
