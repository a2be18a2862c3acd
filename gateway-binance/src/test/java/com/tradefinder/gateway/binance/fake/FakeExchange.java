package com.tradefinder.gateway.binance.fake;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.tradefinder.numeric.FixedPoint;

/**
 * The fake account and its matching: orders, conditional (algo) orders, positions per symbol and position side,
 * the USDT wallet, fees, the listen key, and the user-data events all of these push.
 * <p>
 * Matching rules (deliberately simple and deterministic):
 * <ul>
 * <li>MARKET fills whole at the latest bookTicker best ask (BUY) or bid (SELL), as taker; with no bookTicker yet it
 * EXPIREs.</li>
 * <li>A LIMIT order that is marketable on arrival (BUY at or above the best ask, SELL at or below the best bid) fills
 * whole at that best price as taker, except GTX (post-only) which EXPIREs; IOC/FOK that are not marketable
 * EXPIRE.</li>
 * <li>A resting LIMIT fills as maker at its own price when a replayed trade prints strictly through it (BUY: trade
 * price below the limit; SELL: above), by at most the traded quantity, shared in order-id order among resting
 * orders.</li>
 * <li>A conditional order triggers on the last trade price (CONTRACT_PRICE) or mark price (MARK_PRICE) by Binance's
 * rule, then becomes a MARKET (or LIMIT for STOP/TAKE_PROFIT) order matched as above.</li>
 * </ul>
 * Each fill pushes TRADE_LITE, ACCOUNT_UPDATE then ORDER_TRADE_UPDATE (x=TRADE). Client order ids are unique over
 * every order the fake has received (stricter than Binance's open-orders rule, so a double placement shows).
 * <p>
 * Thread contract: every public-facing method is synchronized on this object; REST handlers (Netty event loops) and
 * the replay thread call in.
 */
final class FakeExchange
{
    private static final Pattern CLIENT_ID = Pattern.compile("^[\\.A-Z\\:/a-z0-9_-]{1,36}$");
    private static final Set<String> CONDITIONAL_TYPES =
        Set.of("STOP", "STOP_MARKET", "TAKE_PROFIT", "TAKE_PROFIT_MARKET", "TRAILING_STOP_MARKET");
    private static final Set<String> ALGO_TYPES = Set.of("STOP", "STOP_MARKET", "TAKE_PROFIT", "TAKE_PROFIT_MARKET");
    private static final Set<String> TIME_IN_FORCE = Set.of("GTC", "IOC", "FOK", "GTX", "GTD");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SymbolRules> rules;
    private final ExchangeClock clock;
    private final StreamHub hub;
    private final long makerFeeRate;
    private final long takerFeeRate;
    private final Map<Long, FakeOrder> ordersById = new LinkedHashMap<>();
    private final Map<String, FakeOrder> ordersByClientId = new LinkedHashMap<>();
    private final Map<Long, FakeAlgoOrder> algosById = new LinkedHashMap<>();
    private final Map<String, FakeAlgoOrder> algosByClientId = new HashMap<>();
    private final Map<String, FakePosition> positions = new LinkedHashMap<>();
    private final Map<String, Integer> leverageBySymbol = new HashMap<>();
    private final Map<String, String> marginTypeBySymbol = new HashMap<>();
    private final Map<String, long[]> bestBidAskBySymbol = new HashMap<>();
    private final Map<String, Long> lastPriceBySymbol = new HashMap<>();
    private final Map<String, Long> markPriceBySymbol = new HashMap<>();
    private long walletBalance;
    private boolean dualSidePosition;
    private String listenKey;
    private long nextOrderId = 8_389_765_000_000_000_000L;
    private long nextAlgoId = 1_000_000_000_000_000L;
    private long nextTradeId = 5_000_000_000L;
    private long duplicateOrderAttempts;

    FakeExchange(
        final Map<String, SymbolRules> rules,
        final ExchangeClock clock,
        final StreamHub hub,
        final long walletBalance,
        final long makerFeeRate,
        final long takerFeeRate)
    {
        this.rules = rules;
        this.clock = clock;
        this.hub = hub;
        this.walletBalance = walletBalance;
        this.makerFeeRate = makerFeeRate;
        this.takerFeeRate = takerFeeRate;
    }

    // ---------------------------------------------------------------- market data from the replay

    synchronized void onBookTicker(final String symbol, final long bid, final long ask)
    {
        bestBidAskBySymbol.put(symbol, new long[]{ bid, ask });
    }

