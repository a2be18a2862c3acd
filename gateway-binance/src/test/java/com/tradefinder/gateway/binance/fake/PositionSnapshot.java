package com.tradefinder.gateway.binance.fake;

/**
 * One position of the fake account at the moment of the call, for test assertions. Decimals are plain text.
 *
 * @param symbol        e.g. {@code BTCUSDT}.
 * @param positionSide  BOTH (one-way mode), LONG or SHORT (hedge mode).
 * @param amount        signed position amount (negative short).
 * @param entryPrice    average entry price.
 * @param realizedPnl   realized profit accumulated on this position, before fees.
 */
public record PositionSnapshot(String symbol, String positionSide, String amount, String entryPrice, String realizedPnl)
{
}
