package com.tradefinder.tools.ops;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Five webhook bots from five files in one engine process with a 256 MB heap, over the BTCUSDT and ETHUSDT captures:
 * each has its own whitelist, risk profile and secret; an alert reaches only its own bot, another bot's secret is
 * refused, {@code ctl kill} stops new entries of all five (each further alert is journaled and refused by risk with
 * KILL_SWITCH), and SIGTERM ends the process with exit 0 and no OutOfMemoryError.
 */
@Tag("slow")
class FiveBotsTest
{
    private static final String[] SYMBOLS = { "BTCUSDT", "ETHUSDT", "BTCUSDT", "ETHUSDT", "BTCUSDT" };
    /** A price inside the captures' first minutes and a stop under it, per symbol. */
    private static final Map<String, String> PRICES = Map.of(
        "BTCUSDT", "price=63950 stop=63300",
        "ETHUSDT", "price=3425 stop=3390");

    private static String bot(final int n, final Path dir)
    {
        return """
            [bot]
            name = "bot-N"
            mode = "paper"
            venue = "binance_usdm"
            output = "OUT"

            [instruments]
            whitelist = ["SYMBOL"]

            [[strategies]]
            id = "tv"
            type = "tradingview"
            timeframe = "15m"
            allocation_cap_pct = CAP

            [risk]
            risk_per_trade_pct = RISK
            max_total_exposure_pct = EXPOSURE
            initial_equity = EQUITY

            [execution]
            entry = "market"

            [webhook]
            secret_env = "BOT_N_SECRET"
            """.replace("bot-N", "bot-" + n).replace("BOT_N", "BOT_" + n).replace("SYMBOL", SYMBOLS[n - 1])
            .replace("OUT", dir.resolve("out-" + n).toString().replace('\\', '/'))
            .replace("CAP", Integer.toString(10 + 10 * n))
            .replace("RISK", "0." + (n + 2))
            .replace("EXPOSURE", Integer.toString(50 * n))
            .replace("EQUITY", Integer.toString(1000 * n));
    }

    private static String alert(final int n, final String alertId)
    {
        return "secret=secret-of-bot-" + n + " action=buy ticker=" + SYMBOLS[n - 1] + ".P " +
            PRICES.get(SYMBOLS[n - 1]) + " alert_id=" + alertId;
    }

    @Test
    void shouldKeepFiveBotsApartInA256MegabyteEngineAndKillThemAllFromCtl(@TempDir final Path dir) throws Exception
    {
        // arrange
        final List<String> args = new ArrayList<>(List.of("run"));
        final Map<String, String> environment = new HashMap<>();
        for (int n = 1; n <= 5; n++)
        {
            args.add(Files.writeString(dir.resolve("bot-" + n + ".toml"), bot(n, dir)).toString());
            environment.put("BOT_" + n + "_SECRET", "secret-of-bot-" + n);
        }
        final Path token = Files.writeString(dir.resolve("control-token"), "five-bots-token\n");
        Files.setPosixFilePermissions(token, PosixFilePermissions.fromString("rw-------"));
        final Path journal = dir.resolve("journal");
        args.addAll(List.of("--control-token-file", token.toString(), "--source", "replay:" +
            OpsFixtures.btcCapture() + "," + OpsFixtures.ethCapture() + ",pace=2x", "--webhook-port", "0",
            "--control-port", "0", "--journal", journal.toString()));
        final Path log = dir.resolve("run.log");
        final HttpResponse<String> toBot3;
        final HttpResponse<String> wrongSecret;
        final List<HttpResponse<String>> afterKill = new ArrayList<>();
        final OpsFixtures.Run kill;
        final int exitCode;
        try (EngineProcess engine = EngineProcess.start(log, "256m", environment, args.toArray(String[]::new)))
        {
            engine.awaitInboundEvents(1_000);

            // act
            toBot3 = engine.webhook("bot-3", alert(3, "to-bot-3"));
            wrongSecret = engine.webhook("bot-3", alert(2, "bot-2-secret-on-bot-3").replace("ETHUSDT", "BTCUSDT"));
            kill = OpsFixtures.cli("ctl", "kill", "--url", "http://127.0.0.1:" + engine.controlPort, "--token-file",
                token.toString());
            for (int n = 1; n <= 5; n++)
            {
                afterKill.add(engine.webhook("bot-" + n, alert(n, "after-kill-" + n)));
            }
            exitCode = engine.terminate();
        }
        final OpsFixtures.Run dump = OpsFixtures.cli("journal", "dump", journal.toString(), "--type",
            "WebhookSignal,AdminCommand,RiskDecision,NewOrder");

        // assert
        final String output = EngineProcess.read(log);
        assertThat(output).contains("running [bot-1, bot-2, bot-3, bot-4, bot-5]").doesNotContain("OutOfMemoryError");
        assertThat(exitCode).as(output).isZero();
        assertThat(toBot3.statusCode()).as(toBot3.body()).isEqualTo(200);
        assertThat(wrongSecret.statusCode()).as(wrongSecret.body()).isEqualTo(401);
        assertThat(kill.exitCode()).as(kill.out() + kill.err()).isZero();
        assertThat(afterKill).allSatisfy(response -> assertThat(response.statusCode()).as(response.body())
            .isEqualTo(200));
        final List<String> lines = dump.out().lines().toList();
        final List<String> orders = lines.stream().filter(line -> line.contains("\"type\":\"NewOrder\"")).toList();
        assertThat(orders).as(dump.out()).isNotEmpty().allMatch(line -> line.contains("\"botId\":2,"));
        final int signal = OpsFixtures.indexOf(lines, 0, "\"alertId\":\"to-bot-3\"");
        OpsFixtures.indexOf(lines, signal, "\"seq\":" + OpsFixtures.field(lines.get(signal), "seq") + ",",
            "\"type\":\"RiskDecision\"", "\"botId\":2,", "\"accepted\":\"TRUE\"");
        assertThat(lines).noneMatch(line -> line.contains("bot-2-secret-on-bot-3"));
        final int killed = OpsFixtures.indexOf(lines, signal, "\"type\":\"AdminCommand\"", "\"action\":\"KILL_SWITCH\"");
        for (int n = 1; n <= 5; n++)
        {
            final int after = OpsFixtures.indexOf(lines, killed, "\"alertId\":\"after-kill-" + n + "\"");
            assertThat(lines.get(after)).contains("\"botId\":" + (n - 1) + ",");
            OpsFixtures.indexOf(lines, after, "\"seq\":" + OpsFixtures.field(lines.get(after), "seq") + ",",
                "\"type\":\"RiskDecision\"", "\"botId\":" + (n - 1) + ",", "\"accepted\":\"FALSE\"",
                "\"reason\":\"KILL_SWITCH\"");
        }
    }
}
