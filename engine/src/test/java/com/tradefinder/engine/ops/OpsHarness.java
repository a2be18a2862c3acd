package com.tradefinder.engine.ops;

import com.sun.net.httpserver.HttpServer;
import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.ConfigChangeEncoder;
import com.tradefinder.codecs.GatewayState;
import com.tradefinder.codecs.GatewayStatusEncoder;
import com.tradefinder.codecs.MarkPriceEncoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.Venue;
import com.tradefinder.config.BotConfig;
import com.tradefinder.config.BotConfigLoader;
import com.tradefinder.engine.app.Engine;
import com.tradefinder.engine.app.EngineContext;
import com.tradefinder.engine.journal.JournalCursor;
import com.tradefinder.engine.testsupport.Events;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * A real engine with two tradingview bots on BTCUSDT (ETHUSDT defined but not whitelisted), the ops server on
 * ephemeral loopback ports, an alert receiver on loopback and an HTTP client.
 */
final class OpsHarness implements AutoCloseable
{
    static final String SECRET = "s3cret-for-tests";
    static final String TOKEN = "control-token-for-tests";
    static final long PRICE = 30_000_00000000L;

    static final String OPEN_BOT = """
        [bot]
        name = "tv-alerts"
        mode = "paper"
        venue = "binance_usdm"

        [instruments]
        whitelist = ["BTCUSDT"]

        [[strategies]]
        id = "tv"
        type = "tradingview"
        timeframe = "1h"

        [execution]
        entry = "market"

        [webhook]
        secret_env = "TV_SECRET"
        max_body_bytes = 1024
        dedup_window_seconds = 600
        max_alert_age_seconds = 120
        """;

    static final String LOCKED_BOT = OPEN_BOT.replace("tv-alerts", "tv-locked")
        .replace("max_body_bytes = 1024", "allowed_ips = [\"tradingview\"]");

    final Engine engine;
    final OpsServer ops;
    final BotRoster roster;
    final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    final HttpServer alertReceiver;
    final List<String> alertsReceived = new CopyOnWriteArrayList<>();
    final AtomicInteger alertFailuresToGive = new AtomicInteger();
    final Path tokenFile;
    private final Events events = new Events();
    private final UnsafeBuffer scratch = new UnsafeBuffer(new byte[4096]);

    OpsHarness(final Path dir) throws IOException, com.tradefinder.config.ConfigException
    {
        alertReceiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        alertReceiver.createContext("/alerts", exchange ->
        {
            final String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            final boolean fail = alertFailuresToGive.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
            if (!fail)
            {
                alertsReceived.add(body);
            }
            exchange.sendResponseHeaders(fail ? 500 : 200, -1);
            exchange.close();
        });
        alertReceiver.start();

        engine = Engine.launch(new EngineContext().journalFolder(dir.resolve("journal")).ringSize(1024));
        final BotConfig open = BotConfigLoader.parse(OPEN_BOT, "tv-alerts.toml");
        final BotConfig locked = BotConfigLoader.parse(LOCKED_BOT, "tv-locked.toml");
        roster = new BotRoster(List.of(open, locked));
        engine.publish(events.buffer(), 0, events.settings(3600));
        engine.publish(events.buffer(), 0, events.instrument(1, "BTCUSDT", -8));
        engine.publish(events.buffer(), 0, events.instrument(2, "ETHUSDT", -8));
        publishConfig(0, open);
        publishConfig(1, locked);
        final long nowNs = System.currentTimeMillis() * 1_000_000L;
        engine.publish(events.buffer(), 0, events.trade(1, nowNs, 1, PRICE));
        // the risk engine bands entry prices around the mark
        final MarkPriceEncoder mark = new MarkPriceEncoder()
            .wrapAndApplyHeader(scratch, 0, new MessageHeaderEncoder())
            .instrumentId(1)
            .exchangeTimeNs(nowNs)
            .receiveTimeNs(nowNs)
            .markPriceMantissa(PRICE)
            .indexPriceMantissa(PRICE)
            .fundingRatePpb(0)
            .nextFundingTimeNs(nowNs + 3_600_000_000_000L);
        engine.publish(scratch, 0, MessageHeaderEncoder.ENCODED_LENGTH + mark.encodedLength());

        tokenFile = Files.writeString(dir.resolve("token"), TOKEN + "\n");
        Files.setPosixFilePermissions(tokenFile, PosixFilePermissions.fromString("rw-------"));
        ops = OpsServer.start(new OpsContext()
            .publisher(engine::publish)
            .journal(engine.journal())
            .bots(roster)
            .gauges(EngineGauges.of(engine))
            .environment(Map.of("TV_SECRET", SECRET)::get)
            .webhook(true, "127.0.0.1", 0)
            .control(true, "127.0.0.1", 0, tokenFile)
            .alertUrl(URI.create("http://127.0.0.1:" + alertReceiver.getAddress().getPort() + "/alerts"))
            .alertRetries(3, 20)
            .gatewayDownAlertSeconds(3600)
            .statusPollMs(1));
        // the webhook needs the instruments the status view learns from the journal
        await(() -> ops.status().inboundEvents() >= 7);
    }

