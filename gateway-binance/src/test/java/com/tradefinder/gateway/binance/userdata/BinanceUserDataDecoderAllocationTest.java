package com.tradefinder.gateway.binance.userdata;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.sun.management.ThreadMXBean;

import static com.tradefinder.gateway.binance.userdata.BinanceUserDataDecoderFixtureTest.ours;
import static com.tradefinder.gateway.binance.userdata.UserDataFixtureText.fixture;
import static com.tradefinder.gateway.binance.userdata.UserDataFixtureText.jsonOfDoc;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decoder allocates nothing per frame once warm: every event type, ours and foreign, the algo link, and
 * rejections.
 */
class BinanceUserDataDecoderAllocationTest
{
    private static final int WARM_UP_ROUNDS = 2_000;
    private static final int MEASURED_ROUNDS = 2_000;
    /** Measured passes at most, stopping at the first without allocation (see the market-data allocation test). */
    private static final int MEASURED_PASSES = 12;

    @Test
    @Tag("slow")
    void shouldNotAllocateWhileDecodingAnyFrameAfterWarmUp() throws IOException
    {
        // arrange
        final ThreadMXBean threads = (ThreadMXBean)ManagementFactory.getThreadMXBean();
        assertThat(threads.isThreadAllocatedMemorySupported()).isTrue();
        threads.setThreadAllocatedMemoryEnabled(true);
        final CountingSink sink = new CountingSink();
        final CountingListener listener = new CountingListener();
        final BinanceUserDataDecoder decoder =
            new BinanceUserDataDecoder(TestInstruments.lookup(), sink, listener, 9);
        final String triggered = ours(fixture("ws-ALGO_UPDATE-stop-market-triggered.nautilus.json"), "caid");
        final List<String> texts = List.of(
            BinanceUserDataDecoderTest.FILL,
            BinanceUserDataDecoderTest.FILL.replace("\"x\":\"TRADE\"", "\"x\":\"NEW\""),
            ours(fixture("ws-ORDER_TRADE_UPDATE-limit-filled-reduceonly-both.json"), "c"),
            fixture("ws-ORDER_TRADE_UPDATE-liquidation-calculated.json"),
            fixture("ws-TRADE_LITE.json"),
            ours(fixture("ws-ALGO_UPDATE.doc.json"), "caid").replace("\"X\": \"CANCELED\"", "\"X\": \"NEW\""),
            triggered,
            ours(fixture("ws-ALGO_UPDATE-stop-market-finished.nautilus.json"), "caid"),
            ours(fixture("ws-ALGO_UPDATE.doc.json"), "caid").replace("\"X\": \"CANCELED\"", "\"X\": \"REJECTED\""),
            fixture("ws-ACCOUNT_UPDATE-hedge.json"),
            jsonOfDoc(fixture("ws-ACCOUNT_UPDATE.doc.jsonc")),
            fixture("ws-MARGIN_CALL.doc.json"),
            fixture("ws-listenKeyExpired.doc.json"),
            jsonOfDoc(fixture("ws-CONDITIONAL_ORDER_TRIGGER_REJECT.doc.jsonc")),
            BinanceUserDataDecoderTest.FILL.substring(0, 90),
            BinanceUserDataDecoderTest.FILL.replace("\"l\":\"0.004\"", "\"l\":\"0.0041\""),
            BinanceUserDataDecoderTest.FILL.replace("BTCUSDT", "XRPUSDT"),
            "{\"result\":null,\"id\":1}");
        final UnsafeBuffer[] frames = new UnsafeBuffer[texts.size()];
        for (int i = 0; i < frames.length; i++)
        {
            frames[i] = new UnsafeBuffer(texts.get(i).getBytes(StandardCharsets.UTF_8));
        }

        // act
        final long warmUpChecksum = run(decoder, frames, sink, WARM_UP_ROUNDS);
        long fewest = Long.MAX_VALUE;
        int passes = 0;
        while (passes < MEASURED_PASSES && fewest > 0)
        {
            final long before = threads.getCurrentThreadAllocatedBytes();
            final long checksum = run(decoder, frames, sink, MEASURED_ROUNDS);
            fewest = Math.min(fewest, threads.getCurrentThreadAllocatedBytes() - before);
            passes++;
            assertThat(checksum).isEqualTo(warmUpChecksum);
        }

        // assert
        assertThat(fewest).isZero();
        final long rounds = WARM_UP_ROUNDS + (long)passes * MEASURED_ROUNDS;
        assertThat(decoder.counters().decoded()).isEqualTo(14 * rounds);
        assertThat(decoder.counters().malformed()).isEqualTo(2 * rounds);
        assertThat(decoder.counters().unknownInstrument()).isEqualTo(rounds);
        assertThat(decoder.counters().unsupported()).isEqualTo(rounds);
        assertThat(listener.calls).isEqualTo(3 * rounds);
    }

    private static long run(
        final BinanceUserDataDecoder decoder, final UnsafeBuffer[] frames, final CountingSink sink, final int rounds)
    {
        long checksum = 0;
        sink.bytes = 0;
        for (int round = 0; round < rounds; round++)
        {
            for (final UnsafeBuffer frame : frames)
            {
                checksum += decoder.decode(frame, 0, frame.capacity(), round);
            }
        }
        return checksum + sink.bytes;
    }

    private static final class CountingSink implements com.tradefinder.gateway.binance.InboundSink
    {
        long bytes;

        @Override
        public void publish(final DirectBuffer buffer, final int offset, final int length)
        {
            bytes += length;
        }
    }

    private static final class CountingListener implements UserDataListener
    {
        long calls;

        @Override
        public void onListenKeyExpired(final long eventTimeNs, final DirectBuffer buffer, final int offset, final int length)
        {
            calls++;
        }

        @Override
        public void onForeignOrder(
            final UserDataEvent event,
            final DirectBuffer buffer,
            final int clientIdOffset,
            final int clientIdLength,
            final long venueOrderId,
            final int instrumentId,
            final long exchangeTimeNs)
        {
            calls++;
        }
    }
}
