package com.tradefinder.gateway.binance.rest;

import java.nio.charset.StandardCharsets;

import io.netty.handler.codec.http.HttpMethod;

/**
 * One REST call to Binance: method, path, parameters and how it is secured. GET and DELETE carry the parameters in
 * the query string, POST and PUT in an {@code application/x-www-form-urlencoded} body. Immutable, thread-safe.
 * <p>
 * {@link Security#SIGNED} requests get {@code recvWindow}, {@code timestamp} and, last, {@code signature} from the
 * client at send time; {@link Security#PRE_SIGNED} requests already carry them (order entry signs in its own buffer)
 * and are sent byte for byte.
 */
public final class RestRequest
{
    /** How a request is authenticated. */
    public enum Security
    {
        /** Public endpoint: no key, no signature. */
        NONE,
        /** USER_STREAM endpoints: the {@code X-MBX-APIKEY} header only. */
        API_KEY,
        /** TRADE and USER_DATA endpoints: key header, timestamp and signature added by the client. */
        SIGNED,
        /** Signed by the caller, parameters complete with timestamp and signature. */
        PRE_SIGNED
    }

    private final HttpMethod method;
    private final String path;
    private final byte[] params;
    private final Security security;
    private final int weight;

    private RestRequest(
        final HttpMethod method, final String path, final byte[] params, final Security security, final int weight)
    {
        if (!path.startsWith("/"))
        {
            throw new IllegalArgumentException("REST path must start with '/': " + path);
        }
        this.method = method;
        this.path = path;
        this.params = params;
        this.security = security;
        this.weight = weight;
    }

    /**
     * @param method   GET, POST, PUT or DELETE.
     * @param path     e.g. {@code /fapi/v1/order}.
     * @param params   URL-encoded parameters without {@code recvWindow}, {@code timestamp} or {@code signature}, in
     *                 the order they are sent; may be empty.
     * @param security how the request is authenticated (not {@link Security#PRE_SIGNED}).
     * @param weight   the endpoint's IP weight.
     * @return the request.
     */
    public static RestRequest of(
        final HttpMethod method, final String path, final String params, final Security security, final int weight)
    {
        if (security == Security.PRE_SIGNED)
        {
            throw new IllegalArgumentException("use preSigned for parameters that are already signed");
        }
        return new RestRequest(method, path, params.getBytes(StandardCharsets.US_ASCII), security, weight);
    }

    /**
     * @param method       GET, POST, PUT or DELETE.
     * @param path         e.g. {@code /fapi/v1/order}.
     * @param signedParams the complete parameters, ending with {@code &signature=<hex>}; kept, not copied.
     * @param weight       the endpoint's IP weight.
     * @return the request.
     */
    public static RestRequest preSigned(
        final HttpMethod method, final String path, final byte[] signedParams, final int weight)
    {
        return new RestRequest(method, path, signedParams, Security.PRE_SIGNED, weight);
    }

    /**
     * @return the HTTP method.
     */
    public HttpMethod method()
    {
        return method;
    }

    /**
     * @return the path, e.g. {@code /fapi/v1/order}.
     */
    public String path()
    {
        return path;
    }

    /**
     * @return the parameters as ASCII bytes; do not modify.
     */
    public byte[] params()
    {
        return params;
    }

    /**
     * @return how the request is authenticated.
     */
    public Security security()
    {
        return security;
    }

    /**
     * @return the endpoint's IP weight.
     */
    public int weight()
    {
        return weight;
    }

    /**
     * @return whether the parameters travel in the body (POST, PUT) rather than the query string.
     */
    public boolean paramsInBody()
    {
        return method == HttpMethod.POST || method == HttpMethod.PUT;
    }

    @Override
    public String toString()
    {
        return method + " " + path + " (" + security + ")";
    }
}
