package com.tradefinder.engine.ops.http;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;

import java.nio.charset.StandardCharsets;

/**
 * Writes one complete HTTP response, keeping the connection open when the client asked for it. Event-loop thread.
 */
public final class HttpReply
{
    /** Content type of JSON answers. */
    public static final String JSON = "application/json";

    /** Content type of the Prometheus text format. */
    public static final String PROMETHEUS = "text/plain; version=0.0.4; charset=utf-8";

    private HttpReply()
    {
    }

    /**
     * @param ctx         the channel.
     * @param request     the request answered.
     * @param status      status code.
     * @param contentType content type of the body.
     * @param body        the body text, UTF-8.
     */
    public static void send(final ChannelHandlerContext ctx, final FullHttpRequest request, final int status,
        final String contentType, final String body)
    {
        final FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
            HttpResponseStatus.valueOf(status), Unpooled.wrappedBuffer(body.getBytes(StandardCharsets.UTF_8)));
        response.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
        response.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, response.content().readableBytes());
        final boolean keepAlive = HttpUtil.isKeepAlive(request);
        if (keepAlive)
        {
            response.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
            ctx.writeAndFlush(response);
        }
        else
        {
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }

    /**
     * A JSON error body: {@code {"status":"rejected","error":"..."}}.
     *
     * @param ctx     the channel.
     * @param request the request answered.
     * @param status  status code.
     * @param error   one line naming what is wrong.
     */
    public static void error(final ChannelHandlerContext ctx, final FullHttpRequest request, final int status,
        final String error)
    {
        send(ctx, request, status, JSON, "{\"status\":\"rejected\",\"error\":" + JsonText.quote(error) + "}\n");
    }
}
