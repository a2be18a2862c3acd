package com.tradefinder.gateway.binance.ws;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;

import com.tradefinder.gateway.binance.InboundSink;
import com.tradefinder.gateway.binance.book.DepthSnapshotSource;
import com.tradefinder.gateway.binance.book.DepthSynchronizer;
import com.tradefinder.gateway.binance.marketdata.InstrumentLookup;

/**
 * What a bot runner starts for Binance USDⓈ-M market data: for each symbol {@code bookTicker} and diff depth on the
 * {@code /public} route, {@code aggTrade}, {@code kline_<tf>} per timeframe and {@code markPrice@1s} on the
 * {@code /market} route; depth kept in sequence by one {@link DepthSynchronizer} per symbol; everything published as
 * SBE messages to the {@link InboundSink}, with GatewayStatus messages for connects, losses and resyncs.
 * <p>
 * Threading: construct at wiring time; {@link #start()} and {@link #close()} from any thread; counters and states
 * from any thread. Runs its own NIO event loop thread(s).
 */
public final class BinanceMarketDataGateway implements AutoCloseable
{
    private final EventLoopGroup group;
    private final BinanceWebSocketClient client;
    private final List<DepthSynchronizer> synchronizers = new ArrayList<>();

    /**
     * @param symbols     venue symbols, each registered in {@code instruments} (ids and exponents).
     * @param timeframes  kline intervals, e.g. {@code 1m}, {@code 1h}; may be empty.
     * @param depthSpeed  diff-depth speed suffix, e.g. {@link BinanceStreams#DEPTH_100MS}.
     * @param instruments symbol lookup; read only from here on.
     * @param snapshots   REST depth snapshots.
     * @param sink        where the messages go.
     * @param context     settings; concluded here if not yet.
     * @param threads     event loop threads (1 is enough for a few symbols).
     * @throws IllegalArgumentException for a symbol missing from the lookup.
     */
    public BinanceMarketDataGateway(
        final List<String> symbols,
        final List<String> timeframes,
        final String depthSpeed,
        final InstrumentLookup instruments,
        final DepthSnapshotSource snapshots,
        final InboundSink sink,
        final WebSocketContext context,
        final int threads)
    {
        if (!context.isConcluded())
        {
            context.conclude();
        }
        final List<String> streams = new ArrayList<>();
        for (final String symbol : symbols)
        {
            if (instruments.find(symbol) == InstrumentLookup.NOT_FOUND)
            {
                throw new IllegalArgumentException("symbol not in the instrument lookup: " + symbol);
            }
            streams.add(BinanceStreams.bookTicker(symbol));
            streams.add(BinanceStreams.depth(symbol, depthSpeed));
            streams.add(BinanceStreams.aggTrade(symbol));
            for (final String timeframe : timeframes)
            {
                streams.add(BinanceStreams.kline(symbol, timeframe));
            }
            streams.add(BinanceStreams.markPrice1s(symbol));
        }
        group = new MultiThreadIoEventLoopGroup(threads, NioIoHandler.newFactory());
        final GatewayStatusPublisher status = new GatewayStatusPublisher(sink, context.clock());
        client = new BinanceWebSocketClient(streams, instruments, sink, status, new NoReaction(), context, group);
        for (final String symbol : symbols)
        {
            final WebSocketConnection depthConnection = client.connectionOf(BinanceStreams.depth(symbol, depthSpeed));
            final DepthSynchronizer synchronizer = new DepthSynchronizer(symbol.toUpperCase(Locale.ROOT),
                instruments.find(symbol), instruments, snapshots, depthConnection.eventLoop(), sink, status,
                context.clock());
            client.routeDepth(synchronizer);
            synchronizers.add(synchronizer);
        }
    }

    /**
     * Opens the connections; returns at once. Depth sync starts with each symbol's first diff.
     */
    public void start()
    {
        client.start();
    }

    /**
     * Closes the connections and stops the event loop threads.
     */
    @Override
    public void close()
    {
        client.close();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }

    /**
     * @return the WebSocket client, for per-connection counters.
     */
    public BinanceWebSocketClient client()
    {
        return client;
    }

    /**
     * @return the depth synchronizers, one per symbol, for their states and counters.
     */
    public List<DepthSynchronizer> synchronizers()
    {
        return Collections.unmodifiableList(synchronizers);
    }

    /**
     * @return data frames received.
     */
    public long frames()
    {
        return client.frames();
    }

    /**
     * @return frames decoded into messages.
     */
    public long decoded()
    {
        return client.decoded();
    }

    /**
     * @return malformed frames.
     */
    public long malformed()
    {
        return client.malformed();
    }

    /**
     * @return reconnects scheduled.
     */
    public long reconnects()
    {
        return client.reconnects();
    }

    /**
     * @return depth resyncs over all symbols.
     */
    public long resyncs()
    {
        long sum = 0;
        for (final DepthSynchronizer synchronizer : synchronizers)
        {
            sum += synchronizer.resyncs();
        }
        return sum;
    }

    /**
     * Market data needs nothing beyond the status messages on a reconnect: each synchronizer finds a gap by itself.
     */
    private static final class NoReaction implements ConnectionListener
    {
        @Override
        public void onConnected(final WebSocketConnection connection, final boolean reconnect)
        {
            // status already published by the connection
        }

        @Override
        public void onDisconnected(final WebSocketConnection connection, final String reason)
        {
            // status already published by the connection
        }
    }
}
