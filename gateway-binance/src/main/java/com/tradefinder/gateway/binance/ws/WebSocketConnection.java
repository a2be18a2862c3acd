package com.tradefinder.gateway.binance.ws;

import java.net.URI;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javax.net.ssl.SSLException;

import org.agrona.DirectBuffer;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.collections.IntArrayList;
import org.agrona.collections.LongArrayList;
import org.agrona.concurrent.UnsafeBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ChannelPipeline;
import io.netty.channel.EventLoop;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.websocketx.BinaryWebSocketFrame;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketClientHandshakerFactory;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketVersion;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;

import com.tradefinder.codecs.GatewayState;

/**
 * One logical WebSocket connection to Binance that stays up: it reconnects after a loss with jittered exponential
 * backoff, closes and reopens a stalled connection (no data frame for {@link WebSocketContext#stallTimeoutNs()}),
 * and replaces itself before the venue's 24-hour cut by opening the new connection first: for
 * {@link WebSocketContext#rotationOverlapNs()} the old one still delivers while the new one's frames are queued; then
 * the old one is closed, the queued frames it did not deliver are delivered in order, and second copies of frames it
 * delivered are dropped for as long again while the new one catches up. Nothing is lost, nothing doubled, and each
 * stream stays in order.
 * <p>
 * Server pings are answered with a pong carrying the same payload. Streams beyond those in the URL are subscribed
 * with {@code SUBSCRIBE} messages (integer ids from 1), at most {@link WebSocketContext#maxMessagesPerSecond()} a
 * second. Every connect and every loss is published as a {@code GatewayStatus} (CONNECTED / DISCONNECTED) and told
 * to the {@link ConnectionListener}. Data frames go to the {@link FrameHandler}.
 * <p>
 * Threading: everything runs on the one Netty {@link EventLoop} given at construction (the handler, the listener and
 * all timers); {@link #start()}, {@link #reconnectNow(String)} and {@link #close()} may be called from any thread.
 * {@link #counters()} may be read from any thread.
 */
