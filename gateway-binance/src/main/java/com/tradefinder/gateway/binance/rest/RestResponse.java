package com.tradefinder.gateway.binance.rest;

import java.nio.charset.StandardCharsets;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;

/**
 * One complete HTTP response: status, headers (names case-insensitive) and body bytes. Immutable once built, so it may
 * be handed between threads.
 */
public final class RestResponse
{
    private final int status;
    private final HttpHeaders headers;
    private final byte[] body;

    /**
     * @param status  HTTP status code.
     * @param headers response headers; copied.
     * @param body    response body; kept, not copied.
     */
    public RestResponse(final int status, final HttpHeaders headers, final byte[] body)
    {
        this.status = status;
        this.headers = new DefaultHttpHeaders().set(headers);
        this.body = body;
    }

    /**
     * @return HTTP status code.
     */
    public int status()
    {
        return status;
    }

    /**
     * @return whether the status is 2xx.
     */
    public boolean isSuccess()
    {
        return status >= 200 && status < 300;
    }

    /**
     * @param name header name, any case.
     * @return its first value, or {@code null}.
     */
    public String header(final String name)
    {
        return headers.get(name);
    }

    /**
     * @return the body bytes; do not modify.
     */
    public byte[] body()
    {
        return body;
    }

    /**
     * @return the body as UTF-8 text.
     */
    public String bodyText()
    {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString()
    {
        return "RestResponse[" + status + ", " + body.length + " bytes]";
    }
}
