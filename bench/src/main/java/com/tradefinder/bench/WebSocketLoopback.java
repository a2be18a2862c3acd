package com.tradefinder.bench;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketClientProtocolHandler;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A Netty WebSocket server and one client connected to it on 127.0.0.1 (ephemeral port), one event loop each: the
 * server pushes text frames, the client hands each received frame to a {@link ClientFrames}; frames the client sends
 * back go to a {@link ServerFrames} on the server's loop.
 * <p>
 * {@link #send} may be called from any thread (Netty hands the write to the server's loop).
 */
final class WebSocketLoopback implements AutoCloseable
{
    /** What the client does with a frame, on the client's event loop. */
    @FunctionalInterface
    interface ClientFrames
    {
        /**
         * @param ctx   the client channel's context (to answer on).
         * @param frame the frame; released after the call unless retained.
         */
        void onFrame(ChannelHandlerContext ctx, TextWebSocketFrame frame);
    }

    /** What the server does with a frame from the client, on the server's event loop. */
    @FunctionalInterface
    interface ServerFrames
    {
        /**
         * @param content the frame's bytes, released after the call.
         */
        void onFrame(ByteBuf content);
    }

    private static final int MAX_FRAME = 65_536;

    private final EventLoopGroup serverGroup = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final EventLoopGroup clientGroup = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final Channel serverChannel;
    private final Channel pushChannel;
    private final Channel clientChannel;

    /**
     * Starts both ends and waits for the WebSocket handshake.
     *
     * @param client what the client does with each frame.
     * @param server what the server does with each frame the client sends.
     * @throws Exception if the loopback connection cannot be made within 10 s.
     */
    WebSocketLoopback(final ClientFrames client, final ServerFrames server) throws Exception
    {
        final CompletableFuture<Channel> accepted = new CompletableFuture<>();
        serverChannel = new ServerBootstrap().group(serverGroup).channel(NioServerSocketChannel.class)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(new ChannelInitializer<SocketChannel>()
            {
                @Override
                protected void initChannel(final SocketChannel ch)
                {
                    ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(MAX_FRAME),
                        new WebSocketServerProtocolHandler("/ws"),
                        new SimpleChannelInboundHandler<TextWebSocketFrame>()
                        {
                            @Override
                            protected void channelRead0(final ChannelHandlerContext ctx,
                                final TextWebSocketFrame frame)
                            {
                                server.onFrame(frame.content());
                            }

                            @Override
                            public void userEventTriggered(final ChannelHandlerContext ctx, final Object event)
                                throws Exception
                            {
                                if (event instanceof WebSocketServerProtocolHandler.HandshakeComplete)
                                {
                                    accepted.complete(ctx.channel());
                                }
                                super.userEventTriggered(ctx, event);
                            }
                        });
                }
            }).bind("127.0.0.1", 0).sync().channel();
        final int port = ((java.net.InetSocketAddress)serverChannel.localAddress()).getPort();
        final CompletableFuture<Channel> handshaken = new CompletableFuture<>();
        final URI uri = URI.create("ws://127.0.0.1:" + port + "/ws");
        clientChannel = new Bootstrap().group(clientGroup).channel(NioSocketChannel.class)
            .option(ChannelOption.TCP_NODELAY, true)
            .handler(new ChannelInitializer<SocketChannel>()
            {
                @Override
                protected void initChannel(final SocketChannel ch)
                {
                    ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(MAX_FRAME),
                        new WebSocketClientProtocolHandler(uri, io.netty.handler.codec.http.websocketx
                            .WebSocketVersion.V13, null, false, io.netty.handler.codec.http.EmptyHttpHeaders.INSTANCE,
                            MAX_FRAME),
                        new SimpleChannelInboundHandler<TextWebSocketFrame>()
                        {
                            @Override
                            protected void channelRead0(final ChannelHandlerContext ctx,
                                final TextWebSocketFrame frame)
                            {
                                client.onFrame(ctx, frame);
                            }

                            @Override
                            public void userEventTriggered(final ChannelHandlerContext ctx, final Object event)
                                throws Exception
                            {
                                if (event == WebSocketClientProtocolHandler.ClientHandshakeStateEvent
                                    .HANDSHAKE_COMPLETE)
                                {
                                    handshaken.complete(ctx.channel());
                                }
                                super.userEventTriggered(ctx, event);
                            }
                        });
                }
            }).connect("127.0.0.1", port).sync().channel();
        handshaken.get(10, TimeUnit.SECONDS);
        pushChannel = accepted.get(10, TimeUnit.SECONDS);
    }

    /**
     * @return the server's side of the connection, for allocating frame buffers.
     */
    Channel pushChannel()
    {
        return pushChannel;
    }

    /**
     * Pushes one text frame to the client; any thread.
     *
     * @param content the frame's text, released by Netty once written.
     */
    void send(final ByteBuf content)
    {
        pushChannel.writeAndFlush(new TextWebSocketFrame(content), pushChannel.voidPromise());
    }

    @Override
    public void close()
    {
        clientChannel.close().syncUninterruptibly();
        serverChannel.close().syncUninterruptibly();
        clientGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        serverGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
