package com.tradefinder.gateway.binance.fake;

/**
 * A plain order ({@code LIMIT} or {@code MARKET}) held by the fake exchange, including the order a triggered
 * conditional (algo) order becomes.
 * <p>
 * Thread contract: mutated only under the {@link FakeExchange} lock.
 */
final class FakeOrder
{
    final long orderId;
    final String clientOrderId;
    final SymbolRules rules;
    final String side;
    final String positionSide;
    final String type;
    final String originalType;
    final String timeInForce;
    final long price;
    final long stopPrice;
    final long quantity;
    final boolean reduceOnly;
    final boolean closePosition;
    final String workingType;
    final long timeMs;
    String status = "NEW";
    long executedQuantity;
    long cumulativeQuote;
    long updateTimeMs;

    FakeOrder(
        final long orderId,
        final String clientOrderId,
        final SymbolRules rules,
        final String side,
        final String positionSide,
        final String type,
        final String originalType,
        final String timeInForce,
        final long price,
        final long stopPrice,
        final long quantity,
        final boolean reduceOnly,
        final boolean closePosition,
        final String workingType,
        final long timeMs)
    {
        this.orderId = orderId;
        this.clientOrderId = clientOrderId;
        this.rules = rules;
        this.side = side;
        this.positionSide = positionSide;
        this.type = type;
        this.originalType = originalType;
        this.timeInForce = timeInForce;
        this.price = price;
        this.stopPrice = stopPrice;
        this.quantity = quantity;
        this.reduceOnly = reduceOnly;
        this.closePosition = closePosition;
        this.workingType = workingType;
        this.timeMs = timeMs;
        this.updateTimeMs = timeMs;
    }

    boolean buy()
    {
        return "BUY".equals(side);
    }

    long remaining()
    {
        return quantity - executedQuantity;
    }

    boolean open()
    {
        return "NEW".equals(status) || "PARTIALLY_FILLED".equals(status);
    }

    long averagePrice()
    {
        return executedQuantity == 0 ? 0 :
            com.tradefinder.numeric.FixedMath.multiplyDivideRound(cumulativeQuote, Decimals.ONE, executedQuantity);
    }

    OrderSnapshot snapshot()
    {
        return new OrderSnapshot(orderId, clientOrderId, rules.symbol(), side, positionSide, type, status,
            Decimals.plain(price), Decimals.plain(quantity), Decimals.plain(executedQuantity),
            Decimals.plain(averagePrice()));
    }
}
