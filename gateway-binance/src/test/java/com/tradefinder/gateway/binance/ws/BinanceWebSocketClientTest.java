package com.tradefinder.gateway.binance.ws;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;

import com.tradefinder.codecs.GatewayState;
import com.tradefinder.codecs.TradeDecoder;
import com.tradefinder.gateway.binance.marketdata.InstrumentLookup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The market-data client against a loopback WebSocket server: URLs and SUBSCRIBE batches, ping/pong, frames to SBE,
 * bad frames counted, reconnect with backoff, stall detection, rotation without loss or duplicates, status messages.
 */
class BinanceWebSocketClientTest
{
    private static final long WAIT_MS = 5_000;

    private final CapturingSink sink = new CapturingSink();
    private final InstrumentLookup instruments = new InstrumentLookup(4);
    private LoopbackWebSocketServer server;
    private EventLoopGroup group;
    private BinanceWebSocketClient client;

    @BeforeEach
    void setUp()
    {
        instruments.register("BTCUSDT", 1, -2, -3);
        instruments.register("ETHUSDT", 2, -2, -3);
        server = new LoopbackWebSocketServer();
        group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    }

    @AfterEach
    void tearDown()
    {
        if (client != null)
        {
            client.close();
        }
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        server.close();
    }

    @Test
    void shouldOpenOneConnectionPerRouteWithStreamsInTheUrlAndSubscribeTheRestInBatches() throws Exception
    {
        // arrange
        final List<String> streams = List.of("btcusdt@bookTicker", "btcusdt@depth@100ms", "ethusdt@bookTicker",
            "btcusdt@aggTrade", "btcusdt@kline_1m", "btcusdt@markPrice@1s", "ethusdt@aggTrade", "ethusdt@kline_1m");
        client = client(streams, context().maxStreamsInUrl(2).subscribeBatchSize(2).maxMessagesPerSecond(4));

        // act
        final long start = System.nanoTime();
        client.start();
        final List<String> texts = new ArrayList<>();
        final List<Long> arrivals = new ArrayList<>();
        for (int i = 0; i < 3; i++)
        {
            texts.add(server.texts().poll(WAIT_MS, TimeUnit.MILLISECONDS));
            arrivals.add(System.nanoTime() - start);
        }

        // assert
        assertThat(client.connections()).hasSize(2);
        assertThat(server.uris()).containsExactlyInAnyOrder(
            "/public/stream?streams=btcusdt@bookTicker/btcusdt@depth@100ms",
            "/market/stream?streams=btcusdt@aggTrade/btcusdt@kline_1m");
        assertThat(texts).containsExactlyInAnyOrder(
            "{\"method\":\"SUBSCRIBE\",\"params\":[\"ethusdt@bookTicker\"],\"id\":1}",
            "{\"method\":\"SUBSCRIBE\",\"params\":[\"btcusdt@markPrice@1s\",\"ethusdt@aggTrade\"],\"id\":1}",
            "{\"method\":\"SUBSCRIBE\",\"params\":[\"ethusdt@kline_1m\"],\"id\":2}");
        // the market connection's second batch waits a quarter second (4 messages a second)
        assertThat(texts.get(2)).contains("\"id\":2");
        assertThat(arrivals.get(2) - arrivals.get(0)).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(200));
        assertThat(sink.statuses()).hasSize(2).allMatch(status -> status.startsWith("CONNECTED "))
            .anyMatch(status -> status.startsWith("CONNECTED 1 public#0"))
            .anyMatch(status -> status.startsWith("CONNECTED 2 market#0"));
    }

    @Test
    void shouldSplitARouteIntoConnectionsOfAtMostTheStreamLimitAndRefuseUpperCaseSymbols()
    {
        // arrange
        final List<String> streams = List.of("btcusdt@bookTicker", "btcusdt@depth", "ethusdt@bookTicker",
            "ethusdt@depth", "btcusdt@aggTrade");

        // act
        client = client(streams, context().maxStreamsPerConnection(2));

        // assert
        assertThat(client.connections()).extracting(WebSocketConnection::name)
            .containsExactly("public#0", "public#1", "market#0");
        assertThat(client.connectionOf("ethusdt@depth").name()).isEqualTo("public#1");
        assertThatThrownBy(() -> client(List.of("BTCUSDT@aggTrade"), context()))
            .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BTCUSDT@aggTrade");
    }

    @Test
    void shouldAnswerAPingWithAPongCarryingTheSamePayload() throws Exception
    {
        // arrange
        client = client(List.of("btcusdt@aggTrade"), context());
        client.start();
        assertThat(server.awaitHandshake(WAIT_MS)).isTrue();

        // act
        server.pingLatest(new byte[]{ 1, 2, 3, 42 });

        // assert
        assertThat(server.pongs().poll(WAIT_MS, TimeUnit.MILLISECONDS)).containsExactly(1, 2, 3, 42);
        assertThat(client.connections().get(0).counters().pings()).isEqualTo(1);
    }

    @Test
    void shouldPublishDecodedFramesAndCountBadOnesWithoutDroppingTheConnection() throws Exception
    {
        // arrange
        client = client(List.of("btcusdt@aggTrade"), context());
        client.start();
        assertThat(server.awaitHandshake(WAIT_MS)).isTrue();

        // act
        server.sendToLatest(aggTrade(7));
        server.sendToLatest(aggTrade(8).substring(0, 60));
        server.sendToLatest("not json at all");
        server.sendToLatest("{\"result\":null,\"id\":1}");
        server.sendToLatest("{\"stream\":\"xrpusdt@aggTrade\",\"data\":{\"e\":\"aggTrade\",\"s\":\"XRPUSDT\"}}");
        server.sendToLatest(aggTrade(9));

        // assert
        await(() -> client.decoded() == 2 && client.frames() == 6);
        assertThat(client.malformed()).isEqualTo(2);
        assertThat(client.unsupported()).isEqualTo(1);
        assertThat(sink.tradeIds()).containsExactly(7L, 9L);
        assertThat(client.reconnects()).isZero();
    }

    @Test
    void shouldReconnectWithExponentialBackoffAfterTheServerDrops() throws Exception
    {
        // arrange
        client = client(List.of("btcusdt@aggTrade"), context()
            .reconnectBaseNs(TimeUnit.MILLISECONDS.toNanos(100)).reconnectCapNs(TimeUnit.MILLISECONDS.toNanos(200)));
        client.start();
        assertThat(server.awaitHandshake(WAIT_MS)).isTrue();
        final long[] expectedMs = { 100, 200, 200 };

        // act and assert: no data frame in between, so the backoff keeps growing up to the cap
        for (final long delayMs : expectedMs)
        {
            final long dropped = System.nanoTime();
            server.dropAll();
            assertThat(server.awaitHandshake(WAIT_MS)).isTrue();
            final long waitedNs = server.handshakeNanos().get(server.handshakeNanos().size() - 1) - dropped;
            assertThat(waitedNs).isBetween(TimeUnit.MILLISECONDS.toNanos(delayMs),
                TimeUnit.MILLISECONDS.toNanos(delayMs + 2_000));
        }
        // the server's side of a handshake completes just before the client's
        await(() -> sink.count(GatewayState.CONNECTED) == 4);
        assertThat(client.reconnects()).isEqualTo(3);
        assertThat(sink.count(GatewayState.DISCONNECTED)).isEqualTo(3);
        assertThat(sink.statuses().get(1)).startsWith("DISCONNECTED 2 market#0 disconnected: connection closed;")
            .endsWith("reconnecting in 100 ms");

        // a data frame proves the connection healthy: the next loss waits the base delay again
        server.sendToLatest(aggTrade(1));
        await(() -> client.decoded() == 1);
        server.dropAll();
        assertThat(server.awaitHandshake(WAIT_MS)).isTrue();
        await(() -> sink.count(GatewayState.DISCONNECTED) == 4);
        final List<String> statuses = sink.statuses();
        assertThat(statuses.stream().filter(status -> status.startsWith("DISCONNECTED")).reduce((a, b) -> b))
            .hasValueSatisfying(last -> assertThat(last).endsWith("reconnecting in 100 ms"));
    }

    @Test
    void shouldCloseAndReopenAStalledStream() throws Exception
    {
        // arrange
        client = client(List.of("btcusdt@aggTrade"), context().stallTimeoutNs(TimeUnit.MILLISECONDS.toNanos(300)));

        // act
        client.start();

        // assert
        assertThat(server.awaitHandshake(WAIT_MS)).isTrue();
        assertThat(server.awaitHandshake(WAIT_MS)).isTrue();
        assertThat(client.connections().get(0).counters().stalls()).isGreaterThanOrEqualTo(1);
        assertThat(sink.statuses()).anyMatch(status -> status.startsWith("DISCONNECTED 2 market#0 disconnected: " +
            "no data for "));
    }

    @Test
    void shouldRotateBeforeTheCutWithoutLosingOrDuplicatingFrames() throws Exception
    {
        // arrange
        client = client(List.of("btcusdt@aggTrade"), context()
            .rotationIntervalNs(TimeUnit.MILLISECONDS.toNanos(250))
            .rotationOverlapNs(TimeUnit.MILLISECONDS.toNanos(100)));
        client.start();
        assertThat(server.awaitHandshake(WAIT_MS)).isTrue();
        final int frames = 800;

        // act: the server sends every event to every open connection, as the venue does
        for (int id = 1; id <= frames; id++)
        {
            server.broadcast(aggTrade(id));
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }

        // assert
        await(() -> sink.tradeIds().size() >= frames && server.openConnections() == 1);
        final List<Long> expected = new ArrayList<>();
        for (long id = 1; id <= frames; id++)
        {
            expected.add(id);
        }
        assertThat(sink.tradeIds()).containsExactlyElementsOf(expected);
        final ConnectionCounters counters = client.connections().get(0).counters();
        assertThat(counters.rotations()).isGreaterThanOrEqualTo(1);
        assertThat(counters.duplicates()).isPositive();
        assertThat(client.reconnects()).isZero();
        assertThat(sink.count(GatewayState.DISCONNECTED)).isZero();
        assertThat(server.uris().size()).isGreaterThanOrEqualTo(2);
    }

    private BinanceWebSocketClient client(final List<String> streams, final WebSocketContext context)
    {
        final GatewayStatusPublisher status = new GatewayStatusPublisher(sink, context.clock());
        return new BinanceWebSocketClient(streams, instruments, sink, status, new IgnoringListener(), context, group);
    }

    private WebSocketContext context()
    {
        return new WebSocketContext()
            .baseUrl(server.baseUrl())
            .stallTimeoutNs(TimeUnit.SECONDS.toNanos(10))
            .reconnectBaseNs(TimeUnit.MILLISECONDS.toNanos(20))
            .reconnectCapNs(TimeUnit.MILLISECONDS.toNanos(200))
            .reconnectJitter(0.0)
            .random(new Random(7))
            .maxMessagesPerSecond(10)
            .conclude();
    }

    private static String aggTrade(final long id)
    {
        return "{\"stream\":\"btcusdt@aggTrade\",\"data\":{\"e\":\"aggTrade\",\"E\":123456789,\"a\":" + id +
            ",\"s\":\"BTCUSDT\",\"p\":\"0.01\",\"q\":\"100\",\"f\":100,\"l\":105,\"T\":123456785,\"m\":true}}";
    }

    private static void await(final BooleanSupplier condition)
    {
        final long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MS);
        while (!condition.getAsBoolean())
        {
            assertThat(System.nanoTime()).as("condition not met in time").isLessThan(deadline);
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }

    private static final class IgnoringListener implements ConnectionListener
    {
        @Override
        public void onConnected(final WebSocketConnection connection, final boolean reconnect)
        {
        }

        @Override
        public void onDisconnected(final WebSocketConnection connection, final String reason)
        {
        }
    }
}