    synchronized void onMarkPrice(final String symbol, final long markPrice)
    {
        markPriceBySymbol.put(symbol, markPrice);
        triggerAlgos(symbol, "MARK_PRICE", markPrice);
    }

    synchronized void onTrade(final String symbol, final long price, final long quantity)
    {
        lastPriceBySymbol.put(symbol, price);
        long available = quantity;
        for (final FakeOrder order : new ArrayList<>(ordersById.values()))
        {
            if (available <= 0)
            {
                break;
            }
            if (order.open() && "LIMIT".equals(order.type) && order.rules.symbol().equals(symbol) &&
                (order.buy() ? price < order.price : price > order.price))
            {
                final long filled = Math.min(available, order.remaining());
                fill(order, filled, order.price, true);
                available -= filled;
            }
        }
        triggerAlgos(symbol, "CONTRACT_PRICE", price);
    }

    // ---------------------------------------------------------------- orders

    synchronized RestResponse placeOrder(final Map<String, String> params)
    {
        final String type = params.get("type");
        if (type != null && CONDITIONAL_TYPES.contains(type))
        {
            return RestResponse.error(BinanceError.badRequest(-4120,
                "Order type not supported for this endpoint. Please use the Algo Order API endpoints instead."));
        }
        final BinanceError common = checkCommon(params);
        if (common != null)
        {
            return RestResponse.error(common);
        }
        if (!"LIMIT".equals(type) && !"MARKET".equals(type))
        {
            return RestResponse.error(type == null ? BinanceError.mandatory("type") :
                BinanceError.badRequest(-1116, "Invalid orderType."));
        }
        final SymbolRules symbol = rules.get(params.get("symbol"));
        final boolean market = "MARKET".equals(type);
        final long quantity = Decimals.parse(params.get("quantity"));
        final BinanceError quantityError = checkQuantity(symbol, quantity, market);
        if (quantityError != null)
        {
            return RestResponse.error(quantityError);
        }
        long price = 0;
        String timeInForce = params.getOrDefault("timeInForce", "GTC");
        if (!market)
        {
            if (params.get("timeInForce") == null)
            {
                return RestResponse.error(BinanceError.mandatory("timeInForce"));
            }
            if (!TIME_IN_FORCE.contains(timeInForce))
            {
                return RestResponse.error(BinanceError.badRequest(-1115, "Invalid timeInForce."));
            }
            price = Decimals.parse(params.get("price"));
            final BinanceError priceError = checkPrice(symbol, price, "price");
            if (priceError != null)
            {
                return RestResponse.error(priceError);
            }
        }
        final BinanceError notional = checkNotional(symbol, params, market ? referencePrice(symbol.symbol(),
            "BUY".equals(params.get("side"))) : price, quantity);
        if (notional != null)
        {
            return RestResponse.error(notional);
        }
        final String clientOrderId = params.getOrDefault("newClientOrderId", generatedId("web_"));
        final BinanceError idError = checkClientId(clientOrderId, true);
        if (idError != null)
        {
            return RestResponse.error(idError);
        }
        final FakeOrder order = new FakeOrder(nextOrderId++, clientOrderId, symbol, params.get("side"),
            params.getOrDefault("positionSide", "BOTH"), type, type, market ? "GTC" : timeInForce, price, 0, quantity,
            "true".equals(params.get("reduceOnly")), false, "CONTRACT_PRICE", clock.nowMs());
        final String ack = orderJson(order);
        accept(order);
        return RestResponse.ok("RESULT".equals(params.get("newOrderRespType")) ? orderJson(order) : ack);
    }

    synchronized RestResponse cancelOrder(final Map<String, String> params)
    {
        final FakeOrder order = findOrder(params);
        if (order == null || !order.open())
        {
            return RestResponse.error(BinanceError.badRequest(-2011, "Unknown order sent."));
        }
        order.status = "CANCELED";
        order.updateTimeMs = clock.nowMs();
        pushOrderUpdate(order, "CANCELED");
        return RestResponse.ok(orderJson(order));
    }

    synchronized RestResponse queryOrder(final Map<String, String> params)
    {
        final FakeOrder order = findOrder(params);
        return order == null ? RestResponse.error(BinanceError.badRequest(-2013, "Order does not exist.")) :
            RestResponse.ok(orderJson(order));
    }

