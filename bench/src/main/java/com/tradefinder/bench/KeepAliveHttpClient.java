package com.tradefinder.bench;

import io.netty.bootstrap.Bootstrap;
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
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpVersion;

import java.util.concurrent.TimeUnit;

/**
 * One keep-alive HTTP/1.1 connection from a Netty client to 127.0.0.1: {@link #post} sends a request from any thread,
 * each response goes to a {@link Responses} on the client's event loop, in order.
 * <p>
 * Callers keep at most one request outstanding (the harnesses wait for the previous answer), so responses pair with
 * requests by count.
 */
final class KeepAliveHttpClient implements AutoCloseable
{
    /** What the client does with a response, on its event loop. */
    @FunctionalInterface
    interface Responses
    {
        /**
         * @param response the response, released after the call.
         */
        void onResponse(FullHttpResponse response);
    }

    private static final int MAX_BODY = 65_536;

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final Channel channel;
    private final String host;

    /**
     * Connects.
     *
     * @param port      the server's port on 127.0.0.1.
     * @param responses what to do with each response.
     * @throws InterruptedException if interrupted while connecting.
     */
    KeepAliveHttpClient(final int port, final Responses responses) throws InterruptedException
    {
        host = "127.0.0.1:" + port;
        channel = new Bootstrap().group(group).channel(NioSocketChannel.class)
            .option(ChannelOption.TCP_NODELAY, true)
            .handler(new ChannelInitializer<SocketChannel>()
            {
                @Override
                protected void initChannel(final SocketChannel ch)
                {
                    ch.pipeline().addLast(new HttpClientCodec(), new HttpObjectAggregator(MAX_BODY),
                        new SimpleChannelInboundHandler<FullHttpResponse>()
                        {
                            @Override
                            protected void channelRead0(final ChannelHandlerContext ctx,
                                final FullHttpResponse response)
                            {
                                responses.onResponse(response);
                            }
                        });
                }
            }).connect("127.0.0.1", port).sync().channel();
    }

    /**
     * @return the connection, for allocating request bodies.
     */
    Channel channel()
    {
        return channel;
    }

    /**
     * POSTs a text body on the kept-alive connection; any thread.
     *
     * @param path the request path.
     * @param body the body, released by Netty once written.
     */
    void post(final String path, final ByteBuf body)
    {
        final FullHttpRequest request = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, path, body);
        request.headers()
            .set(HttpHeaderNames.HOST, host)
            .set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
            .setInt(HttpHeaderNames.CONTENT_LENGTH, body.readableBytes());
        channel.writeAndFlush(request, channel.voidPromise());
    }

    @Override
    public void close()
    {
        channel.close().syncUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }
}
