package com.tradefinder.gateway.binance.marketdata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.sun.management.ThreadMXBean;
import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.DepthUpdateDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.Side;
import com.tradefinder.codecs.TradeDecoder;
import com.tradefinder.testsupport.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every frame of every Binance WebSocket capture in {@code shared/data} decodes: no malformed, unsupported or unknown
 * frame; the counts per event type, messages and book levels are the captures' own; every trade equals its row in
 * the trades CSV extracted from the same capture; chunks are well formed; nothing is allocated while decoding.
 */
@Tag("slow")
class BinanceCaptureFramesTest
{
    private static final int PRICE_EXPONENT = -8;
    private static final int SIZE_EXPONENT = -3;
    private static final int MAX_MESSAGE_LENGTH = 4096;
    private static final int MEASURED_PASSES = 3;

    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final TradeDecoder trade = new TradeDecoder();
    private final DepthUpdateDecoder depth = new DepthUpdateDecoder();

    /**
     * @return per capture: its name, its trades CSV, its symbol, frames per {@link BinanceEvent} in declaration order
     * (trade, aggTrade, bookTicker, depthUpdate, markPriceUpdate, kline, snapshot), DepthUpdate messages (diff chunks
     * plus ten snapshot chunks) and book levels over all diffs, all counted independently from the raw text.
     */
    static Stream<Arguments> captures()
    {
        return Stream.of(
            Arguments.of("binance-futures-um-BTCUSDT-ws-depth0ms-trade-bookTicker-markPrice-2023-04-04T2358_2023-04-05T0006",
                "binance-futures-um-BTCUSDT-trades-from-ws-2023-04-04T2358_2023-04-05T0006.csv", "BTCUSDT",
                new long[]{ 12_935, 0, 44_205, 16_110, 514, 0, 1 }, 16_163 + 10, 322_682),
            Arguments.of("binance-futures-um-BTCUSDT-ws-depth0ms-trade-bookTicker-2024-07-18T2357_2024-07-19T0005",
                "binance-futures-um-BTCUSDT-trades-from-ws-2024-07-18T2357_2024-07-19T0005.csv", "BTCUSDT",
                new long[]{ 10_701, 0, 52_260, 9_022, 0, 0, 1 }, 9_471 + 10, 400_859),
            Arguments.of("binance-futures-um-ETHUSDT-ws-depth0ms-trade-bookTicker-2024-07-18T2357_2024-07-19T0005",
                "binance-futures-um-ETHUSDT-trades-from-ws-2024-07-18T2357_2024-07-19T0005.csv", "ETHUSDT",
                new long[]{ 13_655, 0, 47_328, 8_929, 0, 0, 1 }, 9_265 + 10, 355_138),
            Arguments.of("binance-futures-um-BTCUSDT-ws-depth0ms-trade-bookTicker-2024-08-08T2354_2024-08-09T0000",
                "binance-futures-um-BTCUSDT-trades-from-ws-2024-08-08T2354_2024-08-09T0000.csv", "BTCUSDT",
                new long[]{ 21_313, 0, 66_089, 6_551, 0, 0, 1 }, 7_257 + 10, 443_521));
    }