    synchronized RestResponse openOrders(final Map<String, String> params)
    {
        final String symbol = params.get("symbol");
        if (symbol != null && !rules.containsKey(symbol))
        {
            return RestResponse.error(BinanceError.badRequest(-1121, "Invalid symbol."));
        }
        final StringBuilder body = new StringBuilder("[");
        for (final FakeOrder order : ordersById.values())
        {
            if (order.open() && (symbol == null || symbol.equals(order.rules.symbol())))
            {
                body.append(body.length() > 1 ? "," : "").append(orderJson(order));
            }
        }
        return RestResponse.ok(body.append(']').toString());
    }

    // ---------------------------------------------------------------- algo orders

    synchronized RestResponse placeAlgoOrder(final Map<String, String> params)
    {
        if (!"CONDITIONAL".equals(params.get("algoType")))
        {
            return RestResponse.error(params.get("algoType") == null ? BinanceError.mandatory("algoType") :
                BinanceError.badRequest(-1116, "Invalid algoType."));
        }
        final BinanceError common = checkCommon(params);
        if (common != null)
        {
            return RestResponse.error(common);
        }
        final String type = params.get("type");
        if (!ALGO_TYPES.contains(type))
        {
            return RestResponse.error(type == null ? BinanceError.mandatory("type") :
                BinanceError.badRequest(-1116, "Invalid orderType."));
        }
        final SymbolRules symbol = rules.get(params.get("symbol"));
        final boolean closePosition = "true".equals(params.get("closePosition"));
        if (closePosition && (params.containsKey("quantity") || params.containsKey("reduceOnly") ||
            !type.endsWith("_MARKET")))
        {
            return RestResponse.error(BinanceError.badRequest(-1106,
                "Parameter '" + (params.containsKey("quantity") ? "quantity" : "closePosition") +
                "' sent when not required."));
        }
        final long quantity = closePosition ? 0 : Decimals.parse(params.get("quantity"));
        if (!closePosition)
        {
            final BinanceError quantityError = checkQuantity(symbol, quantity, type.endsWith("_MARKET"));
            if (quantityError != null)
            {
                return RestResponse.error(quantityError);
            }
        }
        final long triggerPrice = Decimals.parse(params.get("triggerPrice"));
        final BinanceError triggerError = checkPrice(symbol, triggerPrice, "triggerPrice");
        if (triggerError != null)
        {
            return RestResponse.error(triggerError);
        }
        long price = 0;
        if (!type.endsWith("_MARKET"))
        {
            price = Decimals.parse(params.get("price"));
            final BinanceError priceError = checkPrice(symbol, price, "price");
            if (priceError != null)
            {
                return RestResponse.error(priceError);
            }
        }
        if (!closePosition)
        {
            final BinanceError notional = checkNotional(symbol, params, price != 0 ? price : triggerPrice, quantity);
            if (notional != null)
            {
                return RestResponse.error(notional);
            }
        }
        final String clientAlgoId = params.getOrDefault("clientAlgoId", generatedId(""));
        final BinanceError idError = checkClientId(clientAlgoId, false);
        if (idError != null)
        {
            return RestResponse.error(idError);
        }
        final FakeAlgoOrder algo = new FakeAlgoOrder(nextAlgoId++, clientAlgoId, symbol, params.get("side"),
            params.getOrDefault("positionSide", "BOTH"), type, params.getOrDefault("timeInForce", "GTC"), quantity,
            price, triggerPrice, params.getOrDefault("workingType", "CONTRACT_PRICE"), closePosition,
            "true".equals(params.get("reduceOnly")), "true".equals(params.get("priceProtect")), clock.nowMs());
        algosById.put(algo.algoId, algo);
        algosByClientId.put(clientAlgoId, algo);
        pushAlgoUpdate(algo);
        return RestResponse.ok(algoJson(algo));
    }

    synchronized RestResponse cancelAlgoOrder(final Map<String, String> params)
    {
        final FakeAlgoOrder algo = params.containsKey("algoId") ?
            algosById.get(parseLong(params.get("algoId"))) : algosByClientId.get(params.get("clientAlgoId"));
        if (algo == null || !"NEW".equals(algo.status))
        {
            return RestResponse.error(BinanceError.badRequest(-2011, "Unknown order sent."));
        }
        algo.status = "CANCELED";
        algo.updateTimeMs = clock.nowMs();
        pushAlgoUpdate(algo);
        return RestResponse.ok(new JsonText().beginObject().number("algoId", algo.algoId)
            .string("clientAlgoId", algo.clientAlgoId).string("code", "200").string("msg", "success").endObject()
            .toString());
    }

