package com.tradefinder.tools.run.binance;

import com.tradefinder.codecs.BalanceUpdateDecoder;
import com.tradefinder.codecs.FillDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.NewOrderDecoder;
import com.tradefinder.codecs.OrderRejectedDecoder;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.ReconcileDifferenceDecoder;
import com.tradefinder.codecs.Side;
import com.tradefinder.config.BotConfig;
import com.tradefinder.config.BotConfigLoader;
import com.tradefinder.engine.journal.Journal;
import com.tradefinder.engine.journal.JournalCursor;
import com.tradefinder.gateway.binance.ClientOrderIdText;
import com.tradefinder.gateway.binance.fake.FakeBinance;
import com.tradefinder.gateway.binance.fake.FakeBinanceContext;
import com.tradefinder.gateway.binance.fake.OrderSnapshot;
import com.tradefinder.gateway.binance.fake.PositionSnapshot;
import com.tradefinder.gateway.binance.ws.WebSocketContext;
import com.tradefinder.testsupport.SharedData;
import com.tradefinder.tools.journal.ReplayVerifier;
import com.tradefinder.tools.run.EngineHost;
import com.tradefinder.tools.run.PaperBots;
import com.tradefinder.tools.run.PaperVenue;
import com.tradefinder.tools.session.EngineSetup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A testnet bot trades against the fake Binance (same REST and WebSocket protocol, signatures checked, the real
 * 2024-07-18 BTCUSDT capture replayed ten times faster) through the real gateway: exchangeInfo, routed streams with
 * depth sync, signed order entry, the user-data stream and reconciliation. Faults are injected while it trades. At the
 * end every order the engine sent reached the venue once or was refused with a journaled reject, the positions the
 * engine was told about equal the venue's, and the journal replays byte for byte.
 */
@Tag("slow")
class BinanceEndToEndTest
{
    private static final String CAPTURE =
        "binance-futures-um-BTCUSDT-ws-depth0ms-trade-bookTicker-2024-07-18T2357_2024-07-19T0005.jsonl.gz";
    private static final String API_KEY = "tf-e2e-key";
    private static final double SPEED = 10;

