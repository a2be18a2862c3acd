package com.tradefinder.tools.ops;

import com.tradefinder.codecs.FillDecoder;
import com.tradefinder.config.BotConfig;
import com.tradefinder.config.BotConfigLoader;
import com.tradefinder.engine.ops.BotRoster;
import com.tradefinder.engine.ops.EngineGauges;
import com.tradefinder.engine.ops.OpsContext;
import com.tradefinder.engine.ops.OpsServer;
import com.tradefinder.tools.importer.HistoryImport;
import com.tradefinder.tools.importer.ImportOptions;
import com.tradefinder.tools.importer.ImportReport;
import com.tradefinder.tools.run.EngineHost;
import com.tradefinder.tools.run.PaperVenue;
import com.tradefinder.tools.run.ReplayPace;
import com.tradefinder.tools.run.ReplaySource;
import com.tradefinder.tools.session.EngineSetup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole chain of a TradingView alert in one paper engine: the engine replays a real BTCUSDT capture at ten times
 * its pace with the webhook receiver beside it; a JSON alert POSTed with the bot's secret is journaled, sized by risk,
 * sent as an order, accepted and filled by the simulated venue, and {@code journal dump} shows those five events for
 * that alert in that order.
 */
@Tag("slow")
class WebhookChainTest
{
    private static final String SECRET = "chain-secret";

    private static final String BOT = """
        [bot]
        name = "tv-chain"
        mode = "paper"
        venue = "binance_usdm"
        output = "OUT"

        [instruments]
        whitelist = ["BTCUSDT"]

        [[strategies]]
        id = "tv"
        type = "tradingview"
        timeframe = "15m"

        [risk]
        risk_per_trade_pct = 0.5
        initial_equity = 10000

        [execution]
        entry = "market"

        [webhook]
        secret_env = "TV_CHAIN_SECRET"
        """;

    @Test
    void shouldShowSignalRiskOrderAcceptanceAndFillOfOneAlertInTheJournalDump(@TempDir final Path dir)
        throws Exception
    {
        // arrange: a paper engine on the capture at 10x with the webhook receiver on an ephemeral loopback port
        final BotConfig bot = BotConfigLoader.parse(BOT.replace("OUT", dir.resolve("out").toString()
            .replace('\\', '/')), "tv-chain.toml");
        final List<BotConfig> bots = List.of(bot);
        final Path journal = dir.resolve("journal");
        final HistoryImport capture = HistoryImport.open(List.of(OpsFixtures.btcCapture()),
            ImportOptions.defaults().instruments(Set.of("BTCUSDT")), new ImportReport(20));
        final ReplaySource replay = new ReplaySource(capture, ReplayPace.parse("10x"));
        final EngineHost host = new EngineHost(bots, journal, replay,
            new PaperVenue(new EngineSetup(bots).venueSettings(), PaperVenue.DEFAULT_QUEUE_BYTES));
        host.start();
        final OpsServer ops = OpsServer.start(new OpsContext()
            .publisher(host.engine()::publish)
            .journal(host.engine().journal())
            .bots(new BotRoster(bots))
            .gauges(EngineGauges.of(host.engine()))
            .environment(Map.of("TV_CHAIN_SECRET", SECRET)::get)
            .wallClockNs(replay::timeNs)
            .webhook(true, "127.0.0.1", 0)
            .control(false, "127.0.0.1", 0, null)
            .statusPollMs(1));
        final HttpResponse<String> response;
        try
        {
            // the trading view bot needs a price to size from: let some trades and book updates through first
            OpsFixtures.await(() -> host.eventsSoFar() > 2_000, 30, "market data replayed");

            // act
            response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + ops.webhookPort() + "/webhook/tv-chain"))
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"secret\":\"" + SECRET + "\",\"action\":\"buy\"," +
                    "\"ticker\":\"BINANCE:BTCUSDT.P\",\"price\":\"63950.0\",\"stop\":\"63300\",\"alert_id\":\"chain-7\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
            OpsFixtures.await(() -> OpsFixtures.inboundCount(host.engine().journal(), FillDecoder.TEMPLATE_ID) > 0, 20,
                "a fill from the paper venue");
        }
        finally
        {
            ops.close();
            host.shutdown();
        }
        final OpsFixtures.Run dump = OpsFixtures.cli("journal", "dump", journal.toString(), "--type",
            "WebhookSignal,RiskDecision,NewOrder,OrderAccepted,Fill");

        // assert
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"journaled\"");
        assertThat(dump.exitCode()).as(dump.err()).isZero();
        final List<String> lines = dump.out().lines().toList();
        final int signal = OpsFixtures.indexOf(lines, 0, "\"type\":\"WebhookSignal\"", "\"alertId\":\"chain-7\"");
        final String cause = OpsFixtures.field(lines.get(signal), "seq");
        final int risk = OpsFixtures.indexOf(lines, signal, "\"seq\":" + cause + ",", "\"type\":\"RiskDecision\"");
        assertThat(lines.get(risk)).contains("\"accepted\":\"TRUE\"").contains("\"side\":\"BUY\"")
            .doesNotContain("\"sizeMantissa\":0,");
        final int order = OpsFixtures.indexOf(lines, risk, "\"seq\":" + cause + ",", "\"type\":\"NewOrder\"");
        final String clientOrderId = OpsFixtures.field(lines.get(order), "clientOrderId");
        assertThat(OpsFixtures.field(lines.get(order), "sizeMantissa"))
            .isEqualTo(OpsFixtures.field(lines.get(risk), "sizeMantissa"));
        final int accepted = OpsFixtures.indexOf(lines, order, "\"type\":\"OrderAccepted\"",
            "\"clientOrderId\":" + clientOrderId + ",");
        final int fill = OpsFixtures.indexOf(lines, accepted, "\"type\":\"Fill\"",
            "\"clientOrderId\":" + clientOrderId + ",");
        assertThat(OpsFixtures.field(lines.get(fill), "sizeMantissa"))
            .isEqualTo(OpsFixtures.field(lines.get(order), "sizeMantissa"));
    }
}