    synchronized RestResponse openAlgoOrders(final Map<String, String> params)
    {
        final String symbol = params.get("symbol");
        final StringBuilder body = new StringBuilder("[");
        for (final FakeAlgoOrder algo : algosById.values())
        {
            if ("NEW".equals(algo.status) && (symbol == null || symbol.equals(algo.rules.symbol())))
            {
                body.append(body.length() > 1 ? "," : "").append(algoJson(algo));
            }
        }
        return RestResponse.ok(body.append(']').toString());
    }

    // ---------------------------------------------------------------- account set-up and state

    synchronized RestResponse positionMode(final Map<String, String> params)
    {
        final String value = params.get("dualSidePosition");
        if (!"true".equals(value) && !"false".equals(value))
        {
            return RestResponse.error(BinanceError.mandatory("dualSidePosition"));
        }
        final boolean dual = Boolean.parseBoolean(value);
        if (dual == dualSidePosition)
        {
            return RestResponse.error(BinanceError.badRequest(-4059, "No need to change position side."));
        }
        if (ordersById.values().stream().anyMatch(FakeOrder::open) ||
            algosById.values().stream().anyMatch(algo -> "NEW".equals(algo.status)))
        {
            return RestResponse.error(BinanceError.badRequest(-4067,
                "Position side cannot be changed if there exists open orders."));
        }
        if (positions.values().stream().anyMatch(position -> position.amount != 0))
        {
            return RestResponse.error(BinanceError.badRequest(-4068,
                "Position side cannot be changed if there exists position."));
        }
        dualSidePosition = dual;
        return RestResponse.ok("{\"code\":200,\"msg\":\"success\"}");
    }

    synchronized RestResponse positionModeQuery()
    {
        return RestResponse.ok("{\"dualSidePosition\":" + dualSidePosition + "}");
    }

    synchronized RestResponse marginType(final Map<String, String> params)
    {
        final String symbol = params.get("symbol");
        if (symbol == null || !rules.containsKey(symbol))
        {
            return RestResponse.error(symbol == null ? BinanceError.mandatory("symbol") :
                BinanceError.badRequest(-1121, "Invalid symbol."));
        }
        final String requested = params.get("marginType");
        if (!"ISOLATED".equals(requested) && !"CROSSED".equals(requested))
        {
            return RestResponse.error(BinanceError.mandatory("marginType"));
        }
        final String marginType = "ISOLATED".equals(requested) ? "isolated" : "cross";
        if (marginType.equals(marginTypeBySymbol.getOrDefault(symbol, "cross")))
        {
            return RestResponse.error(BinanceError.badRequest(-4046, "No need to change margin type."));
        }
        marginTypeBySymbol.put(symbol, marginType);
        return RestResponse.ok("{\"code\":200,\"msg\":\"success\"}");
    }

    synchronized RestResponse leverage(final Map<String, String> params)
    {
        final String symbol = params.get("symbol");
        if (symbol == null || !rules.containsKey(symbol))
        {
            return RestResponse.error(symbol == null ? BinanceError.mandatory("symbol") :
                BinanceError.badRequest(-1121, "Invalid symbol."));
        }
        final String text = params.get("leverage");
        final int leverage = text != null && text.matches("\\d{1,3}") ? Integer.parseInt(text) : -1;
        if (leverage < 1 || leverage > 125)
        {
            return RestResponse.error(BinanceError.badRequest(-4028, "Leverage " + text + " is not valid"));
        }
        leverageBySymbol.put(symbol, leverage);
        return RestResponse.ok(new JsonText().beginObject().number("leverage", leverage)
            .string("maxNotionalValue", "1000000").string("symbol", symbol).endObject().toString());
    }

    synchronized RestResponse positionRisk(final Map<String, String> params)
    {
        final String symbol = params.get("symbol");
        if (symbol != null && !rules.containsKey(symbol))
        {
            return RestResponse.error(BinanceError.badRequest(-1121, "Invalid symbol."));
        }
        final StringBuilder body = new StringBuilder("[");
        for (final SymbolRules each : rules.values())
        {
            if (symbol != null && !symbol.equals(each.symbol()))
            {
                continue;
            }
            for (final String side : dualSidePosition ? List.of("LONG", "SHORT") : List.of("BOTH"))
            {
                final FakePosition position = position(each, side);
                final long mark = markPrice(each.symbol());
                body.append(body.length() > 1 ? "," : "").append(new JsonText().beginObject()
                    .string("entryPrice", Decimals.format(position.entryPrice, 8))
                    .string("marginType", marginTypeBySymbol.getOrDefault(each.symbol(), "cross"))
                    .string("isAutoAddMargin", "false")
                    .string("isolatedMargin", "0.00000000")
                    .string("leverage", Integer.toString(leverageBySymbol.getOrDefault(each.symbol(), 20)))
                    .string("liquidationPrice", "0")
                    .string("markPrice", Decimals.format(mark, 8))
                    .string("maxNotionalValue", "1000000")
                    .string("positionAmt", each.quantity(position.amount))
                    .string("symbol", each.symbol())
                    .string("unRealizedProfit", Decimals.format(position.unrealizedPnl(mark), 8))
                    .string("positionSide", side)
                    .number("updateTime", position.updateTimeMs)
                    .endObject());
            }
        }
        return RestResponse.ok(body.append(']').toString());
    }

