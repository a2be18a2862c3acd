package com.tradefinder.gateway.binance.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * An error response's body, {@code {"code":-1121,"msg":"Invalid symbol."}}, and the HTTP 503 variants whose execution
 * status is unknown. A body that is not such an object (HTML from a proxy, empty, truncated) parses as
 * {@link #NO_CODE} with the first characters of the body as the message, so the caller can still report it.
 * <p>
 * A mutable flyweight reused per response: confine an instance to one thread.
 */
public final class BinanceErrorBody
{
    /** Code of a body that carried none. */
    public static final int NO_CODE = 0;
    /** The 503 text whose request may have been executed. */
    public static final String UNKNOWN_STATUS_TEXT = "Unknown error, please check your request or try again later.";

    private static final JsonFactory JSON = new JsonFactory();
    private static final int MAX_RAW_TEXT = 120;

    private int code;
    private String message = "";

    /**
     * @param body response bytes (UTF-8).
     * @return whether the body was a JSON object with a numeric {@code code}.
     */
    public boolean parse(final byte[] body)
    {
        code = NO_CODE;
        message = "";
        boolean sawCode = false;
        try (JsonParser parser = JSON.createParser(body))
        {
            if (parser.nextToken() == JsonToken.START_OBJECT)
            {
                while (parser.nextToken() == JsonToken.FIELD_NAME)
                {
                    final String name = parser.currentName();
                    final JsonToken value = parser.nextToken();
                    if ("code".equals(name) && value == JsonToken.VALUE_NUMBER_INT)
                    {
                        code = parser.getIntValue();
                        sawCode = true;
                    }
                    else if ("msg".equals(name) && value == JsonToken.VALUE_STRING)
                    {
                        message = parser.getText();
                    }
                    else
                    {
                        parser.skipChildren();
                    }
                }
            }
        }
        catch (final IOException | RuntimeException ex)
        {
            sawCode = false;
        }
        if (!sawCode)
        {
            code = NO_CODE;
            final String raw = new String(body, 0, Math.min(body.length, MAX_RAW_TEXT), StandardCharsets.UTF_8);
            message = message.isEmpty() ? raw.strip() : message;
        }
        return sawCode;
    }

    /**
     * @return the venue's error code, or {@link #NO_CODE}.
     */
    public int code()
    {
        return code;
    }

    /**
     * @return the venue's message, or the start of a body that was not an error object.
     */
    public String message()
    {
        return message;
    }

    /**
     * @param httpStatus status of the response.
     * @param body       its bytes.
     * @return whether Binance says the request's execution status is unknown (HTTP 503 "Unknown error, ..."): it may
     * have succeeded, so the order must be queried before it is reported.
     */
    public static boolean isUnknownStatus(final int httpStatus, final byte[] body)
    {
        if (httpStatus != 503)
        {
            return false;
        }
        final BinanceErrorBody error = new BinanceErrorBody();
        error.parse(body);
        return error.message.startsWith("Unknown error");
    }

    @Override
    public String toString()
    {
        return "BinanceErrorBody[code=" + code + ", msg=" + message + "]";
    }
}
