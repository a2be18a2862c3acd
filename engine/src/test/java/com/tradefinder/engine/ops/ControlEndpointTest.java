package com.tradefinder.engine.ops;

import com.tradefinder.codecs.AdminAction;
import com.tradefinder.codecs.AdminCommandDecoder;
import com.tradefinder.codecs.ConfigChangeDecoder;
import com.tradefinder.codecs.GatewayState;
import com.tradefinder.codecs.MessageHeaderDecoder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ControlEndpointTest
{
    private static final Pattern SAMPLE = Pattern.compile(
        "[a-zA-Z_:][a-zA-Z0-9_:]*(\\{[a-zA-Z_][a-zA-Z0-9_]*=\"[^\"]*\"(,[a-zA-Z_][a-zA-Z0-9_]*=\"[^\"]*\")*})? " +
        "(-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?|NaN|[+-]Inf)");

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

    @Test
    void shouldRefuseCommandsWithoutTheToken() throws Exception
    {
        // arrange
        final long before = harness.ops.control().unauthorized();
        final int adminBefore = harness.inboundCount(AdminCommandDecoder.TEMPLATE_ID);

        // act
        final HttpResponse<String> none = harness.control("POST", "/bots/tv-alerts/pause", null, null);
        final HttpResponse<String> wrong = harness.control("GET", "/status", null, "guess");

        // assert
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(none.body()).contains("missing or wrong bearer token");
        assertThat(harness.ops.control().unauthorized()).isEqualTo(before + 2);
        assertThat(harness.inboundCount(AdminCommandDecoder.TEMPLATE_ID)).isEqualTo(adminBefore);
    }

    @Test
    void shouldJournalEveryCommandAndShowItInTheStatus() throws Exception
    {
        // arrange
        final String token = OpsHarness.TOKEN;

        // act
        final List<HttpResponse<String>> answers = new ArrayList<>();
        answers.add(harness.control("POST", "/bots/tv-locked/pause", null, token));
        answers.add(harness.control("POST", "/bots/tv-locked/flatten", null, token));
        answers.add(harness.control("POST", "/kill?flatten=true", null, token));
        answers.add(harness.control("POST", "/release", null, token));
        answers.add(harness.control("POST", "/bots/tv-locked/resume", null, token));
        answers.add(harness.control("POST", "/bots/tv-locked/pause", null, token));

        // assert
        assertThat(answers).allSatisfy(answer ->
        {
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).matches("\\{\"status\":\"journaled\",\"sequence\":\\d+}\\n");
        });
        final List<String> journaled = new ArrayList<>();
        try (var cursor = harness.engine.journal().inboundCursor())
        {
            final AdminCommandDecoder admin = new AdminCommandDecoder();
            while (cursor.next())
            {
                if (cursor.templateId() == AdminCommandDecoder.TEMPLATE_ID)
                {
                    admin.wrapAndApplyHeader(cursor.buffer(), 0, new MessageHeaderDecoder());
                    journaled.add(admin.botId() + " " + admin.action() + " " + admin.argument());
                }
            }
        }
        assertThat(journaled).containsSubsequence("1 PAUSE 0", "1 FLATTEN 0", "-1 KILL_SWITCH 1",
            "-1 KILL_SWITCH_RELEASE 0", "1 RESUME 0", "1 PAUSE 0");
        OpsHarness.await(() -> harness.ops.status().statusJson().contains(
            "\"name\":\"tv-locked\",\"paused\":true,\"killSwitch\":false"));
        final HttpResponse<String> status = harness.control("GET", "/status", null, token);
        assertThat(status.statusCode()).isEqualTo(200);
        assertThat(status.body()).contains("\"name\":\"tv-alerts\"").contains("AdminCommand " + AdminAction.PAUSE);
    }

    @Test
    void shouldRefuseABadReloadAndChangeNothing() throws Exception
    {
        // arrange
        final int changesBefore = harness.inboundCount(ConfigChangeDecoder.TEMPLATE_ID);
        final var before = harness.roster.config(0);
        final String badRisk = OpsHarness.OPEN_BOT + "\n[risk]\nrisk_per_trade_pct = 42\n";
        final String otherName = OpsHarness.OPEN_BOT.replace("name = \"tv-alerts\"", "name = \"other\"");

        // act
        final HttpResponse<String> invalid = harness.control("POST", "/bots/tv-alerts/reload?source=bad.toml",
            badRisk, OpsHarness.TOKEN);
        final HttpResponse<String> renamed = harness.control("POST", "/bots/tv-alerts/reload", otherName,
            OpsHarness.TOKEN);

        // assert
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("bad.toml:").contains("risk.risk_per_trade_pct");
        assertThat(renamed.statusCode()).isEqualTo(400);
        assertThat(renamed.body()).contains("names bot \\\"other\\\", not \\\"tv-alerts\\\"");
        assertThat(harness.roster.config(0)).isSameAs(before);
        assertThat(harness.inboundCount(ConfigChangeDecoder.TEMPLATE_ID)).isEqualTo(changesBefore);
    }

    @Test
    void shouldPublishAGoodReloadAsConfigChanges() throws Exception
    {
        // arrange
        final int changesBefore = harness.inboundCount(ConfigChangeDecoder.TEMPLATE_ID);
        final String longer = OpsHarness.LOCKED_BOT + "\n# " + "padding so the text needs two chunks ".repeat(40);

        // act
        final HttpResponse<String> answer = harness.control("POST", "/bots/tv-locked/reload?source=locked.toml",
            longer, OpsHarness.TOKEN);

        // assert
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(harness.inboundCount(ConfigChangeDecoder.TEMPLATE_ID)).isEqualTo(changesBefore + 2);
        assertThat(harness.roster.config(1).text()).isEqualTo(longer);
        assertThat(harness.roster.config(1).sourceName()).isEqualTo("locked.toml");
        OpsHarness.await(() -> harness.ops.status().statusJson().contains("ConfigChange"));
        assertThat(harness.engine.processedSequence()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void shouldFlipReadinessWithTheGatewayStatus() throws Exception
    {
        // arrange
        assertThat(harness.control("GET", "/health/ready", null, null).statusCode()).isEqualTo(200);

        // act
        harness.publishGatewayStatus(GatewayState.DISCONNECTED, "socket closed");
        OpsHarness.await(() -> !harness.ops.status().ready());
        final HttpResponse<String> down = harness.control("GET", "/health/ready", null, null);
        harness.publishGatewayStatus(GatewayState.CONNECTED, "");
        OpsHarness.await(() -> harness.ops.status().ready());
        final HttpResponse<String> up = harness.control("GET", "/health/ready", null, null);

        // assert
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).contains("gateway BINANCE_USDM is disconnected");
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(harness.control("GET", "/health/live", null, null).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldServeMetricsInThePrometheusTextFormat() throws Exception
    {
        // arrange
        harness.webhook("nobody", "x=y");

        // act
        final HttpResponse<String> metrics = harness.control("GET", "/metrics", null, null);

        // assert
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
            assertThat(type).startsWith("text/plain; version=0.0.4"));
        final String[] lines = metrics.body().split("\n");
        for (final String line : lines)
        {
            if (line.startsWith("# HELP ") || line.startsWith("# TYPE "))
            {
                continue;
            }
            assertThat(line).matches(SAMPLE);
        }
        assertThat(metrics.body())
            .contains("tradefinder_webhook_rejects_total{reason=\"unknown_bot\"} ")
            .contains("tradefinder_ring_fill_ratio ")
            .contains("tradefinder_journal_lag_events ")
            .contains("tradefinder_events_per_second ")
            .contains("tradefinder_decode_errors_total 0")
            .contains("tradefinder_order_round_trip_seconds_bucket{le=\"+Inf\"} ")
            .contains("tradefinder_bot_equity{bot=\"tv-alerts\"} ");
    }

    @Test
    void shouldDeliverAlertsToTheConfiguredWebhookRetryingFailures() throws Exception
    {
        // arrange
        harness.alertFailuresToGive.set(1);
        final long deliveredBefore = harness.ops.alerts().delivered();

        // act
        harness.publishGatewayStatus(GatewayState.ORDER_ENTRY_BANNED, "418 I'm a teapot");

        // assert
        OpsHarness.await(() -> harness.ops.alerts().delivered() == deliveredBefore + 1);
        assertThat(harness.alertsReceived).anySatisfy(body -> assertThat(body)
            .startsWith("{\"text\":\"TradeFinder: gateway BINANCE_USDM: order entry banned")
            .contains("418 I'm a teapot"));
        assertThat(harness.ops.alerts().failedAttempts()).isPositive();
        harness.publishGatewayStatus(GatewayState.CONNECTED, "");
    }

    @Test
    void shouldRefuseAGroupReadableTokenFile(@TempDir final Path dir) throws Exception
    {
        // arrange
        final Path token = Files.writeString(dir.resolve("token"), "t\n");
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-r--r--"));
        final OpsContext context = new OpsContext()
            .publisher(harness.engine::publish)
            .journal(harness.engine.journal())
            .bots(harness.roster)
            .webhook(false, "127.0.0.1", 0)
            .control(true, "127.0.0.1", 0, token);

        // act, assert
        assertThatThrownBy(() -> OpsServer.start(context)).isInstanceOf(IllegalStateException.class)
            .hasMessage("control token file " + token + " must be readable by its owner only (chmod 600), found " +
                "rw-r--r--");
    }
}