    /** {@code GET /fapi/v3/account} (also served on v2): single-asset USDT account, non-zero positions only. */
    synchronized RestResponse account()
    {
        long unrealized = 0;
        for (final FakePosition position : positions.values())
        {
            unrealized += position.unrealizedPnl(markPrice(position.rules.symbol()));
        }
        final String wallet = Decimals.format(walletBalance, 8);
        final String margin = Decimals.format(walletBalance + unrealized, 8);
        final String upnl = Decimals.format(unrealized, 8);
        final JsonText json = new JsonText().beginObject()
            .string("totalInitialMargin", "0.00000000")
            .string("totalMaintMargin", "0.00000000")
            .string("totalWalletBalance", wallet)
            .string("totalUnrealizedProfit", upnl)
            .string("totalMarginBalance", margin)
            .string("totalPositionInitialMargin", "0.00000000")
            .string("totalOpenOrderInitialMargin", "0.00000000")
            .string("totalCrossWalletBalance", wallet)
            .string("totalCrossUnPnl", upnl)
            .string("availableBalance", margin)
            .string("maxWithdrawAmount", wallet)
            .beginArray("assets").beginObject()
            .string("asset", "USDT")
            .string("walletBalance", wallet)
            .string("unrealizedProfit", upnl)
            .string("marginBalance", margin)
            .string("maintMargin", "0.00000000")
            .string("initialMargin", "0.00000000")
            .string("positionInitialMargin", "0.00000000")
            .string("openOrderInitialMargin", "0.00000000")
            .string("crossWalletBalance", wallet)
            .string("crossUnPnl", upnl)
            .string("availableBalance", margin)
            .string("maxWithdrawAmount", wallet)
            .number("updateTime", clock.nowMs())
            .endObject().endArray()
            .beginArray("positions");
        for (final FakePosition position : positions.values())
        {
            if (position.amount == 0)
            {
                continue;
            }
            final long mark = markPrice(position.rules.symbol());
            json.beginObject()
                .string("symbol", position.rules.symbol())
                .string("positionSide", position.positionSide)
                .string("positionAmt", position.rules.quantity(position.amount))
                .string("unrealizedProfit", Decimals.format(position.unrealizedPnl(mark), 8))
                .string("isolatedMargin", "0.00000000")
                .string("notional", Decimals.format(Decimals.notional(mark, position.amount), 8))
                .string("isolatedWallet", "0")
                .string("initialMargin", "0")
                .string("maintMargin", "0")
                .number("updateTime", position.updateTimeMs)
                .endObject();
        }
        return RestResponse.ok(json.endArray().endObject().toString());
    }

    // ---------------------------------------------------------------- listen key

    synchronized String createListenKey()
    {
        if (listenKey == null)
        {
            final StringBuilder key = new StringBuilder(64);
            final String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
            for (int i = 0; i < 64; i++)
            {
                key.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
            }
            listenKey = key.toString();
        }
        return listenKey;
    }

    /** @return the active key, or null when none exists (keepalive then answers -1125). */
    synchronized String listenKey()
    {
        return listenKey;
    }

    synchronized void closeListenKey()
    {
        listenKey = null;
    }

    /** Pushes listenKeyExpired on the key's connections and forgets the key. */
    synchronized boolean expireListenKey()
    {
        if (listenKey == null)
        {
            return false;
        }
        hub.pushUserEvent(listenKey, "listenKeyExpired", UserDataEvents.listenKeyExpired(listenKey, clock.nowMs()));
        listenKey = null;
        return true;
    }

    // ---------------------------------------------------------------- introspection

    synchronized OrderSnapshot order(final String clientOrderId)
    {
        final FakeOrder order = ordersByClientId.get(clientOrderId);
        return order == null ? null : order.snapshot();
    }

