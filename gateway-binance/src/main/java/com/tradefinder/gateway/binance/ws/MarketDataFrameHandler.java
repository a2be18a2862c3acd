package com.tradefinder.gateway.binance.ws;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.tradefinder.gateway.binance.InboundSink;
import com.tradefinder.gateway.binance.book.DepthSynchronizer;
import com.tradefinder.gateway.binance.marketdata.BinanceEvent;
import com.tradefinder.gateway.binance.marketdata.BinanceMarketDataDecoder;
import com.tradefinder.gateway.binance.marketdata.InstrumentLookup;

/**
 * Market-data frames of one connection to SBE messages: decodes each frame with its own
 * {@link BinanceMarketDataDecoder}, publishes the messages to the {@link InboundSink}, except depth diffs of a symbol
 * that has a {@link DepthSynchronizer}, which go to it. Subscription replies ({@code {"result":null,"id":1}}) and
 * other well-formed non-events are counted as unsupported; malformed frames are counted and logged with their
 * text at most once per interval, never thrown.
 * <p>
 * Threading: {@link #onFrame} on the connection's event loop only; counters readable from any thread.
 * Allocation-free per good frame.
 */
public final class MarketDataFrameHandler implements FrameHandler
{
    /** Most characters of a bad frame quoted in a log line. */
    public static final int MAX_LOGGED_FRAME_CHARS = 512;

    private static final Logger LOG = LoggerFactory.getLogger(MarketDataFrameHandler.class);

    private final String name;
    private final BinanceMarketDataDecoder decoder;
    private final UnsafeBuffer out;
    private final InboundSink sink;
    private final DepthSynchronizer[] depthByEntry;
    private final RateLimitedLog malformedLog;

    private volatile long decoded;
    private volatile long malformed;
    private volatile long unsupported;
    private volatile long unknownInstrument;

    /**
     * @param name                   connection name for logs.
     * @param instruments            symbols known; read only from here on.
     * @param sink                   where messages go.
     * @param depthByEntry           synchronizer per lookup entry, or null entries for symbols published directly;
     *                               filled before the connection starts.
     * @param malformedLogIntervalNs shortest time between two log lines about bad frames.
     */
    public MarketDataFrameHandler(
        final String name,
        final InstrumentLookup instruments,
        final InboundSink sink,
        final DepthSynchronizer[] depthByEntry,
        final long malformedLogIntervalNs)
    {
        this.name = name;
        this.sink = sink;
        this.depthByEntry = depthByEntry;
        decoder = new BinanceMarketDataDecoder(instruments);
        out = new UnsafeBuffer(new byte[decoder.maxOutputLength()]);
        malformedLog = new RateLimitedLog(malformedLogIntervalNs);
    }

    @Override
    public void onFrame(final DirectBuffer buffer, final int offset, final int length, final long receiveTimeNs)
    {
        final int result = decoder.decode(buffer, offset, length, receiveTimeNs, out, 0);
        if (result > 0)
        {
            decoded++;
            final int entry = decoder.lastInstrumentEntry();
            if (decoder.lastEvent() == BinanceEvent.DEPTH_UPDATE && entry < depthByEntry.length &&
                depthByEntry[entry] != null)
            {
                depthByEntry[entry].onDiff(out, 0, result);
                return;
            }
            int position = 0;
            for (int i = 0, count = decoder.messageCount(); i < count; i++)
            {
                final int messageLength = decoder.messageLength(i);
                sink.publish(out, position, messageLength);
                position += messageLength;
            }
            return;
        }
        switch (result)
        {
            case BinanceMarketDataDecoder.UNSUPPORTED:
                unsupported++;
                break;
            case BinanceMarketDataDecoder.UNKNOWN_INSTRUMENT:
                unknownInstrument++;
                logBadFrame("frame for an unknown symbol", buffer, offset, length);
                break;
            default:
                malformed++;
                logBadFrame("malformed frame", buffer, offset, length);
                break;
        }
    }

    /**
     * @return frames decoded into messages.
     */
    public long decoded()
    {
        return decoded;
    }

    /**
     * @return frames rejected as malformed (or too large for the output, a wiring error).
     */
    public long malformed()
    {
        return malformed;
    }

    /**
     * @return well-formed frames that are not market events (subscription replies, errors).
     */
    public long unsupported()
    {
        return unsupported;
    }

    /**
     * @return frames naming a symbol the lookup does not hold.
     */
    public long unknownInstrument()
    {
        return unknownInstrument;
    }

    private void logBadFrame(final String what, final DirectBuffer buffer, final int offset, final int length)
    {
        if (!malformedLog.tryAcquire(System.nanoTime()))
        {
            return;
        }
        final String field = decoder.lastErrorField();
        final int position = decoder.lastErrorPosition();
        LOG.warn("{}: {} ({}{}{}; {} more not logged since the last line): {}", name, what, decoder.lastError(),
            field == null ? "" : " in field " + field, position < 0 ? "" : " at byte " + position,
            malformedLog.suppressed(),
            buffer.getStringWithoutLengthUtf8(offset, Math.min(length, MAX_LOGGED_FRAME_CHARS)));
    }
}
