package com.tradefinder.gateway.binance.rest;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.ssl.SslContext;

/**
 * A minimal Binance stand-in on loopback for the REST tests: scripted replies per method and path, a signature check
 * computed independently with {@code javax.crypto.Mac}, Binance's timestamp rule against its own clock, and a record
 * of every request. Not the full fake exchange; just enough to drive the client through each answer it must handle.
 */
public final class LoopbackBinance implements AutoCloseable
{
    /** A scripted reply. */
    public record Reply(int status, Map<String, String> headers, String body)
    {
        public static Reply ok(final String body)
        {
            return new Reply(200, Map.of(), body);
        }

        public static Reply error(final int status, final int code, final String msg)
        {
            return new Reply(status, Map.of(), "{\"code\":" + code + ",\"msg\":\"" + msg + "\"}");
        }

        public Reply header(final String name, final String value)
        {
            final Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Reply(status, more, body);
        }
    }

    /** A request as received. */
    public record Received(String method, String path, String query, String body, String apiKey, String contentType,
        String connection)
    {
        public Map<String, String> params()
        {
            final Map<String, String> out = new LinkedHashMap<>();
            for (final String part : (query + (query.isEmpty() || body.isEmpty() ? "" : "&") + body).split("&"))
            {
                final int eq = part.indexOf('=');
                if (eq > 0)
                {
                    out.put(part.substring(0, eq), part.substring(eq + 1));
                }
            }
            return out;
        }
    }

    /** Marks a reply that is never sent, to test timeouts. */
    public static final Reply SILENCE = new Reply(0, Map.of(), "");

    private final boolean tls;
    private final byte[] secret;
    private final LongSupplier serverClockMs;
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final Channel server;
    private final Map<String, Deque<Reply>> script = new HashMap<>();
    private final List<Received> received = new ArrayList<>();
    private final Set<Channel> connections = ConcurrentHashMap.newKeySet();

    public LoopbackBinance(final byte[] secret, final LongSupplier serverClockMs) throws InterruptedException
    {
        this(secret, serverClockMs, null);
    }

    /**
     * @param tls server TLS context, or {@code null} for plain HTTP.
     */
    public LoopbackBinance(final byte[] secret, final LongSupplier serverClockMs, final SslContext tls)
        throws InterruptedException
    {
        this.tls = tls != null;
        this.secret = secret.clone();
        this.serverClockMs = serverClockMs;
        server = new ServerBootstrap()
            .group(group)
            .channel(NioServerSocketChannel.class)
            .childHandler(new ChannelInitializer<SocketChannel>()
            {
                @Override
                protected void initChannel(final SocketChannel ch)
                {
                    connections.add(ch);
                    if (tls != null)
                    {
                        ch.pipeline().addLast(tls.newHandler(ch.alloc()));
                    }
                    ch.pipeline()
                        .addLast(new HttpServerCodec())
                        .addLast(new HttpObjectAggregator(1 << 20))
                        .addLast(new Handler());
                }
            })
            .bind("127.0.0.1", 0).sync().channel();
    }

    public String baseUrl()
    {
        final int port = ((InetSocketAddress)server.localAddress()).getPort();
        return (tls ? "https://localhost:" : "http://127.0.0.1:") + port;
    }

    /**
     * Queues replies for a method and path; the last one queued keeps answering.
     */
    public synchronized LoopbackBinance when(final String method, final String path, final Reply... replies)
    {
        final Deque<Reply> queue = script.computeIfAbsent(method + " " + path, key -> new ArrayDeque<>());
        for (final Reply reply : replies)
        {
            queue.addLast(reply);
        }
        return this;
    }

    public synchronized List<Received> received()
    {
        return new ArrayList<>(received);
    }

    public int connectionsAccepted()
    {
        return connections.size();
    }

    @Override
    public void close()
    {
        server.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private synchronized Reply next(final Received request)
    {
        received.add(request);
        if ("GET".equals(request.method()) && BinanceRestClient.TIME_PATH.equals(request.path()) &&
            !script.containsKey("GET " + BinanceRestClient.TIME_PATH))
        {
            return Reply.ok("{\"serverTime\":" + serverClockMs.getAsLong() + "}");
        }
        final Map<String, String> params = request.params();
        if (params.containsKey("signature"))
        {
            final String expected = signature(request);
            if (!expected.equals(params.get("signature")))
            {
                return Reply.error(400, -1022, "Signature for this request is not valid.");
            }
            final long timestamp = Long.parseLong(params.get("timestamp"));
            final long recvWindow = Long.parseLong(params.getOrDefault("recvWindow", "5000"));
            final long serverTime = serverClockMs.getAsLong();
            if (!(timestamp < serverTime + 1000 && serverTime - timestamp <= recvWindow))
            {
                return Reply.error(400, -1021, "Timestamp for this request is outside of the recvWindow.");
            }
        }
        final Deque<Reply> queue = script.get(request.method() + " " + request.path());
        if (queue == null || queue.isEmpty())
        {
            return Reply.error(404, -1099, "Not found, no script for " + request.method() + " " + request.path());
        }
        return queue.size() > 1 ? queue.pollFirst() : queue.peekFirst();
    }

    /** totalParams is the query then the body, each without its trailing {@code &signature=...}. */
    private String signature(final Received request)
    {
        try
        {
            final String total = withoutSignature(request.query()) + withoutSignature(request.body());
            return SignatureCheck.hmac(secret, total.getBytes(StandardCharsets.US_ASCII));
        }
        catch (final Exception ex)
        {
            throw new IllegalStateException(ex);
        }
    }

    private static String withoutSignature(final String params)
    {
        final int at = params.indexOf("signature=");
        if (at < 0)
        {
            return params;
        }
        return params.substring(0, at > 0 ? at - 1 : 0);
    }

    private final class Handler extends SimpleChannelInboundHandler<FullHttpRequest>
    {
        @Override
        protected void channelRead0(final ChannelHandlerContext ctx, final FullHttpRequest msg)
        {
            final String uri = msg.uri();
            final int q = uri.indexOf('?');
            final Received request = new Received(
                msg.method().name(),
                q < 0 ? uri : uri.substring(0, q),
                q < 0 ? "" : uri.substring(q + 1),
                msg.content().toString(StandardCharsets.US_ASCII),
                msg.headers().get("X-MBX-APIKEY"),
                msg.headers().get(HttpHeaderNames.CONTENT_TYPE),
                msg.headers().get(HttpHeaderNames.CONNECTION));
            final Reply reply = next(request);
            if (reply == SILENCE)
            {
                return;
            }
            final FullHttpResponse response = new DefaultFullHttpResponse(
                HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(reply.status()),
                Unpooled.copiedBuffer(reply.body(), StandardCharsets.UTF_8));
            response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, "application/json")
                .setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes());
            reply.headers().forEach(response.headers()::set);
            ctx.writeAndFlush(response);
        }
    }
}
