package com.tradefinder.gateway.binance.rest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.tradefinder.testsupport.SharedData;

import static com.tradefinder.gateway.binance.rest.BinanceRestClientTest.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListenKeysTest
{
    private static final String KEY = "pqia91ma19a5s61cv6a81va65sdf19v8a65a1a5s61cv6a81va65sdf19v8a65a1";

    private LoopbackBinance venue;
    private BinanceRestClient client;
    private ListenKeys listenKeys;

    private void start() throws InterruptedException
    {
        venue = new LoopbackBinance(BinanceRestClientTest.SECRET, () -> 1_700_000_000_000L);
        client = new BinanceRestClient(
            new BinanceRestConfig().baseUrl(venue.baseUrl()).apiKey(BinanceRestClientTest.API_KEY)
                .secretKey(BinanceRestClientTest.SECRET).requestTimeoutMs(2_000),
            () -> 1_700_000_000_000L,
            new RateLimits((buffer, offset, length) -> { }, (untilMs, detail) -> { }));
        listenKeys = new ListenKeys(client);
    }

    @AfterEach
    void stop()
    {
        client.close();
        venue.close();
    }

    @Test
    void shouldOpenWithTheApiKeyOnlyAndKeepTheKeyAlive() throws Exception
    {
        // arrange
        start();
        final String body = Files.readString(
            SharedData.fixture("binance/rest-listenKey-POST-response.doc.json"), StandardCharsets.UTF_8);
        venue.when("POST", ListenKeys.PATH, LoopbackBinance.Reply.ok(body));
        venue.when("PUT", ListenKeys.PATH, LoopbackBinance.Reply.ok(body));

        // act
        final String opened = await(listenKeys.open());
        final String kept = await(listenKeys.keepAlive());

        // assert
        assertThat(opened).isEqualTo(KEY);
        assertThat(kept).isEqualTo(KEY);
        final List<LoopbackBinance.Received> received = venue.received();
        assertThat(received).extracting(LoopbackBinance.Received::method).containsExactly("POST", "PUT");
        assertThat(received).allSatisfy(r ->
        {
            assertThat(r.apiKey()).isEqualTo(BinanceRestClientTest.API_KEY);
            assertThat(r.query() + r.body()).isEmpty();
        });
    }

    @Test
    void shouldOpenANewKeyWhenTheKeepAliveSaysMinus1125() throws Exception
    {
        // arrange
        start();
        venue.when("POST", ListenKeys.PATH,
            LoopbackBinance.Reply.ok("{\"listenKey\":\"first\"}"),
            LoopbackBinance.Reply.ok("{\"listenKey\":\"second\"}"));
        venue.when("PUT", ListenKeys.PATH, LoopbackBinance.Reply.error(400, -1125, "This listenKey does not exist."));
        await(listenKeys.open());

        // act
        final String kept = await(listenKeys.keepAlive());

        // assert
        assertThat(kept).isEqualTo("second");
        assertThat(listenKeys.current()).isEqualTo("second");
        assertThat(venue.received()).extracting(LoopbackBinance.Received::method)
            .containsExactly("POST", "PUT", "POST");
    }

    @Test
    void shouldCloseTheStreamAndReportOtherErrorsInOneLine() throws Exception
    {
        // arrange
        start();
        venue.when("POST", ListenKeys.PATH, LoopbackBinance.Reply.error(401, -2015, "Invalid API-key."));
        venue.when("DELETE", ListenKeys.PATH, LoopbackBinance.Reply.ok("{}"));

        // act
        await(listenKeys.close());

        // assert
        assertThat(venue.received()).extracting(LoopbackBinance.Received::method).containsExactly("DELETE");
        assertThatThrownBy(() -> await(listenKeys.open())).hasCauseInstanceOf(RestRefusedException.class)
            .hasMessageEndingWith("POST /fapi/v1/listenKey: HTTP 401 code -2015 Invalid API-key.");
        assertThat(listenKeys.current()).isNull();
    }
}
