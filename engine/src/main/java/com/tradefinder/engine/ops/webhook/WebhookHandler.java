package com.tradefinder.engine.ops.webhook;

import com.tradefinder.engine.ops.EngineGauges;
import com.tradefinder.engine.ops.http.HttpReply;
import com.tradefinder.engine.ops.http.JournaledReply;
import io.netty.buffer.ByteBufUtil;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.QueryStringDecoder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;

/**
 * Netty adapter of the {@link WebhookReceiver}: {@code POST /webhook/<bot name>}. An accepted signal is answered
 * {@code 200 {"status":"journaled","sequence":N}} once the journal has appended it (see {@link JournaledReply}). Refusals are
 * {@code 4xx}/{@code 503} with {@code {"status":"rejected","error":"..."}}. Sharable; event-loop thread.
 */
@ChannelHandler.Sharable
public final class WebhookHandler extends SimpleChannelInboundHandler<FullHttpRequest>
{
    private static final Logger LOG = LoggerFactory.getLogger(WebhookHandler.class);
    private static final String PREFIX = "/webhook/";

    private final WebhookReceiver receiver;
    private final EngineGauges gauges;

    /**
     * @param receiver validates and publishes.
     * @param gauges   tell when the journal has appended a sequence.
     */
    public WebhookHandler(final WebhookReceiver receiver, final EngineGauges gauges)
    {
        this.receiver = receiver;
        this.gauges = gauges;
    }

    @Override
    protected void channelRead0(final ChannelHandlerContext ctx, final FullHttpRequest request)
    {
        final String remoteIp = remoteIp(ctx);
        final String path = new QueryStringDecoder(request.uri()).path();
        final WebhookReceiver.Verdict verdict;
        if (!request.decoderResult().isSuccess())
        {
            verdict = receiver.undecodable(remoteIp, request.decoderResult().cause());
        }
        else if (!HttpMethod.POST.equals(request.method()))
        {
            verdict = receiver.methodNotAllowed(request.method().name(), path, remoteIp);
        }
        else
        {
            final String botName = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : "";
            verdict = receiver.receive(botName.isEmpty() ? path : botName, remoteIp,
                request.headers().get(WebhookReceiver.SECRET_HEADER), ByteBufUtil.getBytes(request.content()));
        }
        if (!verdict.accepted())
        {
            HttpReply.error(ctx, request, verdict.reason().status(), verdict.message());
            return;
        }
        JournaledReply.send(ctx, request, gauges, verdict.sequence());
    }

    private static String remoteIp(final ChannelHandlerContext ctx)
    {
        final java.net.SocketAddress address = ctx.channel().remoteAddress();
        if (address instanceof InetSocketAddress)
        {
            return ((InetSocketAddress)address).getAddress().getHostAddress();
        }
        return String.valueOf(address);
    }

    @Override
    public void exceptionCaught(final ChannelHandlerContext ctx, final Throwable cause)
    {
        LOG.warn("webhook connection from {} failed: {}", remoteIp(ctx), cause.toString());
        ctx.close();
    }
}
