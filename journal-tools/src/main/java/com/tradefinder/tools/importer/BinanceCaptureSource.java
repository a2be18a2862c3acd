package com.tradefinder.tools.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import com.tradefinder.codecs.Venue;
import com.tradefinder.gateway.binance.marketdata.BinanceEvent;
import com.tradefinder.gateway.binance.marketdata.BinanceMarketDataDecoder;
import com.tradefinder.gateway.binance.marketdata.DecodeError;
import com.tradefinder.gateway.binance.marketdata.InstrumentLookup;
import com.tradefinder.tools.importer.ImportReport.ProblemKind;

/**
 * Events from a raw Binance USDⓈ-M WebSocket capture: a gzip text file, one message per line,
 * {@code <local_receive_timestamp> <json>}.
 * <p>
 * The timestamp is the capture machine's receive time, in microseconds when it has 16 digits and in nanoseconds
 * when it has 19 (any other length is malformed); {@link #timeNs()} is that time in nanoseconds, and is also the
 * receive time inside every message. The JSON goes through the gateway's {@link BinanceMarketDataDecoder}, so a
 * replay sees exactly what the live gateway would have produced; a frame that becomes several DepthUpdate chunks
 * (a REST snapshot, a large diff) comes out as consecutive events with the same time. A REST depth snapshot line
 * names no symbol: it is taken to be for the instrument of the latest stream line before it (a capture holds one
 * symbol's streams).
 * <p>
 * Reported with file and line, then skipped: malformed lines (bad timestamp, bad JSON, inexact numbers), unsupported
 * frames and unknown symbols (UNSUPPORTED), receive times earlier than the previous line's (OUT_OF_ORDER; equal times
 * are fine, nothing is reordered), repeated ids (DUPLICATE). Reported and kept: trade-id jumps and depth continuity
 * breaks (GAP), see {@link BinanceStreamChecks}. A read error or a gzip stream cut short is reported as MALFORMED
 * and ends the input.
 * <p>
 * Single-threaded. Symbols are resolved through {@link CaptureInstruments} the first time a line names them.
 */
public final class BinanceCaptureSource implements EventSource
{
    private static final int MAX_SYMBOLS = 4_096;
    private static final int MICROSECOND_DIGITS = 16;
    private static final int NANOSECOND_DIGITS = 19;

    private final Path file;
    private final CaptureInstruments instruments;
    private final ImportReport report;
    private final GzipLines lines;
    private final InstrumentLookup lookup = new InstrumentLookup(MAX_SYMBOLS);
    private final BinanceMarketDataDecoder decoder = new BinanceMarketDataDecoder(lookup);
    private final UnsafeBuffer out = new UnsafeBuffer(new byte[decoder.maxOutputLength()]);
    private final UnsafeBuffer line = new UnsafeBuffer(0, 0);
    private final BinanceStreamChecks checks;
    private int streamInstrument = InstrumentLookup.NOT_FOUND;
    private long lastReceiveTimeNs = Long.MIN_VALUE;
    private long timeNs;
    private int messageCount;
    private int messageIndex;
    private int messageOffset;
    private int messageLength;
    private boolean ended;

    /**
     * @param file        a {@code *.jsonl.gz} capture.
     * @param instruments resolves the symbols the capture names.
     * @param report      where problems and imported events are counted.
     * @throws UncheckedIOException if the file cannot be opened as gzip.
     */
    public BinanceCaptureSource(final Path file, final CaptureInstruments instruments, final ImportReport report)
    {
        this.file = file;
        this.instruments = instruments;
        this.report = report;
        checks = new BinanceStreamChecks(file, report);
        try
        {
            lines = new GzipLines(file);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot open capture " + file, ex);
        }
    }

    @Override
    public boolean next()
    {
        if (messageIndex + 1 < messageCount)
        {
            messageOffset += messageLength;
            messageIndex++;
            messageLength = decoder.messageLength(messageIndex);
            report.imported(file);
            return true;
        }
        messageCount = 0;
        while (!ended && readLine())
        {
            if (decodeLine())
            {
                messageIndex = 0;
                messageOffset = 0;
                messageLength = decoder.messageLength(0);
                report.imported(file);
                return true;
            }
        }
        return false;
    }

    @Override
    public long timeNs()
    {
        return timeNs;
    }

    @Override
    public DirectBuffer buffer()
    {
        return out;
    }

    @Override
    public int offset()
    {
        return messageOffset;
    }

    @Override
    public int length()
    {
        return messageLength;
    }

    @Override
    public String name()
    {
        return file.getFileName().toString();
    }

    @Override
    public void close()
    {
        ended = true;
        try
        {
            lines.close();
        }
        catch (final IOException ignore)
        {
            // closing a file that was only read cannot lose data
        }
    }

    private boolean readLine()
    {
        try
        {
            if (lines.next())
            {
                return true;
            }
        }
        catch (final IOException ex)
        {
            report.problem(file, lines.number() + 1, ProblemKind.MALFORMED, "capture unreadable from here: " + ex);
        }
        ended = true;
        return false;
    }

