package com.tradefinder.gateway.binance.fake;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketServerHandshaker;

/**
 * Frames from a client after the upgrade: pongs refresh the connection's liveness, pings are answered, text frames
 * are live requests answered by the {@link StreamHub}, close frames are echoed.
 * <p>
 * Thread contract: one instance per channel, on its event loop.
 */
final class StreamFrameHandler extends SimpleChannelInboundHandler<WebSocketFrame>
{
    private final WebSocketServerHandshaker handshaker;
    private final StreamConnection connection;
    private final StreamHub hub;

    StreamFrameHandler(final WebSocketServerHandshaker handshaker, final StreamConnection connection,
        final StreamHub hub)
    {
        this.handshaker = handshaker;
        this.connection = connection;
        this.hub = hub;
    }

    @Override
    protected void channelRead0(final ChannelHandlerContext ctx, final WebSocketFrame frame)
    {
        if (frame instanceof PongWebSocketFrame)
        {
            connection.ponged(System.nanoTime());
        }
        else if (frame instanceof PingWebSocketFrame)
        {
            ctx.writeAndFlush(new PongWebSocketFrame(frame.content().retain()));
        }
        else if (frame instanceof TextWebSocketFrame)
        {
            connection.sendText(hub.answer(connection, ((TextWebSocketFrame)frame).text()));
        }
        else if (frame instanceof CloseWebSocketFrame)
        {
            handshaker.close(ctx.channel(), (CloseWebSocketFrame)frame.retain());
        }
    }

    @Override
    public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause)
    {
        ctx.close();
    }
}
