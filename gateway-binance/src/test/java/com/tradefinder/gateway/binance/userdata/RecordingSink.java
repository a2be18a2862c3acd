package com.tradefinder.gateway.binance.userdata;

import java.util.ArrayList;
import java.util.List;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.gateway.binance.InboundSink;

/**
 * An {@link InboundSink} for tests: keeps a copy of every message, in order.
 */
public final class RecordingSink implements InboundSink
{
    private final List<UnsafeBuffer> messages = new ArrayList<>();
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();

    @Override
    public void publish(final DirectBuffer buffer, final int offset, final int length)
    {
        final byte[] copy = new byte[length];
        buffer.getBytes(offset, copy);
        messages.add(new UnsafeBuffer(copy));
    }

    public int size()
    {
        return messages.size();
    }

    public UnsafeBuffer message(final int index)
    {
        return messages.get(index);
    }

    public int templateId(final int index)
    {
        return header.wrap(messages.get(index), 0).templateId();
    }

    public List<Integer> templateIds()
    {
        final List<Integer> ids = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++)
        {
            ids.add(templateId(i));
        }
        return ids;
    }

    public void clear()
    {
        messages.clear();
    }
}
