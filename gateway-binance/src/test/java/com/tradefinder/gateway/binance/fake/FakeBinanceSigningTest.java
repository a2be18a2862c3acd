package com.tradefinder.gateway.binance.fake;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fake's SIGNED-endpoint gates: the signature of Binance's worked example, a valid request accepted, tampered
 * signature, stale or future timestamp and bad API keys rejected with Binance's codes and counted.
 */
class FakeBinanceSigningTest
{
    private final FakeBinanceContext context = new FakeBinanceContext();
    private FakeBinance fake;
    private FakeBinanceTestClient client;

    @BeforeEach
    void launch()
    {
        fake = FakeBinance.launch(context);
        client = new FakeBinanceTestClient(fake, context);
    }

    @AfterEach
    void close()
    {
        fake.close();
    }

    @Test
    void shouldSignTheWorkedExampleLikeBinance()
    {
        // arrange
        final HmacSignature signature = new HmacSignature(FakeBinanceContext.WORKED_EXAMPLE_SECRET);

        // act
        final String signed = signature.sign(
            "symbol=BTCUSDT&side=BUY&type=LIMIT&quantity=1&price=9000&timeInForce=GTC&recvWindow=5000" +
            "&timestamp=1591702613943");

        // assert
        assertThat(signed).isEqualTo("3c661234138461fcc7a7d8746c6558c9842d4e10870d2ecbedf7777cad694af9");
    }

    @Test
    void shouldStripTheSignatureParameterWherever()
    {
        // act / assert
        assertThat(RestApi.withoutSignature("a=1&timestamp=2&signature=ff")).isEqualTo("a=1&timestamp=2");
        assertThat(RestApi.withoutSignature("signature=ff")).isEmpty();
        assertThat(RestApi.withoutSignature("a=1")).isEqualTo("a=1");
    }

    @Test
    void shouldAcceptACorrectlySignedRequest() throws Exception
    {
        // act
        final HttpResponse<String> response = client.signed("GET", "/fapi/v2/account", "recvWindow=5000");

        // assert
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"totalWalletBalance\":\"10000.00000000\"");
        assertThat(response.headers().firstValue("X-MBX-USED-WEIGHT-1M")).hasValue("5");
        assertThat(fake.rejectedSignatures()).isZero();
    }

    @Test
    void shouldRejectATamperedSignature() throws Exception
    {
        // arrange
        final String query = "symbol=BTCUSDT&timestamp=" + System.currentTimeMillis();
        final String signature = new HmacSignature(context.secretKey()).sign(query);

        // act
        final HttpResponse<String> response = client.send("GET", "/fapi/v1/openOrders",
            query.replace("BTCUSDT", "ETHUSDT") + "&signature=" + signature, context.apiKey());

        // assert
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).isEqualTo("{\"code\":-1022,\"msg\":\"Signature for this request is not valid.\"}");
        assertThat(fake.rejectedSignatures()).isEqualTo(1);
    }

    @Test
    void shouldRejectTimestampsOutsideTheRecvWindow() throws Exception
    {
        // arrange
        final HmacSignature signature = new HmacSignature(context.secretKey());
        final String stale = "timestamp=" + (System.currentTimeMillis() - 6_000);
        final String ahead = "timestamp=" + (System.currentTimeMillis() + 2_000);

        // act
        final HttpResponse<String> staleResponse = client.send("GET", "/fapi/v2/positionRisk",
            stale + "&signature=" + signature.sign(stale), context.apiKey());
        final HttpResponse<String> aheadResponse = client.send("GET", "/fapi/v2/positionRisk",
            ahead + "&signature=" + signature.sign(ahead), context.apiKey());

        // assert
        assertThat(staleResponse.body()).contains("-1021").contains("outside of the recvWindow");
        assertThat(aheadResponse.body()).contains("-1021").contains("1000ms ahead");
        assertThat(fake.rejectedTimestamps()).isEqualTo(2);
    }

    @Test
    void shouldRejectMissingAndUnknownApiKeys() throws Exception
    {
        // act
        final HttpResponse<String> missing = client.send("POST", "/fapi/v1/listenKey", "", null);
        final HttpResponse<String> unknown = client.send("POST", "/fapi/v1/listenKey", "", "someone-else");

        // assert
        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.body()).contains("-2014");
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(unknown.body()).contains("-2015");
    }
}
