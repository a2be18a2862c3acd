package com.tradefinder.gateway.binance.ws;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import com.tradefinder.codecs.GatewayState;
import com.tradefinder.codecs.GatewayStatusDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.TradeDecoder;
import com.tradefinder.gateway.binance.InboundSink;

/**
 * An {@link InboundSink} that copies every message, for assertions from the test thread.
 */
final class CapturingSink implements InboundSink
{
    private final ConcurrentLinkedQueue<UnsafeBuffer> messages = new ConcurrentLinkedQueue<>();

    @Override
    public void publish(final DirectBuffer buffer, final int offset, final int length)
    {
        final byte[] copy = new byte[length];
        buffer.getBytes(offset, copy);
        messages.add(new UnsafeBuffer(copy));
    }

    List<UnsafeBuffer> messages()
    {
        return new ArrayList<>(messages);
    }

    List<Integer> templateIds()
    {
        final List<Integer> ids = new ArrayList<>();
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        for (final UnsafeBuffer message : messages)
        {
            ids.add(header.wrap(message, 0).templateId());
        }
        return ids;
    }

    /**
     * @return "STATE detailCode detail" of each GatewayStatus, in order.
     */
    List<String> statuses()
    {
        final List<String> statuses = new ArrayList<>();
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        final GatewayStatusDecoder status = new GatewayStatusDecoder();
        for (final UnsafeBuffer message : messages)
        {
            if (header.wrap(message, 0).templateId() == GatewayStatusDecoder.TEMPLATE_ID)
            {
                status.wrapAndApplyHeader(message, 0, header);
                statuses.add(status.state() + " " + status.detailCode() + " " + status.detail());
            }
        }
        return statuses;
    }

    long count(final GatewayState state)
    {
        return statuses().stream().filter(text -> text.startsWith(state.name() + " ")).count();
    }

    List<Long> tradeIds()
    {
        final List<Long> ids = new ArrayList<>();
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        final TradeDecoder trade = new TradeDecoder();
        for (final UnsafeBuffer message : messages)
        {
            if (header.wrap(message, 0).templateId() == TradeDecoder.TEMPLATE_ID)
            {
                ids.add(trade.wrapAndApplyHeader(message, 0, header).tradeId());
            }
        }
        return ids;
    }
}