    synchronized List<String> algoOrdersReceived()
    {
        return new ArrayList<>(algosByClientId.keySet());
    }

    synchronized List<OrderSnapshot> ordersReceived()
    {
        return ordersByClientId.values().stream().map(FakeOrder::snapshot).toList();
    }

    synchronized List<OrderSnapshot> openOrderSnapshots()
    {
        return ordersById.values().stream().filter(FakeOrder::open).map(FakeOrder::snapshot).toList();
    }

    synchronized List<PositionSnapshot> positionSnapshots()
    {
        return positions.values().stream().map(FakePosition::snapshot).toList();
    }

    synchronized String walletBalance()
    {
        return Decimals.plain(walletBalance);
    }

    synchronized long duplicateOrderAttempts()
    {
        return duplicateOrderAttempts;
    }

    synchronized boolean dualSidePosition()
    {
        return dualSidePosition;
    }

    // ---------------------------------------------------------------- internals

    private BinanceError checkCommon(final Map<String, String> params)
    {
        final String symbol = params.get("symbol");
        if (symbol == null)
        {
            return BinanceError.mandatory("symbol");
        }
        if (!rules.containsKey(symbol))
        {
            return BinanceError.badRequest(-1121, "Invalid symbol.");
        }
        final String side = params.get("side");
        if (!"BUY".equals(side) && !"SELL".equals(side))
        {
            return side == null ? BinanceError.mandatory("side") : BinanceError.badRequest(-1117, "Invalid side.");
        }
        final String positionSide = params.getOrDefault("positionSide", "BOTH");
        if (dualSidePosition ? !"LONG".equals(positionSide) && !"SHORT".equals(positionSide) :
            !"BOTH".equals(positionSide))
        {
            return BinanceError.badRequest(-4061, "Order's position side does not match user's setting.");
        }
        if (dualSidePosition && params.containsKey("reduceOnly"))
        {
            return BinanceError.badRequest(-1106, "Parameter 'reduceOnly' sent when not required.");
        }
        return null;
    }

    private static BinanceError checkQuantity(final SymbolRules symbol, final long quantity, final boolean market)
    {
        if (quantity == FixedPoint.INVALID)
        {
            return BinanceError.mandatory("quantity");
        }
        if (quantity <= 0)
        {
            return BinanceError.badRequest(-4003, "Quantity less than or equal to zero.");
        }
        if (quantity % (market ? symbol.marketStepSize() : symbol.stepSize()) != 0)
        {
            return BinanceError.badRequest(-4023, "Qty not increased by step size.");
        }
        if (quantity < (market ? symbol.marketMinQty() : symbol.minQty()))
        {
            return BinanceError.badRequest(-4004, "Quantity less than min quantity.");
        }
        if (quantity > (market ? symbol.marketMaxQty() : symbol.maxQty()))
        {
            return BinanceError.badRequest(-4005, "Quantity greater than max quantity.");
        }
        return null;
    }

    private static BinanceError checkPrice(final SymbolRules symbol, final long price, final String name)
    {
        if (price == FixedPoint.INVALID || price <= 0)
        {
            return BinanceError.mandatory(name);
        }
        if (price < symbol.minPrice())
        {
            return BinanceError.badRequest(-4013, "Price less than min price.");
        }
        if (price > symbol.maxPrice())
        {
            return BinanceError.badRequest(-4016, "Price greater than max price.");
        }
        if ((price - symbol.minPrice()) % symbol.tickSize() != 0)
        {
            return BinanceError.badRequest(-4014, "Price not increased by tick size.");
        }
        return null;
    }

    /** MIN_NOTIONAL, waived for reduce-only orders and hedge-mode closing orders (SELL LONG, BUY SHORT). */
    private static BinanceError checkNotional(
        final SymbolRules symbol, final Map<String, String> params, final long price, final long quantity)
    {
        final String side = params.get("side");
        final String positionSide = params.getOrDefault("positionSide", "BOTH");
        final boolean reducing = "true".equals(params.get("reduceOnly")) ||
            "SELL".equals(side) && "LONG".equals(positionSide) || "BUY".equals(side) && "SHORT".equals(positionSide);
        if (!reducing && price > 0 && Decimals.notional(price, quantity) < symbol.minNotional())
        {
            return BinanceError.badRequest(-4164, "Order's notional must be no smaller than " +
                Decimals.plain(symbol.minNotional()) + " (unless you choose reduce only)");
        }
        return null;
    }

