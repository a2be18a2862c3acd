package com.tradefinder.gateway.binance.fake;

/**
 * The WebSocket entry points of Binance USDⓈ-M since the 2026 URL split: {@code /public} carries book data
 * (bookTicker, depth), {@code /market} every other public stream, {@code /private} user data. A connection without a
 * route behaves as {@code /public}. A stream subscribed on the wrong route is accepted and never pushed, as on
 * Binance.
 * <p>
 * Immutable; safe on any thread.
 */
enum StreamRoute
{
    PUBLIC,
    MARKET,
    PRIVATE;

    /**
     * @param stream lower-case stream name such as {@code btcusdt@depth@100ms}.
     * @return the route that pushes it.
     */
    static StreamRoute of(final String stream)
    {
        return stream.contains("@bookTicker") || stream.equals("!bookTicker") || stream.contains("@depth") ?
            PUBLIC : MARKET;
    }
}
