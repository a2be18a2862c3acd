package com.tradefinder.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.tradefinder.gateway.binance.marketdata.BinanceMarketDataDecoder;
import com.tradefinder.gateway.binance.marketdata.InstrumentLookup;
import com.tradefinder.numeric.FixedPoint;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Binance JSON frame to SBE (PERFORMANCE.md P1): {@link BinanceMarketDataDecoder} against Jackson's streaming
 * {@link JsonParser} reading the same fields from the same bytes.
 * <p>
 * Inputs, {@value #FRAMES} frames per kind cycled in order, all as combined-stream messages
 * ({@code {"stream":...,"data":{...}}}) exactly as Binance sends them, from the real capture
 * {@value #CAPTURE}:
 * <ul>
 * <li>{@code bookTicker}: its first {@code @bookTicker} lines;</li>
 * <li>{@code depthUpdate}: its first {@code @depth@0ms} lines (real diffs, from one level to a few hundred);</li>
 * <li>{@code aggTrade}: synthesised from its first {@code @trade} lines (the captures hold raw trades, not
 * aggregate trades): each trade's real price, quantity, times, side and id written as a one-trade
 * {@code aggTrade} frame with the fields and key order of Binance's documented example
 * ({@code ws-aggTrade.json}).</li>
 * </ul>
 * The decoder writes every SBE message of the frame. The baseline creates a parser per frame (the ordinary use of
 * Jackson; its buffers are recycled), walks every token, reads every number as a {@code long}, converts every decimal
 * string to a fixed-point mantissa straight from the parser's characters (no {@code double}, as the decoder does),
 * matches the symbol, and returns a checksum; it writes no SBE, so it does less work than the decoder. Run with
 * {@code -prof gc}: the decoder must show 0 B/op.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {
    "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED",
    "--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED",
    "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-exports=jdk.unsupported/sun.misc=ALL-UNNAMED",
    "--add-exports=jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED",
    "--add-opens=jdk.compiler/com.sun.tools.javac=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/java.util=ALL-UNNAMED",
    "-Dchronicle.analytics.disable=true",
})
public class FrameDecodeBenchmark
{
    static final String CAPTURE =
        "binance-futures-um-BTCUSDT-ws-depth0ms-trade-bookTicker-2024-08-08T2354_2024-08-09T0000.jsonl.gz";
    static final int FRAMES = 1_024;
    /** One exponent for prices and sizes, so that both readers convert every decimal string the same way. */
    private static final int EXPONENT = -8;
    private static final char[] SYMBOL = "BTCUSDT".toCharArray();

    /** Which frames: aggTrade, bookTicker or depthUpdate. */
    @Param({ "aggTrade", "bookTicker", "depthUpdate" })
    public String frame;

    private final JsonFactory jackson = new JsonFactory();
    private byte[][] frames;
    private UnsafeBuffer[] frameBuffers;
    private BinanceMarketDataDecoder decoder;
    private UnsafeBuffer out;
    private int next;

    /**
     * Reads the frames and checks that both readers accept every one of them.
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException
    {
        frames = frames(frame);
        frameBuffers = new UnsafeBuffer[frames.length];
        final InstrumentLookup instruments = new InstrumentLookup(4);
        instruments.register("BTCUSDT", 1, EXPONENT, EXPONENT);
        decoder = new BinanceMarketDataDecoder(instruments);
        out = new UnsafeBuffer(new byte[decoder.maxOutputLength()]);
        for (int i = 0; i < frames.length; i++)
        {
            frameBuffers[i] = new UnsafeBuffer(frames[i]);
            if (decoder.decode(frameBuffers[i], 0, frames[i].length, i, out, 0) <= 0)
            {
                throw new IllegalStateException(frame + " frame " + i + " rejected by the decoder: " +
                    decoder.lastError() + " " + decoder.lastErrorField() + ": " +
                    new String(frames[i], StandardCharsets.US_ASCII));
            }
            if (jacksonRead(frames[i]) == Long.MIN_VALUE)
            {
                throw new IllegalStateException(frame + " frame " + i + " rejected by the Jackson baseline");
            }
        }
    }

    /**
     * @return bytes of SBE written for the next frame.
     */
    @Benchmark
    public int decoder()
    {
        final int index = next;
        next = index + 1 == frames.length ? 0 : index + 1;
        final UnsafeBuffer buffer = frameBuffers[index];
        return decoder.decode(buffer, 0, buffer.capacity(), index, out, 0);
    }

    /**
     * @return the checksum of the fields of the next frame, read by Jackson.
     */
    @Benchmark
    public long jacksonStreaming() throws IOException
    {
        final int index = next;
        next = index + 1 == frames.length ? 0 : index + 1;
        return jacksonRead(frames[index]);
    }

    /**
     * @return the sum of every number and decimal mantissa of the frame, or {@link Long#MIN_VALUE} if a decimal is
     * not exact, the symbol is not BTCUSDT or the frame has no data object.
     */
    private long jacksonRead(final byte[] bytes) throws IOException
    {
        long checksum = 0;
        boolean data = false;
        try (JsonParser parser = jackson.createParser(bytes, 0, bytes.length))
        {
            JsonToken token;
            while ((token = parser.nextToken()) != null)
            {
                switch (token)
                {
                    case FIELD_NAME:
                        if (!data && "data".equals(parser.currentName()))
                        {
                            data = true;
                        }
                        break;
                    case VALUE_NUMBER_INT:
                        checksum += parser.getLongValue();
                        break;
                    case VALUE_TRUE:
                        checksum++;
                        break;
                    case VALUE_STRING:
                    {
                        final String name = parser.currentName();
                        if (!data || "stream".equals(name) || "e".equals(name) || "X".equals(name))
                        {
                            break;
                        }
                        final char[] text = parser.getTextCharacters();
                        final int offset = parser.getTextOffset();
                        final int length = parser.getTextLength();
                        if ("s".equals(name))
                        {
                            if (!symbol(text, offset, length))
                            {
                                return Long.MIN_VALUE;
                            }
                            break;
                        }
                        final long mantissa = decimal(text, offset, length);
                        if (mantissa == Long.MIN_VALUE)
                        {
                            return Long.MIN_VALUE;
                        }
                        checksum += mantissa;
                        break;
                    }
                    default:
                        break;
                }
            }
        }
        return data ? checksum : Long.MIN_VALUE;
    }

    private static boolean symbol(final char[] text, final int offset, final int length)
    {
        if (length != SYMBOL.length)
        {
            return false;
        }
        for (int i = 0; i < length; i++)
        {
            if (text[offset + i] != SYMBOL[i])
            {
                return false;
            }
        }
        return true;
    }

    /**
     * A plain non-negative decimal to a mantissa at {@link #EXPONENT}, digit by digit, as FixedPoint does for bytes.
     */
    private static long decimal(final char[] text, final int offset, final int length)
    {
        long mantissa = 0;
        int fractionDigits = -1;
        for (int i = offset, end = offset + length; i < end; i++)
        {
            final char c = text[i];
            if (c == '.' && fractionDigits < 0)
            {
                fractionDigits = 0;
                continue;
            }
            final int digit = c - '0';
            if (digit < 0 || digit > 9 || mantissa > (Long.MAX_VALUE - digit) / 10)
            {
                return Long.MIN_VALUE;
            }
            mantissa = mantissa * 10 + digit;
            if (fractionDigits >= 0)
            {
                fractionDigits++;
            }
        }
        final int scale = -EXPONENT - Math.max(fractionDigits, 0);
        if (scale < 0)
        {
            return Long.MIN_VALUE;
        }
        return mantissa * FixedPoint.powerOfTen(scale);
    }

    /**
     * @param kind aggTrade, bookTicker or depthUpdate.
     * @return the first {@link #FRAMES} frames of that kind from the capture.
     */
    static byte[][] frames(final String kind) throws IOException
    {
        final String stream = switch (kind)
        {
            case "aggTrade" -> "\"btcusdt@trade\"";
            case "bookTicker" -> "\"btcusdt@bookTicker\"";
            case "depthUpdate" -> "\"btcusdt@depth@0ms\"";
            default -> throw new IllegalArgumentException("frame '" + kind + "': use aggTrade, bookTicker or " +
                "depthUpdate");
        };
        final List<byte[]> frames = new ArrayList<>(FRAMES);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(BenchData.data(CAPTURE)), 1 << 16), StandardCharsets.US_ASCII)))
        {
            String line;
            while (frames.size() < FRAMES && (line = lines.readLine()) != null)
            {
                final int json = line.indexOf(' ') + 1;
                if (line.startsWith("{\"stream\":" + stream, json))
                {
                    final String text = kind.equals("aggTrade") ? aggTrade(line.substring(json)) :
                        line.substring(json);
                    frames.add(text.getBytes(StandardCharsets.US_ASCII));
                }
            }
        }
        if (frames.size() < FRAMES)
        {
            throw new IllegalStateException(CAPTURE + " has only " + frames.size() + " " + kind + " source lines");
        }
        return frames.toArray(new byte[0][]);
    }

    /**
     * A real {@code @trade} message as the one-trade {@code @aggTrade} message Binance would send for it.
     */
    private static String aggTrade(final String trade)
    {
        final long tradeId = Long.parseLong(field(trade, "t"));
        return "{\"stream\":\"btcusdt@aggTrade\",\"data\":{\"e\":\"aggTrade\",\"E\":" + field(trade, "E") +
            ",\"a\":" + tradeId + ",\"s\":\"BTCUSDT\",\"p\":\"" + field(trade, "p") + "\",\"q\":\"" +
            field(trade, "q") + "\",\"f\":" + tradeId + ",\"l\":" + tradeId + ",\"T\":" + field(trade, "T") +
            ",\"m\":" + field(trade, "m") + "}}";
    }

    /**
     * @return the raw text of a flat field's value in the trade message, quotes removed.
     */
    private static String field(final String json, final String name)
    {
        final String key = "\"" + name + "\":";
        final int start = json.indexOf(key) + key.length();
        int end = start;
        while (json.charAt(end) != ',' && json.charAt(end) != '}')
        {
            end++;
        }
        final String value = json.substring(start, end);
        return value.startsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }
}