    @ParameterizedTest
    @MethodSource("captures")
    void shouldDecodeEveryFrameOfTheCapture(
        final String captureName,
        final String tradesName,
        final String symbol,
        final long[] framesByEvent,
        final long depthMessages,
        final long diffLevels) throws IOException
    {
        final Path capture = SharedData.data(captureName + ".jsonl.gz");
        final List<String> tradeRows = Files.readAllLines(SharedData.data(tradesName));
        final List<UnsafeBuffer> frames = new ArrayList<>();
        final List<Long> receiveTimes = new ArrayList<>();
        read(capture, frames, receiveTimes);
        final InstrumentLookup instruments = new InstrumentLookup(1);
        final int entry = instruments.register(symbol, 3, PRICE_EXPONENT, SIZE_EXPONENT);
        final BinanceMarketDataDecoder decoder = new BinanceMarketDataDecoder(instruments);
        final UnsafeBuffer out = new UnsafeBuffer(new byte[decoder.maxOutputLength()]);
        final Map<BinanceEvent, Long> framesByType = new EnumMap<>(BinanceEvent.class);
        long messages = 0;
        long levels = 0;
        long snapshotLevels = 0;
        int tradeRow = 1;

        for (int line = 0; line < frames.size(); line++)
        {
            final UnsafeBuffer frame = frames.get(line);
            final long receiveTimeNs = receiveTimes.get(line);

            final int length = decoder.decode(frame, 0, frame.capacity(), receiveTimeNs, entry, out, 0);

            assertThat(length).as("line %d: %s %s", line + 1, decoder.lastError(), decoder.lastErrorField()).isPositive();
            framesByType.merge(decoder.lastEvent(), 1L, Long::sum);
            int offset = 0;
            for (int i = 0, count = decoder.messageCount(); i < count; i++)
            {
                final int messageLength = decoder.messageLength(i);
                assertThat(messageLength).isLessThanOrEqualTo(MAX_MESSAGE_LENGTH);
                header.wrap(out, offset);
                // Trade, BestBidOffer, DepthUpdate and MarkPrice all start instrumentId, exchangeTimeNs, receiveTimeNs
                assertThat(out.getLong(offset + MessageHeaderDecoder.ENCODED_LENGTH + 4 + 8)).isEqualTo(receiveTimeNs);
                if (header.templateId() == DepthUpdateDecoder.TEMPLATE_ID)
                {
                    depth.wrapAndApplyHeader(out, offset, header);
                    assertThat(depth.lastChunk()).isEqualTo(i == count - 1 ? BooleanType.TRUE : BooleanType.FALSE);
                    final int chunkLevels = depth.levels().count();
                    if (depth.snapshot() == BooleanType.TRUE)
                    {
                        snapshotLevels += chunkLevels;
                    }
                    else
                    {
                        levels += chunkLevels;
                    }
                }
                else if (header.templateId() == TradeDecoder.TEMPLATE_ID)
                {
                    assertTradeRow(tradeRows.get(tradeRow++), trade.wrapAndApplyHeader(out, offset, header));
                }
                offset += messageLength;
                messages++;
            }
            assertThat(offset).isEqualTo(length);
        }
        final long allocated = allocatedWhileDecodingAgain(decoder, frames, entry, out);

        final BinanceEvent[] events = BinanceEvent.values();
        for (int i = 0; i < events.length; i++)
        {
            assertThat(framesByType.getOrDefault(events[i], 0L)).as(events[i].name()).isEqualTo(framesByEvent[i]);
        }
        final long singleMessageFrames = framesByEvent[0] + framesByEvent[1] + framesByEvent[2] + framesByEvent[4] +
            framesByEvent[5];
        assertThat(messages).isEqualTo(singleMessageFrames + depthMessages);
        assertThat(levels).isEqualTo(diffLevels);
        assertThat(snapshotLevels).isEqualTo(2_000);
        assertThat(tradeRow).isEqualTo(tradeRows.size());
        assertThat(decoder.decoded() % frames.size()).isZero();
        assertThat(decoder.malformed() + decoder.unsupported() + decoder.unknownInstrument() + decoder.outputTooSmall())
            .isZero();
        assertThat(allocated).isZero();
    }

    private static void read(final Path capture, final List<UnsafeBuffer> frames, final List<Long> receiveTimes)
        throws IOException
    {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(capture), 1 << 16), StandardCharsets.US_ASCII)))
        {
            String line;
            while ((line = reader.readLine()) != null)
            {
                final int space = line.indexOf(' ');
                final String stamp = line.substring(0, space);
                receiveTimes.add(Long.parseLong(stamp) * (stamp.length() == 16 ? 1_000L : 1L));
                frames.add(new UnsafeBuffer(line.substring(space + 1).getBytes(StandardCharsets.US_ASCII)));
            }
        }
    }

    /**
     * Decodes every frame again, all branches warm, counting the bytes the thread allocates meanwhile; up to
     * {@value #MEASURED_PASSES} passes, stopping at the first without allocation. A decoder that allocates does so
     * in every pass; a collection run by another thread during a pass can make the JVM's count drift by a few bytes
     * once, which a second pass does not repeat.
     *
     * @return the fewest bytes allocated in one pass.
     */
    private static long allocatedWhileDecodingAgain(
        final BinanceMarketDataDecoder decoder, final List<UnsafeBuffer> frames, final int entry, final UnsafeBuffer out)
    {
        final UnsafeBuffer[] array = frames.toArray(new UnsafeBuffer[0]);
        final ThreadMXBean threads = (ThreadMXBean)ManagementFactory.getThreadMXBean();
        long fewest = Long.MAX_VALUE;
        for (int pass = 0; pass < MEASURED_PASSES && fewest > 0; pass++)
        {
            final long before = threads.getCurrentThreadAllocatedBytes();
            for (final UnsafeBuffer frame : array)
            {
                decoder.decode(frame, 0, frame.capacity(), 0, entry, out, 0);
            }
            fewest = Math.min(fewest, threads.getCurrentThreadAllocatedBytes() - before);
        }
        return fewest;
    }

    private static void assertTradeRow(final String row, final TradeDecoder trade)
    {
        final String[] columns = row.split(",");
        assertThat(trade.tradeId()).isEqualTo(Long.parseLong(columns[0]));
        assertThat(trade.priceMantissa()).isEqualTo(FixtureText.mantissa(columns[1], PRICE_EXPONENT));
        assertThat(trade.sizeMantissa()).isEqualTo(FixtureText.mantissa(columns[2], SIZE_EXPONENT));
        assertThat(trade.exchangeTimeNs()).isEqualTo(FixtureText.msToNs(Long.parseLong(columns[3])));
        assertThat(trade.aggressorSide()).isEqualTo(Boolean.parseBoolean(columns[5]) ? Side.SELL : Side.BUY);
    }
}
