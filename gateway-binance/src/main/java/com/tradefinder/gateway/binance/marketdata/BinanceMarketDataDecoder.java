package com.tradefinder.gateway.binance.marketdata;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import static com.tradefinder.gateway.binance.marketdata.FieldTable.key;

/**
 * Binance USDⓈ-M market-data frames (JSON) to SBE messages, without allocating.
 * <p>
 * Input: the bytes of one WebSocket message, either combined-stream {@code {"stream":"btcusdt@trade","data":{...}}}
 * or a bare payload, or the body of a REST depth snapshot. Output: one or more complete SBE messages (header
 * included), back to back from {@code outOffset} in the caller's buffer; the return value is their total length.
 * One message for {@code trade}/{@code aggTrade} (Trade), {@code bookTicker} (BestBidOffer),
 * {@code markPriceUpdate} (MarkPrice), {@code kline} (Bar); one or more DepthUpdate chunks of at most 200 levels
 * (each at most 3458 bytes) for {@code depthUpdate} and the snapshot. See
 * {@link #messageCount()} and {@link #messageLength(int)} to walk them.
 * <p>
 * The frame is walked once ({@link FrameScanner}) with plain loads from its byte array (a heap buffer's own array;
 * an off-heap frame is first copied in one block, see {@link FrameBytes}); keys may come in any order, unknown keys
 * are skipped; ids and times are read as 64-bit integers from their digits while scanning and decimals straight into
 * mantissas at the instrument's exponents ({@link com.tradefinder.numeric.FixedPoint}), never through {@code double}
 * or {@code String}. The instrument comes from the {@code s} field, else the stream name's prefix, through the
 * {@link InstrumentLookup}; a REST snapshot names no symbol, so its caller passes the instrument's lookup entry.
 * <p>
 * Bad input never throws: the result is a negative outcome, counted, with the reason in {@link #lastError()}:
 * {@link #MALFORMED} (syntax, truncation, missing field, wrong type, inexact or negative decimal),
 * {@link #UNSUPPORTED} (valid JSON but not an event translated here, e.g. a subscription reply),
 * {@link #UNKNOWN_INSTRUMENT}, and {@link #OUTPUT_TOO_SMALL} (a wiring error: give {@link #maxOutputLength()} bytes).
 * After a negative result the destination bytes are undefined.
 * <p>
 * Single-threaded: one decoder per decoding thread. Allocation-free after construction, except that an off-heap
 * frame longer than {@link #OFF_HEAP_COPY_CAPACITY} bytes (and than any before) grows the copy array once. Counters
 * are plain fields read on the same thread.
 */
public final class BinanceMarketDataDecoder
{
    /** Outcome of a decoded frame, as reported by {@link DecodeError#NONE}; {@code decode} returns the length. */
    public static final int DECODED = 0;
    /** Outcome: the frame is not well-formed or lacks what its event needs. */
    public static final int MALFORMED = -1;
    /** Outcome: well-formed, but not a market-data event this decoder translates. */
    public static final int UNSUPPORTED = -2;
    /** Outcome: the symbol is not in the lookup (or a REST snapshot came without an instrument). */
    public static final int UNKNOWN_INSTRUMENT = -3;
    /** Outcome: the destination cannot hold the messages. */
    public static final int OUTPUT_TOO_SMALL = -4;

    /** Book levels accepted per side of one frame unless configured: twice the REST maximum of 1000. */
    public static final int DEFAULT_MAX_LEVELS_PER_SIDE = 2_000;

    /** Bytes of an off-heap frame copied into the decoder's array without growing it: more than a WebSocket frame. */
    public static final int OFF_HEAP_COPY_CAPACITY = 64 * 1024;

    private static final int EVENT_TYPE = key('e');
    private static final int SYMBOL = key('s');

    private final DecodeStatus status = new DecodeStatus();
    private final FrameBytes frameBytes = new FrameBytes(OFF_HEAP_COPY_CAPACITY);
    private final InstrumentLookup instruments;
    private final FrameScanner scanner;
    private final MessageList messages;
    private final TradeTranslator trades;
    private final BookTickerTranslator bookTickers;
    private final DepthTranslator depths;
    private final MarkPriceTranslator markPrices;
    private final KlineTranslator klines;
    private final int maxOutputLength;

    private BinanceEvent event;
    private int instrumentEntry = InstrumentLookup.NOT_FOUND;
    private int symbolOffset;
    private int symbolLength;
    private long decoded;
    private long malformed;
    private long unsupported;
    private long unknownInstrument;
    private long outputTooSmall;

    /**
     * @param instruments symbols this decoder knows, filled at wiring time (may keep growing on this thread).
     */
    public BinanceMarketDataDecoder(final InstrumentLookup instruments)
    {
        this(instruments, DEFAULT_MAX_LEVELS_PER_SIDE);
    }