    private void publishConfig(final int botId, final BotConfig config)
    {
        final ConfigChangeEncoder change = new ConfigChangeEncoder()
            .wrapAndApplyHeader(scratch, 0, new MessageHeaderEncoder())
            .botId(botId)
            .configHash(config.hash())
            .configVersion(1)
            .timeNs(0)
            .chunk(0)
            .lastChunk(BooleanType.TRUE)
            .configText(config.text());
        engine.publish(scratch, 0, MessageHeaderEncoder.ENCODED_LENGTH + change.encodedLength());
    }

    long publishGatewayStatus(final GatewayState state, final String detail)
    {
        final GatewayStatusEncoder status = new GatewayStatusEncoder()
            .wrapAndApplyHeader(scratch, 0, new MessageHeaderEncoder())
            .venue(Venue.BINANCE_USDM)
            .state(state)
            .detailCode(0)
            .timeNs(System.currentTimeMillis() * 1_000_000L)
            .detail(detail);
        return engine.publish(scratch, 0, MessageHeaderEncoder.ENCODED_LENGTH + status.encodedLength());
    }

    HttpResponse<String> webhook(final String bot, final String body) throws Exception
    {
        return send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ops.webhookPort() + "/webhook/" + bot))
            .header("Content-Type", "text/plain")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> control(final String method, final String path, final String body, final String token)
        throws Exception
    {
        final HttpRequest.Builder request = HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + ops.controlPort() + path))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() :
                HttpRequest.BodyPublishers.ofString(body));
        if (token != null)
        {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private HttpResponse<String> send(final HttpRequest.Builder request) throws Exception
    {
        return client.send(request.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * @param templateId an SBE template id.
     * @return messages of that type in the outbound journal so far.
     */
    int outboundCount(final int templateId)
    {
        return count(engine.journal().outboundCursor(), templateId);
    }

    /**
     * @param templateId an SBE template id.
     * @return messages of that type in the inbound journal so far.
     */
    int inboundCount(final int templateId)
    {
        return count(engine.journal().inboundCursor(), templateId);
    }

    private static int count(final JournalCursor cursor, final int templateId)
    {
        try (cursor)
        {
            int count = 0;
            while (cursor.next())
            {
                count += cursor.templateId() == templateId ? 1 : 0;
            }
            return count;
        }
    }

    static void await(final BooleanSupplier condition)
    {
        final long deadline = System.nanoTime() + 5_000_000_000L;
        while (!condition.getAsBoolean())
        {
            if (System.nanoTime() > deadline)
            {
                throw new AssertionError("condition not met within 5 s");
            }
            Thread.onSpinWait();
            try
            {
                Thread.sleep(1);
            }
            catch (final InterruptedException ex)
            {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted");
            }
        }
    }

    @Override
    public void close()
    {
        ops.close();
        engine.close();
        alertReceiver.stop(0);
    }
}
