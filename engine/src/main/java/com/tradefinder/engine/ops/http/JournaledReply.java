package com.tradefinder.engine.ops.http;

import com.tradefinder.engine.ops.EngineGauges;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.FullHttpRequest;

import java.util.concurrent.TimeUnit;

/**
 * Answers a request whose event went on the ring once the journal has appended it: {@code 200
 * {"status":"journaled","sequence":N}}. The check runs every millisecond on the event loop, never blocking it; the
 * journal handler runs ahead of the business logic, so the answer never waits for trading. If the journal has not
 * caught up within {@value #JOURNAL_WAIT_MS} ms, or the host gave no gauges, the answer is {@code 202
 * {"status":"published",...}}: the event is on the ring and will be journaled. Event-loop thread.
 */
public final class JournaledReply
{
    /** How long an answer waits for the journal before it says 202. */
    public static final long JOURNAL_WAIT_MS = 2_000;

    private JournaledReply()
    {
    }

    /**
     * @param ctx      the channel.
     * @param request  the request answered; retained until the answer is written.
     * @param gauges   tell which sequence the journal has reached.
     * @param sequence the event's inbound sequence.
     */
    public static void send(final ChannelHandlerContext ctx, final FullHttpRequest request, final EngineGauges gauges,
        final long sequence)
    {
        if (gauges.ringSize() == 0)
        {
            answer(ctx, request, sequence, false);
            return;
        }
        request.retain();
        await(ctx, request, gauges, sequence, System.nanoTime() + JOURNAL_WAIT_MS * 1_000_000L);
    }

    private static void await(final ChannelHandlerContext ctx, final FullHttpRequest request,
        final EngineGauges gauges, final long sequence, final long deadlineNs)
    {
        final boolean journaled = gauges.journaledSequence() >= sequence;
        if (journaled || System.nanoTime() > deadlineNs || !ctx.channel().isActive())
        {
            try
            {
                answer(ctx, request, sequence, journaled);
            }
            finally
            {
                request.release();
            }
            return;
        }
        ctx.executor().schedule(() -> await(ctx, request, gauges, sequence, deadlineNs), 1, TimeUnit.MILLISECONDS);
    }

    private static void answer(final ChannelHandlerContext ctx, final FullHttpRequest request, final long sequence,
        final boolean journaled)
    {
        HttpReply.send(ctx, request, journaled ? 200 : 202, HttpReply.JSON, "{\"status\":\"" +
            (journaled ? "journaled" : "published") + "\",\"sequence\":" + sequence + "}\n");
    }
}
