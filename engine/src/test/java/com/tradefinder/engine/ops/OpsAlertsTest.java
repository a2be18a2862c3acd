package com.tradefinder.engine.ops;

import com.sun.net.httpserver.HttpServer;
import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.EngineFaultEncoder;
import com.tradefinder.codecs.GatewayState;
import com.tradefinder.codecs.GatewayStatusEncoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.ReconcileDifferenceEncoder;
import com.tradefinder.codecs.ReconcileKind;
import com.tradefinder.codecs.ReconcileResolution;
import com.tradefinder.codecs.Regime;
import com.tradefinder.codecs.RejectReason;
import com.tradefinder.codecs.RiskDecisionEncoder;
import com.tradefinder.codecs.Side;
import com.tradefinder.codecs.Venue;
import com.tradefinder.config.BotConfigLoader;
import com.tradefinder.engine.journal.Journal;
import com.tradefinder.engine.journal.JournalAppender;
import com.tradefinder.engine.testsupport.Events;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operator alerts not covered elsewhere, each from its journaled event to a loopback HTTP receiver as
 * {@code {"text": ...}}: bot halted (EngineFault), circuit breaker tripped, gateway down longer than the threshold,
 * reconciliation difference (ReconcileDifference). The journal is written here, as the engine writes it, and the
 * wall clock is the test's, so that "down for more than 1 s" needs no sleep.
 */
class OpsAlertsTest
{
    private static final long START_NS = 1_721_347_020_000_000_000L;

    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[4096]);
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final Events events = new Events();
    private final AtomicLong wallClockNs = new AtomicLong(START_NS);
    private final List<String> received = new CopyOnWriteArrayList<>();
    private HttpServer receiver;
    private Journal journal;
    private JournalAppender inbound;
    private JournalAppender outbound;
    private OpsServer ops;
    private long sequence;

    @BeforeEach
    void start(@TempDir final Path dir) throws Exception
    {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange ->
        {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        journal = Journal.create(dir.resolve("journal"), false);
        inbound = journal.inboundAppender();
        outbound = journal.outboundAppender();
        inbound.append(sequence++, events.buffer(), 0, events.instrument(1, "BTCUSDT", -8));
        ops = OpsServer.start(new OpsContext()
            .publisher((b, offset, length) -> -1)
            .journal(journal)
            .bots(new BotRoster(List.of(BotConfigLoader.parse(OpsHarness.OPEN_BOT, "tv-alerts.toml"))))
            .webhook(false, "127.0.0.1", 0)
            .control(false, "127.0.0.1", 0, null)
            .alertUrl(URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"))
            .alertRetries(3, 20)
            .gatewayDownAlertSeconds(1)
            .wallClockNs(wallClockNs::get)
            .statusPollMs(1));
    }

    @AfterEach
    void stop()
    {
        ops.close();
        journal.close();
        receiver.stop(0);
    }

    @Test
    void shouldAlertThatTheEngineHaltedOnAnEngineFault()
    {
        // arrange
        final EngineFaultEncoder fault = new EngineFaultEncoder().wrapAndApplyHeader(buffer, 0, header)
            .inboundSequence(41).templateId(1).timeNs(START_NS)
            .description("java.lang.ArithmeticException: long overflow at Portfolio.mark");

        // act
        outbound.append(41, buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + fault.encodedLength());

        // assert
        awaitAlert("engine halted, every bot stopped trading: fault at inbound sequence 41 (template 1): " +
            "java.lang.ArithmeticException: long overflow at Portfolio.mark");
    }

    @Test
    void shouldAlertOnceWhenACircuitBreakerTrips()
    {
        // arrange: two entries refused for the drawdown breaker
        final int length = riskDecision(RejectReason.MAX_DRAWDOWN);

        // act
        outbound.append(7, buffer, 0, length);
        outbound.append(8, buffer, 0, length);
        awaitAlert("bot tv-alerts: circuit breaker tripped (MAX_DRAWDOWN), new entries refused");
        outbound.append(9, buffer, 0, riskDecision(RejectReason.DAILY_LOSS_LIMIT));

        // assert
        awaitAlert("bot tv-alerts: circuit breaker tripped (DAILY_LOSS_LIMIT), new entries refused");
        assertThat(received).filteredOn(body -> body.contains("MAX_DRAWDOWN")).hasSize(1);
    }

    @Test
    void shouldAlertWhenAGatewayStaysDownLongerThanTheThreshold() throws Exception
    {
        // arrange
        final GatewayStatusEncoder status = new GatewayStatusEncoder().wrapAndApplyHeader(buffer, 0, header)
            .venue(Venue.BINANCE_USDM).state(GatewayState.DISCONNECTED).detailCode(0).timeNs(START_NS)
            .detail("user-data stream closed");
        inbound.append(sequence++, buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + status.encodedLength());
        OpsHarness.await(() -> ops.status().inboundEvents() == sequence);

        // act: under the threshold nothing; past it one alert
        wallClockNs.addAndGet(900_000_000L);
        Thread.sleep(20);
        final List<String> early = List.copyOf(received);
        wallClockNs.addAndGet(200_000_000L);

        // assert
        assertThat(early).isEmpty();
        awaitAlert("gateway BINANCE_USDM has been disconnected for more than 1 s: user-data stream closed");
        assertThat(ops.alerts().raised()).isEqualTo(1);
    }

    @Test
    void shouldAlertOnAReconciliationDifference()
    {
        // arrange
        final ReconcileDifferenceEncoder difference = new ReconcileDifferenceEncoder()
            .wrapAndApplyHeader(buffer, 0, header)
            .venue(Venue.BINANCE_USDM).botId(0).instrumentId(1).kind(ReconcileKind.POSITION_SIZE_DIFFERS)
            .resolution(ReconcileResolution.ADOPTED_VENUE_POSITION).clientOrderId(0).venueOrderId(0)
            .positionSide(PositionSide.LONG).engineSizeMantissa(1_000_000L).venueSizeMantissa(3_000_000L)
            .timeNs(START_NS);

        // act
        inbound.append(sequence++, buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + difference.encodedLength());

        // assert
        awaitAlert("reconciliation on BINANCE_USDM for bot tv-alerts: POSITION_SIZE_DIFFERS BTCUSDT (engine size " +
            "0.01, venue size 0.03), resolved ADOPTED_VENUE_POSITION");
    }

    private int riskDecision(final RejectReason reason)
    {
        final RiskDecisionEncoder decision = new RiskDecisionEncoder().wrapAndApplyHeader(buffer, 0, header)
            .botId(0).strategyId(0).instrumentId(1).side(Side.BUY).positionSide(PositionSide.LONG)
            .accepted(BooleanType.FALSE).reason(reason).entryPriceMantissa(6_400_000_000_000L)
            .stopPriceMantissa(6_300_000_000_000L).takeProfitPriceMantissa(0).sizeMantissa(0).riskAmountMantissa(0)
            .equityMantissa(900_000_000_000L).regime(Regime.RANGING).timeNs(START_NS);
        return MessageHeaderEncoder.ENCODED_LENGTH + decision.encodedLength();
    }

    private void awaitAlert(final String text)
    {
        final String body = "{\"text\":\"TradeFinder: " + text + "\"}";
        OpsHarness.await(() -> received.contains(body));
    }
}
