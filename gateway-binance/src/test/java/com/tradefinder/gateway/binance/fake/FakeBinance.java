package com.tradefinder.gateway.binance.fake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.util.concurrent.GlobalEventExecutor;

import com.tradefinder.numeric.FixedPoint;
import com.tradefinder.testsupport.SharedData;

/**
 * A local stand-in for Binance USDⓈ-M futures on 127.0.0.1 and an ephemeral port, speaking the documented protocol so
 * the real gateway connects to it unchanged: REST under {@link #restUri()}, WebSocket routes under {@link #wsUri()}
 * ({@code /public}, {@code /market}, {@code /private}), market data replayed from captures, an account with matching
 * and user-data pushes ({@link FakeExchange}), faults on demand ({@link #faults()}) and introspection for assertions.
 * <p>
 * Thread contract: {@link #launch}, {@link #startReplay()} and {@link #close()} from the test thread; every other
 * method is thread-safe. Netty runs two event loops; the replay runs on its own thread.
 */
public final class FakeBinance implements AutoCloseable
{
    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
    private final ChannelGroup httpChannels = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
    private final ExchangeClock clock = new ExchangeClock();
    private final StreamHub hub = new StreamHub();
    private final Map<String, ReplayBook> books = new HashMap<>();
    private final FakeExchange exchange;
    private final FakeBinanceFaults faults;
    private final RestApi restApi;
    private final CaptureReplay replay;
    private final Channel serverChannel;