    /**
     * @param instruments      symbols this decoder knows.
     * @param maxLevelsPerSide most book levels accepted on each side of one frame; more is {@link #UNSUPPORTED}.
     */
    public BinanceMarketDataDecoder(final InstrumentLookup instruments, final int maxLevelsPerSide)
    {
        if (maxLevelsPerSide < 1)
        {
            throw new IllegalArgumentException("maxLevelsPerSide must be at least 1: " + maxLevelsPerSide);
        }
        this.instruments = instruments;
        final int maxChunks = (2 * maxLevelsPerSide + DepthTranslator.MAX_LEVELS_PER_CHUNK - 1) /
            DepthTranslator.MAX_LEVELS_PER_CHUNK;
        maxOutputLength = maxChunks * DepthTranslator.MAX_CHUNK_LENGTH;
        scanner = new FrameScanner(status, maxLevelsPerSide);
        messages = new MessageList(maxChunks);
        trades = new TradeTranslator(status, messages);
        bookTickers = new BookTickerTranslator(status, messages);
        depths = new DepthTranslator(status, messages);
        markPrices = new MarkPriceTranslator(status, messages);
        klines = new KlineTranslator(status, messages);
    }

    /**
     * Decodes a WebSocket frame; a REST snapshot given here is {@link #UNKNOWN_INSTRUMENT} (it names no symbol).
     *
     * @param frame         buffer holding the frame.
     * @param offset        of the frame's first byte.
     * @param length        of the frame in bytes.
     * @param receiveTimeNs when the frame arrived, epoch nanoseconds; copied into every message.
     * @param out           destination; from {@code outOffset} it should have {@link #maxOutputLength()} bytes.
     * @param outOffset     where the first message's header goes.
     * @return total bytes written (greater than 0), or a negative outcome.
     */
    public int decode(
        final DirectBuffer frame,
        final int offset,
        final int length,
        final long receiveTimeNs,
        final MutableDirectBuffer out,
        final int outOffset)
    {
        return decode(frame, offset, length, receiveTimeNs, InstrumentLookup.NOT_FOUND, out, outOffset);
    }

    /**
     * Decodes a WebSocket frame or a REST depth snapshot.
     *
     * @param frame              buffer holding the frame.
     * @param offset             of the frame's first byte.
     * @param length             of the frame in bytes.
     * @param receiveTimeNs      when the frame arrived, epoch nanoseconds; copied into every message.
     * @param snapshotInstrument lookup entry of the instrument a REST snapshot is for, or
     *                           {@link InstrumentLookup#NOT_FOUND}; frames that name their symbol ignore it.
     * @param out                destination; from {@code outOffset} it should have {@link #maxOutputLength()} bytes.
     * @param outOffset          where the first message's header goes.
     * @return total bytes written (greater than 0), or a negative outcome.
     */
    public int decode(
        final DirectBuffer frame,
        final int offset,
        final int length,
        final long receiveTimeNs,
        final int snapshotInstrument,
        final MutableDirectBuffer out,
        final int outOffset)
    {
        status.clear();
        messages.clear();
        event = null;
        instrumentEntry = InstrumentLookup.NOT_FOUND;
        symbolOffset = offset;
        symbolLength = 0;
        frameBytes.wrap(frame, offset, length);
        final byte[] bytes = frameBytes.array();
        final int start = frameBytes.arrayIndex(offset);
        final int result = scanner.scan(bytes, start, start + length) ?
            translate(bytes, receiveTimeNs, snapshotInstrument, out, outOffset) : status.error().outcome();
        return count(result);
    }

    /**
     * @return bytes the destination must offer from {@code outOffset} for any frame this decoder accepts.
     */
    public int maxOutputLength()
    {
        return maxOutputLength;
    }

    /**
     * @return messages written by the last {@code decode}, 0 if it failed.
     */
    public int messageCount()
    {
        return messages.count();
    }

    /**
     * @param index 0 to {@link #messageCount()} - 1.
     * @return length of that message, header included; message {@code i} starts after messages 0 to i - 1.
     */
    public int messageLength(final int index)
    {
        return messages.length(index);
    }

    /**
     * @return the last frame's event, or null if it was not recognised.
     */
    public BinanceEvent lastEvent()
    {
        return event;
    }

    /**
     * @return the lookup entry of the last frame's instrument, or {@link InstrumentLookup#NOT_FOUND}.
     */
    public int lastInstrumentEntry()
    {
        return instrumentEntry;
    }

    /**
     * @return offset in the frame buffer of the last frame's symbol bytes (see {@link #lastSymbolLength()}).
     */
    public int lastSymbolOffset()
    {
        return symbolOffset;
    }

    /**
     * @return length of the last frame's symbol bytes, 0 if it named none; set also when the symbol was unknown.
     */
    public int lastSymbolLength()
    {
        return symbolLength;
    }

    /**
     * @return why the last frame was not decoded, {@link DecodeError#NONE} if it was.
     */
    public DecodeError lastError()
    {
        return status.error();
    }

    /**
     * @return the key the last error concerns (e.g. {@code "p"}, {@code "k.i"}), or null.
     */
    public String lastErrorField()
    {
        return status.field();
    }

    /**
     * @return offset from the frame's start of the last syntax error, or -1.
     */
    public int lastErrorPosition()
    {
        return status.position();
    }

