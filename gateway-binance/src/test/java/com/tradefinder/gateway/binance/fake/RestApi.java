package com.tradefinder.gateway.binance.fake;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The fake's REST surface: routes {@code METHOD path} to its handler after Binance's gates, in Binance's order:
 * injected 429/418, API key ({@code X-MBX-APIKEY}, -2014/-2015) for USER_STREAM and SIGNED endpoints, then for
 * SIGNED ones {@code timestamp} (-1102), the recvWindow rule {@code timestamp < now + 1000 && now - timestamp <=
 * recvWindow} (-1021) and the HMAC-SHA256 signature over query + body (-1022). Every answer carries
 * {@code X-MBX-USED-WEIGHT-1M}; order endpoints also {@code X-MBX-ORDER-COUNT-10S} and {@code -1M}.
 * <p>
 * Thread contract: thread-safe; called from Netty event loops.
 */
final class RestApi
{
    private enum Security
    {
        NONE, USER_STREAM, SIGNED
    }

    private record Endpoint(Security security, int weight, boolean order, Function<Map<String, String>, RestResponse> handler)
    {
    }

    private final Map<String, Endpoint> endpoints = new HashMap<>();
    private final String apiKey;
    private final String secretKey;
    private final ExchangeClock clock;
    private final FakeBinanceFaults faults;
    private final AtomicLong rejectedSignatures = new AtomicLong();
    private final AtomicLong rejectedTimestamps = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private long weightMinute;
    private long usedWeight;
    private long orderTenSeconds;
    private long ordersInTenSeconds;
    private long orderMinute;
    private long ordersInMinute;

    RestApi(
        final String apiKey,
        final String secretKey,
        final ExchangeClock clock,
        final FakeBinanceFaults faults,
        final FakeExchange exchange,
        final Map<String, ReplayBook> books,
        final String exchangeInfo)
    {
        this.apiKey = apiKey;
        this.secretKey = secretKey;
        this.clock = clock;
        this.faults = faults;
        route("GET /fapi/v1/time", Security.NONE, 1, false,
            params -> RestResponse.ok("{\"serverTime\":" + clock.nowMs() + "}"));
        route("GET /fapi/v1/exchangeInfo", Security.NONE, 1, false, params -> RestResponse.ok(exchangeInfo));
        route("GET /fapi/v1/depth", Security.NONE, 0, false, params -> depth(books, params));
        route("POST /fapi/v1/listenKey", Security.USER_STREAM, 1, false,
            params -> RestResponse.ok("{\"listenKey\":\"" + exchange.createListenKey() + "\"}"));
        route("PUT /fapi/v1/listenKey", Security.USER_STREAM, 1, false, params ->
        {
            final String key = exchange.listenKey();
            return key == null ? RestResponse.error(BinanceError.badRequest(-1125, "This listenKey does not exist.")) :
                RestResponse.ok("{\"listenKey\":\"" + key + "\"}");
        });
        route("DELETE /fapi/v1/listenKey", Security.USER_STREAM, 1, false, params ->
        {
            exchange.closeListenKey();
            return RestResponse.ok("{}");
        });
        route("POST /fapi/v1/order", Security.SIGNED, 0, true, exchange::placeOrder);
        route("DELETE /fapi/v1/order", Security.SIGNED, 1, false, exchange::cancelOrder);
        route("GET /fapi/v1/order", Security.SIGNED, 1, false, exchange::queryOrder);
        route("GET /fapi/v1/openOrders", Security.SIGNED, 1, false, exchange::openOrders);
        route("POST /fapi/v1/algoOrder", Security.SIGNED, 0, true, exchange::placeAlgoOrder);
        route("DELETE /fapi/v1/algoOrder", Security.SIGNED, 1, false, exchange::cancelAlgoOrder);
        route("GET /fapi/v1/openAlgoOrders", Security.SIGNED, 1, false, exchange::openAlgoOrders);
        route("GET /fapi/v2/positionRisk", Security.SIGNED, 5, false, exchange::positionRisk);
        route("GET /fapi/v2/account", Security.SIGNED, 5, false, params -> exchange.account());
        route("GET /fapi/v3/account", Security.SIGNED, 5, false, params -> exchange.account());
        route("POST /fapi/v1/positionSide/dual", Security.SIGNED, 1, false, exchange::positionMode);
        route("GET /fapi/v1/positionSide/dual", Security.SIGNED, 30, false, params -> exchange.positionModeQuery());
        route("POST /fapi/v1/marginType", Security.SIGNED, 1, false, exchange::marginType);
        route("POST /fapi/v1/leverage", Security.SIGNED, 1, false, exchange::leverage);
    }