public final class WebSocketConnection implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(WebSocketConnection.class);
    private static final int HANDSHAKE_RESPONSE_MAX_BYTES = 64 * 1024;
    private static final long CLOSE_WAIT_MS = 5_000;

    private final String name;
    private final BinanceRoute route;
    private final Supplier<String> url;
    private final List<String> subscribeStreams;
    private final FrameHandler handler;
    private final ConnectionListener listener;
    private final GatewayStatusPublisher status;
    private final WebSocketContext context;
    private final EventLoop eventLoop;
    private final ReconnectBackoff backoff;
    private final RecentFrameSet recentFrames;
    private final ConnectionCounters counters = new ConnectionCounters();
    private final UnsafeBuffer view = new UnsafeBuffer(0, 0);
    private final UnsafeBuffer overlapView = new UnsafeBuffer(0, 0);
    private final ExpandableArrayBuffer overlapQueue = new ExpandableArrayBuffer(64 * 1024);
    private final IntArrayList overlapFrames = new IntArrayList();
    private final LongArrayList overlapTimes = new LongArrayList();
    private int overlapQueueLength;
    private byte[] scratch = new byte[0];

    private Channel current;
    private Channel pending;
    private Channel retiring;
    private boolean started;
    private boolean closed;
    private boolean everConnected;
    private boolean currentOpen;
    private long lastActivityNanos;
    private long pendingSinceNanos;
    private long dedupeUntilNanos = System.nanoTime();
    private int nextRequestId = 1;
    private ScheduledFuture<?> stallCheck;
    private ScheduledFuture<?> rotationTimer;
    private ScheduledFuture<?> reconnectTimer;
    private ScheduledFuture<?> overlapTimer;

    /**
     * @param name             for logs and status texts, e.g. {@code "public#0"}.
     * @param route            the endpoint route, carried in status messages.
     * @param url              gives the full URL at each (re)connect, e.g. with the current listenKey.
     * @param subscribeStreams streams to SUBSCRIBE after each connect (those not in the URL); may be empty.
     * @param handler          receives data frames.
     * @param listener         told of connects and losses.
     * @param status           publishes GatewayStatus messages.
     * @param context          concluded settings.
     * @param eventLoop        the loop this connection lives on.
     */
    public WebSocketConnection(
        final String name,
        final BinanceRoute route,
        final Supplier<String> url,
        final List<String> subscribeStreams,
        final FrameHandler handler,
        final ConnectionListener listener,
        final GatewayStatusPublisher status,
        final WebSocketContext context,
        final EventLoop eventLoop)
    {
        if (!context.isConcluded())
        {
            throw new IllegalStateException("WebSocketContext must be concluded before use");
        }
        this.name = name;
        this.route = route;
        this.url = url;
        this.subscribeStreams = List.copyOf(subscribeStreams);
        this.handler = handler;
        this.listener = listener;
        this.status = status;
        this.context = context;
        this.eventLoop = eventLoop;
        backoff = new ReconnectBackoff(context.reconnectBaseNs(), context.reconnectCapNs(), context.reconnectJitter(),
            context.random());
        recentFrames = new RecentFrameSet(context.duplicateWindowFrames());
    }

    /**
     * Opens the connection; returns at once. Idempotent.
     */
    public void start()
    {
        eventLoop.execute(() ->
        {
            if (!started && !closed)
            {
                started = true;
                final long periodNs = Math.max(TimeUnit.MILLISECONDS.toNanos(1), context.stallTimeoutNs() / 4);
                stallCheck = eventLoop.scheduleAtFixedRate(this::checkStall, periodNs, periodNs, TimeUnit.NANOSECONDS);
                connect(false);
            }
        });
    }

    /**
     * Drops the current connection and opens a new one (after the base backoff delay), e.g. when the URL changed.
     *
     * @param reason for logs and the DISCONNECTED status.
     */
    public void reconnectNow(final String reason)
    {
        eventLoop.execute(() ->
        {
            if (closed || !started)
            {
                return;
            }
            LOG.info("{}: reconnecting: {}", name, reason);
            backoff.reset();
            if (current != null)
            {
                final Channel channel = current;
                lose(reason);
                channel.close();
            }
        });
    }

    /**
     * Closes every channel and stops reconnecting; waits up to 5 s for that to happen unless called on the
     * connection's own event loop.
     */
    @Override
    public void close()
    {
        if (eventLoop.inEventLoop())
        {
            shutdown();
            return;
        }
        eventLoop.submit(this::shutdown).awaitUninterruptibly(CLOSE_WAIT_MS);
    }

    /**
     * @return the connection's name.
     */
    public String name()
    {
        return name;
    }

    /**
     * @return the route.
     */
    public BinanceRoute route()
    {
        return route;
    }

    /**
     * @return the event loop everything of this connection runs on (also where depth snapshots are handled).
     */
    public EventLoop eventLoop()
    {
        return eventLoop;
    }

    /**
     * @return counters, readable from any thread.
     */
    public ConnectionCounters counters()
    {
        return counters;
    }

    private void shutdown()
    {
        if (closed)
        {
            return;
        }
        closed = true;
        cancel(stallCheck);
        cancel(rotationTimer);
        cancel(reconnectTimer);
        cancel(overlapTimer);
        closeQuietly(pending);
        closeQuietly(retiring);
        if (current != null && currentOpen)
        {
            status.publish(GatewayState.DISCONNECTED, route.code(), name + " closed by the gateway");
        }
        closeQuietly(current);
        pending = null;
        retiring = null;
        current = null;
        currentOpen = false;
    }

    private void connect(final boolean rotation)
    {
        if (closed)
        {
            return;
        }
        final String target = url.get();
        final URI uri;
        try
        {
            uri = URI.create(target);
        }
        catch (final IllegalArgumentException ex)
        {
            connectFailed(rotation, "bad URL " + target + ": " + ex.getMessage());
            return;
        }
        final boolean secure = "wss".equalsIgnoreCase(uri.getScheme());
        final String host = uri.getHost();
        final int port = uri.getPort() > 0 ? uri.getPort() : secure ? 443 : 80;
        final SslContext ssl;
        try
        {
            ssl = secure ? SslContextBuilder.forClient().build() : null;
        }
        catch (final SSLException ex)
        {
            connectFailed(rotation, "TLS set-up failed: " + ex.getMessage());
            return;
        }
        final WebSocketClientHandshaker handshaker = WebSocketClientHandshakerFactory.newHandshaker(
            uri, WebSocketVersion.V13, null, false, EmptyHttpHeaders.INSTANCE, context.maxFramePayloadBytes());
        final Bootstrap bootstrap = new Bootstrap()
            .group(eventLoop)
            .channel(NioSocketChannel.class)
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, context.connectTimeoutMs())
            .option(ChannelOption.TCP_NODELAY, true)
            .handler(new ChannelInitializer<SocketChannel>()
            {
                @Override
                protected void initChannel(final SocketChannel channel)
                {
                    final ChannelPipeline pipeline = channel.pipeline();
                    if (ssl != null)
                    {
                        pipeline.addLast(ssl.newHandler(channel.alloc(), host, port));
                    }
                    pipeline.addLast(new HttpClientCodec());
                    pipeline.addLast(new HttpObjectAggregator(HANDSHAKE_RESPONSE_MAX_BYTES));
                    pipeline.addLast(new WebSocketFrameAggregator(context.maxFramePayloadBytes()));
                    pipeline.addLast(new ClientHandler(handshaker));
                }
            });
        final ChannelFuture future = bootstrap.connect(host, port);
        final Channel channel = future.channel();
        if (rotation)
        {
            pending = channel;
            pendingSinceNanos = System.nanoTime();
        }
        else
        {
            current = channel;
            currentOpen = false;
            lastActivityNanos = System.nanoTime();
        }
        channel.closeFuture().addListener(ignore -> onClosed(channel));
        future.addListener(done ->
        {
            if (!done.isSuccess())
            {
                LOG.warn("{}: connect to {} failed: {}", name, target, String.valueOf(done.cause()));
            }
        });
    }

    private void connectFailed(final boolean rotation, final String reason)
    {
        LOG.error("{}: {}", name, reason);
        if (rotation)
        {
            scheduleRotation(context.stallTimeoutNs());
        }
        else
        {
            lose(reason);
        }
    }

    private void onHandshake(final Channel channel)
    {
        if (closed)
        {
            channel.close();
            return;
        }
        final long now = System.nanoTime();
        if (channel == pending)
        {
            pending = null;
            retiring = current;
            current = channel;
            currentOpen = true;
            lastActivityNanos = now;
            counters.incrementRotations();
            status.publish(GatewayState.CONNECTED, route.code(), name + " rotated to a new connection");
            LOG.info("{}: rotated, old connection closes in {} ms", name,
                TimeUnit.NANOSECONDS.toMillis(context.rotationOverlapNs()));
            overlapTimer = eventLoop.schedule(this::endOverlap, context.rotationOverlapNs(), TimeUnit.NANOSECONDS);
        }
        else if (channel == current)
        {
            currentOpen = true;
            lastActivityNanos = now;
            counters.incrementConnects();
            status.publish(GatewayState.CONNECTED, route.code(), name + " connected" +
                (subscribeStreams.isEmpty() ? "" : ", subscribing " + subscribeStreams.size() + " more streams"));
            LOG.info("{}: connected", name);
            listener.onConnected(this, everConnected);
            everConnected = true;
        }
        else
        {
            channel.close();
            return;
        }
        scheduleRotation(context.rotationIntervalNs());
        subscribe(channel, 0);
    }

    private void subscribe(final Channel channel, final int from)
    {
        if (from >= subscribeStreams.size() || !channel.isActive() || closed)
        {
            return;
        }
        final int to = Math.min(subscribeStreams.size(), from + context.subscribeBatchSize());
        final StringBuilder request = new StringBuilder(32 + 40 * (to - from))
            .append("{\"method\":\"SUBSCRIBE\",\"params\":[");
        for (int i = from; i < to; i++)
        {
            request.append(i == from ? "\"" : ",\"").append(subscribeStreams.get(i)).append('"');
        }
        request.append("],\"id\":").append(nextRequestId++).append('}');
        channel.writeAndFlush(new TextWebSocketFrame(request.toString()));
        counters.incrementSubscribeRequests();
        if (to < subscribeStreams.size())
        {
            final long spacingNs = TimeUnit.SECONDS.toNanos(1) / context.maxMessagesPerSecond();
            eventLoop.schedule(() -> subscribe(channel, to), spacingNs, TimeUnit.NANOSECONDS);
        }
    }

    private void scheduleRotation(final long delayNs)
    {
        cancel(rotationTimer);
        rotationTimer = eventLoop.schedule(this::rotate, delayNs, TimeUnit.NANOSECONDS);
    }

    private void rotate()
    {
        if (closed || pending != null || retiring != null || current == null || !currentOpen)
        {
            return;
        }
        LOG.info("{}: rotating before the 24-hour cut", name);
        // remember frames from now on: the old connection may deliver a frame before the new one's handshake is
        // read and the new one then deliver it again
        recentFrames.clear();
        connect(true);
    }

    private void endOverlap()
    {
        final Channel old = retiring;
        if (old == null)
        {
            return;
        }
        retiring = null;
        closeQuietly(old);
        switchToNew();
    }

    private void onData(final Channel channel, final ByteBuf content)
    {
        if (channel != current && channel != retiring)
        {
            return;
        }
        final long now = System.nanoTime();
        if (channel == current)
        {
            lastActivityNanos = now;
            if (backoff.attempt() > 0)
            {
                backoff.reset();
            }
        }
        counters.incrementFrames();
        final int length = content.readableBytes();
        if (content.hasMemoryAddress())
        {
            view.wrap(content.memoryAddress() + content.readerIndex(), length);
        }
        else if (content.hasArray())
        {
            view.wrap(content.array(), content.arrayOffset() + content.readerIndex(), length);
        }
        else
        {
            if (scratch.length < length)
            {
                scratch = new byte[Math.max(length, scratch.length * 2)];
            }
            content.getBytes(content.readerIndex(), scratch, 0, length);
            view.wrap(scratch, 0, length);
        }
        final long receiveTimeNs = context.clock().nanoTime();
        if (retiring != null && channel == current)
        {
            // overlap: the old connection stays the one delivered; the new one's frames wait for the switch
            overlapQueue.putBytes(overlapQueueLength, view, 0, length);
            overlapFrames.addInt(overlapQueueLength);
            overlapFrames.addInt(length);
            overlapTimes.addLong(receiveTimeNs);
            overlapQueueLength += length;
            return;
        }
        if (pending != null || retiring != null)
        {
            recentFrames.remember(view, 0, length);
        }
        else if (now - dedupeUntilNanos < 0 && recentFrames.contains(view, 0, length))
        {
            counters.incrementDuplicates();
            return;
        }
        deliver(view, length, receiveTimeNs);
    }

    private void deliver(final DirectBuffer frame, final int length, final long receiveTimeNs)
    {
        try
        {
            handler.onFrame(frame, 0, length, receiveTimeNs);
        }
        catch (final RuntimeException ex)
        {
            counters.incrementHandlerErrors();
            LOG.error("{}: frame handler failed, frame dropped", name, ex);
        }
    }

    /**
     * Makes the new connection the only one: delivers the frames it queued during the overlap that the old one did
     * not deliver, in the new connection's order, then drops second copies for one more overlap period.
     */
    private void switchToNew()
    {
        for (int i = 0, frame = 0; i < overlapTimes.size(); i++, frame += 2)
        {
            final int offset = overlapFrames.getInt(frame);
            final int length = overlapFrames.getInt(frame + 1);
            if (recentFrames.contains(overlapQueue, offset, length))
            {
                counters.incrementDuplicates();
            }
            else
            {
                overlapView.wrap(overlapQueue, offset, length);
                deliver(overlapView, length, overlapTimes.getLong(i));
            }
        }
        clearOverlapQueue();
        dedupeUntilNanos = System.nanoTime() + context.rotationOverlapNs();
    }

    private void clearOverlapQueue()
    {
        overlapFrames.clear();
        overlapTimes.clear();
        overlapQueueLength = 0;
    }

    private void onClosed(final Channel channel)
    {
        if (channel == pending)
        {
            pending = null;
            if (!closed)
            {
                LOG.warn("{}: rotation connection lost before it opened, retrying later", name);
                scheduleRotation(context.stallTimeoutNs());
            }
        }
        else if (channel == retiring)
        {
            cancel(overlapTimer);
            retiring = null;
            switchToNew();
        }
        else if (channel == current)
        {
            if (retiring != null && retiring.isActive())
            {
                // the new connection died during the overlap: the old one still carries everything
                current = retiring;
                retiring = null;
                cancel(overlapTimer);
                clearOverlapQueue();
                lastActivityNanos = System.nanoTime();
                scheduleRotation(context.stallTimeoutNs());
                return;
            }
            lose(currentOpen ? "connection closed" : "connect or handshake failed");
        }
    }

    /**
     * The current connection is gone (or never opened): tell everyone and schedule the next attempt.
     */
    private void lose(final String reason)
    {
        current = null;
        final boolean wasOpen = currentOpen;
        currentOpen = false;
        if (closed)
        {
            return;
        }
        cancel(rotationTimer);
        cancel(reconnectTimer);
        final long delayNs = backoff.nextDelayNs();
        counters.incrementReconnects();
        final String text = name + " disconnected: " + reason + "; reconnecting in " +
            TimeUnit.NANOSECONDS.toMillis(delayNs) + " ms";
        LOG.warn(text);
        status.publish(GatewayState.DISCONNECTED, route.code(), text);
        if (wasOpen)
        {
            listener.onDisconnected(this, reason);
        }
        reconnectTimer = eventLoop.schedule(() -> connect(false), delayNs, TimeUnit.NANOSECONDS);
    }

    private void checkStall()
    {
        final long now = System.nanoTime();
        final long timeoutNs = context.stallTimeoutNs();
        if (current != null && now - lastActivityNanos > timeoutNs)
        {
            counters.incrementStalls();
            final Channel channel = current;
            lose(currentOpen ? "no data for " + TimeUnit.NANOSECONDS.toMillis(now - lastActivityNanos) + " ms" :
                "no handshake within " + TimeUnit.NANOSECONDS.toMillis(timeoutNs) + " ms");
            channel.close();
        }
        if (pending != null && now - pendingSinceNanos > timeoutNs)
        {
            pending.close();
        }
    }

    private static void cancel(final ScheduledFuture<?> future)
    {
        if (future != null)
        {
            future.cancel(false);
        }
    }

    private static void closeQuietly(final Channel channel)
    {
        if (channel != null)
        {
            channel.close();
        }
    }

    /**
     * Per channel: completes the handshake, answers pings, hands data frames to the connection.
     */
    private final class ClientHandler extends SimpleChannelInboundHandler<Object>
    {
        private final WebSocketClientHandshaker handshaker;

        ClientHandler(final WebSocketClientHandshaker handshaker)
        {
            this.handshaker = handshaker;
        }

        @Override
        public void channelActive(final ChannelHandlerContext ctx)
        {
            handshaker.handshake(ctx.channel());
        }

        @Override
        protected void channelRead0(final ChannelHandlerContext ctx, final Object message)
        {
            final Channel channel = ctx.channel();
            if (!handshaker.isHandshakeComplete())
            {
                if (message instanceof FullHttpResponse)
                {
                    try
                    {
                        handshaker.finishHandshake(channel, (FullHttpResponse)message);
                    }
                    catch (final RuntimeException ex)
                    {
                        LOG.error("{}: handshake refused: {}", name, ex.getMessage());
                        channel.close();
                        return;
                    }
                    onHandshake(channel);
                }
                return;
            }
            if (message instanceof TextWebSocketFrame || message instanceof BinaryWebSocketFrame)
            {
                onData(channel, ((WebSocketFrame)message).content());
            }
            else if (message instanceof PingWebSocketFrame)
            {
                // a ping proves the connection alive: a quiet stream (user data) is not a stalled one
                lastActivityNanos = System.nanoTime();
                counters.incrementPings();
                channel.writeAndFlush(new PongWebSocketFrame(((PingWebSocketFrame)message).content().retain()));
            }
            else if (message instanceof CloseWebSocketFrame)
            {
                final CloseWebSocketFrame close = (CloseWebSocketFrame)message;
                LOG.info("{}: server closed: {} {}", name, close.statusCode(), close.reasonText());
                channel.close();
            }
        }

        @Override
        public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause)
        {
            LOG.warn("{}: channel error: {}", name, String.valueOf(cause));
            ctx.close();
        }
    }
}
