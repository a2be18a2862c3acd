package com.tradefinder.gateway.binance.ws;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import io.netty.channel.EventLoopGroup;

import com.tradefinder.gateway.binance.InboundSink;
import com.tradefinder.gateway.binance.book.DepthSynchronizer;
import com.tradefinder.gateway.binance.marketdata.InstrumentLookup;

/**
 * The market-data WebSocket connections for a set of streams: grouped by route ({@code /public} for book data,
 * {@code /market} for the rest), at most {@link WebSocketContext#maxStreamsPerConnection()} streams per connection,
 * each connection opened as {@code <base>/<route>/stream?streams=a/b/...} with up to
 * {@link WebSocketContext#maxStreamsInUrl()} streams in the URL and the others subscribed in batches after connect.
 * Frames are decoded on each connection's event loop ({@link MarketDataFrameHandler}) and published to the sink.
 * <p>
 * Threading: construct and {@link #routeDepth} at wiring time; {@link #start()} and {@link #close()} from any thread;
 * counters from any thread.
 */
public final class BinanceWebSocketClient implements AutoCloseable
{
    private final List<WebSocketConnection> connections = new ArrayList<>();
    private final List<MarketDataFrameHandler> handlers = new ArrayList<>();
    private final Map<String, WebSocketConnection> connectionByStream = new HashMap<>();
    private final InstrumentLookup instruments;
    private final DepthSynchronizer[] depthByEntry;

    /**
     * @param streams     stream names (see {@link BinanceStreams}); duplicates are ignored.
     * @param instruments every symbol the streams name, registered; read only from here on.
     * @param sink        where decoded messages go.
     * @param status      publishes GatewayStatus messages.
     * @param listener    told of each connection's connects and losses.
     * @param context     concluded settings.
     * @param group       event loops; each connection takes one.
     * @throws IllegalArgumentException for a stream name with upper-case symbol letters or without {@code @}.
     */
    public BinanceWebSocketClient(
        final List<String> streams,
        final InstrumentLookup instruments,
        final InboundSink sink,
        final GatewayStatusPublisher status,
        final ConnectionListener listener,
        final WebSocketContext context,
        final EventLoopGroup group)
    {
        this.instruments = instruments;
        depthByEntry = new DepthSynchronizer[instruments.size()];
        final Map<BinanceRoute, List<String>> byRoute = new EnumMap<>(BinanceRoute.class);
        for (final String stream : new LinkedHashSet<>(streams))
        {
            if (!BinanceStreams.isWellFormed(stream))
            {
                throw new IllegalArgumentException("stream name must be <lowercase symbol>@<kind>: " + stream);
            }
            byRoute.computeIfAbsent(BinanceRoute.of(stream), route -> new ArrayList<>()).add(stream);
        }
        for (final Map.Entry<BinanceRoute, List<String>> entry : byRoute.entrySet())
        {
            final BinanceRoute route = entry.getKey();
            final List<String> routeStreams = entry.getValue();
            final int perConnection = context.maxStreamsPerConnection();
            for (int from = 0, index = 0; from < routeStreams.size(); from += perConnection, index++)
            {
                final List<String> streamsOfConnection = routeStreams.subList(
                    from, Math.min(routeStreams.size(), from + perConnection));
                final int inUrl = Math.min(streamsOfConnection.size(), context.maxStreamsInUrl());
                final String url = context.baseUrl() + "/" + route.path() + "/stream?streams=" +
                    String.join("/", streamsOfConnection.subList(0, inUrl));
                final String name = route.path() + "#" + index;
                final MarketDataFrameHandler handler = new MarketDataFrameHandler(
                    name, instruments, sink, depthByEntry, context.malformedLogIntervalNs());
                final WebSocketConnection connection = new WebSocketConnection(name, route, () -> url,
                    streamsOfConnection.subList(inUrl, streamsOfConnection.size()), handler, listener, status, context,
                    group.next());
                connections.add(connection);
                handlers.add(handler);
                for (final String stream : streamsOfConnection)
                {
                    connectionByStream.put(stream, connection);
                }
            }
        }
    }

    /**
     * Sends a symbol's depth diffs to its synchronizer instead of straight to the sink. Wiring time only.
     *
     * @param synchronizer built with the event loop of {@link #connectionOf(String)} for the symbol's depth stream.
     */
    public void routeDepth(final DepthSynchronizer synchronizer)
    {
        depthByEntry[synchronizer.instrumentEntry()] = synchronizer;
    }

    /**
     * @param stream a stream name given at construction.
     * @return the connection carrying it, or null.
     */
    public WebSocketConnection connectionOf(final String stream)
    {
        return connectionByStream.get(stream);
    }

    /**
     * @return the connections, in route order.
     */
    public List<WebSocketConnection> connections()
    {
        return Collections.unmodifiableList(connections);
    }

    /**
     * @return the instruments this client decodes.
     */
    public InstrumentLookup instruments()
    {
        return instruments;
    }

    /**
     * Opens every connection; returns at once.
     */
    public void start()
    {
        for (final WebSocketConnection connection : connections)
        {
            connection.start();
        }
    }

    @Override
    public void close()
    {
        for (final WebSocketConnection connection : connections)
        {
            connection.close();
        }
    }

    /**
     * @return data frames received over all connections.
     */
    public long frames()
    {
        long sum = 0;
        for (final WebSocketConnection connection : connections)
        {
            sum += connection.counters().frames();
        }
        return sum;
    }

    /**
     * @return frames decoded into messages over all connections.
     */
    public long decoded()
    {
        long sum = 0;
        for (final MarketDataFrameHandler handler : handlers)
        {
            sum += handler.decoded();
        }
        return sum;
    }

    /**
     * @return malformed frames over all connections.
     */
    public long malformed()
    {
        long sum = 0;
        for (final MarketDataFrameHandler handler : handlers)
        {
            sum += handler.malformed();
        }
        return sum;
    }

    /**
     * @return well-formed non-event frames (subscription replies) over all connections.
     */
    public long unsupported()
    {
        long sum = 0;
        for (final MarketDataFrameHandler handler : handlers)
        {
            sum += handler.unsupported();
        }
        return sum;
    }

    /**
     * @return reconnects scheduled over all connections.
     */
    public long reconnects()
    {
        long sum = 0;
        for (final WebSocketConnection connection : connections)
        {
            sum += connection.counters().reconnects();
        }
        return sum;
    }
}
