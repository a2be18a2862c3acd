package com.tradefinder.gateway.binance.marketdata;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import com.sun.management.ThreadMXBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decoder allocates nothing per frame once warm, whatever the frame: every event type, chunked books, and each
 * kind of rejection.
 */
class BinanceMarketDataDecoderAllocationTest
{
    private static final int WARM_UP_ROUNDS = 3_000;
    private static final int MEASURED_ROUNDS = 3_000;
    /**
     * Measured passes at most, stopping at the first without allocation: a decoder that allocates does so in every
     * pass, while a collection run by another thread can make the JVM's per-thread count drift once by a few bytes.
     */
    private static final int MEASURED_PASSES = 3;
    private static final String TRADE =
        "{\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\",\"E\":1680652700455,\"T\":1680652700452," +
        "\"s\":\"BTCUSDT\",\"t\":3535186032,\"p\":\"28145.10\",\"q\":\"0.020\",\"X\":\"MARKET\",\"m\":true}}";

    @Test
    void shouldNotAllocateWhileDecodingAnyFrameAfterWarmUp()
    {
        final ThreadMXBean threads = (ThreadMXBean)ManagementFactory.getThreadMXBean();
        assertThat(threads.isThreadAllocatedMemorySupported()).isTrue();
        threads.setThreadAllocatedMemoryEnabled(true);
        final InstrumentLookup instruments = new InstrumentLookup(2);
        final int btc = instruments.register("BTCUSDT", 1, -8, -3);
        final BinanceMarketDataDecoder decoder = new BinanceMarketDataDecoder(instruments);
        final UnsafeBuffer out = new UnsafeBuffer(new byte[decoder.maxOutputLength()]);
        final List<String> texts = List.of(
            TRADE,
            "{\"e\":\"aggTrade\",\"E\":123456789,\"a\":5933014,\"s\":\"BTCUSDT\",\"p\":\"0.001\",\"q\":\"100\"," +
                "\"nq\":\"100\",\"f\":100,\"l\":105,\"T\":123456785,\"m\":false}",
            "{\"stream\":\"btcusdt@bookTicker\",\"data\":{\"e\":\"bookTicker\",\"u\":2710246762461,\"s\":\"BTCUSDT\"," +
                "\"b\":\"28145.10\",\"B\":\"3.868\",\"a\":\"28145.20\",\"A\":\"6.887\",\"T\":1680652700430,\"E\":1680652700435}}",
            "{\"stream\":\"btcusdt@markPrice@1s\",\"data\":{\"e\":\"markPriceUpdate\",\"E\":1680652701000,\"s\":\"BTCUSDT\"," +
                "\"p\":\"28147.27373413\",\"P\":\"28142.15563565\",\"i\":\"28159.75642857\",\"r\":\"-0.00002754\"," +
                "\"T\":1680652800000}}",
            "{\"e\":\"kline\",\"E\":1638747660000,\"s\":\"BTCUSDT\",\"k\":{\"t\":1638747660000,\"T\":1638747719999," +
                "\"s\":\"BTCUSDT\",\"i\":\"1m\",\"f\":100,\"L\":200,\"o\":\"0.0010\",\"c\":\"0.0020\",\"h\":\"0.0025\"," +
                "\"l\":\"0.0015\",\"v\":\"1000\",\"n\":100,\"x\":false,\"q\":\"1.0000\",\"V\":\"500\",\"Q\":\"0.500\"}}",
            BinanceMarketDataDecoderTest.depthUpdate(4_984_028_367_545L, 4_984_028_370_730L, 4_984_028_367_494L, 201, 249),
            BinanceMarketDataDecoderTest.snapshot(1_000, 1_000),
            TRADE.substring(0, TRADE.length() / 2),
            TRADE.replace("28145.10", "28145.000000001"),
            TRADE.replace("btcusdt", "xrpusdt").replace("BTCUSDT", "XRPUSDT"),
            TRADE.replace("\"m\":true", "\"m\":\"yes\""),
            "{\"result\":null,\"id\":1}",
            "{\"e\":\"kline\",\"E\":1,\"s\":\"BTCUSDT\",\"k\":{\"t\":1,\"i\":\"1M\",\"o\":\"1\",\"c\":\"1\",\"h\":\"1\"," +
                "\"l\":\"1\",\"v\":\"1\",\"x\":true}}");
        final UnsafeBuffer[] frames = new UnsafeBuffer[texts.size()];
        for (int i = 0; i < frames.length; i++)
        {
            frames[i] = new UnsafeBuffer(texts.get(i).getBytes(StandardCharsets.US_ASCII));
        }

        final long warmUpChecksum = run(decoder, frames, btc, out, WARM_UP_ROUNDS);
        long fewest = Long.MAX_VALUE;
        int passes = 0;
        while (passes < MEASURED_PASSES && fewest > 0)
        {
            final long before = threads.getCurrentThreadAllocatedBytes();
            final long checksum = run(decoder, frames, btc, out, MEASURED_ROUNDS);
            fewest = Math.min(fewest, threads.getCurrentThreadAllocatedBytes() - before);
            passes++;
            assertThat(checksum).isEqualTo(warmUpChecksum);
        }

        assertThat(fewest).isZero();
        final long rounds = WARM_UP_ROUNDS + (long)passes * MEASURED_ROUNDS;
        assertThat(decoder.decoded()).isEqualTo(7 * rounds);
        assertThat(decoder.malformed()).isEqualTo(3 * rounds);
        assertThat(decoder.unknownInstrument()).isEqualTo(rounds);
        assertThat(decoder.unsupported()).isEqualTo(2 * rounds);
    }

    private static long run(
        final BinanceMarketDataDecoder decoder,
        final UnsafeBuffer[] frames,
        final int snapshotInstrument,
        final UnsafeBuffer out,
        final int rounds)
    {
        long checksum = 0;
        for (int round = 0; round < rounds; round++)
        {
            for (final UnsafeBuffer frame : frames)
            {
                final int result = decoder.decode(frame, 0, frame.capacity(), round, snapshotInstrument, out, 0);
                checksum += result > 0 ? out.getLong(result - 8) + decoder.messageCount() : result;
            }
        }
        return checksum;
    }
}