    /**
     * @return true if the current line gave messages to import.
     */
    private boolean decodeLine()
    {
        final long number = lines.number();
        final byte[] bytes = lines.bytes();
        final int length = lines.length();
        int space = 0;
        while (space < length && bytes[space] != ' ')
        {
            space++;
        }
        if (space == length)
        {
            problem(number, ProblemKind.MALFORMED, length == 0 ? "empty line" : "no space between timestamp and JSON");
            return false;
        }
        final long receiveTimeNs = receiveTimeNs(bytes, space);
        if (receiveTimeNs < 0)
        {
            problem(number, ProblemKind.MALFORMED, "receive timestamp '" + text(bytes, 0, space) +
                "' is not " + MICROSECOND_DIGITS + " digits (us) or " + NANOSECOND_DIGITS + " digits (ns)");
            return false;
        }
        if (receiveTimeNs < lastReceiveTimeNs)
        {
            problem(number, ProblemKind.OUT_OF_ORDER, "receive time " + receiveTimeNs +
                " ns before the previous line's " + lastReceiveTimeNs + " ns: skipped");
            return false;
        }
        lastReceiveTimeNs = receiveTimeNs;

        line.wrap(bytes, 0, length);
        final int jsonOffset = space + 1;
        final int jsonLength = length - jsonOffset;
        int result = decoder.decode(line, jsonOffset, jsonLength, receiveTimeNs, streamInstrument, out, 0);
        if (result == BinanceMarketDataDecoder.UNKNOWN_INSTRUMENT && decoder.lastSymbolLength() > 0)
        {
            if (!register(number))
            {
                return false;
            }
            result = decoder.decode(line, jsonOffset, jsonLength, receiveTimeNs, streamInstrument, out, 0);
        }
        if (result <= 0)
        {
            reportRejected(number, result);
            return false;
        }
        final BinanceEvent event = decoder.lastEvent();
        if (event != BinanceEvent.DEPTH_SNAPSHOT)
        {
            streamInstrument = decoder.lastInstrumentEntry();
        }
        if (!checks.accept(event, out, 0, number))
        {
            return false;
        }
        timeNs = receiveTimeNs;
        messageCount = decoder.messageCount();
        return true;
    }

    /**
     * Adds the symbol the decoder did not know to the lookup, or reports why it cannot be.
     *
     * @return true if it was added.
     */
    private boolean register(final long number)
    {
        final String symbol = text(lines.bytes(), decoder.lastSymbolOffset(), decoder.lastSymbolLength())
            .toUpperCase(Locale.ROOT);
        final int instrumentId = instruments.instrumentId(Venue.BINANCE_USDM, symbol);
        if (instrumentId == CaptureInstruments.NOT_FOUND)
        {
            problem(number, ProblemKind.UNSUPPORTED, "unknown symbol " + symbol);
            return false;
        }
        try
        {
            lookup.register(symbol, instrumentId, instruments.priceExponent(instrumentId),
                instruments.sizeExponent(instrumentId));
            return true;
        }
        catch (final IllegalArgumentException ex)
        {
            problem(number, ProblemKind.UNSUPPORTED, "symbol " + symbol + " cannot be used: " + ex.getMessage());
            return false;
        }
    }

    private void reportRejected(final long number, final int result)
    {
        switch (result)
        {
            case BinanceMarketDataDecoder.UNKNOWN_INSTRUMENT:
                problem(number, ProblemKind.UNSUPPORTED,
                    "depth snapshot before any stream line: its symbol is unknown");
                break;
            case BinanceMarketDataDecoder.UNSUPPORTED:
                problem(number, ProblemKind.UNSUPPORTED, "not an imported event: " + reason());
                break;
            default:
                problem(number, ProblemKind.MALFORMED, "bad frame: " + reason());
                break;
        }
    }

    private String reason()
    {
        final DecodeError error = decoder.lastError();
        final StringBuilder reason = new StringBuilder(error.name());
        if (decoder.lastErrorField() != null)
        {
            reason.append(" in field ").append(decoder.lastErrorField());
        }
        if (decoder.lastErrorPosition() >= 0)
        {
            reason.append(" at JSON byte ").append(decoder.lastErrorPosition());
        }
        return reason.toString();
    }

    private void problem(final long number, final ProblemKind kind, final String detail)
    {
        report.problem(file, number, kind, detail);
    }

    /**
     * @return the receive time in nanoseconds, or -1 if the digits are not a 16- or 19-digit timestamp.
     */
    private static long receiveTimeNs(final byte[] bytes, final int digits)
    {
        if (digits != MICROSECOND_DIGITS && digits != NANOSECOND_DIGITS)
        {
            return -1;
        }
        long value = 0;
        for (int i = 0; i < digits; i++)
        {
            final int d = bytes[i] - '0';
            if (d < 0 || d > 9 || value > (Long.MAX_VALUE - d) / 10)
            {
                return -1;
            }
            value = value * 10 + d;
        }
        if (digits == MICROSECOND_DIGITS)
        {
            return value * 1_000L;
        }
        return value;
    }

    private static String text(final byte[] bytes, final int offset, final int length)
    {
        return new String(bytes, offset, length, StandardCharsets.US_ASCII);
    }
}
