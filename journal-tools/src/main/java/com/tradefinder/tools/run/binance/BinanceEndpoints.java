package com.tradefinder.tools.run.binance;

import com.tradefinder.config.BotMode;

/**
 * Where a Binance USDⓈ-M session connects: the venue's documented production or testnet hosts by bot mode, either
 * overridable (a local fake exchange in tests, a proxy in production). Immutable.
 *
 * @param restUrl   REST base, e.g. {@code https://fapi.binance.com}.
 * @param streamUrl WebSocket base without the route, e.g. {@code wss://fstream.binance.com}.
 */
public record BinanceEndpoints(String restUrl, String streamUrl)
{
    /** Production REST. */
    public static final String LIVE_REST = "https://fapi.binance.com";
    /** Production WebSocket streams (routed: /public, /market, /private). */
    public static final String LIVE_STREAMS = "wss://fstream.binance.com";
    /** Testnet REST. */
    public static final String TESTNET_REST = "https://demo-fapi.binance.com";
    /** Testnet WebSocket streams. */
    public static final String TESTNET_STREAMS = "wss://fstream.binancefuture.com";

    /**
     * @param mode          the bots' mode: testnet uses the test endpoints, paper and live the production ones
     *                      (paper trades on the simulated venue but reads real market data).
     * @param restOverride  a REST base to use instead, or null.
     * @param streamOverride a WebSocket base to use instead, or null.
     * @return the endpoints.
     */
    public static BinanceEndpoints of(final BotMode mode, final String restOverride, final String streamOverride)
    {
        final boolean testnet = mode == BotMode.TESTNET;
        return new BinanceEndpoints(
            restOverride != null ? strip(restOverride) : testnet ? TESTNET_REST : LIVE_REST,
            streamOverride != null ? strip(streamOverride) : testnet ? TESTNET_STREAMS : LIVE_STREAMS);
    }

    private static String strip(final String url)
    {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
