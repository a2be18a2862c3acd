package com.tradefinder.gateway.binance.fake;

/**
 * An order as the fake exchange holds it at the moment of the call, for test assertions. Decimals are plain text
 * without trailing zeros ({@code "0.001"}, {@code "63943.9"}).
 *
 * @param orderId        exchange order id.
 * @param clientOrderId  the client's id ({@code newClientOrderId}, or the clientAlgoId of a triggered algo order).
 * @param symbol         e.g. {@code BTCUSDT}.
 * @param side           BUY or SELL.
 * @param positionSide   BOTH, LONG or SHORT.
 * @param type           LIMIT or MARKET.
 * @param status         NEW, PARTIALLY_FILLED, FILLED, CANCELED or EXPIRED.
 * @param price          limit price ({@code "0"} for MARKET).
 * @param quantity       original quantity.
 * @param executedQuantity filled so far.
 * @param averagePrice   average fill price ({@code "0"} before the first fill).
 */
public record OrderSnapshot(
    long orderId,
    String clientOrderId,
    String symbol,
    String side,
    String positionSide,
    String type,
    String status,
    String price,
    String quantity,
    String executedQuantity,
    String averagePrice)
{
}
