package com.tradefinder.gateway.binance.marketdata;

import org.agrona.MutableDirectBuffer;

import com.tradefinder.codecs.MarkPriceEncoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.numeric.FixedPoint;

import static com.tradefinder.gateway.binance.marketdata.FieldTable.key;

/**
 * {@code markPriceUpdate} payloads to one SBE {@code MarkPrice}.
 * <p>
 * Mark price {@code p} and index price {@code i} at the instrument's price exponent (Binance sends eight decimals,
 * so the exponent must allow them or the frame is malformed), funding rate {@code r} in parts per billion (exact
 * to nine decimals), next funding time {@code T}, exchange time {@code E}. The estimated settle price {@code P}
 * is not kept.
 * <p>
 * Single-threaded; allocation-free.
 */
final class MarkPriceTranslator
{
    private static final int PPB_EXPONENT = -9;
    private static final int EVENT_TIME = key('E');
    private static final int NEXT_FUNDING_TIME = key('T');
    private static final int MARK_PRICE = key('p');
    private static final int INDEX_PRICE = key('i');
    private static final int FUNDING_RATE = key('r');
    private static final int LENGTH = MessageHeaderEncoder.ENCODED_LENGTH + MarkPriceEncoder.BLOCK_LENGTH;

    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final MarkPriceEncoder encoder = new MarkPriceEncoder();
    private final DecodeStatus status;
    private final MessageList messages;

    MarkPriceTranslator(final DecodeStatus status, final MessageList messages)
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
        final long exchangeTimeNs = fields.timeNs(EVENT_TIME);
        final long nextFundingTimeNs = fields.timeNs(NEXT_FUNDING_TIME);
        final long markPrice = fields.nonNegativeDecimal(MARK_PRICE, priceExponent);
        final long indexPrice = fields.nonNegativeDecimal(INDEX_PRICE, priceExponent);
        final long fundingRatePpb = fields.decimal(FUNDING_RATE, PPB_EXPONENT);
        if (exchangeTimeNs < 0 || nextFundingTimeNs < 0 || markPrice < 0 || indexPrice < 0 ||
            fundingRatePpb == FixedPoint.INVALID)
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
            .markPriceMantissa(markPrice)
            .indexPriceMantissa(indexPrice)
            .fundingRatePpb(fundingRatePpb)
            .nextFundingTimeNs(nextFundingTimeNs);
        messages.add(LENGTH);
        return LENGTH;
    }
}
