package com.tradefinder.gateway.binance.rest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.tradefinder.codecs.GatewayState;
import com.tradefinder.testsupport.SharedData;

import io.netty.handler.codec.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BinanceRestClientTest
{
    static final String API_KEY = "dbefbc809e3e83c283a984c3a1459732ea7db1360ca80c5c2c8867408d28cc83";
    static final byte[] SECRET = BinanceSignerTest.DOC_SECRET.getBytes(StandardCharsets.US_ASCII);
    private static final long T0 = 1_700_000_000_000L;

    private final AtomicLong localMs = new AtomicLong(T0);
    private final AtomicLong serverAheadMs = new AtomicLong();
    private final StatusRecorder statuses = new StatusRecorder();
    private final List<String> alerts = new ArrayList<>();
    private final RateLimits rateLimits = new RateLimits(statuses, (untilMs, detail) -> alerts.add(detail));
    private LoopbackBinance venue;
    private BinanceRestClient client;

    private void start(final long requestTimeoutMs) throws InterruptedException
    {
        venue = new LoopbackBinance(SECRET, () -> localMs.get() + serverAheadMs.get());
        client = new BinanceRestClient(
            new BinanceRestConfig().baseUrl(venue.baseUrl()).apiKey(API_KEY).secretKey(SECRET)
                .requestTimeoutMs(requestTimeoutMs),
            localMs::get,
            rateLimits);
    }

    @AfterEach
    void stop()
    {
        if (client != null)
        {
            client.close();
        }
        if (venue != null)
        {
            venue.close();
        }
    }

    @Test
    void shouldSignAGetInTheQueryWithKeyRecvWindowAndTimestamp() throws Exception
    {
        // arrange
        start(2_000);
        venue.when("GET", "/fapi/v2/positionRisk",
            LoopbackBinance.Reply.ok("[]").header("X-MBX-USED-WEIGHT-1M", "17"));

        // act
        final RestResponse response = await(client.send(RestRequest.of(
            HttpMethod.GET, "/fapi/v2/positionRisk", "symbol=BTCUSDT", RestRequest.Security.SIGNED, 5)));

        // assert
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText()).isEqualTo("[]");
        final LoopbackBinance.Received request = venue.received().get(0);
        assertThat(request.apiKey()).isEqualTo(API_KEY);
        assertThat(request.body()).isEmpty();
        assertThat(request.query()).matches(
            "symbol=BTCUSDT&recvWindow=5000&timestamp=" + T0 + "&signature=[0-9a-f]{64}");
        assertThat(rateLimits.usedWeight(T0)).isEqualTo(17);
    }

    @Test
    void shouldSignAPostInTheFormBody() throws Exception
    {
        // arrange
        start(2_000);
        venue.when("POST", "/fapi/v1/leverage", LoopbackBinance.Reply.ok(
            "{\"leverage\":21,\"maxNotionalValue\":\"1000000\",\"symbol\":\"BTCUSDT\"}"));

        // act
        final RestResponse response = await(client.send(RestRequest.of(
            HttpMethod.POST, "/fapi/v1/leverage", "symbol=BTCUSDT&leverage=21", RestRequest.Security.SIGNED, 1)));

        // assert
        assertThat(response.status()).isEqualTo(200);
        final LoopbackBinance.Received request = venue.received().get(0);
        assertThat(request.query()).isEmpty();
        assertThat(request.contentType()).isEqualTo("application/x-www-form-urlencoded");
        assertThat(request.body())
            .startsWith("symbol=BTCUSDT&leverage=21&recvWindow=5000&timestamp=" + T0 + "&signature=");
    }

    @Test
    void shouldSendTheApiKeyButNoSignatureForUserStreamAndNothingForPublic() throws Exception
    {
        // arrange
        start(2_000);
        venue.when("POST", "/fapi/v1/listenKey", LoopbackBinance.Reply.ok("{\"listenKey\":\"abc\"}"));
        venue.when("GET", "/fapi/v1/ping", LoopbackBinance.Reply.ok("{}"));

        // act
        await(client.send(RestRequest.of(HttpMethod.POST, "/fapi/v1/listenKey", "", RestRequest.Security.API_KEY, 1)));
        await(client.send(RestRequest.of(HttpMethod.GET, "/fapi/v1/ping", "", RestRequest.Security.NONE, 1)));

        // assert
        final List<LoopbackBinance.Received> received = venue.received();
        assertThat(received.get(0).apiKey()).isEqualTo(API_KEY);
        assertThat(received.get(0).body()).isEmpty();
        assertThat(received.get(1).apiKey()).isNull();
        assertThat(received.get(1).query()).isEmpty();
    }

    @Test
    void shouldKeepAtMostTwoConnectionsAliveAcrossManyRequests() throws Exception
    {
        // arrange
        start(2_000);
        venue.when("GET", "/fapi/v1/ping", LoopbackBinance.Reply.ok("{}"));
        final List<CompletableFuture<RestResponse>> futures = new ArrayList<>();

        // act
        for (int i = 0; i < 20; i++)
        {
            futures.add(client.send(RestRequest.of(HttpMethod.GET, "/fapi/v1/ping", "", RestRequest.Security.NONE, 1)));
        }
        for (final CompletableFuture<RestResponse> future : futures)
        {
            await(future);
        }
        await(client.send(RestRequest.of(HttpMethod.GET, "/fapi/v1/ping", "", RestRequest.Security.NONE, 1)));

        // assert
        assertThat(venue.received()).hasSize(21);
        assertThat(venue.connectionsAccepted()).isBetween(1, 2);
        assertThat(venue.received()).allSatisfy(r -> assertThat(r.connection()).isEqualToIgnoringCase("keep-alive"));
    }

    @Test
    void shouldBackOffAfter429AndSucceedOnceTheWaitIsOver() throws Exception
    {
        // arrange
        start(2_000);
        venue.when("GET", "/fapi/v1/ping",
            LoopbackBinance.Reply.error(429, -1003, "Too many requests.").header("Retry-After", "2"),
            LoopbackBinance.Reply.ok("{}"));
        final RestRequest ping = RestRequest.of(HttpMethod.GET, "/fapi/v1/ping", "", RestRequest.Security.NONE, 1);

        // act
        final RestResponse limited = await(client.send(ping));
        final CompletableFuture<RestResponse> refused = client.send(ping);
        localMs.addAndGet(2_000);
        final RestResponse ok = await(client.send(ping));

        // assert
        assertThat(limited.status()).isEqualTo(429);
        assertThatThrownBy(() -> await(refused)).hasCauseInstanceOf(RestRefusedException.class)
            .hasMessageContaining("refused locally, RATE_LIMITED");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(venue.received()).hasSize(2);
        assertThat(statuses.statuses()).extracting(s -> s.split(" ")[1]).containsExactly("RATE_LIMITED", "CONNECTED");
    }

    @Test
    void shouldStopAtA418BanAndAlert() throws Exception
    {
        // arrange
        start(2_000);
        venue.when("GET", "/fapi/v1/ping", LoopbackBinance.Reply.error(418, -1003,
            "Way too many requests; IP banned until 1700000300000.").header("Retry-After", "300"));
        final RestRequest ping = RestRequest.of(HttpMethod.GET, "/fapi/v1/ping", "", RestRequest.Security.NONE, 1);

        // act
        final RestResponse banned = await(client.send(ping));
        final CompletableFuture<RestResponse> refused = client.send(ping);

        // assert
        assertThat(banned.status()).isEqualTo(418);
        assertThatThrownBy(() -> await(refused)).hasCauseInstanceOf(RestRefusedException.class);
        assertThat(rateLimits.state()).isEqualTo(GatewayState.ORDER_ENTRY_BANNED);
        assertThat(rateLimits.blockedUntilMs()).isEqualTo(T0 + 300_000);
        assertThat(alerts).hasSize(1);
        assertThat(venue.received()).hasSize(1);
    }

    @Test
    void shouldResyncTheServerTimeOnMinus1021AndResendOnce() throws Exception
    {
        // arrange
        start(2_000);
        serverAheadMs.set(8_000);
        venue.when("GET", "/fapi/v1/openOrders", LoopbackBinance.Reply.ok("[]"));

        // act
        final RestResponse response = await(client.send(RestRequest.of(
            HttpMethod.GET, "/fapi/v1/openOrders", "symbol=BTCUSDT", RestRequest.Security.SIGNED, 1)));

        // assert
        assertThat(response.status()).isEqualTo(200);
        assertThat(client.serverTimeOffsetMs()).isEqualTo(8_000);
        assertThat(client.timestampMs()).isEqualTo(T0 + 8_000);
        assertThat(client.timeResyncs()).isEqualTo(1);
        assertThat(venue.received()).extracting(LoopbackBinance.Received::path)
            .containsExactly("/fapi/v1/openOrders", BinanceRestClient.TIME_PATH, "/fapi/v1/openOrders");
        assertThat(venue.received().get(2).params()).containsEntry("timestamp", Long.toString(T0 + 8_000));
    }

    @Test
    void shouldFailARequestWithoutAnswerAfterTheTimeoutAndKeepWorking() throws Exception
    {
        // arrange
        start(200);
        venue.when("GET", "/fapi/v1/slow", LoopbackBinance.SILENCE);
        venue.when("GET", "/fapi/v1/ping", LoopbackBinance.Reply.ok("{}"));

        // act
        final CompletableFuture<RestResponse> slow =
            client.send(RestRequest.of(HttpMethod.GET, "/fapi/v1/slow", "", RestRequest.Security.NONE, 1));
        final RestResponse after =
            await(client.send(RestRequest.of(HttpMethod.GET, "/fapi/v1/ping", "", RestRequest.Security.NONE, 1)));

        // assert
        assertThatThrownBy(() -> await(slow)).hasCauseInstanceOf(RestRefusedException.class)
            .hasMessageContaining("no response within 200 ms");
        assertThat(after.status()).isEqualTo(200);
        assertThat(client.failures()).isEqualTo(1);
    }

    @Test
    void shouldFailFastWhenNothingListens() throws Exception
    {
        // arrange
        start(2_000);
        final String url = venue.baseUrl();
        venue.close();
        venue = null;
        client.close();
        client = new BinanceRestClient(
            new BinanceRestConfig().baseUrl(url).apiKey(API_KEY).secretKey(SECRET).requestTimeoutMs(2_000),
            localMs::get, rateLimits);

        // act
        final CompletableFuture<RestResponse> future =
            client.send(RestRequest.of(HttpMethod.GET, "/fapi/v1/ping", "", RestRequest.Security.NONE, 1));

        // assert
        assertThatThrownBy(() -> await(future)).hasCauseInstanceOf(RestRefusedException.class)
            .hasMessageContaining("no connection to " + url);
    }

    @Test
    void shouldLoadExchangeInfoAndConfigureTheRateLimits() throws Exception
    {
        // arrange
        start(2_000);
        venue.when("GET", BinanceRestClient.EXCHANGE_INFO_PATH, LoopbackBinance.Reply.ok(
            Files.readString(SharedData.fixture("binance/rest-exchangeInfo.json"), StandardCharsets.UTF_8)));

        // act
        final ExchangeInfo info = await(client.exchangeInfo());

        // assert
        assertThat(info.symbol("BTCUSDT").tickSize()).isEqualTo(new DecimalValue(1, -1));
        for (int i = 0; i < 300; i++)
        {
            assertThat(rateLimits.tryAcquireOrder(T0)).isTrue();
        }
        assertThat(rateLimits.tryAcquireOrder(T0)).isFalse();
    }

    static <T> T await(final CompletableFuture<T> future) throws InterruptedException, ExecutionException
    {
        try
        {
            return future.get(5, TimeUnit.SECONDS);
        }
        catch (final java.util.concurrent.TimeoutException ex)
        {
            throw new AssertionError("no completion within 5 s", ex);
        }
    }
}