    private BinanceError checkClientId(final String clientId, final boolean order)
    {
        if (!CLIENT_ID.matcher(clientId).matches())
        {
            return BinanceError.badRequest(-4015, "Client order id is not valid.");
        }
        if (order ? ordersByClientId.containsKey(clientId) : algosByClientId.containsKey(clientId))
        {
            duplicateOrderAttempts++;
            return BinanceError.badRequest(-4116, "clientOrderId is duplicated");
        }
        return null;
    }

    private void accept(final FakeOrder order)
    {
        ordersById.put(order.orderId, order);
        ordersByClientId.put(order.clientOrderId, order);
        pushOrderUpdate(order, "NEW");
        final long[] book = bestBidAskBySymbol.get(order.rules.symbol());
        final long opposite = book == null ? 0 : order.buy() ? book[1] : book[0];
        final boolean marketable = opposite > 0 &&
            ("MARKET".equals(order.type) || (order.buy() ? order.price >= opposite : order.price <= opposite));
        if (marketable && !"GTX".equals(order.timeInForce))
        {
            fill(order, order.quantity, opposite, false);
        }
        else if ("MARKET".equals(order.type) || marketable || "IOC".equals(order.timeInForce) ||
            "FOK".equals(order.timeInForce))
        {
            order.status = "EXPIRED";
            order.updateTimeMs = clock.nowMs();
            pushOrderUpdate(order, "EXPIRED");
        }
    }

    private void fill(final FakeOrder order, final long quantity, final long price, final boolean maker)
    {
        final long nowMs = clock.nowMs();
        final long tradeId = nextTradeId++;
        order.executedQuantity += quantity;
        order.cumulativeQuote += Decimals.notional(price, quantity);
        order.status = order.remaining() == 0 ? "FILLED" : "PARTIALLY_FILLED";
        order.updateTimeMs = nowMs;
        final long fee = Decimals.times(Decimals.notional(price, quantity), maker ? makerFeeRate : takerFeeRate);
        final FakePosition position = position(order.rules, order.positionSide);
        final long realized = position.fill(order.buy() ? quantity : -quantity, price);
        position.updateTimeMs = nowMs;
        walletBalance += realized - fee;
        if (listenKey != null)
        {
            hub.pushUserEvent(listenKey, "TRADE_LITE",
                UserDataEvents.tradeLite(order, tradeId, quantity, price, maker, nowMs));
            hub.pushUserEvent(listenKey, "ACCOUNT_UPDATE", UserDataEvents.accountUpdate("ORDER", walletBalance, 0,
                position, marginTypeBySymbol.getOrDefault(order.rules.symbol(), "cross"),
                markPrice(order.rules.symbol()), nowMs));
            hub.pushUserEvent(listenKey, "ORDER_TRADE_UPDATE", UserDataEvents.orderTradeUpdate(order, "TRADE",
                tradeId, quantity, price, fee, maker, realized, nowMs));
        }
        final FakeAlgoOrder parent = algosByClientId.get(order.clientOrderId);
        if (parent != null && parent.triggered == order && !order.open())
        {
            parent.status = "FINISHED";
            parent.updateTimeMs = nowMs;
            pushAlgoUpdate(parent);
        }
    }

    private void triggerAlgos(final String symbol, final String workingType, final long price)
    {
        for (final FakeAlgoOrder algo : new ArrayList<>(algosById.values()))
        {
            if ("NEW".equals(algo.status) && algo.rules.symbol().equals(symbol) &&
                algo.workingType.equals(workingType) && algo.triggersAt(price))
            {
                trigger(algo);
            }
        }
    }

    private void trigger(final FakeAlgoOrder algo)
    {
        final long nowMs = clock.nowMs();
        final FakePosition position = position(algo.rules, algo.positionSide);
        final long quantity = algo.closePosition ? Math.abs(position.amount) : algo.quantity;
        algo.triggerTimeMs = nowMs;
        algo.updateTimeMs = nowMs;
        if (quantity == 0)
        {
            algo.status = "EXPIRED";
            pushAlgoUpdate(algo);
            return;
        }
        final FakeOrder order = new FakeOrder(nextOrderId++, algo.clientAlgoId, algo.rules, algo.side,
            algo.positionSide, algo.marketOnTrigger() ? "MARKET" : "LIMIT", algo.orderType, algo.timeInForce,
            algo.price, algo.triggerPrice, quantity, algo.reduceOnly, algo.closePosition, algo.workingType, nowMs);
        algo.triggered = order;
        algo.status = "TRIGGERED";
        pushAlgoUpdate(algo);
        accept(order);
    }

