package com.tradefinder.gateway.binance.fake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.netty.channel.Channel;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;

/**
 * One client WebSocket connection: its route, whether it is in combined-stream mode ({@code /stream}, payloads
 * wrapped as {@code {"stream":..,"data":..}}), its subscriptions (market routes) or listen key and event filter
 * (private route), and when it last answered a ping.
 * <p>
 * Thread contract: subscriptions are guarded by this object; sends may come from any thread (Netty queues writes
 * onto the channel's event loop in call order per thread).
 */
final class StreamConnection
{
    private final Channel channel;
    private final StreamRoute route;
    private volatile boolean combined;
    private final String listenKey;
    private final Set<String> events;
    private final Set<String> subscriptions = new LinkedHashSet<>();
    private volatile long lastPongNs;

    StreamConnection(
        final Channel channel,
        final StreamRoute route,
        final boolean combined,
        final String listenKey,
        final Set<String> events,
        final long nowNs)
    {
        this.channel = channel;
        this.route = route;
        this.combined = combined;
        this.listenKey = listenKey;
        this.events = events;
        this.lastPongNs = nowNs;
    }

    Channel channel()
    {
        return channel;
    }

    StreamRoute route()
    {
        return route;
    }

    boolean combined()
    {
        return combined;
    }

    void combined(final boolean combined)
    {
        this.combined = combined;
    }

    String listenKey()
    {
        return listenKey;
    }

    /** @return whether a user-data event of this type passes the connection's {@code events=} filter. */
    boolean wantsEvent(final String eventType)
    {
        return events.isEmpty() || events.contains(eventType);
    }

    synchronized void subscribe(final List<String> streams)
    {
        subscriptions.addAll(streams);
    }

    synchronized void unsubscribe(final List<String> streams)
    {
        streams.forEach(subscriptions::remove);
    }

    synchronized boolean subscribed(final String stream)
    {
        return subscriptions.contains(stream);
    }

    synchronized List<String> subscriptions()
    {
        return new ArrayList<>(subscriptions);
    }

    long lastPongNs()
    {
        return lastPongNs;
    }

    void ponged(final long nowNs)
    {
        lastPongNs = nowNs;
    }

    /** Sends {@code payload} as Binance would on this connection: raw, or wrapped when in combined mode. */
    void send(final String stream, final String payload)
    {
        sendText(combined ? new JsonText().beginObject().string("stream", stream).raw("data", payload).endObject()
            .toString() : payload);
    }

    void sendText(final String text)
    {
        if (channel.isActive())
        {
            channel.writeAndFlush(new TextWebSocketFrame(text));
        }
    }
}
