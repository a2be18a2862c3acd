package com.tradefinder.gateway.binance.fake;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One REST answer of the fake before it is written to the wire.
 *
 * @param status  HTTP status.
 * @param body    JSON body.
 * @param headers extra headers (rate-limit counters, Retry-After), in insertion order.
 */
record RestResponse(int status, String body, Map<String, String> headers)
{
    static RestResponse ok(final String body)
    {
        return new RestResponse(200, body, new LinkedHashMap<>());
    }

    static RestResponse error(final BinanceError error)
    {
        return new RestResponse(error.status(), error.json(), new LinkedHashMap<>());
    }
}