    long rejectedSignatures()
    {
        return rejectedSignatures.get();
    }

    long rejectedTimestamps()
    {
        return rejectedTimestamps.get();
    }

    long requests()
    {
        return requests.get();
    }

    /**
     * @param method       HTTP method.
     * @param path         path without query.
     * @param query        raw query string (no {@code ?}), may be empty.
     * @param body         raw form body, may be empty.
     * @param apiKeyHeader the {@code X-MBX-APIKEY} header, or null.
     * @return the answer with its headers.
     */
    RestResponse handle(
        final String method, final String path, final String query, final String body, final String apiKeyHeader)
    {
        requests.incrementAndGet();
        final int limited = faults.takeLimit();
        if (limited != 0)
        {
            final RestResponse refused = RestResponse.error(new BinanceError(limited, -1003, limited == 429 ?
                "Too many requests; current limit is 6000 requests per minute. Please use the websocket for live " +
                "updates to avoid polling the API." :
                "Way too many requests; IP banned until " + (clock.nowMs() + faults.retryAfterSeconds() * 1000L) +
                ". Please use the websocket for live updates to avoid bans."));
            refused.headers().put("Retry-After", Integer.toString(faults.retryAfterSeconds()));
            return refused;
        }
        final Endpoint endpoint = endpoints.get(method + ' ' + path);
        if (endpoint == null)
        {
            return RestResponse.error(new BinanceError(404, -1000, "Unknown endpoint " + method + ' ' + path));
        }
        final Map<String, String> params = new LinkedHashMap<>();
        parse(query, params);
        parse(body, params);
        final int weight = "GET /fapi/v1/depth".equals(method + ' ' + path) ? depthWeight(params.get("limit")) :
            endpoint.weight();
        final RestResponse response = gateAndHandle(endpoint, params, query, body, apiKeyHeader);
        count(response, weight, endpoint.order() && response.status() == 200);
        return response;
    }

    private RestResponse gateAndHandle(
        final Endpoint endpoint,
        final Map<String, String> params,
        final String query,
        final String body,
        final String apiKeyHeader)
    {
        if (endpoint.security() != Security.NONE)
        {
            if (apiKeyHeader == null || apiKeyHeader.isEmpty())
            {
                return RestResponse.error(new BinanceError(401, -2014, "API-key format invalid."));
            }
            if (!apiKey.equals(apiKeyHeader))
            {
                return RestResponse.error(new BinanceError(401, -2015,
                    "Invalid API-key, IP, or permissions for action."));
            }
        }
        if (endpoint.security() == Security.SIGNED)
        {
            final BinanceError error = checkSigned(params, query, body);
            if (error != null)
            {
                return RestResponse.error(error);
            }
        }
        return endpoint.handler().apply(params);
    }

