package com.tradefinder.gateway.binance.marketdata;

import org.agrona.MutableDirectBuffer;

import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.DepthUpdateEncoder;
import com.tradefinder.codecs.GroupSizeEncodingEncoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.Side;

import static com.tradefinder.gateway.binance.marketdata.FieldTable.key;

/**
 * {@code depthUpdate} payloads and REST depth snapshots to SBE {@code DepthUpdate} chunks.
 * <p>
 * A diff keeps {@code U}, {@code u}, {@code pu} as first, final and previous final update id, snapshot FALSE.
 * A snapshot has {@code lastUpdateId} as first and final update id, previous final update id 0 (it has no
 * predecessor), snapshot TRUE. Exchange time is {@code T} (transaction time, else {@code E}). The levels, bids
 * (side BUY) then asks (side SELL), each side in frame order, are split into chunks of at most
 * {@link #MAX_LEVELS_PER_CHUNK}; every chunk repeats the same ids and times, and only the last has lastChunk TRUE.
 * A frame with no levels still gives one (empty, last) chunk.
 * <p>
 * Single-threaded; allocation-free.
 */
final class DepthTranslator
{
    /** Most levels in one {@code DepthUpdate} message. */
    static final int MAX_LEVELS_PER_CHUNK = 200;
    /** Bytes of one level in the {@code levels} group. */
    static final int LEVEL_LENGTH = DepthUpdateEncoder.LevelsEncoder.sbeBlockLength();
    /** Bytes of a chunk without its levels: message header, block and group header. */
    static final int CHUNK_OVERHEAD =
        MessageHeaderEncoder.ENCODED_LENGTH + DepthUpdateEncoder.BLOCK_LENGTH + GroupSizeEncodingEncoder.ENCODED_LENGTH;
    /** Bytes of a full chunk. */
    static final int MAX_CHUNK_LENGTH = CHUNK_OVERHEAD + MAX_LEVELS_PER_CHUNK * LEVEL_LENGTH;

    private static final int EVENT_TIME = key('E');
    private static final int TRANSACTION_TIME = key('T');
    private static final int FIRST_UPDATE_ID = key('U');
    private static final int FINAL_UPDATE_ID = key('u');
    private static final int BID_LEVELS = key('b');
    private static final int ASK_LEVELS = key('a');

    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final DepthUpdateEncoder encoder = new DepthUpdateEncoder();
    private final long[] prices = new long[MAX_LEVELS_PER_CHUNK];
    private final long[] sizes = new long[MAX_LEVELS_PER_CHUNK];
    private final DecodeStatus status;
    private final MessageList messages;

    DepthTranslator(final DecodeStatus status, final MessageList messages)
    {
        this.status = status;
        this.messages = messages;
    }

