package com.tradefinder.gateway.binance.rest;

import java.util.ArrayList;
import java.util.List;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import com.tradefinder.codecs.GatewayStatusDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.gateway.binance.InboundSink;

/**
 * An InboundSink for tests that keeps a copy of every message and describes GatewayStatus ones as text.
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