    private BinanceError checkSigned(final Map<String, String> params, final String query, final String body)
    {
        final String timestampText = params.get("timestamp");
        if (timestampText == null || !timestampText.matches("\\d{1,16}"))
        {
            return BinanceError.mandatory("timestamp");
        }
        final String recvWindowText = params.getOrDefault("recvWindow", "5000");
        if (!recvWindowText.matches("\\d{1,6}") || Long.parseLong(recvWindowText) > 60_000)
        {
            return BinanceError.badRequest(-1131, "recvWindow must be less than 60000");
        }
        final long timestamp = Long.parseLong(timestampText);
        final long nowMs = clock.nowMs();
        if (faults.takeTimestampReject() || nowMs - timestamp > Long.parseLong(recvWindowText))
        {
            rejectedTimestamps.incrementAndGet();
            return BinanceError.badRequest(-1021, "Timestamp for this request is outside of the recvWindow.");
        }
        if (timestamp >= nowMs + 1000)
        {
            rejectedTimestamps.incrementAndGet();
            return BinanceError.badRequest(-1021, "Timestamp for this request was 1000ms ahead of the server's time.");
        }
        final String signature = params.get("signature");
        if (!new HmacSignature(secretKey).verify(withoutSignature(query) + withoutSignature(body), signature))
        {
            rejectedSignatures.incrementAndGet();
            return BinanceError.badRequest(-1022, "Signature for this request is not valid.");
        }
        return null;
    }

    private synchronized void count(final RestResponse response, final int weight, final boolean order)
    {
        final long nowMs = clock.nowMs();
        if (nowMs / 60_000 != weightMinute)
        {
            weightMinute = nowMs / 60_000;
            usedWeight = 0;
        }
        usedWeight += weight;
        response.headers().put("X-MBX-USED-WEIGHT-1M", Long.toString(usedWeight));
        if (order)
        {
            if (nowMs / 10_000 != orderTenSeconds)
            {
                orderTenSeconds = nowMs / 10_000;
                ordersInTenSeconds = 0;
            }
            if (nowMs / 60_000 != orderMinute)
            {
                orderMinute = nowMs / 60_000;
                ordersInMinute = 0;
            }
            response.headers().put("X-MBX-ORDER-COUNT-10S", Long.toString(++ordersInTenSeconds));
            response.headers().put("X-MBX-ORDER-COUNT-1M", Long.toString(++ordersInMinute));
        }
    }

    private void route(
        final String key,
        final Security security,
        final int weight,
        final boolean order,
        final Function<Map<String, String>, RestResponse> handler)
    {
        endpoints.put(key, new Endpoint(security, weight, order, handler));
    }

    private static RestResponse depth(final Map<String, ReplayBook> books, final Map<String, String> params)
    {
        final String symbol = params.get("symbol");
        if (symbol == null)
        {
            return RestResponse.error(BinanceError.mandatory("symbol"));
        }
        final ReplayBook book = books.get(symbol);
        if (book == null)
        {
            return RestResponse.error(BinanceError.badRequest(-1121, "Invalid symbol."));
        }
        final String limit = params.getOrDefault("limit", "500");
        if (!limit.matches("5|10|20|50|100|500|1000"))
        {
            return RestResponse.error(BinanceError.badRequest(-1100, "Illegal characters found in parameter 'limit'; " +
                "legal range is '5, 10, 20, 50, 100, 500, 1000'."));
        }
        return RestResponse.ok(book.snapshotJson(Integer.parseInt(limit)));
    }

    private static int depthWeight(final String limit)
    {
        final int levels = limit != null && limit.matches("\\d{1,4}") ? Integer.parseInt(limit) : 500;
        return levels <= 50 ? 2 : levels <= 100 ? 5 : levels <= 500 ? 10 : 20;
    }

    /** Removes the {@code signature} parameter, which the client appends last, from raw query or body text. */
    static String withoutSignature(final String raw)
    {
        final int at = raw.startsWith("signature=") ? 0 : raw.indexOf("&signature=");
        if (at < 0)
        {
            return raw;
        }
        final int end = raw.indexOf('&', at + 1);
        return raw.substring(0, at) + (end < 0 ? "" : raw.substring(at == 0 ? end + 1 : end));
    }

    private static void parse(final String raw, final Map<String, String> params)
    {
        if (raw == null || raw.isEmpty())
        {
            return;
        }
        for (final String pair : raw.split("&"))
        {
            final int eq = pair.indexOf('=');
            final String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            final String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(name, value);
        }
    }
}
