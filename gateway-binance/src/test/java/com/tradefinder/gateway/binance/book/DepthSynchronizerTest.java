package com.tradefinder.gateway.binance.book;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.DepthUpdateDecoder;
import com.tradefinder.codecs.GatewayState;
import com.tradefinder.codecs.GatewayStatusDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.gateway.binance.InboundSink;
import com.tradefinder.gateway.binance.marketdata.BinanceMarketDataDecoder;
import com.tradefinder.gateway.binance.marketdata.InstrumentLookup;
import com.tradefinder.gateway.binance.ws.GatewayStatusPublisher;
import com.tradefinder.testsupport.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The snapshot-and-diff procedure: stale diffs dropped, the bracketing diff first, {@code pu} continuity, second
 * copies dropped, gaps resynced with a RESYNCING status; on the fixture snapshot with diffs around it and on the
 * first minute of a real capture (whose REST snapshot arrives after the first diffs, as live).
 */
class DepthSynchronizerTest
{
    private static final Pattern IDS = Pattern.compile("\"U\":(\\d+),\"u\":(\\d+),\"pu\":(\\d+)");
    private static final int INSTRUMENT_ID = 11;

    private final InstrumentLookup instruments = new InstrumentLookup(2);
    private final List<UnsafeBuffer> published = new ArrayList<>();
    private final List<CompletableFuture<byte[]>> requests = new ArrayList<>();
    private final InboundSink sink = (buffer, offset, length) ->
    {
        final byte[] copy = new byte[length];
        buffer.getBytes(offset, copy);
        published.add(new UnsafeBuffer(copy));
    };
    private BinanceMarketDataDecoder decoder;
    private UnsafeBuffer out;
    private DepthSynchronizer synchronizer;
    private int entry;

    @BeforeEach
    void setUp()
    {
        entry = instruments.register("BTCUSDT", INSTRUMENT_ID, -8, -8);
        decoder = new BinanceMarketDataDecoder(instruments);
        out = new UnsafeBuffer(new byte[decoder.maxOutputLength()]);
        synchronizer = new DepthSynchronizer("BTCUSDT", entry, instruments, symbol ->
        {
            final CompletableFuture<byte[]> future = new CompletableFuture<>();
            requests.add(future);
            return future;
        }, Runnable::run, sink, new GatewayStatusPublisher(sink, () -> 42L), () -> 1_000L);
    }

    @Test
    void shouldPublishTheFixtureSnapshotThenTheBracketingDiffAndFollowTheChain() throws IOException
    {
        // arrange: the fixture snapshot has lastUpdateId 1027024
        final byte[] snapshot = Files.readAllBytes(SharedData.fixture("binance/rest-depth-snapshot.json"));
        final String template = Files.readString(SharedData.fixture("binance/ws-depthUpdate.doc.json"));

        // act
        diff(template, 1_027_000, 1_027_010, 1_026_990);
        diff(template, 1_027_020, 1_027_030, 1_027_010);
        final DepthSyncState whileWaiting = synchronizer.state();
        requests.get(0).complete(snapshot);
        diff(template, 1_027_031, 1_027_040, 1_027_030);
        diff(template, 1_027_031, 1_027_040, 1_027_030);
        diff(template, 1_027_041, 1_027_050, 1_027_040);

        // assert
        assertThat(requests).hasSize(1);
        assertThat(whileWaiting).isEqualTo(DepthSyncState.AWAITING_SNAPSHOT);
        assertThat(depthSummaries()).containsExactly(
            "snapshot 1027024 levels 2", "diff 1027030 pu 1027010", "diff 1027040 pu 1027030",
            "diff 1027050 pu 1027040");
        assertThat(synchronizer.state()).isEqualTo(DepthSyncState.SYNCED);
        assertThat(synchronizer.forwarded()).isEqualTo(3);
        assertThat(synchronizer.dropped()).isEqualTo(2);
        assertThat(synchronizer.resyncs()).isZero();
    }

    @Test
    void shouldResyncOnAGapWithAResyncingStatusAndAFreshSnapshot() throws IOException
    {
        // arrange
        final byte[] snapshot = Files.readAllBytes(SharedData.fixture("binance/rest-depth-snapshot.json"));
        final String template = Files.readString(SharedData.fixture("binance/ws-depthUpdate.doc.json"));
        diff(template, 1_027_020, 1_027_030, 1_027_010);
        requests.get(0).complete(snapshot);

        // act: pu 1027035 does not follow u 1027030
        diff(template, 1_027_036, 1_027_040, 1_027_035);
        diff(template, 1_027_041, 1_027_050, 1_027_040);

        // assert
        assertThat(synchronizer.state()).isEqualTo(DepthSyncState.AWAITING_SNAPSHOT);
        assertThat(synchronizer.resyncs()).isEqualTo(1);
        assertThat(requests).hasSize(2);
        assertThat(statuses()).containsExactly("RESYNCING " + INSTRUMENT_ID +
            " BTCUSDT depth gap: pu 1027035 != previous u 1027030; fetching a new snapshot");
        assertThat(depthSummaries()).containsExactly("snapshot 1027024 levels 2", "diff 1027030 pu 1027010");
    }

