package com.tradefinder.gateway.binance.ws;

import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user-data stream: connects with the created listenKey, hands frames to the handler, creates a new key and
 * reconnects on {@code -1125} and on listenKeyExpired, and tells the reconnect listener each time.
 */
class UserDataConnectionTest
{
    private static final long WAIT_MS = 5_000;

    @Test
    void shouldRenewTheListenKeyAndReconnectOnInvalidKeyAndOnExpiry() throws Exception
    {
        // arrange
        final AtomicInteger created = new AtomicInteger();
        final List<String> keptAlive = new CopyOnWriteArrayList<>();
        final ListenKeyService keys = new ListenKeyService()
        {
            @Override
            public CompletableFuture<String> create()
            {
                return CompletableFuture.completedFuture("key" + created.incrementAndGet());
            }

            @Override
            public CompletableFuture<Void> keepAlive(final String listenKey)
            {
                keptAlive.add(listenKey);
                return "key1".equals(listenKey) ?
                    CompletableFuture.failedFuture(new InvalidListenKeyException("This listenKey does not exist.")) :
                    CompletableFuture.completedFuture(null);
            }
        };
        final BlockingQueue<String> frames = new LinkedBlockingQueue<>();
        final BlockingQueue<Long> reconnects = new LinkedBlockingQueue<>();
        final CapturingSink sink = new CapturingSink();
        final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        try (LoopbackWebSocketServer server = new LoopbackWebSocketServer())
        {
            final WebSocketContext context = new WebSocketContext().baseUrl(server.baseUrl())
                .reconnectBaseNs(TimeUnit.MILLISECONDS.toNanos(10)).reconnectJitter(0.0).random(new Random(3))
                .conclude();
            final UserDataConnection connection = new UserDataConnection(keys,
                (buffer, offset, length, timeNs) -> frames.add(buffer.getStringWithoutLengthUtf8(offset, length)),
                reconnects::add, new GatewayStatusPublisher(sink, context.clock()), context,
                TimeUnit.MILLISECONDS.toNanos(1_000), group.next());

            // act and assert: first key, frames reach the handler
            connection.start();
            assertThat(server.awaitHandshake(WAIT_MS)).isTrue();
            assertThat(server.uris().get(0)).isEqualTo("/private/ws?listenKey=key1");
            server.sendToLatest("{\"e\":\"ORDER_TRADE_UPDATE\"}");
            assertThat(frames.poll(WAIT_MS, TimeUnit.MILLISECONDS)).isEqualTo("{\"e\":\"ORDER_TRADE_UPDATE\"}");

            // the keepalive is refused with -1125: a new key and a reconnect
            assertThat(server.awaitHandshake(WAIT_MS)).isTrue();
            assertThat(server.uris().get(1)).isEqualTo("/private/ws?listenKey=key2");
            assertThat(reconnects.poll(WAIT_MS, TimeUnit.MILLISECONDS)).isEqualTo(1L);

            // the handler reports listenKeyExpired: a new key and a reconnect
            connection.listenKeyExpired();
            assertThat(server.awaitHandshake(WAIT_MS)).isTrue();
            assertThat(server.uris().get(2)).isEqualTo("/private/ws?listenKey=key3");
            assertThat(reconnects.poll(WAIT_MS, TimeUnit.MILLISECONDS)).isEqualTo(2L);
            assertThat(connection.keyRenewals()).isEqualTo(2);
            assertThat(keptAlive).startsWith("key1");
            assertThat(sink.statuses()).anyMatch(status -> status.startsWith("CONNECTED 3 private"))
                .anyMatch(status -> status.startsWith("DISCONNECTED 3 private"));
            connection.close();
        }
        finally
        {
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }
}
