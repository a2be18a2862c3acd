package com.tradefinder.engine.ops;

import com.tradefinder.codecs.NewOrderDecoder;
import com.tradefinder.codecs.RiskDecisionDecoder;
import com.tradefinder.codecs.WebhookSignalDecoder;
import com.tradefinder.engine.ops.webhook.WebhookCounters;
import com.tradefinder.engine.ops.webhook.WebhookReject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookEndpointTest
{
    private OpsHarness harness;

    @BeforeAll
    void startEngineAndOps(@TempDir final Path dir) throws Exception
    {
        harness = new OpsHarness(dir);
    }

    @AfterAll
    void stop()
    {
        harness.close();
    }

    private static String alert(final String alertId, final String extra)
    {
        return "{\"secret\":\"" + OpsHarness.SECRET + "\",\"action\":\"buy\",\"ticker\":\"BINANCE:BTCUSDT.P\"," +
            "\"alert_id\":\"" + alertId + "\"" + extra + "}";
    }

    private void assertRejected(final String bot, final String body, final int status, final WebhookReject reason,
        final String message) throws Exception
    {
        // arrange
        final WebhookCounters counters = harness.ops.webhook().counters();
        final long before = counters.rejectedCount(reason);
        final long acceptedBefore = counters.acceptedCount();
        final int signalsBefore = harness.inboundCount(WebhookSignalDecoder.TEMPLATE_ID);

        // act
        final HttpResponse<String> response = harness.webhook(bot, body);

        // assert
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.body()).contains("\"status\":\"rejected\"").contains(message)
            .doesNotContain(OpsHarness.SECRET);
        assertThat(counters.rejectedCount(reason)).isEqualTo(before + 1);
        assertThat(counters.acceptedCount()).isEqualTo(acceptedBefore);
        assertThat(harness.inboundCount(WebhookSignalDecoder.TEMPLATE_ID)).isEqualTo(signalsBefore);
    }

    @Test
    void shouldRefuseAWrongOrMissingSecretWith401()
        throws Exception
    {
        assertRejected("tv-alerts", alert("a-secret", "").replace(OpsHarness.SECRET, "guess"), 401,
            WebhookReject.BAD_SECRET, "wrong secret");
        assertRejected("tv-alerts", "action=buy ticker=BTCUSDT", 401, WebhookReject.BAD_SECRET, "no secret");
    }

    @Test
    void shouldRefuseASenderOutsideTheAllowList() throws Exception
    {
        assertRejected("tv-locked", alert("a-ip", ""), 403, WebhookReject.IP_NOT_ALLOWED,
            "sender 127.0.0.1 is not in bot tv-locked's allowed_ips");
    }

    @Test
    void shouldRefuseAnUnknownBot() throws Exception
    {
        assertRejected("nobody", alert("a-bot", ""), 404, WebhookReject.UNKNOWN_BOT, "no bot named \\\"nobody\\\"");
    }

    @Test
    void shouldRefuseAMalformedBody() throws Exception
    {
        assertRejected("tv-alerts", "{\"secret\": \"x\", \"action\": ", 400, WebhookReject.MALFORMED,
            "malformed JSON body at character");
        assertRejected("tv-alerts", alert("a-price", ",\"price\":\"30000.123456789\""), 400,
            WebhookReject.MALFORMED, "price is not a positive decimal exact at BTCUSDT's precision");
        assertRejected("tv-alerts", alert("a-time", ",\"time\":\"yesterday\""), 400, WebhookReject.MALFORMED,
            "is neither ISO-8601 UTC");
    }

    @Test
    void shouldRefuseAnOversizedBody() throws Exception
    {
        assertRejected("tv-alerts", alert("a-big", ",\"comment\":\"" + "x".repeat(1100) + "\""), 413,
            WebhookReject.OVERSIZED, "exceeds max_body_bytes 1024");
    }

    @Test
    void shouldRefuseABodyOverTheServerLimitBeforeReadingIt() throws Exception
    {
        // arrange
        final WebhookCounters counters = harness.ops.webhook().counters();
        final long before = counters.rejectedCount(WebhookReject.OVERSIZED);

        // act
        final HttpResponse<String> response = harness.webhook("tv-alerts", "x".repeat(70_000));

        // assert
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(counters.rejectedCount(WebhookReject.OVERSIZED)).isEqualTo(before + 1);
    }

    @Test
    void shouldRefuseAnUnknownAction() throws Exception
    {
        assertRejected("tv-alerts", alert("a-action", "").replace("\"buy\"", "\"hodl\""), 422,
            WebhookReject.UNKNOWN_ACTION, "unknown action \\\"hodl\\\"");
    }

    @Test
    void shouldRefuseAnUnknownOrNonWhitelistedInstrument() throws Exception
    {
        assertRejected("tv-alerts", alert("a-xrp", "").replace("BINANCE:BTCUSDT.P", "XRPUSDT"), 422,
            WebhookReject.UNKNOWN_INSTRUMENT, "unknown instrument \\\"XRPUSDT\\\"");
        assertRejected("tv-alerts", alert("a-eth", "").replace("BINANCE:BTCUSDT.P", "ETHUSDT"), 422,
            WebhookReject.NOT_WHITELISTED, "instrument ETHUSDT is not on bot tv-alerts's whitelist");
    }

    @Test
    void shouldRefuseAStaleAlert() throws Exception
    {
        assertRejected("tv-alerts", alert("a-stale", ",\"time\":\"2020-09-06T01:44:17Z\""), 422,
            WebhookReject.STALE, "over max_alert_age_seconds 120");
    }

    @Test
    void shouldRefuseADuplicateAlertId() throws Exception
    {
        // arrange
        final String body = alert("dup-1", ",\"action2\":\"x\"").replace("\"buy\"", "\"cancel\"");
        assertThat(harness.webhook("tv-alerts", body).statusCode()).isEqualTo(200);

        // act, assert
        assertRejected("tv-alerts", body, 409, WebhookReject.DUPLICATE, "alert id \\\"dup-1\\\" was accepted");
    }

    @Test
    void shouldJournalAnAcceptedSignalThatTheTradingViewBotTurnsIntoAnOrder() throws Exception
    {
        // arrange
        final String body = "secret=" + OpsHarness.SECRET + " action=buy ticker=BTCUSDT.P price=30000.0 " +
            "stop=29700 take_profit=30600 alert_id=entry-1 time=" + Instant.now();
        final int decisionsBefore = harness.outboundCount(RiskDecisionDecoder.TEMPLATE_ID);
        final int ordersBefore = harness.outboundCount(NewOrderDecoder.TEMPLATE_ID);

        // act
        final HttpResponse<String> response = harness.webhook("tv-alerts", body);

        // assert
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).matches("\\{\"status\":\"journaled\",\"sequence\":\\d+}\\n");
        final long sequence = Long.parseLong(response.body().replaceAll("\\D", ""));
        try (var cursor = harness.engine.journal().inboundCursor())
        {
            final WebhookSignalDecoder signal = new WebhookSignalDecoder();
            boolean found = false;
            while (cursor.next())
            {
                if (cursor.sequence() == sequence)
                {
                    assertThat(cursor.templateId()).isEqualTo(WebhookSignalDecoder.TEMPLATE_ID);
                    signal.wrapAndApplyHeader(cursor.buffer(), 0, new com.tradefinder.codecs.MessageHeaderDecoder());
                    assertThat(signal.botId()).isZero();
                    assertThat(signal.instrumentId()).isEqualTo(1);
                    assertThat(signal.priceMantissa()).isEqualTo(OpsHarness.PRICE);
                    assertThat(signal.stopPriceMantissa()).isEqualTo(29_700_00000000L);
                    assertThat(signal.takeProfitPriceMantissa()).isEqualTo(30_600_00000000L);
                    assertThat(signal.alertId().trim()).isEqualTo("entry-1");
                    assertThat(signal.receiveTimeNs()).isGreaterThan(signal.alertTimeNs()).isPositive();
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
        OpsHarness.await(() -> harness.outboundCount(RiskDecisionDecoder.TEMPLATE_ID) > decisionsBefore &&
            harness.outboundCount(NewOrderDecoder.TEMPLATE_ID) > ordersBefore);
        assertThat(harness.ops.webhook().counters().acceptedCount()).isPositive();
    }
}
