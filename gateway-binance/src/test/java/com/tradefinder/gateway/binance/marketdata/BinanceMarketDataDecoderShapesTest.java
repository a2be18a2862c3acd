package com.tradefinder.gateway.binance.marketdata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.GZIPInputStream;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.tradefinder.testsupport.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decoder's fast paths (the member, level and stream-prefix shapes Binance sends) never change an outcome, only
 * its speed: real frames give the same messages when whitespace moves every member, value and level off those paths,
 * and when the combined-stream wrapper is taken off; any frame gives the same outcome, error and messages whether its
 * bytes are in a heap array (at any offset) or off-heap; mutated frames never throw.
 */
class BinanceMarketDataDecoderShapesTest
{
    private static final String CAPTURE =
        "binance-futures-um-BTCUSDT-ws-depth0ms-trade-bookTicker-markPrice-2023-04-04T2358_2023-04-05T0006.jsonl.gz";
    private static final int SAMPLE_EVERY = 20;
    private static final int OUT_OFFSET = 3;
    private static final byte[] WHITESPACE = { ' ', '\n', '\t', '\r' };

    private static final List<byte[]> FRAMES = new ArrayList<>();

    private final InstrumentLookup instruments = new InstrumentLookup(2);
    private final BinanceMarketDataDecoder decoder;
    private final BinanceMarketDataDecoder other;
    private final UnsafeBuffer out;
    private final UnsafeBuffer otherOut;

    BinanceMarketDataDecoderShapesTest()
    {
        instruments.register("BTCUSDT", 5, -8, -3);
        decoder = new BinanceMarketDataDecoder(instruments);
        other = new BinanceMarketDataDecoder(instruments);
        out = new UnsafeBuffer(new byte[OUT_OFFSET + decoder.maxOutputLength()]);
        otherOut = new UnsafeBuffer(new byte[OUT_OFFSET + other.maxOutputLength()]);
    }

