package com.tradefinder.gateway.binance.marketdata;

import org.agrona.MutableDirectBuffer;

import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.Side;
import com.tradefinder.codecs.TradeEncoder;

import static com.tradefinder.gateway.binance.marketdata.FieldTable.key;

/**
 * {@code trade} and {@code aggTrade} payloads to one SBE {@code Trade}.
 * <p>
 * Trade id from {@code t} (trade) or {@code a} (aggTrade: the aggregate id; {@code f}/{@code l} are not kept),
 * price {@code p} and size {@code q} at the instrument's exponents, exchange time {@code T} (trade time, else
 * {@code E}), aggressor from {@code m}: true means the buyer was the maker, so the aggressor sold.
 * <p>
 * Single-threaded; allocation-free.
 */
final class TradeTranslator
{
    private static final int EVENT_TIME = key('E');
    private static final int TRADE_TIME = key('T');
    private static final int TRADE_ID = key('t');
    private static final int AGGREGATE_TRADE_ID = key('a');
    private static final int PRICE = key('p');
    private static final int QUANTITY = key('q');
    private static final int BUYER_IS_MAKER = key('m');
    private static final int LENGTH = MessageHeaderEncoder.ENCODED_LENGTH + TradeEncoder.BLOCK_LENGTH;

    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final TradeEncoder encoder = new TradeEncoder();
    private final DecodeStatus status;
    private final MessageList messages;

    TradeTranslator(final DecodeStatus status, final MessageList messages)
    {
        this.status = status;
        this.messages = messages;
    }

    /**
     * @return bytes written, or a negative outcome code with the error recorded.
     */
    int translate(
        final FieldTable fields,
        final boolean aggregate,
        final InstrumentLookup instruments,
        final int entry,
        final long receiveTimeNs,
        final MutableDirectBuffer out,
        final int outOffset)
    {
        final long tradeId = fields.unsignedLong(aggregate ? AGGREGATE_TRADE_ID : TRADE_ID);
        final long exchangeTimeNs = fields.timeNs(TRADE_TIME, EVENT_TIME);
        final long price = fields.nonNegativeDecimal(PRICE, instruments.priceExponent(entry));
        final long size = fields.nonNegativeDecimal(QUANTITY, instruments.sizeExponent(entry));
        final int buyerIsMaker = fields.bool(BUYER_IS_MAKER);
        if (tradeId < 0 || exchangeTimeNs < 0 || price < 0 || size < 0 || buyerIsMaker < 0)
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
            .tradeId(tradeId)
            .priceMantissa(price)
            .sizeMantissa(size)
            .aggressorSide(buyerIsMaker == 1 ? Side.SELL : Side.BUY);
        messages.add(LENGTH);
        return LENGTH;
    }
}