    /**
     * @param fields   the payload's fields.
     * @param snapshot true for a REST snapshot, false for a {@code depthUpdate}.
     * @param bids     bid level positions in the frame.
     * @param asks     ask level positions in the frame.
     * @param frame    the frame's bytes, where the level positions point.
     * @return bytes written over all chunks, or a negative outcome code with the error recorded.
     */
    int translate(
        final FieldTable fields,
        final boolean snapshot,
        final BookLevels bids,
        final BookLevels asks,
        final byte[] frame,
        final InstrumentLookup instruments,
        final int entry,
        final long receiveTimeNs,
        final MutableDirectBuffer out,
        final int outOffset)
    {
        final long firstUpdateId;
        final long finalUpdateId;
        final long previousFinalUpdateId;
        final boolean levelsPresent;
        if (snapshot)
        {
            firstUpdateId = fields.unsignedLong(FieldTable.LAST_UPDATE_ID);
            finalUpdateId = firstUpdateId;
            previousFinalUpdateId = 0;
            levelsPresent = fields.require(FieldTable.BIDS, FieldTable.ARRAY) &
                fields.require(FieldTable.ASKS, FieldTable.ARRAY);
        }
        else
        {
            firstUpdateId = fields.unsignedLong(FIRST_UPDATE_ID);
            finalUpdateId = fields.unsignedLong(FINAL_UPDATE_ID);
            previousFinalUpdateId = fields.unsignedLong(FieldTable.PU);
            levelsPresent = fields.require(BID_LEVELS, FieldTable.ARRAY) & fields.require(ASK_LEVELS, FieldTable.ARRAY);
        }
        final long exchangeTimeNs = fields.timeNs(TRANSACTION_TIME, EVENT_TIME);
        if (firstUpdateId < 0 || finalUpdateId < 0 || previousFinalUpdateId < 0 || exchangeTimeNs < 0 || !levelsPresent)
        {
            return BinanceMarketDataDecoder.MALFORMED;
        }

        final int bidCount = bids.count();
        final int total = bidCount + asks.count();
        final int chunks = total == 0 ? 1 : (total + MAX_LEVELS_PER_CHUNK - 1) / MAX_LEVELS_PER_CHUNK;
        if (out.capacity() - outOffset < chunks * CHUNK_OVERHEAD + total * LEVEL_LENGTH)
        {
            return status.fail(DecodeError.OUTPUT_TOO_SMALL, null);
        }

        final int instrumentId = instruments.instrumentId(entry);
        final int priceExponent = instruments.priceExponent(entry);
        final int sizeExponent = instruments.sizeExponent(entry);
        final BooleanType snapshotFlag = snapshot ? BooleanType.TRUE : BooleanType.FALSE;
        int position = outOffset;
        int index = 0;
        for (int chunk = 0; chunk < chunks; chunk++)
        {
            final int count = Math.min(MAX_LEVELS_PER_CHUNK, total - index);
            final int end = index + count;
            final int bidEnd = Math.max(index, Math.min(end, bidCount));
            // the chunk's decimals first, in loops of independent parses that the processor overlaps, then its message
            if (!parse(frame, bids, index, bidEnd, 0, priceExponent, sizeExponent))
            {
                return status.fail(DecodeError.BAD_DECIMAL, levelsName(snapshot, true));
            }
            if (!parse(frame, asks, bidEnd - bidCount, end - bidCount, bidEnd - index, priceExponent, sizeExponent))
            {
                return status.fail(DecodeError.BAD_DECIMAL, levelsName(snapshot, false));
            }
            final DepthUpdateEncoder.LevelsEncoder levels = encoder.wrapAndApplyHeader(out, position, header)
                .instrumentId(instrumentId)
                .exchangeTimeNs(exchangeTimeNs)
                .receiveTimeNs(receiveTimeNs)
                .firstUpdateId(firstUpdateId)
                .finalUpdateId(finalUpdateId)
                .previousFinalUpdateId(previousFinalUpdateId)
                .snapshot(snapshotFlag)
                .lastChunk(chunk == chunks - 1 ? BooleanType.TRUE : BooleanType.FALSE)
                .levelsCount(count);
            for (int i = 0; i < count; i++)
            {
                levels.next().side(index + i < bidCount ? Side.BUY : Side.SELL)
                    .priceMantissa(prices[i]).sizeMantissa(sizes[i]);
            }
            index = end;
            final int length = MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();
            messages.add(length);
            position += length;
        }
        return position - outOffset;
    }

    /**
     * Parses levels {@code from} to {@code to} - 1 of one side (none if {@code to <= from}) into {@link #prices} and
     * {@link #sizes}, from index {@code into}.
     *
     * @return false, at the first, if a level has a price or size that is not a non-negative decimal exact at the
     * exponent.
     */
    private boolean parse(
        final byte[] frame,
        final BookLevels side,
        final int from,
        final int to,
        final int into,
        final int priceExponent,
        final int sizeExponent)
    {
        final long[] prices = this.prices;
        final long[] sizes = this.sizes;
        for (int level = from, i = into; level < to; level++, i++)
        {
            final long price =
                FrameDecimals.parse(frame, side.priceOffset(level), side.priceLength(level), priceExponent);
            final long size = FrameDecimals.parse(frame, side.sizeOffset(level), side.sizeLength(level), sizeExponent);
            if ((price | size) < 0)
            {
                return false;
            }
            prices[i] = price;
            sizes[i] = size;
        }
        return true;
    }

    private static String levelsName(final boolean snapshot, final boolean bid)
    {
        if (snapshot)
        {
            return bid ? "bids" : "asks";
        }
        return bid ? "b" : "a";
    }
}
