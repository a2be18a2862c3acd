package com.tradefinder.gateway.binance.fake;

/**
 * A conditional order placed through {@code POST /fapi/v1/algoOrder} ({@code algoType=CONDITIONAL}): it waits for
 * its trigger (last trade price, or mark price with {@code workingType=MARK_PRICE}) and then becomes a plain order,
 * MARKET for {@code STOP_MARKET}/{@code TAKE_PROFIT_MARKET}, LIMIT for {@code STOP}/{@code TAKE_PROFIT}.
 * <p>
 * Thread contract: mutated only under the {@link FakeExchange} lock.
 */
final class FakeAlgoOrder
{
    final long algoId;
    final String clientAlgoId;
    final SymbolRules rules;
    final String side;
    final String positionSide;
    final String orderType;
    final String timeInForce;
    final long quantity;
    final long price;
    final long triggerPrice;
    final String workingType;
    final boolean closePosition;
    final boolean reduceOnly;
    final boolean priceProtect;
    final long createTimeMs;
    String status = "NEW";
    long updateTimeMs;
    long triggerTimeMs;
    FakeOrder triggered;

    FakeAlgoOrder(
        final long algoId,
        final String clientAlgoId,
        final SymbolRules rules,
        final String side,
        final String positionSide,
        final String orderType,
        final String timeInForce,
        final long quantity,
        final long price,
        final long triggerPrice,
        final String workingType,
        final boolean closePosition,
        final boolean reduceOnly,
        final boolean priceProtect,
        final long createTimeMs)
    {
        this.algoId = algoId;
        this.clientAlgoId = clientAlgoId;
        this.rules = rules;
        this.side = side;
        this.positionSide = positionSide;
        this.orderType = orderType;
        this.timeInForce = timeInForce;
        this.quantity = quantity;
        this.price = price;
        this.triggerPrice = triggerPrice;
        this.workingType = workingType;
        this.closePosition = closePosition;
        this.reduceOnly = reduceOnly;
        this.priceProtect = priceProtect;
        this.createTimeMs = createTimeMs;
        this.updateTimeMs = createTimeMs;
    }

    boolean buy()
    {
        return "BUY".equals(side);
    }

    boolean marketOnTrigger()
    {
        return orderType.endsWith("_MARKET");
    }

    /** Binance's rule: STOP* buys at or above, sells at or below the trigger; TAKE_PROFIT* the other way round. */
    boolean triggersAt(final long price)
    {
        final boolean stop = orderType.startsWith("STOP");
        return stop == buy() ? price >= triggerPrice : price <= triggerPrice;
    }
}
