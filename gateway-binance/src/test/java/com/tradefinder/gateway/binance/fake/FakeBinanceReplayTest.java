package com.tradefinder.gateway.binance.fake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.tradefinder.testsupport.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replay of a real capture prefix at 20× pace: each subscriber gets its streams' frames in capture order, wrapped or
 * raw as subscribed, nothing on the wrong route; aggTrade is synthesised; the REST depth snapshot follows the replay.
 */
class FakeBinanceReplayTest
{
    private static final String CAPTURE =
        "binance-futures-um-BTCUSDT-ws-depth0ms-trade-bookTicker-markPrice-2023-04-04T2358_2023-04-05T0006.jsonl.gz";
    private static final double SPEED = 20;

    private FakeBinance fake;

    @AfterEach
    void close()
    {
        if (fake != null)
        {
            fake.close();
        }
    }

    @Test
    void shouldDeliverTheCapturesFramesInOrderAtAcceleratedPace() throws Exception
    {
        // arrange
        final FakeBinanceContext context = new FakeBinanceContext().capture(SharedData.data(CAPTURE))
            .captureLineLimit(600).replaySpeed(SPEED);
        fake = FakeBinance.launch(context);
        final FakeBinanceTestClient client = new FakeBinanceTestClient(fake, context);
        final FakeBinanceTestClient.Frames market = client.connect("/market/stream?streams=btcusdt@trade/btcusdt@aggTrade");
        final FakeBinanceTestClient.Frames book = client.connect("/public/ws/btcusdt@depth@0ms");
        final FakeBinanceTestClient.Frames wrongRoute = client.connect("/public/ws/btcusdt@trade");
        final List<CaptureMessage> messages = fake.replayMessages();
        final long spanNs = messages.get(messages.size() - 1).receiveTimeNs() - messages.get(0).receiveTimeNs();
        final List<String> expectedMarket = new ArrayList<>();
        final List<String> expectedDepth = new ArrayList<>();
        for (final CaptureMessage message : messages)
        {
            if ("btcusdt@trade".equals(message.stream()) || "btcusdt@aggTrade".equals(message.stream()))
            {
                expectedMarket.add("{\"stream\":\"" + message.stream() + "\",\"data\":" + message.payload() + "}");
            }
            else if ("btcusdt@depth@0ms".equals(message.stream()))
            {
                expectedDepth.add(message.payload());
            }
        }

        // act
        final long startNs = System.nanoTime();
        fake.startReplay();
        final boolean finished = fake.awaitReplayFinished(30, TimeUnit.SECONDS);
        final long elapsedNs = System.nanoTime() - startNs;

        // assert
        assertThat(finished).isTrue();
        assertThat(elapsedNs).isGreaterThanOrEqualTo((long)(spanNs / SPEED * 0.9)).isLessThan(spanNs);
        assertThat(expectedMarket).anyMatch(text -> text.contains("\"e\":\"aggTrade\""));
        for (final String expected : expectedMarket)
        {
            assertThat(market.next()).isEqualTo(expected);
        }
        for (final String expected : expectedDepth)
        {
            assertThat(book.next()).isEqualTo(expected);
        }
        assertThat(wrongRoute.texts.poll(100, TimeUnit.MILLISECONDS)).isNull();
        final Map<String, Object> snapshot = JsonValues.object(client.get("/fapi/v1/depth?symbol=BTCUSDT&limit=5")
            .body());
        final Map<String, Object> lastDiff = JsonValues.object(expectedDepth.get(expectedDepth.size() - 1));
        assertThat(snapshot.get("lastUpdateId")).isEqualTo(lastDiff.get("u"));
        assertThat((List<?>)snapshot.get("bids")).hasSize(5);
    }

    @Test
    void shouldAggregateConsecutiveTradesAtOnePriceSideAndTime()
    {
        // arrange
        fake = FakeBinance.launch(new FakeBinanceContext().capture(SharedData.data(CAPTURE)).captureLineLimit(12));

        // act
        final List<CaptureMessage> aggregates = fake.replayMessages().stream()
            .filter(message -> "aggTrade".equals(message.eventType())).toList();

        // assert: lines 2-5 are trades 3535186032..35 at 28145.10, m=true, T=1680652700452 (0.002+0.020+0.020+0.008)
        assertThat(aggregates.get(0).payload()).isEqualTo("{\"e\":\"aggTrade\",\"E\":1680652700455,\"s\":\"BTCUSDT\"," +
            "\"a\":3535186032,\"p\":\"28145.10\",\"q\":\"0.050\",\"nq\":\"0.050\",\"f\":3535186032,\"l\":3535186035," +
            "\"T\":1680652700452,\"m\":true}");
        assertThat(aggregates.get(0).stream()).isEqualTo("btcusdt@aggTrade");
    }

    @Test
    void shouldAnswerLiveSubscriptionRequests() throws Exception
    {
        // arrange
        final FakeBinanceContext context = new FakeBinanceContext();
        fake = FakeBinance.launch(context);
        final FakeBinanceTestClient.Frames market = new FakeBinanceTestClient(fake, context).connect("/market/ws");

        // act
        market.send("{\"method\":\"SUBSCRIBE\",\"params\":[\"btcusdt@aggTrade\",\"btcusdt@markPrice\"],\"id\":1}");
        final String subscribed = market.next();
        market.send("{\"method\":\"UNSUBSCRIBE\",\"params\":[\"btcusdt@markPrice\"],\"id\":2}");
        final String unsubscribed = market.next();
        market.send("{\"method\":\"LIST_SUBSCRIPTIONS\",\"id\":3}");
        final String listed = market.next();
        market.send("{\"method\":\"SUBSCRIBE\",\"params\":[\"btcusdt@trade\"],");
        final String malformed = market.next();

        // assert
        assertThat(subscribed).isEqualTo("{\"result\":null,\"id\":1}");
        assertThat(unsubscribed).isEqualTo("{\"result\":null,\"id\":2}");
        assertThat(listed).isEqualTo("{\"result\":[\"btcusdt@aggTrade\"],\"id\":3}");
        assertThat(malformed).startsWith("{\"error\":{\"code\":3,");
        assertThat(fake.badStreamRequests()).isEqualTo(1);
    }
}
