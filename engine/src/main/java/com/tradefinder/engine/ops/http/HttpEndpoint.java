package com.tradefinder.engine.ops.http;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.concurrent.DefaultThreadFactory;

import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;

/**
 * One small Netty HTTP/1.1 server: a codec, an aggregator that refuses bodies over a limit (413, counted through
 * {@code onOversized}), and one request handler shared by every connection. Its single event-loop thread owns all
 * I/O; the handler must never block it. {@link #close()} from any thread.
 */
public final class HttpEndpoint implements AutoCloseable
{
    private final EventLoopGroup group;
    private final Channel channel;

    private HttpEndpoint(final EventLoopGroup group, final Channel channel)
    {
        this.group = group;
        this.channel = channel;
    }

    /**
     * Binds and starts serving.
     *
     * @param name            thread name prefix.
     * @param host            address to bind.
     * @param port            port; 0 for an ephemeral one.
     * @param maxContentBytes largest body accepted.
     * @param handler         a {@link ChannelHandler.Sharable} handler of {@code FullHttpRequest}s.
     * @param onOversized     told of each refused oversized body, on the event-loop thread.
     * @return the running endpoint.
     * @throws IllegalStateException when the address cannot be bound.
     */
    public static HttpEndpoint bind(final String name, final String host, final int port, final int maxContentBytes,
        final ChannelHandler handler, final Runnable onOversized)
    {
        final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, new DefaultThreadFactory(name, true),
            NioIoHandler.newFactory());
        try
        {
            final Channel channel = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .childHandler(new ChannelInitializer<SocketChannel>()
                {
                    @Override
                    protected void initChannel(final SocketChannel ch)
                    {
                        ch.pipeline()
                            .addLast(new HttpServerCodec())
                            .addLast(new CountingAggregator(maxContentBytes, onOversized))
                            .addLast(handler);
                    }
                })
                .bind(host, port).sync().channel();
            return new HttpEndpoint(group, channel);
        }
        catch (final InterruptedException ex)
        {
            Thread.currentThread().interrupt();
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            throw new IllegalStateException(name + ": interrupted while binding " + host + ":" + port, ex);
        }
        catch (final RuntimeException ex)
        {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            throw new IllegalStateException(name + ": cannot bind " + host + ":" + port + ": " + ex.getMessage(), ex);
        }
    }

    /**
     * @return the bound port.
     */
    public int port()
    {
        return ((InetSocketAddress)channel.localAddress()).getPort();
    }

    @Override
    public void close()
    {
        channel.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }

    /** The aggregator, telling someone about each body it refuses. */
    private static final class CountingAggregator extends HttpObjectAggregator
    {
        private final Runnable onOversized;

        CountingAggregator(final int maxContentBytes, final Runnable onOversized)
        {
            super(maxContentBytes);
            this.onOversized = onOversized;
        }

        @Override
        protected void handleOversizedMessage(final ChannelHandlerContext ctx, final io.netty.handler.codec.http
            .HttpMessage oversized) throws Exception
        {
            onOversized.run();
            super.handleOversizedMessage(ctx, oversized);
        }
    }
}
