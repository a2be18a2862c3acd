package com.tradefinder.config;

/**
 * The {@code [simulation]} table: the simulated venue of {@code backtest} and {@code paper} bots. An error in
 * {@code testnet} and {@code live}, which trade on the venue.
 *
 * @param slippageBps {@code slippage_bps}: slippage of stop-market and market fills, in basis points against the
 *                    trigger or reference price; default 1; 0..1000.
 * @param latencyMs   {@code latency_ms}: delay between an order leaving the bot and reaching the simulated book;
 *                    default 50; 0..60000.
 * @param touchFills  {@code touch_fills}: whether a limit order fills when price only touches it; otherwise price
 *                    must trade through; default false.
 * @param funding     {@code funding}: whether funding payments are applied every funding interval; default true.
 */
public record SimulationConfig(double slippageBps, int latencyMs, boolean touchFills, boolean funding)
{
}
