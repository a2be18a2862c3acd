package com.tradefinder.gateway.binance.rest;

import java.util.ArrayList;
import java.util.List;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import com.tradefinder.codecs.GatewayStatusDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.gateway.binance.InboundSink;

/**
 * An InboundSink for tests that keeps a copy of every message, lets a test wait for them, and describes GatewayStatus
 * ones as text.
 */
public final class StatusRecorder implements InboundSink
{
    public final List<UnsafeBuffer> messages = new ArrayList<>();

    @Override
    public synchronized void publish(final DirectBuffer buffer, final int offset, final int length)
    {
        final byte[] copy = new byte[length];
        buffer.getBytes(offset, copy);
        messages.add(new UnsafeBuffer(copy));
        notifyAll();
    }

    /**
     * Waits up to five seconds for at least {@code count} messages.
     *
     * @param count messages expected.
     * @return a copy of the messages so far.
     * @throws InterruptedException if interrupted.
     */
    public synchronized List<UnsafeBuffer> await(final int count) throws InterruptedException
    {
        final long deadline = System.nanoTime() + 5_000_000_000L;
        while (messages.size() < count)
        {
            final long leftMs = (deadline - System.nanoTime()) / 1_000_000;
            if (leftMs <= 0)
            {
                throw new AssertionError("expected " + count + " messages within 5 s, got " + messages.size());
            }
            wait(leftMs);
        }
        return new ArrayList<>(messages);
    }

    public synchronized List<String> statuses()
    {
        final List<String> out = new ArrayList<>();
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        final GatewayStatusDecoder status = new GatewayStatusDecoder();
        for (final UnsafeBuffer message : messages)
        {
            header.wrap(message, 0);
            if (header.templateId() == GatewayStatusDecoder.TEMPLATE_ID)
            {
                status.wrapAndApplyHeader(message, 0, header);
                out.add(status.venue() + " " + status.state() + " " + status.detailCode() + " " + status.timeNs() +
                    " " + status.detail());
            }
        }
        return out;
    }
}