    private FakeBinance(final FakeBinanceContext context)
    {
        final String exchangeInfo = read(context.exchangeInfo() != null ? context.exchangeInfo() :
            SharedData.fixture("binance/rest-exchangeInfo.json"));
        final Map<String, SymbolRules> rules = SymbolRules.fromExchangeInfo(exchangeInfo);
        rules.values().forEach(symbol -> books.put(symbol.symbol(), new ReplayBook(symbol)));
        exchange = new FakeExchange(rules, clock, hub, decimal(context.walletBalance(), "walletBalance"),
            decimal(context.makerFeeRate(), "makerFeeRate"), decimal(context.takerFeeRate(), "takerFeeRate"));
        faults = new FakeBinanceFaults(hub, exchange, clock, () -> httpChannels.close());
        restApi = new RestApi(context.apiKey(), context.secretKey(), clock, faults, exchange, books, exchangeInfo);
        replay = new CaptureReplay(context.captures(), context.captureLineLimit(), context.replaySpeed());
        final long pingIntervalMs = context.pingIntervalMs();
        final long pongTimeoutMs = context.pongTimeoutMs();
        serverChannel = new ServerBootstrap()
            .group(group)
            .channel(NioServerSocketChannel.class)
            .childHandler(new ChannelInitializer<SocketChannel>()
            {
                @Override
                protected void initChannel(final SocketChannel channel)
                {
                    httpChannels.add(channel);
                    channel.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(1 << 20),
                        new HttpEntryHandler(restApi, hub, exchange, pingIntervalMs, pongTimeoutMs));
                }
            })
            .bind(new InetSocketAddress("127.0.0.1", 0))
            .syncUninterruptibly()
            .channel();
    }

    /**
     * Binds the server and loads the captures; the replay waits for {@link #startReplay()}.
     *
     * @param context settings.
     * @return the running fake.
     */
    public static FakeBinance launch(final FakeBinanceContext context)
    {
        return new FakeBinance(context);
    }

    public int port()
    {
        return ((InetSocketAddress)serverChannel.localAddress()).getPort();
    }

    /** @return e.g. {@code http://127.0.0.1:PORT}, the stand-in for {@code https://fapi.binance.com}. */
    public URI restUri()
    {
        return URI.create("http://127.0.0.1:" + port());
    }

    /** @return e.g. {@code ws://127.0.0.1:PORT}, the stand-in for {@code wss://fstream.binance.com}. */
    public URI wsUri()
    {
        return URI.create("ws://127.0.0.1:" + port());
    }

    public FakeBinanceFaults faults()
    {
        return faults;
    }

    /** Starts playing the captures; the REST depth snapshot of each symbol starts at the capture's own snapshot. */
    public void startReplay()
    {
        for (final CaptureMessage message : replay.messages())
        {
            if (CaptureMessage.SNAPSHOT.equals(message.eventType()))
            {
                books.get(message.symbol()).loadSnapshot(JsonValues.object(message.payload()));
            }
        }
        replay.start(this::onCaptureMessage);
    }

    /** @return whether the replay reached the end of every capture within the timeout. */
    public boolean awaitReplayFinished(final long timeout, final TimeUnit unit) throws InterruptedException
    {
        return replay.awaitFinished(timeout, unit);
    }

    /** @return capture messages (including synthesised aggTrades and the snapshot line) replayed so far. */
    public long replayed()
    {
        return replay.replayed();
    }

    /** @return the messages the replay plays, in order, for tests that compare what they received. */
    public List<CaptureMessage> replayMessages()
    {
        return replay.messages();
    }

    /** @return the book's lastUpdateId for {@code symbol} (what GET /fapi/v1/depth would answer now). */
    public long bookLastUpdateId(final String symbol)
    {
        return books.get(symbol).lastUpdateId();
    }

    public OrderSnapshot order(final String clientOrderId)
    {
        return exchange.order(clientOrderId);
    }

    /**
     * @return client algo ids of every conditional order received (accepted or not), in no particular order.
     */
    public List<String> algoOrdersReceived()
    {
        return exchange.algoOrdersReceived();
    }

    /** @return every order received, in arrival order (rejected placements are not orders). */
    public List<OrderSnapshot> ordersReceived()
    {
        return exchange.ordersReceived();
    }

    public List<OrderSnapshot> openOrders()
    {
        return exchange.openOrderSnapshots();
    }

    public List<PositionSnapshot> positions()
    {
        return exchange.positionSnapshots();
    }

    /** @return USDT wallet balance, plain decimal text. */
    public String walletBalance()
    {
        return exchange.walletBalance();
    }

    public long rejectedSignatures()
    {
        return restApi.rejectedSignatures();
    }

    public long rejectedTimestamps()
    {
        return restApi.rejectedTimestamps();
    }

    public long duplicateOrderAttempts()
    {
        return exchange.duplicateOrderAttempts();
    }

    /** @return the listen key in force, or null. */
    public String listenKey()
    {
        return exchange.listenKey();
    }

    public int webSocketConnections()
    {
        return hub.connectionCount();
    }

    /** @return requests answered with a WebSocket error frame (bad JSON, unknown method). */
    public long badStreamRequests()
    {
        return hub.badRequests();
    }

    @Override
    public void close()
    {
        replay.close();
        serverChannel.close().syncUninterruptibly();
        httpChannels.close().awaitUninterruptibly();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** The replay thread's step: advance the book and the exchange, then push to subscribers. */
    private void onCaptureMessage(final CaptureMessage message)
    {
        final String symbol = message.symbol();
        switch (message.eventType())
        {
            case "depthUpdate" ->
            {
                books.get(symbol).applyDiff(JsonValues.object(message.payload()));
                if (faults.takeDepthSkip())
                {
                    return;
                }
            }
            case "bookTicker" ->
            {
                final Map<String, Object> ticker = JsonValues.object(message.payload());
                exchange.onBookTicker(symbol, Decimals.parse((String)ticker.get("b")),
                    Decimals.parse((String)ticker.get("a")));
            }
            case "markPriceUpdate" ->
            {
                hub.publish(message.stream(), message.payload());
                exchange.onMarkPrice(symbol, Decimals.parse((String)JsonValues.object(message.payload()).get("p")));
                return;
            }
            case "trade" ->
            {
                hub.publish(message.stream(), message.payload());
                final Map<String, Object> trade = JsonValues.object(message.payload());
                exchange.onTrade(symbol, Decimals.parse((String)trade.get("p")), Decimals.parse((String)trade.get("q")));
                return;
            }
            default ->
            {
            }
        }
        if (message.stream() != null)
        {
            hub.publish(message.stream(), message.payload());
        }
    }

    private static long decimal(final String text, final String name)
    {
        final long value = Decimals.parse(text);
        if (value == FixedPoint.INVALID)
        {
            throw new IllegalArgumentException("FakeBinanceContext." + name + " is not a decimal: " + text);
        }
        return value;
    }

    private static String read(final java.nio.file.Path path)
    {
        try
        {
            return Files.readString(path);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read " + path, ex);
        }
    }
}
