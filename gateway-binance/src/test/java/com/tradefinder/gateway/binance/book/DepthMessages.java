package com.tradefinder.gateway.binance.book;

import org.agrona.concurrent.UnsafeBuffer;

import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.DepthUpdateDecoder;
import com.tradefinder.codecs.DepthUpdateEncoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.Side;

/**
 * Builds {@code DepthUpdate} messages for the book tests and wraps a decoder over them, reusing one buffer.
 * Levels are given as {side, price, size} triples with side 0 for a bid and 1 for an ask.
 */
final class DepthMessages
{
    static final int INSTRUMENT = 7;

    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[64 * 1024]);
    private final MessageHeaderEncoder headerEncoder = new MessageHeaderEncoder();
    private final MessageHeaderDecoder headerDecoder = new MessageHeaderDecoder();
    private final DepthUpdateEncoder encoder = new DepthUpdateEncoder();
    private final DepthUpdateDecoder decoder = new DepthUpdateDecoder();

    DepthUpdateDecoder diff(final long firstUpdateId, final long finalUpdateId, final long... levels)
    {
        return message(INSTRUMENT, false, true, firstUpdateId, finalUpdateId, levels);
    }

    DepthUpdateDecoder snapshotChunk(final long updateId, final boolean lastChunk, final long... levels)
    {
        return message(INSTRUMENT, true, lastChunk, updateId, updateId, levels);
    }

    DepthUpdateDecoder message(
        final int instrumentId,
        final boolean snapshot,
        final boolean lastChunk,
        final long firstUpdateId,
        final long finalUpdateId,
        final long... levels)
    {
        final DepthUpdateEncoder.LevelsEncoder group = encoder.wrapAndApplyHeader(buffer, 0, headerEncoder)
            .instrumentId(instrumentId)
            .exchangeTimeNs(1_000)
            .receiveTimeNs(2_000)
            .firstUpdateId(firstUpdateId)
            .finalUpdateId(finalUpdateId)
            .previousFinalUpdateId(snapshot ? 0 : firstUpdateId - 1)
            .snapshot(snapshot ? BooleanType.TRUE : BooleanType.FALSE)
            .lastChunk(lastChunk ? BooleanType.TRUE : BooleanType.FALSE)
            .levelsCount(levels.length / 3);
        for (int i = 0; i < levels.length; i += 3)
        {
            group.next().side(levels[i] == 0 ? Side.BUY : Side.SELL).priceMantissa(levels[i + 1])
                .sizeMantissa(levels[i + 2]);
        }
        return decoder.wrapAndApplyHeader(buffer, 0, headerDecoder);
    }
}
