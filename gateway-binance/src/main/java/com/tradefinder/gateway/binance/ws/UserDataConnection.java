package com.tradefinder.gateway.binance.ws;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.netty.channel.EventLoop;

/**
 * The user-data stream: {@code <base>/private/ws?listenKey=<key>}, frames handed to a {@link FrameHandler} (the
 * user-data decoder), with the listenKey kept alive: {@code keepAlive} every interval (default 30 min, well inside
 * the key's 60), and a new key created and the stream reconnected when the key is gone ({@code -1125} on keepalive,
 * or a {@code listenKeyExpired} event that the handler reports through {@link #listenKeyExpired()}). After every
 * reconnect the {@link ReconnectListener} is told, so orders and positions can be reconciled.
 * <p>
 * Reconnects, stall detection, rotation and status messages are those of {@link WebSocketConnection}. Threading:
 * state lives on the given event loop; {@link #start()}, {@link #listenKeyExpired()} and {@link #close()} may be
 * called from any thread.
 */
public final class UserDataConnection implements AutoCloseable
{
    /** Default keepalive period. */
    public static final long DEFAULT_KEEP_ALIVE_INTERVAL_NS = TimeUnit.MINUTES.toNanos(30);

    private static final Logger LOG = LoggerFactory.getLogger(UserDataConnection.class);

    private final ListenKeyService keys;
    private final ReconnectListener reconnectListener;
    private final EventLoop eventLoop;
    private final long keepAliveIntervalNs;
    private final WebSocketConnection connection;
    private final ReconnectBackoff createBackoff;

    private volatile String listenKey;
    private volatile long keyRenewals;
    private volatile long keepAliveFailures;
    private volatile long reconnects;
    private boolean started;
    private boolean closed;
    private boolean creating;
    private ScheduledFuture<?> keepAliveTimer;

    /**
     * @param keys                listenKey REST calls.
     * @param handler             receives the user-data frames.
     * @param reconnectListener   told after each reconnect.
     * @param status              publishes GatewayStatus messages (route {@link BinanceRoute#PRIVATE}).
     * @param context             concluded settings (base URL, backoff, stall, rotation).
     * @param keepAliveIntervalNs time between keepalives, under 60 minutes.
     * @param eventLoop           the loop this connection lives on.
     */
    public UserDataConnection(
        final ListenKeyService keys,
        final FrameHandler handler,
        final ReconnectListener reconnectListener,
        final GatewayStatusPublisher status,
        final WebSocketContext context,
        final long keepAliveIntervalNs,
        final EventLoop eventLoop)
    {
        if (keepAliveIntervalNs < 1 || keepAliveIntervalNs >= TimeUnit.MINUTES.toNanos(60))
        {
            throw new IllegalArgumentException("keepAliveIntervalNs must be in (0, 60 min): " + keepAliveIntervalNs);
        }
        this.keys = keys;
        this.reconnectListener = reconnectListener;
        this.keepAliveIntervalNs = keepAliveIntervalNs;
        this.eventLoop = eventLoop;
        createBackoff = new ReconnectBackoff(context.reconnectBaseNs(), context.reconnectCapNs(),
            context.reconnectJitter(), context.random());
        connection = new WebSocketConnection("private", BinanceRoute.PRIVATE,
            () -> context.baseUrl() + "/" + BinanceRoute.PRIVATE.path() + "/ws?listenKey=" + listenKey, List.of(),
            handler, new Listener(), status, context, eventLoop);
    }

    /**
     * Creates a listenKey, then connects; returns at once.
     */
    public void start()
    {
        eventLoop.execute(() ->
        {
            if (!started && !closed)
            {
                started = true;
                createKey(false);
            }
        });
    }

    /**
     * The handler saw {@code {"e":"listenKeyExpired"}}: create a new key and reconnect. Any thread.
     */
    public void listenKeyExpired()
    {
        eventLoop.execute(() -> renewKey("listenKeyExpired event"));
    }