    @BeforeAll
    static void readFrames() throws IOException
    {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(SharedData.data(CAPTURE)), 1 << 16), StandardCharsets.US_ASCII)))
        {
            String line;
            int index = 0;
            while ((line = reader.readLine()) != null)
            {
                // the one REST snapshot line and every markPrice frame, a sample of the others
                if (index++ % SAMPLE_EVERY == 0 || line.contains("markPrice") || line.contains("lastUpdateId"))
                {
                    FRAMES.add(line.substring(line.indexOf(' ') + 1).getBytes(StandardCharsets.US_ASCII));
                }
            }
        }
    }

    @Test
    void shouldGiveTheSameMessagesWhenWhitespaceTakesEveryFrameOffTheFastPaths()
    {
        final SplittableRandom random = new SplittableRandom(2_023_04_04);
        int decoded = 0;

        for (final byte[] frame : FRAMES)
        {
            final byte[] spaced = withWhitespace(frame, random);

            final String compact = messages(decoder, heap(frame, 0), frame.length, out);
            final String loose = messages(other, heap(spaced, 0), spaced.length, otherOut);

            assertThat(loose).as(new String(spaced, StandardCharsets.US_ASCII)).isEqualTo(compact);
            decoded += compact.startsWith("-") ? 0 : 1;
        }

        assertThat(decoded).isEqualTo(FRAMES.size());
    }

    @Test
    void shouldGiveTheSameMessagesForTheBarePayloadAsForTheCombinedStreamMessage()
    {
        int compared = 0;

        for (final byte[] frame : FRAMES)
        {
            final String text = new String(frame, StandardCharsets.US_ASCII);
            final int data = text.indexOf(",\"data\":");
            if (!text.startsWith("{\"stream\":") || data < 0)
            {
                continue;
            }
            final byte[] bare = text.substring(data + 8, text.length() - 1).getBytes(StandardCharsets.US_ASCII);

            final String combined = messages(decoder, heap(frame, 0), frame.length, out);
            final String payload = messages(other, heap(bare, 0), bare.length, otherOut);

            assertThat(payload).as(text).isEqualTo(combined);
            compared++;
        }

        assertThat(compared).isGreaterThan(FRAMES.size() / 2);
    }

    @Test
    void shouldGiveTheSameOutcomeWhereverTheBytesAreAndNeverThrowOnMutatedFrames()
    {
        final SplittableRandom random = new SplittableRandom(4_984_028_367_545L);
        final ByteBuffer offHeap = ByteBuffer.allocateDirect(1 << 20);
        final byte[] shared = new byte[1 << 20];
        int frames = 0;

        for (final byte[] original : FRAMES)
        {
            for (int i = 0; i < 4; i++)
            {
                final byte[] frame = mutate(original, random);
                final int offset = 1 + random.nextInt(16);
                System.arraycopy(frame, 0, shared, 5 + offset, frame.length);
                final UnsafeBuffer offHeapFrame = new UnsafeBuffer(offHeap, 7, frame.length + offset);
                offHeapFrame.putBytes(offset, frame);

                final String fromHeap = outcome(decoder, heap(frame, offset), offset, frame.length, out);
                final String fromWrappedArray =
                    outcome(other, new UnsafeBuffer(shared, 5, frame.length + offset), offset, frame.length, otherOut);
                final String fromOffHeap = outcome(other, offHeapFrame, offset, frame.length, otherOut);

                assertThat(fromWrappedArray).as(new String(frame, StandardCharsets.ISO_8859_1)).isEqualTo(fromHeap);
                assertThat(fromOffHeap).as(new String(frame, StandardCharsets.ISO_8859_1)).isEqualTo(fromHeap);
                frames++;
            }
        }

        assertThat(decoder.decoded() + decoder.malformed() + decoder.unsupported() + decoder.unknownInstrument() +
            decoder.outputTooSmall()).isEqualTo(frames);
        assertThat(decoder.malformed()).isPositive();
        assertThat(decoder.decoded()).isPositive();
    }

    @Test
    void shouldCopyAnOffHeapFrameLongerThanTheCopyArray()
    {
        final byte[] snapshot = BinanceMarketDataDecoderTest.snapshot(1_800, 1_800).getBytes(StandardCharsets.US_ASCII);
        final UnsafeBuffer offHeapFrame = new UnsafeBuffer(ByteBuffer.allocateDirect(snapshot.length + 9));
        offHeapFrame.putBytes(9, snapshot);
        final int entry = instruments.find("BTCUSDT");

        final int fromHeap = decoder.decode(heap(snapshot, 0), 0, snapshot.length, 1L, entry, out, OUT_OFFSET);
        final byte[] expected = bytes(out, fromHeap);
        final int fromOffHeap = other.decode(offHeapFrame, 9, snapshot.length, 1L, entry, otherOut, OUT_OFFSET);

        assertThat(snapshot.length).isGreaterThan(BinanceMarketDataDecoder.OFF_HEAP_COPY_CAPACITY);
        assertThat(fromHeap).isPositive();
        assertThat(fromOffHeap).isEqualTo(fromHeap);
        assertThat(bytes(otherOut, fromOffHeap)).isEqualTo(expected);
        assertThat(other.messageCount()).isEqualTo(18);
    }

    /**
     * @return the outcome, error, field, event, instrument entry, symbol length and the messages' bytes, as one
     * comparable line: what stays the same when the frame's bytes move around.
     */
    private static String messages(
        final BinanceMarketDataDecoder decoder, final UnsafeBuffer frame, final int length, final UnsafeBuffer out)
    {
        // the capture's REST snapshot names no symbol: it is BTCUSDT's, entry 0
        final int result = decoder.decode(frame, 0, length, 1_680_652_700_423_575_000L, 0, out, OUT_OFFSET);
        return result + " " + decoder.lastError() + " " + decoder.lastErrorField() + " " + decoder.lastEvent() + " " +
            decoder.lastInstrumentEntry() + " " + decoder.lastSymbolLength() + " " +
            (result > 0 ? Arrays.toString(bytes(out, result)) : "");
    }

    /**
     * @return the outcome, error, field, error position, event, instrument entry, symbol position and length relative
     * to the frame's offset, and the messages' bytes, as one comparable line.
     */
    private static String outcome(
        final BinanceMarketDataDecoder decoder,
        final UnsafeBuffer frame,
        final int offset,
        final int length,
        final UnsafeBuffer out)
    {
        final int result = decoder.decode(frame, offset, length, 1_680_652_700_423_575_000L, out, OUT_OFFSET);
        return result + " " + decoder.lastError() + " " + decoder.lastErrorField() + " @" +
            decoder.lastErrorPosition() + " " + decoder.lastEvent() + " " + decoder.lastInstrumentEntry() + " " +
            (decoder.lastSymbolOffset() - offset) + "/" + decoder.lastSymbolLength() + " " +
            (result > 0 ? Arrays.toString(bytes(out, result)) : "");
    }

    private static UnsafeBuffer heap(final byte[] frame, final int offset)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[offset + frame.length + 3]);
        buffer.putBytes(offset, frame);
        return buffer;
    }

    private static byte[] bytes(final UnsafeBuffer out, final int length)
    {
        final byte[] bytes = new byte[length];
        out.getBytes(OUT_OFFSET, bytes);
        return bytes;
    }

    /**
     * Whitespace after every opening bracket, colon and comma, and before every closing bracket, outside strings.
     */
    private static byte[] withWhitespace(final byte[] frame, final SplittableRandom random)
    {
        final StringBuilder text = new StringBuilder(frame.length * 2);
        boolean inString = false;
        for (int i = 0; i < frame.length; i++)
        {
            final char c = (char)frame[i];
            if (inString)
            {
                text.append(c);
                if (c == '\\')
                {
                    text.append((char)frame[++i]);
                }
                else if (c == '"')
                {
                    inString = false;
                }
                continue;
            }
            if (c == '}' || c == ']')
            {
                text.append((char)WHITESPACE[random.nextInt(WHITESPACE.length)]);
            }
            text.append(c);
            if (c == '"')
            {
                inString = true;
            }
            else if (c == '{' || c == '[' || c == ':' || c == ',')
            {
                text.append((char)WHITESPACE[random.nextInt(WHITESPACE.length)]);
            }
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * One random change: a byte replaced, removed or inserted, a run repeated or cut, or the frame truncated.
     */
    private static byte[] mutate(final byte[] frame, final SplittableRandom random)
    {
        final byte[] interesting = " \t\"{}[],:\\0123456789-.etfnrualsxbBpPqQTmM".getBytes(StandardCharsets.US_ASCII);
        final int at = random.nextInt(frame.length);
        final byte b =
            random.nextInt(8) == 0 ? (byte)random.nextInt(256) : interesting[random.nextInt(interesting.length)];
        final int run = Math.min(frame.length - at, 1 + random.nextInt(16));
        switch (random.nextInt(6))
        {
            case 0:
            {
                final byte[] copy = frame.clone();
                copy[at] = b;
                return copy;
            }
            case 1:
            {
                final byte[] copy = new byte[frame.length - 1];
                System.arraycopy(frame, 0, copy, 0, at);
                System.arraycopy(frame, at + 1, copy, at, frame.length - at - 1);
                return copy;
            }
            case 2:
            {
                final byte[] copy = new byte[frame.length + 1];
                System.arraycopy(frame, 0, copy, 0, at);
                copy[at] = b;
                System.arraycopy(frame, at, copy, at + 1, frame.length - at);
                return copy;
            }
            case 3:
            {
                final byte[] copy = new byte[frame.length + run];
                System.arraycopy(frame, 0, copy, 0, at + run);
                System.arraycopy(frame, at, copy, at + run, frame.length - at);
                return copy;
            }
            case 4:
            {
                final byte[] copy = new byte[frame.length - run];
                System.arraycopy(frame, 0, copy, 0, at);
                System.arraycopy(frame, at + run, copy, at, frame.length - at - run);
                return copy;
            }
            default:
                return Arrays.copyOf(frame, at);
        }
    }
}
