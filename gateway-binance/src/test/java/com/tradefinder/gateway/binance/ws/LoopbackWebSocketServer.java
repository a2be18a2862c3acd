package com.tradefinder.gateway.binance.ws;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBufUtil;
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
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshakerFactory;

/**
 * A minimal WebSocket server on 127.0.0.1 (ephemeral port) for the connection tests: records each handshake's
 * request URI and time, the client's text messages and pong payloads; sends text and pings; drops connections.
 * The full fake exchange lives elsewhere; this one knows nothing of Binance.
 */
final class LoopbackWebSocketServer implements AutoCloseable
{
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final List<Channel> open = new CopyOnWriteArrayList<>();
    private final List<String> uris = new CopyOnWriteArrayList<>();
    private final List<Long> handshakeNanos = new CopyOnWriteArrayList<>();
    private final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
    private final BlockingQueue<byte[]> pongs = new LinkedBlockingQueue<>();
    private final Semaphore handshakes = new Semaphore(0);
    private final Channel server;
    private final int port;

    LoopbackWebSocketServer()
    {
        server = new ServerBootstrap()
            .group(group)
            .channel(NioServerSocketChannel.class)
            .childHandler(new ChannelInitializer<SocketChannel>()
            {
                @Override
                protected void initChannel(final SocketChannel channel)
                {
                    channel.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(1 << 20), new Handler());
                }
            })
            .bind("127.0.0.1", 0).syncUninterruptibly().channel();
        port = ((java.net.InetSocketAddress)server.localAddress()).getPort();
    }

    String baseUrl()
    {
        return "ws://127.0.0.1:" + port;
    }

    List<String> uris()
    {
        return uris;
    }

    List<Long> handshakeNanos()
    {
        return handshakeNanos;
    }

    BlockingQueue<String> texts()
    {
        return texts;
    }

    BlockingQueue<byte[]> pongs()
    {
        return pongs;
    }

    int openConnections()
    {
        return open.size();
    }

    boolean awaitHandshake(final long timeoutMs) throws InterruptedException
    {
        return handshakes.tryAcquire(timeoutMs, TimeUnit.MILLISECONDS);
    }

    void sendToLatest(final String text)
    {
        open.get(open.size() - 1).writeAndFlush(new TextWebSocketFrame(text));
    }

    void broadcast(final String text)
    {
        for (final Channel channel : open)
        {
            channel.writeAndFlush(new TextWebSocketFrame(text));
        }
    }

    void pingLatest(final byte[] payload)
    {
        open.get(open.size() - 1).writeAndFlush(new PingWebSocketFrame(Unpooled.wrappedBuffer(payload)));
    }

    void dropAll()
    {
        for (final Channel channel : open)
        {
            channel.close().syncUninterruptibly();
        }
    }

    @Override
    public void close()
    {
        dropAll();
        server.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private final class Handler extends SimpleChannelInboundHandler<Object>
    {
        private WebSocketServerHandshaker handshaker;

        @Override
        protected void channelRead0(final ChannelHandlerContext ctx, final Object message)
        {
            if (message instanceof FullHttpRequest)
            {
                final FullHttpRequest request = (FullHttpRequest)message;
                handshaker = new WebSocketServerHandshakerFactory(baseUrl() + request.uri(), null, false, 1 << 20)
                    .newHandshaker(request);
                handshaker.handshake(ctx.channel(), request).addListener(done ->
                {
                    uris.add(request.uri());
                    handshakeNanos.add(System.nanoTime());
                    open.add(ctx.channel());
                    handshakes.release();
                });
            }
            else if (message instanceof TextWebSocketFrame)
            {
                texts.add(((TextWebSocketFrame)message).text());
            }
            else if (message instanceof PongWebSocketFrame)
            {
                pongs.add(ByteBufUtil.getBytes(((PongWebSocketFrame)message).content()));
            }
            else if (message instanceof CloseWebSocketFrame)
            {
                ctx.close();
            }
        }

        @Override
        public void channelInactive(final ChannelHandlerContext ctx)
        {
            open.remove(ctx.channel());
        }
    }
}