    @Test
    void shouldSynchroniseTheFirstMinuteOfARealCaptureWithoutAResync() throws IOException
    {
        // arrange: the capture's REST snapshot line comes after its first diffs, as it would live
        final List<String> lines = firstMinute(
            "binance-futures-um-BTCUSDT-ws-depth0ms-trade-bookTicker-2024-07-18T2357_2024-07-19T0005.jsonl.gz");
        long lastUpdateId = -1;
        int before = 0;
        int after = 0;

        // act
        for (final String line : lines)
        {
            if (line.startsWith("{\"lastUpdateId\""))
            {
                lastUpdateId = Long.parseLong(line.substring(16, line.indexOf(',')));
                requests.get(requests.size() - 1).complete(line.getBytes(StandardCharsets.US_ASCII));
            }
            else if (line.contains("@depth"))
            {
                final Matcher ids = IDS.matcher(line);
                assertThat(ids.find()).isTrue();
                if (Long.parseLong(ids.group(2)) < lastUpdateId || lastUpdateId < 0)
                {
                    before++;
                }
                else
                {
                    after++;
                }
                onDiff(line);
            }
        }

        // assert: every diff from the one bracketing lastUpdateId on, chained by pu
        final List<String> summaries = depthSummaries();
        assertThat(summaries.get(0)).isEqualTo("snapshot " + lastUpdateId + " levels 2000");
        assertThat(synchronizer.resyncs()).isZero();
        assertThat(synchronizer.state()).isEqualTo(DepthSyncState.SYNCED);
        assertThat(requests).hasSize(1);
        assertThat(synchronizer.forwarded()).isGreaterThan(500);
        assertThat(synchronizer.forwarded() + synchronizer.dropped()).isEqualTo(before + after);
        long previous = -1;
        for (final String summary : summaries.subList(1, summaries.size()))
        {
            final String[] parts = summary.split(" ");
            if (previous >= 0)
            {
                assertThat(Long.parseLong(parts[3])).isEqualTo(previous);
            }
            previous = Long.parseLong(parts[1]);
        }
        assertThat(summaries).hasSize(1 + (int)synchronizer.forwarded());
    }

    private void diff(final String template, final long first, final long last, final long previous)
    {
        onDiff(template.replace("\"U\": 157", "\"U\": " + first).replace("\"u\": 160", "\"u\": " + last)
            .replace("\"pu\": 149", "\"pu\": " + previous).replace("0.0024", "0.00240000"));
    }

    private void onDiff(final String json)
    {
        final UnsafeBuffer frame = new UnsafeBuffer(json.getBytes(StandardCharsets.US_ASCII));
        final int length = decoder.decode(frame, 0, frame.capacity(), 7L, out, 0);
        assertThat(length).as("%s %s", decoder.lastError(), decoder.lastErrorField()).isPositive();
        synchronizer.onDiff(out, 0, length);
    }

    /**
     * @return per published frame (chunks of one frame merged): "snapshot L levels n" or "diff u pu p".
     */
    private List<String> depthSummaries()
    {
        final List<String> summaries = new ArrayList<>();
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        final DepthUpdateDecoder depth = new DepthUpdateDecoder();
        int levels = 0;
        for (final DirectBuffer message : published)
        {
            if (header.wrap(message, 0).templateId() != DepthUpdateDecoder.TEMPLATE_ID)
            {
                continue;
            }
            depth.wrapAndApplyHeader(message, 0, header);
            assertThat(depth.instrumentId()).isEqualTo(INSTRUMENT_ID);
            final boolean snapshot = depth.snapshot() == BooleanType.TRUE;
            final long finalUpdateId = depth.finalUpdateId();
            final long previousFinal = depth.previousFinalUpdateId();
            levels += depth.levels().count();
            if (depth.lastChunk() == BooleanType.TRUE)
            {
                summaries.add(snapshot ? "snapshot " + finalUpdateId + " levels " + levels :
                    "diff " + finalUpdateId + " pu " + previousFinal);
                levels = 0;
            }
        }
        return summaries;
    }

    private List<String> statuses()
    {
        final List<String> statuses = new ArrayList<>();
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        final GatewayStatusDecoder status = new GatewayStatusDecoder();
        for (final DirectBuffer message : published)
        {
            if (header.wrap(message, 0).templateId() == GatewayStatusDecoder.TEMPLATE_ID)
            {
                status.wrapAndApplyHeader(message, 0, header);
                assertThat(status.state()).isEqualTo(GatewayState.RESYNCING);
                statuses.add(status.state() + " " + status.detailCode() + " " + status.detail());
            }
        }
        return statuses;
    }

    private static List<String> firstMinute(final String capture) throws IOException
    {
        final List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(SharedData.data(capture))), StandardCharsets.US_ASCII)))
        {
            long start = -1;
            String line;
            while ((line = reader.readLine()) != null)
            {
                final int space = line.indexOf(' ');
                final long receiveNs = Long.parseLong(line.substring(0, space));
                if (start < 0)
                {
                    start = receiveNs;
                }
                if (receiveNs - start > 60_000_000_000L)
                {
                    break;
                }
                lines.add(line.substring(space + 1));
            }
        }
        return lines;
    }
}