    /**
     * @return frames decoded.
     */
    public long decoded()
    {
        return decoded;
    }

    /**
     * @return frames rejected as {@link #MALFORMED}.
     */
    public long malformed()
    {
        return malformed;
    }

    /**
     * @return frames rejected as {@link #UNSUPPORTED}.
     */
    public long unsupported()
    {
        return unsupported;
    }

    /**
     * @return frames rejected as {@link #UNKNOWN_INSTRUMENT}.
     */
    public long unknownInstrument()
    {
        return unknownInstrument;
    }

    /**
     * @return frames rejected as {@link #OUTPUT_TOO_SMALL}.
     */
    public long outputTooSmall()
    {
        return outputTooSmall;
    }

    private int translate(
        final byte[] frame,
        final long receiveTimeNs,
        final int snapshotInstrument,
        final MutableDirectBuffer out,
        final int outOffset)
    {
        final FieldTable fields = scanner.fields();
        if (scanner.dataNotObject())
        {
            return status.fail(DecodeError.UNSUPPORTED_EVENT, "data");
        }
        if (fields.has(EVENT_TYPE))
        {
            if (!fields.require(EVENT_TYPE, FieldTable.STRING))
            {
                return MALFORMED;
            }
            event = BinanceEvent.of(frame, fields.offset(EVENT_TYPE), fields.length(EVENT_TYPE));
            if (event == null)
            {
                return status.fail(DecodeError.UNSUPPORTED_EVENT, "e");
            }
        }
        else if (fields.has(FieldTable.LAST_UPDATE_ID))
        {
            event = BinanceEvent.DEPTH_SNAPSHOT;
        }
        else
        {
            return status.fail(DecodeError.UNSUPPORTED_EVENT, null);
        }

        final int entry = resolveInstrument(frame, fields, snapshotInstrument);
        if (entry < 0)
        {
            return entry;
        }
        instrumentEntry = entry;
        switch (event)
        {
            case TRADE:
                return trades.translate(fields, false, instruments, entry, receiveTimeNs, out, outOffset);
            case AGG_TRADE:
                return trades.translate(fields, true, instruments, entry, receiveTimeNs, out, outOffset);
            case BOOK_TICKER:
                return bookTickers.translate(fields, instruments, entry, receiveTimeNs, out, outOffset);
            case DEPTH_UPDATE:
                return depths.translate(fields, false, scanner.bids(), scanner.asks(), frame, instruments, entry,
                    receiveTimeNs, out, outOffset);
            case DEPTH_SNAPSHOT:
                return depths.translate(fields, true, scanner.bids(), scanner.asks(), frame, instruments, entry,
                    receiveTimeNs, out, outOffset);
            case MARK_PRICE_UPDATE:
                return markPrices.translate(fields, instruments, entry, receiveTimeNs, out, outOffset);
            case KLINE:
                return klines.translate(
                    fields, scanner.klineFields(), frame, instruments, entry, receiveTimeNs, out, outOffset);
            default:
                return status.fail(DecodeError.UNSUPPORTED_EVENT, "e");
        }
    }

    private int resolveInstrument(final byte[] frame, final FieldTable fields, final int snapshotInstrument)
    {
        if (event == BinanceEvent.DEPTH_SNAPSHOT && !fields.has(SYMBOL))
        {
            if (snapshotInstrument < 0 || snapshotInstrument >= instruments.size())
            {
                return status.fail(DecodeError.UNKNOWN_SYMBOL, null);
            }
            return snapshotInstrument;
        }
        final int symbolIndex;
        if (fields.has(SYMBOL))
        {
            if (!fields.require(SYMBOL, FieldTable.STRING))
            {
                return MALFORMED;
            }
            symbolIndex = fields.offset(SYMBOL);
            symbolLength = fields.length(SYMBOL);
        }
        else if (scanner.hasStream())
        {
            symbolIndex = scanner.streamOffset();
            int end = symbolIndex;
            final int streamEnd = symbolIndex + scanner.streamLength();
            while (end < streamEnd && frame[end] != '@')
            {
                end++;
            }
            symbolLength = end - symbolIndex;
        }
        else
        {
            return status.fail(DecodeError.MISSING_FIELD, "s");
        }
        symbolOffset = frameBytes.bufferIndex(symbolIndex);
        final int entry = instruments.find(frame, symbolIndex, symbolLength);
        if (entry == InstrumentLookup.NOT_FOUND)
        {
            return status.fail(DecodeError.UNKNOWN_SYMBOL, "s");
        }
        return entry;
    }

    private int count(final int result)
    {
        if (result > 0)
        {
            decoded++;
            return result;
        }
        messages.clear();
        switch (result)
        {
            case UNSUPPORTED:
                unsupported++;
                break;
            case UNKNOWN_INSTRUMENT:
                unknownInstrument++;
                break;
            case OUTPUT_TOO_SMALL:
                outputTooSmall++;
                break;
            default:
                malformed++;
                break;
        }
        return result;
    }
}