    private FakePosition position(final SymbolRules symbol, final String positionSide)
    {
        return positions.computeIfAbsent(symbol.symbol() + ':' + positionSide,
            key -> new FakePosition(symbol, positionSide));
    }

    private long referencePrice(final String symbol, final boolean buy)
    {
        final long[] book = bestBidAskBySymbol.get(symbol);
        return book != null ? (buy ? book[1] : book[0]) : lastPriceBySymbol.getOrDefault(symbol, 0L);
    }

    private long markPrice(final String symbol)
    {
        return markPriceBySymbol.getOrDefault(symbol, lastPriceBySymbol.getOrDefault(symbol, 0L));
    }

    private FakeOrder findOrder(final Map<String, String> params)
    {
        if (params.containsKey("orderId"))
        {
            return ordersById.get(parseLong(params.get("orderId")));
        }
        return ordersByClientId.get(params.get("origClientOrderId"));
    }

    private static long parseLong(final String text)
    {
        return text != null && text.matches("-?\\d{1,19}") ? Long.parseLong(text) : Long.MIN_VALUE;
    }

    private static String generatedId(final String prefix)
    {
        return prefix + Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
    }

    private void pushOrderUpdate(final FakeOrder order, final String executionType)
    {
        if (listenKey != null)
        {
            hub.pushUserEvent(listenKey, "ORDER_TRADE_UPDATE", UserDataEvents.orderTradeUpdate(order, executionType,
                0, 0, 0, 0, false, 0, clock.nowMs()));
        }
    }

    private void pushAlgoUpdate(final FakeAlgoOrder algo)
    {
        if (listenKey != null)
        {
            hub.pushUserEvent(listenKey, "ALGO_UPDATE", UserDataEvents.algoUpdate(algo, clock.nowMs()));
        }
    }

    private static String orderJson(final FakeOrder order)
    {
        final SymbolRules symbol = order.rules;
        return new JsonText().beginObject()
            .number("orderId", order.orderId)
            .string("symbol", symbol.symbol())
            .string("status", order.status)
            .string("clientOrderId", order.clientOrderId)
            .string("price", symbol.price(order.price))
            .string("avgPrice", symbol.price(order.averagePrice()))
            .string("origQty", symbol.quantity(order.quantity))
            .string("executedQty", symbol.quantity(order.executedQuantity))
            .string("cumQty", symbol.quantity(order.executedQuantity))
            .string("cumQuote", Decimals.format(order.cumulativeQuote, 8))
            .string("timeInForce", order.timeInForce)
            .string("type", order.type)
            .bool("reduceOnly", order.reduceOnly)
            .bool("closePosition", order.closePosition)
            .string("side", order.side)
            .string("positionSide", order.positionSide)
            .string("stopPrice", symbol.price(order.stopPrice))
            .string("workingType", order.workingType)
            .bool("priceProtect", false)
            .string("origType", order.originalType)
            .string("priceMatch", "NONE")
            .string("selfTradePreventionMode", "EXPIRE_MAKER")
            .number("goodTillDate", 0)
            .number("time", order.timeMs)
            .number("updateTime", order.updateTimeMs)
            .endObject().toString();
    }

    private static String algoJson(final FakeAlgoOrder algo)
    {
        final SymbolRules symbol = algo.rules;
        return new JsonText().beginObject()
            .number("algoId", algo.algoId)
            .string("clientAlgoId", algo.clientAlgoId)
            .string("algoType", "CONDITIONAL")
            .string("orderType", algo.orderType)
            .string("symbol", symbol.symbol())
            .string("side", algo.side)
            .string("positionSide", algo.positionSide)
            .string("timeInForce", algo.timeInForce)
            .string("quantity", symbol.quantity(algo.quantity))
            .string("algoStatus", algo.status)
            .string("triggerPrice", symbol.price(algo.triggerPrice))
            .string("price", symbol.price(algo.price))
            .nullValue("icebergQuantity")
            .string("selfTradePreventionMode", "EXPIRE_MAKER")
            .string("workingType", algo.workingType)
            .string("priceMatch", "NONE")
            .bool("closePosition", algo.closePosition)
            .bool("priceProtect", algo.priceProtect)
            .bool("reduceOnly", algo.reduceOnly)
            .string("activatePrice", "")
            .string("callbackRate", "")
            .number("createTime", algo.createTimeMs)
            .number("updateTime", algo.updateTimeMs)
            .number("triggerTime", algo.triggerTimeMs)
            .number("goodTillDate", 0)
            .endObject().toString();
    }
}
