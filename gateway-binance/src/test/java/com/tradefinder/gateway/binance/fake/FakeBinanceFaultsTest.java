package com.tradefinder.gateway.binance.fake;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.tradefinder.testsupport.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

/** Every fault the fake injects on demand, observed through plain JDK clients. */
class FakeBinanceFaultsTest
{
    private static final String CAPTURE =
        "binance-futures-um-BTCUSDT-ws-depth0ms-trade-bookTicker-markPrice-2023-04-04T2358_2023-04-05T0006.jsonl.gz";

    private FakeBinance fake;
    private FakeBinanceTestClient client;
    private FakeBinanceContext context;

    private void launch(final FakeBinanceContext settings)
    {
        context = settings;
        fake = FakeBinance.launch(settings);
        client = new FakeBinanceTestClient(fake, settings);
    }

    @AfterEach
    void close()
    {
        fake.close();
    }

    @Test
    void shouldAnswer429Then418WithRetryAfter() throws Exception
    {
        // arrange
        launch(new FakeBinanceContext());
        fake.faults().rateLimitNext(1, 7);

        // act
        final var limited = client.get("/fapi/v1/time");
        fake.faults().banNext(1, 120);
        final var banned = client.get("/fapi/v1/time");
        final var fine = client.get("/fapi/v1/time");

        // assert
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).contains("-1003");
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(banned.statusCode()).isEqualTo(418);
        assertThat(banned.body()).contains("IP banned until");
        assertThat(fine.statusCode()).isEqualTo(200);
    }

    @Test
    void shouldRejectTheNextSignedRequestsWithInvalidTimestamp() throws Exception
    {
        // arrange
        launch(new FakeBinanceContext());
        fake.faults().rejectTimestampOfNext(1);

        // act
        final var rejected = client.signed("GET", "/fapi/v1/openOrders", "");
        final var accepted = client.signed("GET", "/fapi/v1/openOrders", "");

        // assert
        assertThat(rejected.body()).contains("-1021");
        assertThat(accepted.body()).isEqualTo("[]");
        assertThat(fake.rejectedTimestamps()).isEqualTo(1);
    }

    @Test
    void shouldShiftTheExchangeClock() throws Exception
    {
        // arrange
        launch(new FakeBinanceContext());
        fake.faults().shiftClock(-10_000);

        // act
        final long serverTime = Long.parseLong((String)JsonValues.object(client.get("/fapi/v1/time").body())
            .get("serverTime"));
        final var signed = client.signed("GET", "/fapi/v1/openOrders", "");

        // assert
        assertThat(System.currentTimeMillis() - serverTime).isBetween(9_000L, 11_000L);
        assertThat(signed.body()).contains("-1021").contains("ahead");
    }

    @Test
    void shouldExpireTheListenKeyAndRefuseItsKeepalive() throws Exception
    {
        // arrange
        launch(new FakeBinanceContext());
        final String key = (String)JsonValues.object(
            client.send("POST", "/fapi/v1/listenKey", "", context.apiKey()).body()).get("listenKey");
        final FakeBinanceTestClient.Frames user = client.connect("/private/ws/" + key);
        assertThat(fake.webSocketConnections()).isEqualTo(1);

        // act
        final boolean expiredNow = fake.faults().expireListenKey();
        final Map<String, Object> expired = JsonValues.object(user.next());
        final var keepalive = client.send("PUT", "/fapi/v1/listenKey", "", context.apiKey());

        // assert
        assertThat(expiredNow).isTrue();
        assertThat(expired).containsEntry("e", "listenKeyExpired").containsEntry("listenKey", key);
        assertThat(keepalive.statusCode()).isEqualTo(400);
        assertThat(keepalive.body()).contains("-1125");
    }

    @Test
    void shouldDropEveryConnection() throws Exception
    {
        // arrange
        launch(new FakeBinanceContext());
        final FakeBinanceTestClient.Frames market = client.connect("/market/ws/btcusdt@trade");
        final FakeBinanceTestClient.Frames book = client.connect("/public/stream?streams=btcusdt@bookTicker");

        // act
        fake.faults().dropAllConnections();

        // assert
        assertThat(market.closed.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(book.closed.await(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void shouldPingAndCloseAConnectionThatNeverPongs() throws Exception
    {
        // arrange
        launch(new FakeBinanceContext().pingIntervalMs(50).pongTimeoutMs(300));
        final FakeBinanceTestClient.Frames answering = client.connect("/market/ws/btcusdt@trade");

        // act: a raw client that completes the handshake, then never answers a ping
        try (Socket socket = new Socket("127.0.0.1", fake.port()))
        {
            socket.setSoTimeout(5_000);
            final OutputStream out = socket.getOutputStream();
            out.write(("GET /market/ws/btcusdt@trade HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n" +
                "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            final InputStream in = socket.getInputStream();
            final long startNs = System.nanoTime();
            while (in.read() >= 0)
            {
                // drain the handshake answer and the pings until the server closes
            }
            final long closedAfterMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNs);

            // assert
            assertThat(closedAfterMs).isBetween(250L, 4_000L);
        }
        assertThat(answering.pings.get()).isGreaterThan(2);
        assertThat(answering.closed.getCount()).isEqualTo(1);
    }

    @Test
    void shouldSendMalformedAndTruncatedFramesAndStallAStream() throws Exception
    {
        // arrange
        launch(new FakeBinanceContext().capture(SharedData.data(CAPTURE)).captureLineLimit(300).replaySpeed(0));
        final FakeBinanceTestClient.Frames market = client.connect("/market/ws/btcusdt@trade");
        final FakeBinanceTestClient.Frames book = client.connect("/public/ws/btcusdt@bookTicker");
        fake.faults().stallStream("btcusdt@bookTicker");
        fake.startReplay();
        assertThat(fake.awaitReplayFinished(10, TimeUnit.SECONDS)).isTrue();
        while (market.texts.poll(200, TimeUnit.MILLISECONDS) != null)
        {
            // skip the replayed trades
        }

        // act
        final int malformedTo = fake.faults().sendMalformedFrame("btcusdt@trade");
        final String malformed = market.next();
        final int truncatedTo = fake.faults().sendTruncatedFrame("btcusdt@trade", "btcusdt@trade");
        final String truncated = market.next();

        // assert
        assertThat(malformedTo).isEqualTo(1);
        assertThat(truncatedTo).isEqualTo(1);
        assertThat(malformed).contains(",,");
        assertThat(truncated).startsWith("{\"e\":\"trade\"").doesNotEndWith("}");
        assertThat(book.texts).isEmpty();
    }

    @Test
    void shouldSkipDepthDiffsToCreateAPuGap() throws Exception
    {
        // arrange
        launch(new FakeBinanceContext().capture(SharedData.data(CAPTURE)).captureLineLimit(300).replaySpeed(0));
        final FakeBinanceTestClient.Frames book = client.connect("/public/ws/btcusdt@depth");
        fake.faults().skipDepthDiffs(1);

        // act
        fake.startReplay();
        final Map<String, Object> first = JsonValues.object(book.next());
        final Map<String, Object> second = JsonValues.object(book.next());

        // assert: the first diff sent already follows a withheld one; later ones chain again
        assertThat(fake.faults().depthDiffsSkipped()).isEqualTo(1);
        final String firstCaptured = fake.replayMessages().stream()
            .filter(message -> "depthUpdate".equals(message.eventType())).findFirst().orElseThrow().payload();
        assertThat(first.get("pu")).isEqualTo(JsonValues.object(firstCaptured).get("u"));
        assertThat(second.get("pu")).isEqualTo(first.get("u"));
    }
}
