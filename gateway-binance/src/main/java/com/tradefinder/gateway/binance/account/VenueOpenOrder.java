package com.tradefinder.gateway.binance.account;

import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.Side;

/**
 * One open order as the venue lists it ({@code GET /fapi/v1/openOrders}, or {@code GET /fapi/v1/openAlgoOrders} for
 * a conditional order, whose id is then the algo id). Immutable.
 *
 * @param instrumentId         the engine's instrument id.
 * @param clientOrderId        the engine id from {@code clientOrderId}/{@code clientAlgoId}, or
 *                             {@link com.tradefinder.gateway.binance.ClientOrderIdText#NOT_OURS}.
 * @param clientOrderIdText    the client id as the venue states it.
 * @param venueOrderId         {@code orderId}, or {@code algoId} for a conditional order.
 * @param algo                 true for a conditional (algo) order.
 * @param side                 order side.
 * @param positionSide         position side.
 * @param priceMantissa        limit price at the instrument's exponent, 0 for none.
 * @param sizeMantissa         original quantity at the instrument's exponent.
 * @param executedSizeMantissa quantity filled so far.
 * @param averagePriceMantissa average fill price (cut to the exponent), 0 before any fill.
 */
public record VenueOpenOrder(
    int instrumentId,
    long clientOrderId,
    String clientOrderIdText,
    long venueOrderId,
    boolean algo,
    Side side,
    PositionSide positionSide,
    long priceMantissa,
    long sizeMantissa,
    long executedSizeMantissa,
    long averagePriceMantissa)
{
}
