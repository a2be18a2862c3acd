package com.tradefinder.engine.ops.webhook;

import com.tradefinder.engine.ops.EngineGauges;
import com.tradefinder.engine.ops.http.HttpReply;
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
import java.util.concurrent.TimeUnit;

/**
 * Netty adapter of the {@link WebhookReceiver}: {@code POST /webhook/<bot name>}. An accepted signal is answered
 * {@code 200 {"status":"journaled","sequence":N}} once the journal has appended it (checked every millisecond on the
 * event loop, never by blocking it; the journal handler runs ahead of the business logic, so the answer never waits
 * for trading). If the journal has not caught up within {@value #JOURNAL_WAIT_MS} ms, or the host gave no gauges, the
 * answer is {@code 202 {"status":"published",...}}: the event is on the ring and will be journaled. Refusals are
 * {@code 4xx}/{@code 503} with {@code {"status":"rejected","error":"..."}}. Sharable; event-loop thread.
 */
@ChannelHandler.Sharable
public final class WebhookHandler extends SimpleChannelInboundHandler<FullHttpRequest>
{
    /** How long an accepted request waits for the journal before answering 202. */
    static final long JOURNAL_WAIT_MS = 2_000;

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
        if (gauges.ringSize() == 0)
        {
            answerAccepted(ctx, request, verdict.sequence(), false);
            return;
        }
        request.retain();
        awaitJournal(ctx, request, verdict.sequence(), System.nanoTime() + JOURNAL_WAIT_MS * 1_000_000L);
    }

    private void awaitJournal(final ChannelHandlerContext ctx, final FullHttpRequest request, final long sequence,
        final long deadlineNs)
    {
        final boolean journaled = gauges.journaledSequence() >= sequence;
        if (journaled || System.nanoTime() > deadlineNs || !ctx.channel().isActive())
        {
            try
            {
                answerAccepted(ctx, request, sequence, journaled);
            }
            finally
            {
                request.release();
            }
            return;
        }
        ctx.executor().schedule(() -> awaitJournal(ctx, request, sequence, deadlineNs), 1, TimeUnit.MILLISECONDS);
    }

    private static void answerAccepted(final ChannelHandlerContext ctx, final FullHttpRequest request,
        final long sequence, final boolean journaled)
    {
        HttpReply.send(ctx, request, journaled ? 200 : 202, HttpReply.JSON, "{\"status\":\"" +
            (journaled ? "journaled" : "published") + "\",\"sequence\":" + sequence + "}\n");
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