    @Test
    void shouldTradeThroughEveryFaultWithoutLosingOrDuplicatingAnOrder(@TempDir final Path temp) throws Exception
    {
        final Path dir = System.getenv("TRADEFINDER_E2E_KEEP") != null ?
            Files.createDirectories(Path.of(System.getenv("TRADEFINDER_E2E_KEEP"))) : temp;
        // arrange
        final Path capture = SharedData.data(CAPTURE);
        final BotConfig bot = BotConfigLoader.parse(botText("testnet", dir), "e2e.toml");
        final Path journalFolder = dir.resolve("journal");
        try (FakeBinance fake = FakeBinance.launch(new FakeBinanceContext().apiKey(API_KEY).capture(capture)
            .replaySpeed(SPEED)))
        {
            final BinanceSession session = BinanceSession.open(List.of(bot),
                new BinanceEndpoints(fake.restUri().toString(), fake.wsUri().toString()),
                Map.of("TF_E2E_KEY", API_KEY, "TF_E2E_SECRET", FakeBinanceContext.WORKED_EXAMPLE_SECRET),
                () -> new WebSocketContext().stallTimeoutNs(TimeUnit.SECONDS.toNanos(2)));
            final EngineHost host = new EngineHost(List.of(bot), journalFolder, session.marketData(), session.venue());

            // act
            host.start();
            awaitConnections(fake, 3);
            fake.startReplay();
            final long replayMs = (long)(8 * 60_000 / SPEED);
            injectFaults(fake, replayMs);
            assertThat(fake.awaitReplayFinished(replayMs * 3, TimeUnit.MILLISECONDS)).as("replay finished").isTrue();
            Thread.sleep(1_000);
            final String venueSummary = session.venue().summary();
            final long reconciliations = session.venue().session().reconciliations();
            final EngineHost.Summary summary = host.shutdown();
            final List<OrderSnapshot> received = fake.ordersReceived();
            final List<String> algoReceived = fake.algoOrdersReceived();
            final List<PositionSnapshot> venuePositions = fake.positions();
            final long duplicates = fake.duplicateOrderAttempts();
            final long badSignatures = fake.rejectedSignatures();

            // assert
            final JournalFacts facts = JournalFacts.read(journalFolder);
            assertThat(facts.newOrders).as("orders the engine sent; " + venueSummary).isNotEmpty();
            assertThat(facts.fills).as("fills reported back").isPositive();
            final Set<String> atVenue = new HashSet<>();
            received.forEach(order -> atVenue.add(order.clientOrderId()));
            atVenue.addAll(algoReceived);
            final List<Long> lost = new java.util.ArrayList<>();
            for (final long id : facts.newOrders)
            {
                if (!atVenue.contains(ClientOrderIdText.format(id)) && !facts.rejected.contains(id))
                {
                    lost.add(id);
                }
            }
            assertThat(lost).as("orders neither at the venue nor refused with a journaled reject, of %s; venue has " +
                "%s; %s", facts.newOrders, atVenue, venueSummary).isEmpty();
            assertThat(duplicates).as("orders placed twice").isZero();
            assertThat(facts.rejected.size()).as("refusals: a ban holds the bot back instead of a storm of resends")
                .isLessThan(50);
            assertThat(facts.balances).as("the account's balance read at start, for the bot").isPositive();
            assertThat(badSignatures).as("requests with a bad signature").isZero();
            assertThat(reconciliations).as("reconciliations (start and every user-data reconnect)")
                .isGreaterThanOrEqualTo(2);
            final Map<String, BigDecimal> venue = new HashMap<>();
            for (final PositionSnapshot position : venuePositions)
            {
                venue.merge(position.positionSide(), new BigDecimal(position.amount()), BigDecimal::add);
            }
            assertThat(facts.positionBySide.getOrDefault("BOTH", BigDecimal.ZERO).stripTrailingZeros())
                .as("net position the engine was told about vs the venue's; " + venueSummary)
                .isEqualByComparingTo(venue.getOrDefault("BOTH", BigDecimal.ZERO));
            assertThat(summary.halted()).as("engine halted").isFalse();
            try (Journal journal = Journal.openForReading(journalFolder))
            {
                final ReplayVerifier.Result replay = new ReplayVerifier(true).run(journal);
                assertThat(replay.matched()).as(replay.difference()).isTrue();
                assertThat(replay.stateHash()).isEqualTo(summary.stateHash());
            }
            System.out.println("binance e2e: " + facts.newOrders.size() + " orders, " + facts.fills + " fills, " +
                facts.rejected.size() + " rejected, " + facts.differences + " reconciliation differences, " +
                reconciliations + " reconciliations; " + venueSummary);
        }
    }

