package com.tradefinder.tools.ops;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's webhook rehearsal, as written: {@code config/examples/webhook-bot.toml} in paper mode over the BTCUSDT
 * and ETHUSDT captures with no network, the secret from the variable the file names, the README's curl body from
 * this machine; the answer is 200 "journaled" and the journal holds the alert's order. Ports are ephemeral and the
 * journal goes to a temporary folder instead of the defaults, so that parallel builds do not collide.
 */
@Tag("slow")
class WebhookExampleTest
{
    private static final String SECRET = "readme-rehearsal-secret";

    /** The README's curl body, with the variable expanded. */
    private static final String README_BODY =
        "secret=" + SECRET + " action=buy ticker=BTCUSDT.P price=64000.5 stop=63000 alert_id=demo-1";

    @Test
    void shouldJournalTheReadmesAlertAndPlaceItsOrderInTheExampleBotsPaperRehearsal(@TempDir final Path dir)
        throws Exception
    {
        // arrange: the README's command line
        final Path root = OpsFixtures.projectRoot();
        final Path token = Files.writeString(dir.resolve("control-token"), "rehearsal-token\n");
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-------"));
        final Path journal = dir.resolve("journal");
        final String readme = Files.readString(root.resolve("README.md"));
        assertThat(readme).contains("./tradefinder run config/examples/webhook-bot.toml --control-token-file")
            .contains("--source replay:../shared/data/" + OpsFixtures.BTC_CAPTURE + ",../shared/data/" +
                OpsFixtures.ETH_CAPTURE + "\n")
            .contains("--data \"secret=$TV_ALERTS_WEBHOOK_SECRET action=buy ticker=BTCUSDT.P price=64000.5 " +
                "stop=63000 alert_id=demo-1\"");
        final HttpResponse<String> response;
        final int exitCode;
        try (EngineProcess engine = EngineProcess.start(dir.resolve("run.log"), "512m",
            Map.of("TV_ALERTS_WEBHOOK_SECRET", SECRET), "run",
            root.resolve("config/examples/webhook-bot.toml").toString(), "--control-token-file", token.toString(),
            "--source", "replay:" + OpsFixtures.btcCapture() + "," + OpsFixtures.ethCapture(),
            "--webhook-port", "0", "--control-port", "0", "--journal", journal.toString()))
        {
            // the alert is priced: wait for the first seconds of trades, as a person would before the curl
            engine.awaitInboundEvents(500);

            // act
            response = engine.webhook("tv-alerts", README_BODY);
            exitCode = engine.terminate();
        }
        final OpsFixtures.Run dump = OpsFixtures.cli("journal", "dump", journal.toString(), "--type",
            "WebhookSignal,RiskDecision,NewOrder");

        // assert
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"journaled\"");
        assertThat(exitCode).as(EngineProcess.read(dir.resolve("run.log"))).isZero();
        final List<String> lines = dump.out().lines().toList();
        final int signal = OpsFixtures.indexOf(lines, 0, "\"type\":\"WebhookSignal\"", "\"alertId\":\"demo-1\"");
        final String cause = OpsFixtures.field(lines.get(signal), "seq");
        assertThat(response.body()).contains("\"sequence\":" + cause);
        final int risk = OpsFixtures.indexOf(lines, signal, "\"seq\":" + cause + ",", "\"type\":\"RiskDecision\"");
        assertThat(lines.get(risk)).contains("\"accepted\":\"TRUE\"");
        OpsFixtures.indexOf(lines, risk, "\"seq\":" + cause + ",", "\"type\":\"NewOrder\"", "\"side\":\"BUY\"");
    }
}
