package com.tradefinder.tools.book;

import org.agrona.concurrent.UnsafeBuffer;

import com.tradefinder.codecs.BestBidOfferDecoder;
import com.tradefinder.codecs.BestBidOfferEncoder;
import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.DepthUpdateDecoder;
import com.tradefinder.codecs.DepthUpdateEncoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.Side;

/**
 * SBE {@code DepthUpdate} and {@code BestBidOffer} messages for the book-check tests, encoded into one reused buffer.
 * Levels are {side, price, size} triples, side 0 for a bid and 1 for an ask; the exchange time is the final update id
 * in milliseconds.
 */
final class BookMessages
{
    static final int INSTRUMENT = 1;

    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[4096]);
    private final MessageHeaderEncoder headerEncoder = new MessageHeaderEncoder();
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final DepthUpdateEncoder depthEncoder = new DepthUpdateEncoder();
    private final DepthUpdateDecoder depth = new DepthUpdateDecoder();
    private final BestBidOfferEncoder tickerEncoder = new BestBidOfferEncoder();
    private final BestBidOfferDecoder ticker = new BestBidOfferDecoder();
    private int length;

    DepthUpdateDecoder snapshot(final long lastUpdateId, final boolean lastChunk, final long... levels)
    {
        return depth(true, lastChunk, lastUpdateId, lastUpdateId, 0, levels);
    }

    DepthUpdateDecoder diff(final long first, final long last, final long previous, final long... levels)
    {
        return depth(false, true, first, last, previous, levels);
    }

    DepthUpdateDecoder depth(
        final boolean snapshot, final boolean lastChunk, final long first, final long last, final long previous,
        final long... levels)
    {
        final DepthUpdateEncoder.LevelsEncoder group = depthEncoder.wrapAndApplyHeader(buffer, 0, headerEncoder)
            .instrumentId(INSTRUMENT)
            .exchangeTimeNs(last * 1_000_000L)
            .receiveTimeNs(last * 1_000_000L)
            .firstUpdateId(first)
            .finalUpdateId(last)
            .previousFinalUpdateId(previous)
            .snapshot(snapshot ? BooleanType.TRUE : BooleanType.FALSE)
            .lastChunk(lastChunk ? BooleanType.TRUE : BooleanType.FALSE)
            .levelsCount(levels.length / 3);
        for (int i = 0; i < levels.length; i += 3)
        {
            group.next().side(levels[i] == 0 ? Side.BUY : Side.SELL).priceMantissa(levels[i + 1])
                .sizeMantissa(levels[i + 2]);
        }
        length = MessageHeaderEncoder.ENCODED_LENGTH + depthEncoder.encodedLength();
        return depth.wrapAndApplyHeader(buffer, 0, header);
    }

    BestBidOfferDecoder ticker(
        final long updateId, final long bidPrice, final long bidSize, final long askPrice, final long askSize)
    {
        tickerEncoder.wrapAndApplyHeader(buffer, 0, headerEncoder)
            .instrumentId(INSTRUMENT)
            .exchangeTimeNs(updateId * 1_000_000L)
            .receiveTimeNs(updateId * 1_000_000L)
            .updateId(updateId)
            .bidPriceMantissa(bidPrice)
            .bidSizeMantissa(bidSize)
            .askPriceMantissa(askPrice)
            .askSizeMantissa(askSize);
        length = MessageHeaderEncoder.ENCODED_LENGTH + tickerEncoder.encodedLength();
        return ticker.wrapAndApplyHeader(buffer, 0, header);
    }

    UnsafeBuffer buffer()
    {
        return buffer;
    }

    /**
     * @return the length of the last message encoded, header included.
     */
    int length()
    {
        return length;
    }
}
