package com.tradefinder.gateway.binance.rest;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.SelfSignedCertificate;

import static com.tradefinder.gateway.binance.rest.BinanceRestClientTest.API_KEY;
import static com.tradefinder.gateway.binance.rest.BinanceRestClientTest.SECRET;
import static com.tradefinder.gateway.binance.rest.BinanceRestClientTest.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An https base URL is spoken to over TLS, with hostname verification, through a loopback server holding a
 * self-signed certificate for localhost. Slow: generating the certificate takes seconds.
 */
@Tag("slow")
class BinanceRestClientTlsTest
{
    @Test
    void shouldSpeakTlsToAnHttpsBaseUrl() throws Exception
    {
        // arrange
        final SelfSignedCertificate certificate = new SelfSignedCertificate("localhost");
        final RateLimits rateLimits = new RateLimits((buffer, offset, length) -> { }, (untilMs, detail) -> { });
        try (LoopbackBinance venue = new LoopbackBinance(SECRET, () -> 1_700_000_000_000L,
                SslContextBuilder.forServer(certificate.certificate(), certificate.privateKey()).build());
            BinanceRestClient client = new BinanceRestClient(
                new BinanceRestConfig().baseUrl(venue.baseUrl()).apiKey(API_KEY).secretKey(SECRET)
                    .sslContext(SslContextBuilder.forClient().trustManager(certificate.cert())
                        .endpointIdentificationAlgorithm("HTTPS").build()),
                () -> 1_700_000_000_000L,
                rateLimits))
        {
            venue.when("GET", "/fapi/v1/openOrders", LoopbackBinance.Reply.ok("[]"));

            // act
            final RestResponse response = await(client.send(RestRequest.of(
                HttpMethod.GET, "/fapi/v1/openOrders", "symbol=BTCUSDT", RestRequest.Security.SIGNED, 1)));

            // assert
            assertThat(venue.baseUrl()).startsWith("https://localhost:");
            assertThat(response.status()).isEqualTo(200);
            assertThat(venue.received()).singleElement()
                .satisfies(r -> assertThat(r.params()).containsEntry("symbol", "BTCUSDT").containsKey("signature"));
        }
        finally
        {
            certificate.delete();
        }
    }
}
