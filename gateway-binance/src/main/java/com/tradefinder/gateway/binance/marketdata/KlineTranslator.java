package com.tradefinder.gateway.binance.marketdata;

import org.agrona.MutableDirectBuffer;

import com.tradefinder.codecs.BarEncoder;
import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.PriceSource;

import static com.tradefinder.gateway.binance.marketdata.FieldTable.key;

/**
 * {@code kline} payloads to one SBE {@code Bar} (price source TRADE).
 * <p>
 * From the {@code k} object: open time {@code t}, interval {@code i} as seconds ({@code 1m} is 60; a number and a
 * unit s, m, h, d or w; {@code 1M} has no fixed length and is unsupported), open/high/low/close {@code o h l c} at
 * the price exponent, base volume {@code v} at the size exponent, closed flag {@code x}. Close time, trade ids,
 * trade count and quote volumes are not kept.
 * <p>
 * Single-threaded; allocation-free.
 */
final class KlineTranslator
{
    private static final int OPEN_TIME = key('t');
    private static final int INTERVAL = key('i');
    private static final int OPEN = key('o');
    private static final int HIGH = key('h');
    private static final int LOW = key('l');
    private static final int CLOSE = key('c');
    private static final int VOLUME = key('v');
    private static final int CLOSED = key('x');
    private static final int KLINE = key('k');
    private static final int LENGTH = MessageHeaderEncoder.ENCODED_LENGTH + BarEncoder.BLOCK_LENGTH;
    private static final int MAX_INTERVAL_DIGITS = 4;

    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final BarEncoder encoder = new BarEncoder();
    private final DecodeStatus status;
    private final MessageList messages;

    KlineTranslator(final DecodeStatus status, final MessageList messages)
    {
        this.status = status;
        this.messages = messages;
    }

    /**
     * @param fields the payload's fields.
     * @param kline  the fields of its {@code k} object.
     * @return bytes written, or a negative outcome code with the error recorded.
     */
    int translate(
        final FieldTable fields,
        final FieldTable kline,
        final byte[] frame,
        final InstrumentLookup instruments,
        final int entry,
        final long receiveTimeNs,
        final MutableDirectBuffer out,
        final int outOffset)
    {
        if (!fields.require(KLINE, FieldTable.OBJECT))
        {
            return BinanceMarketDataDecoder.MALFORMED;
        }
        final int priceExponent = instruments.priceExponent(entry);
        final long openTimeNs = kline.timeNs(OPEN_TIME);
        final long open = kline.nonNegativeDecimal(OPEN, priceExponent);
        final long high = kline.nonNegativeDecimal(HIGH, priceExponent);
        final long low = kline.nonNegativeDecimal(LOW, priceExponent);
        final long close = kline.nonNegativeDecimal(CLOSE, priceExponent);
        final long volume = kline.nonNegativeDecimal(VOLUME, instruments.sizeExponent(entry));
        final int closed = kline.bool(CLOSED);
        if (openTimeNs < 0 || open < 0 || high < 0 || low < 0 || close < 0 || volume < 0 || closed < 0)
        {
            return BinanceMarketDataDecoder.MALFORMED;
        }
        if (!kline.require(INTERVAL, FieldTable.STRING))
        {
            return BinanceMarketDataDecoder.MALFORMED;
        }
        final int timeframeSec = intervalSeconds(frame, kline.offset(INTERVAL), kline.length(INTERVAL));
        if (timeframeSec < 0)
        {
            return timeframeSec;
        }
        if (out.capacity() - outOffset < LENGTH)
        {
            return status.fail(DecodeError.OUTPUT_TOO_SMALL, null);
        }
        encoder.wrapAndApplyHeader(out, outOffset, header)
            .instrumentId(instruments.instrumentId(entry))
            .priceSource(PriceSource.TRADE)
            .timeframeSec(timeframeSec)
            .openTimeNs(openTimeNs)
            .receiveTimeNs(receiveTimeNs)
            .openMantissa(open)
            .highMantissa(high)
            .lowMantissa(low)
            .closeMantissa(close)
            .volumeMantissa(volume)
            .closed(closed == 1 ? BooleanType.TRUE : BooleanType.FALSE);
        messages.add(LENGTH);
        return LENGTH;
    }

    private int intervalSeconds(final byte[] frame, final int offset, final int length)
    {
        if (length < 2 || length > MAX_INTERVAL_DIGITS + 1)
        {
            return status.fail(DecodeError.BAD_INTERVAL, "k.i");
        }
        int count = 0;
        for (int i = offset, end = offset + length - 1; i < end; i++)
        {
            final int d = frame[i] - '0';
            if (d < 0 || d > 9)
            {
                return status.fail(DecodeError.BAD_INTERVAL, "k.i");
            }
            count = count * 10 + d;
        }
        final int unitSeconds;
        switch (frame[offset + length - 1])
        {
            case 's':
                unitSeconds = 1;
                break;
            case 'm':
                unitSeconds = 60;
                break;
            case 'h':
                unitSeconds = 3_600;
                break;
            case 'd':
                unitSeconds = 86_400;
                break;
            case 'w':
                unitSeconds = 604_800;
                break;
            case 'M':
                return status.fail(DecodeError.UNSUPPORTED_INTERVAL, "k.i");
            default:
                return status.fail(DecodeError.BAD_INTERVAL, "k.i");
        }
        final long seconds = (long)count * unitSeconds;
        if (count == 0 || seconds > Integer.MAX_VALUE)
        {
            return status.fail(DecodeError.BAD_INTERVAL, "k.i");
        }
        return (int)seconds;
    }
}
