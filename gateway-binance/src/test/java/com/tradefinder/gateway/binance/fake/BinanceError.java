package com.tradefinder.gateway.binance.fake;

/**
 * A Binance error answer: HTTP status plus the {@code {"code":..,"msg":..}} payload.
 *
 * @param status  HTTP status (400 for request errors, 401 for key errors, 429/418 for limits).
 * @param code    Binance error code, negative.
 * @param message Binance's message text.
 */
record BinanceError(int status, int code, String message)
{
    static BinanceError badRequest(final int code, final String message)
    {
        return new BinanceError(400, code, message);
    }

    static BinanceError mandatory(final String parameter)
    {
        return badRequest(-1102, "Mandatory parameter '" + parameter + "' was not sent, was empty/null, or malformed.");
    }

    String json()
    {
        return new JsonText().beginObject().number("code", code).string("msg", message).endObject().toString();
    }
}