    @Test
    void shouldReplayAPaperSessionOnTheFakeExchangesMarketDataExactly(@TempDir final Path dir) throws Exception
    {
        // arrange
        final Path capture = SharedData.data(CAPTURE);
        final BotConfig bot = BotConfigLoader.parse(botText("paper", dir), "paper.toml");
        final Path journalFolder = dir.resolve("journal");
        try (FakeBinance fake = FakeBinance.launch(new FakeBinanceContext().capture(capture).replaySpeed(SPEED * 2)))
        {
            final BinanceSession session = BinanceSession.open(List.of(bot),
                new BinanceEndpoints(fake.restUri().toString(), fake.wsUri().toString()), Map.of());
            final EngineHost host = new EngineHost(List.of(bot), journalFolder, session.marketData(),
                new PaperVenue(new EngineSetup(List.of(bot)).venueSettings(), PaperVenue.DEFAULT_QUEUE_BYTES));

            // act
            host.start();
            awaitConnections(fake, 2);
            fake.startReplay();
            fake.faults().dropAllConnections();
            assertThat(fake.awaitReplayFinished(120, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(500);
            final EngineHost.Summary summary = host.shutdown();

            // assert
            final JournalFacts facts = JournalFacts.read(journalFolder);
            assertThat(facts.newOrders).as("paper orders").isNotEmpty();
            assertThat(fake.ordersReceived()).as("paper orders never reach the exchange").isEmpty();
            try (Journal journal = Journal.openForReading(journalFolder))
            {
                final ReplayVerifier.Result replay = new ReplayVerifier(true).run(journal);
                assertThat(replay.matched()).as(replay.difference()).isTrue();
                assertThat(replay.stateHash()).isEqualTo(summary.stateHash());
            }
        }
    }

    private static void awaitConnections(final FakeBinance fake, final int connections) throws InterruptedException
    {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (fake.webSocketConnections() < connections && System.nanoTime() < deadline)
        {
            Thread.sleep(20);
        }
        assertThat(fake.webSocketConnections()).as("WebSocket connections to the fake").isGreaterThanOrEqualTo(
            connections);
    }

    /** Spreads the faults over the replay, each after the bot has had time to trade. */
    private static void injectFaults(final FakeBinance fake, final long replayMs) throws InterruptedException
    {
        final long step = replayMs / 10;
        Thread.sleep(step);
        fake.faults().sendMalformedFrame("btcusdt@aggTrade");
        fake.faults().sendTruncatedFrame("btcusdt@trade", "btcusdt@aggTrade");
        Thread.sleep(step);
        fake.faults().skipDepthDiffs(3);
        Thread.sleep(step);
        fake.faults().rejectTimestampOfNext(1);
        Thread.sleep(step);
        fake.faults().dropAllConnections();
        Thread.sleep(step);
        fake.faults().rateLimitNext(1, 1);
        Thread.sleep(step);
        fake.faults().expireListenKey();
        Thread.sleep(step);
        fake.faults().banNext(1, 1);
        Thread.sleep(step);
        fake.faults().stallStream("btcusdt@aggTrade");
        Thread.sleep(3_000);
        fake.faults().resumeStream("btcusdt@aggTrade");
    }

    /** The paper-session bot (1m MA crossover and grid on BTCUSDT), with market entries so trades fill at once. */
    private static String botText(final String mode, final Path dir)
    {
        final String text = PaperBots.text("e2e", mode, true)
            .replace("output = \"OUT\"", "output = \"" + dir.resolve("out").toString().replace('\\', '/') + "\"" +
                ("testnet".equals(mode) ? "\napi_key_env = \"TF_E2E_KEY\"\napi_secret_env = \"TF_E2E_SECRET\"" : ""))
            .replace("entry = \"limit\"\nentry_timeout_seconds = 600\n", "entry = \"market\"\n");
        return "testnet".equals(mode) ? text.replace("initial_equity = 10000\n", "") : text;
    }

    /** What the journal says the engine sent and was told. */
    private static final class JournalFacts
    {
        final Set<Long> newOrders = new HashSet<>();
        final Set<Long> rejected = new HashSet<>();
        final Map<String, BigDecimal> positionBySide = new HashMap<>();
        long fills;
        long differences;
        long balances;

        static JournalFacts read(final Path folder)
        {
            final JournalFacts facts = new JournalFacts();
            final MessageHeaderDecoder header = new MessageHeaderDecoder();
            final NewOrderDecoder order = new NewOrderDecoder();
            final OrderRejectedDecoder reject = new OrderRejectedDecoder();
            final FillDecoder fill = new FillDecoder();
            try (Journal journal = Journal.openForReading(folder);
                JournalCursor outbound = journal.outboundCursor();
                JournalCursor inbound = journal.inboundCursor())
            {
                while (outbound.next())
                {
                    if (outbound.templateId() == NewOrderDecoder.TEMPLATE_ID)
                    {
                        header.wrap(outbound.buffer(), 0);
                        order.wrapAndApplyHeader(outbound.buffer(), 0, header);
                        facts.newOrders.add(order.clientOrderId());
                    }
                }
                while (inbound.next())
                {
                    header.wrap(inbound.buffer(), 0);
                    switch (inbound.templateId())
                    {
                        case OrderRejectedDecoder.TEMPLATE_ID:
                            reject.wrapAndApplyHeader(inbound.buffer(), 0, header);
                            facts.rejected.add(reject.clientOrderId());
                            break;
                        case FillDecoder.TEMPLATE_ID:
                            fill.wrapAndApplyHeader(inbound.buffer(), 0, header);
                            facts.fills++;
                            final BigDecimal size = BigDecimal.valueOf(fill.sizeMantissa(), 8);
                            facts.positionBySide.merge(fill.positionSide() == PositionSide.BOTH ? "BOTH" :
                                fill.positionSide().name(), fill.side() == Side.BUY ? size : size.negate(),
                                BigDecimal::add);
                            break;
                        case ReconcileDifferenceDecoder.TEMPLATE_ID:
                            facts.differences++;
                            break;
                        case BalanceUpdateDecoder.TEMPLATE_ID:
                            facts.balances++;
                            break;
                        default:
                            break;
                    }
                }
            }
            return facts;
        }
    }
}
