package com.tradefinder.gateway.binance.marketdata;

import org.agrona.MutableDirectBuffer;

import com.tradefinder.codecs.BestBidOfferEncoder;
import com.tradefinder.codecs.MessageHeaderEncoder;

import static com.tradefinder.gateway.binance.marketdata.FieldTable.key;

/**
 * {@code bookTicker} payloads to one SBE {@code BestBidOffer}.
 * <p>
 * Update id {@code u}, bid {@code b}/{@code B} and ask {@code a}/{@code A} (price and size at the instrument's
 * exponents), exchange time {@code T} (transaction time, else {@code E}).
 * <p>
 * Single-threaded; allocation-free.
 */
final class BookTickerTranslator
{
    private static final int EVENT_TIME = key('E');
    private static final int TRANSACTION_TIME = key('T');
    private static final int UPDATE_ID = key('u');
    private static final int BID_PRICE = key('b');
    private static final int BID_SIZE = key('B');
    private static final int ASK_PRICE = key('a');
    private static final int ASK_SIZE = key('A');
    private static final int LENGTH = MessageHeaderEncoder.ENCODED_LENGTH + BestBidOfferEncoder.BLOCK_LENGTH;

    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final BestBidOfferEncoder encoder = new BestBidOfferEncoder();
    private final DecodeStatus status;
    private final MessageList messages;

    BookTickerTranslator(final DecodeStatus status, final MessageList messages)
    {
        this.status = status;
        this.messages = messages;
    }

    /**
     * @return bytes written, or a negative outcome code with the error recorded.
     */
    int translate(
        final FieldTable fields,
        final InstrumentLookup instruments,
        final int entry,
        final long receiveTimeNs,
        final MutableDirectBuffer out,
        final int outOffset)
    {
        final int priceExponent = instruments.priceExponent(entry);
        final int sizeExponent = instruments.sizeExponent(entry);
        final long updateId = fields.unsignedLong(UPDATE_ID);
        final long exchangeTimeNs = fields.timeNs(TRANSACTION_TIME, EVENT_TIME);
        final long bidPrice = fields.nonNegativeDecimal(BID_PRICE, priceExponent);
        final long bidSize = fields.nonNegativeDecimal(BID_SIZE, sizeExponent);
        final long askPrice = fields.nonNegativeDecimal(ASK_PRICE, priceExponent);
        final long askSize = fields.nonNegativeDecimal(ASK_SIZE, sizeExponent);
        if (updateId < 0 || exchangeTimeNs < 0 || bidPrice < 0 || bidSize < 0 || askPrice < 0 || askSize < 0)
        {
            return BinanceMarketDataDecoder.MALFORMED;
        }
        if (out.capacity() - outOffset < LENGTH)
        {
            return status.fail(DecodeError.OUTPUT_TOO_SMALL, null);
        }
        encoder.wrapAndApplyHeader(out, outOffset, header)
            .instrumentId(instruments.instrumentId(entry))
            .exchangeTimeNs(exchangeTimeNs)
            .receiveTimeNs(receiveTimeNs)
            .updateId(updateId)
            .bidPriceMantissa(bidPrice)
            .bidSizeMantissa(bidSize)
            .askPriceMantissa(askPrice)
            .askSizeMantissa(askSize);
        messages.add(LENGTH);
        return LENGTH;
    }
}
