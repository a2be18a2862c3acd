package com.tradefinder.gateway.binance.ws;

/**
 * The routed WebSocket endpoints of Binance USDⓈ-M (the unrouted {@code /ws} and {@code /stream} were retired on
 * 2026-04-23): book data on {@code /public}, other market data on {@code /market}, user data on {@code /private}.
 * <p>
 * The code is what {@link GatewayStatusPublisher} puts in a connection event's {@code detailCode}.
 */
public enum BinanceRoute
{
    /** {@code @bookTicker} and {@code @depth} streams. */
    PUBLIC("public", 1),
    /** {@code @aggTrade}, {@code @kline_<i>}, {@code @markPrice} and the other regular market streams. */
    MARKET("market", 2),
    /** The listenKey user-data stream. */
    PRIVATE("private", 3);

    private final String path;
    private final int code;

    BinanceRoute(final String path, final int code)
    {
        this.path = path;
        this.code = code;
    }

    /**
     * @return the path segment after the base URL, without slashes.
     */
    public String path()
    {
        return path;
    }

    /**
     * @return a stable number for the route, carried in GatewayStatus {@code detailCode}.
     */
    public int code()
    {
        return code;
    }

    /**
     * @param streamName a market stream name such as {@code btcusdt@depth@100ms}.
     * @return {@link #PUBLIC} for book streams, {@link #MARKET} for everything else.
     */
    public static BinanceRoute of(final String streamName)
    {
        final int at = streamName.indexOf('@');
        final String kind = at < 0 ? streamName : streamName.substring(at + 1);
        return kind.startsWith("bookTicker") || kind.startsWith("depth") ? PUBLIC : MARKET;
    }
}
