package com.tradefinder.gateway.binance.account;

import com.tradefinder.codecs.PositionSide;

/**
 * One position as {@code GET /fapi/v2/positionRisk} states it. Immutable.
 *
 * @param instrumentId          the engine's instrument id.
 * @param positionSide          BOTH in one-way mode, LONG or SHORT in hedge mode.
 * @param sizeMantissa          signed {@code positionAmt} at the instrument's size exponent (negative is short).
 * @param entryPriceMantissa    {@code entryPrice} cut to the instrument's price exponent.
 * @param unrealizedPnlMantissa {@code unRealizedProfit} at exponent -8.
 */
public record VenuePosition(
    int instrumentId, PositionSide positionSide, long sizeMantissa, long entryPriceMantissa, long unrealizedPnlMantissa)
{
}
