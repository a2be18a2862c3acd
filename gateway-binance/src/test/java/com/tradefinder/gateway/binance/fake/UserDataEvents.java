package com.tradefinder.gateway.binance.fake;

/**
 * The user-data stream payloads in Binance's shapes and field order (see the {@code ws-*} fixtures):
 * ORDER_TRADE_UPDATE, TRADE_LITE, ACCOUNT_UPDATE, ALGO_UPDATE and listenKeyExpired.
 * <p>
 * Stateless; safe on any thread.
 */
final class UserDataEvents
{
    private UserDataEvents()
    {
    }

    /**
     * @param executionType NEW, TRADE, CANCELED or EXPIRED.
     * @param lastQuantity  this fill's quantity (0 unless TRADE).
     * @param lastPrice     this fill's price (0 unless TRADE).
     * @param commission    this fill's fee in USDT (omitted with its asset when 0, as Binance does).
     * @param maker         whether this fill was on the maker side.
     * @param realizedPnl   this fill's realized PnL.
     */
    static String orderTradeUpdate(
        final FakeOrder order,
        final String executionType,
        final long tradeId,
        final long lastQuantity,
        final long lastPrice,
        final long commission,
        final boolean maker,
        final long realizedPnl,
        final long nowMs)
    {
        final SymbolRules rules = order.rules;
        final JsonText json = new JsonText().beginObject()
            .string("e", "ORDER_TRADE_UPDATE").number("T", nowMs).number("E", nowMs)
            .beginObject("o")
            .string("s", rules.symbol())
            .string("c", order.clientOrderId)
            .string("S", order.side)
            .string("o", order.type)
            .string("f", order.timeInForce)
            .string("q", rules.quantity(order.quantity))
            .string("p", rules.price(order.price))
            .string("ap", rules.price(order.averagePrice()))
            .string("sp", rules.price(order.stopPrice))
            .string("x", executionType)
            .string("X", order.status)
            .number("i", order.orderId)
            .string("l", rules.quantity(lastQuantity))
            .string("z", rules.quantity(order.executedQuantity))
            .string("L", rules.price(lastPrice));
        if (commission != 0)
        {
            json.string("N", "USDT").string("n", Decimals.format(commission, 8));
        }
        return json.number("T", nowMs)
            .number("t", tradeId)
            .string("b", "0")
            .string("a", "0")
            .bool("m", maker)
            .bool("R", order.reduceOnly)
            .string("wt", order.workingType)
            .string("ot", order.originalType)
            .string("ps", order.positionSide)
            .bool("cp", order.closePosition)
            .string("rp", Decimals.format(realizedPnl, 8))
            .string("V", "EXPIRE_MAKER")
            .string("pm", "NONE")
            .number("gtd", 0)
            .endObject().endObject().toString();
    }

    static String tradeLite(
        final FakeOrder order, final long tradeId, final long quantity, final long price, final boolean maker,
        final long nowMs)
    {
        final SymbolRules rules = order.rules;
        return new JsonText().beginObject()
            .string("e", "TRADE_LITE").number("E", nowMs).number("T", nowMs)
            .string("s", rules.symbol())
            .string("q", rules.quantity(order.quantity))
            .string("p", rules.price(order.price))
            .bool("m", maker)
            .string("c", order.clientOrderId)
            .string("S", order.side)
            .string("L", rules.price(price))
            .string("l", rules.quantity(quantity))
            .number("t", tradeId)
            .number("i", order.orderId)
            .endObject().toString();
    }

    /**
     * @param reason   the {@code m} field: ORDER for fills.
     * @param wallet   wallet balance after the event.
     * @param change   balance change other than PnL and commission ({@code bc}).
     * @param position the position the event changed.
     */
    static String accountUpdate(
        final String reason,
        final long wallet,
        final long change,
        final FakePosition position,
        final String marginType,
        final long markPrice,
        final long nowMs)
    {
        final SymbolRules rules = position.rules;
        return new JsonText().beginObject()
            .string("e", "ACCOUNT_UPDATE").number("T", nowMs).number("E", nowMs)
            .beginObject("a")
            .string("m", reason)
            .beginArray("B").beginObject()
            .string("a", "USDT")
            .string("wb", Decimals.format(wallet, 8))
            .string("cw", Decimals.format(wallet, 8))
            .string("bc", Decimals.format(change, 8))
            .endObject().endArray()
            .beginArray("P").beginObject()
            .string("s", rules.symbol())
            .string("pa", Decimals.plain(position.amount))
            .string("ep", Decimals.format(position.entryPrice, 8))
            .string("bep", Decimals.format(position.entryPrice, 8))
            .string("cr", Decimals.format(position.realizedPnl, 8))
            .string("up", Decimals.format(position.unrealizedPnl(markPrice), 8))
            .string("mt", marginType)
            .string("iw", "0")
            .string("ps", position.positionSide)
            .endObject().endArray()
            .endObject().endObject().toString();
    }

    static String algoUpdate(final FakeAlgoOrder algo, final long nowMs)
    {
        final SymbolRules rules = algo.rules;
        final FakeOrder triggered = algo.triggered;
        return new JsonText().beginObject()
            .string("e", "ALGO_UPDATE").number("T", nowMs).number("E", nowMs)
            .beginObject("o")
            .string("caid", algo.clientAlgoId)
            .number("aid", algo.algoId)
            .string("at", "CONDITIONAL")
            .string("o", algo.orderType)
            .string("s", rules.symbol())
            .string("S", algo.side)
            .string("ps", algo.positionSide)
            .string("f", algo.timeInForce)
            .string("q", rules.quantity(algo.quantity))
            .string("X", algo.status)
            .string("ai", triggered == null ? "" : Long.toString(triggered.orderId))
            .string("ap", rules.price(triggered == null ? 0 : triggered.averagePrice()))
            .string("aq", rules.quantity(triggered == null ? 0 : triggered.executedQuantity))
            .string("act", triggered == null ? "0" : triggered.type)
            .string("tp", rules.price(algo.triggerPrice))
            .string("p", rules.price(algo.price))
            .string("V", "EXPIRE_MAKER")
            .string("wt", algo.workingType)
            .string("pm", "NONE")
            .bool("cp", algo.closePosition)
            .bool("pP", algo.priceProtect)
            .bool("R", algo.reduceOnly)
            .number("tt", algo.triggerTimeMs)
            .number("gtd", 0)
            .endObject().endObject().toString();
    }

    static String listenKeyExpired(final String listenKey, final long nowMs)
    {
        return new JsonText().beginObject().string("e", "listenKeyExpired").number("E", nowMs)
            .string("listenKey", listenKey).endObject().toString();
    }
}