    @Override
    public void close()
    {
        eventLoop.submit(() ->
        {
            closed = true;
            if (keepAliveTimer != null)
            {
                keepAliveTimer.cancel(false);
            }
        }).awaitUninterruptibly(TimeUnit.SECONDS.toMillis(5));
        connection.close();
    }

    /**
     * @return the key in use, or null before the first one.
     */
    public String listenKey()
    {
        return listenKey;
    }

    /**
     * @return keys created after the first (expiry, {@code -1125}).
     */
    public long keyRenewals()
    {
        return keyRenewals;
    }

    /**
     * @return keepalives that failed for another reason than {@code -1125}.
     */
    public long keepAliveFailures()
    {
        return keepAliveFailures;
    }

    /**
     * @return times the stream came back after a loss or a key change.
     */
    public long reconnects()
    {
        return reconnects;
    }

    /**
     * @return the underlying connection, for its counters.
     */
    public WebSocketConnection connection()
    {
        return connection;
    }

    private void renewKey(final String reason)
    {
        if (closed || !started || creating)
        {
            return;
        }
        LOG.warn("private: listenKey {} unusable ({}), creating a new one", listenKey, reason);
        keyRenewals++;
        createKey(true);
    }

    private void createKey(final boolean reconnect)
    {
        creating = true;
        keys.create().whenCompleteAsync((key, error) ->
        {
            creating = false;
            if (closed)
            {
                return;
            }
            if (error != null || key == null || key.isEmpty())
            {
                final long delayNs = createBackoff.nextDelayNs();
                LOG.warn("private: listenKey create failed ({}), retrying in {} ms", String.valueOf(error),
                    TimeUnit.NANOSECONDS.toMillis(delayNs));
                eventLoop.schedule(() ->
                {
                    if (!closed && !creating)
                    {
                        createKey(reconnect);
                    }
                }, delayNs, TimeUnit.NANOSECONDS);
                return;
            }
            createBackoff.reset();
            listenKey = key;
            scheduleKeepAlive();
            if (reconnect)
            {
                connection.reconnectNow("new listenKey");
            }
            else
            {
                connection.start();
            }
        }, eventLoop);
    }

    private void scheduleKeepAlive()
    {
        if (keepAliveTimer != null)
        {
            keepAliveTimer.cancel(false);
        }
        keepAliveTimer = eventLoop.scheduleAtFixedRate(this::keepAlive, keepAliveIntervalNs, keepAliveIntervalNs,
            TimeUnit.NANOSECONDS);
    }

    private void keepAlive()
    {
        final String key = listenKey;
        if (closed || key == null || creating)
        {
            return;
        }
        keys.keepAlive(key).whenCompleteAsync((ignore, error) ->
        {
            if (error == null || closed || !key.equals(listenKey))
            {
                return;
            }
            final Throwable cause = error instanceof CompletionException && error.getCause() != null ?
                error.getCause() : error;
            if (cause instanceof InvalidListenKeyException)
            {
                renewKey("-1125 on keepalive: " + cause.getMessage());
            }
            else
            {
                keepAliveFailures++;
                LOG.warn("private: listenKey keepalive failed, next try in {} min: {}",
                    TimeUnit.NANOSECONDS.toMinutes(keepAliveIntervalNs), String.valueOf(cause));
            }
        }, eventLoop);
    }

    /**
     * Passes reconnects (not the first connect) on to the {@link ReconnectListener}.
     */
    private final class Listener implements ConnectionListener
    {
        @Override
        public void onConnected(final WebSocketConnection ignore, final boolean reconnect)
        {
            if (reconnect)
            {
                reconnects++;
                reconnectListener.onReconnected(reconnects);
            }
        }

        @Override
        public void onDisconnected(final WebSocketConnection ignore, final String reason)
        {
            // the connection reconnects by itself; reconciliation waits for it to be back
        }
    }
}
