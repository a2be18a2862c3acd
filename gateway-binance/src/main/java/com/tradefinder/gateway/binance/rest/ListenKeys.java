package com.tradefinder.gateway.binance.rest;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import io.netty.handler.codec.http.HttpMethod;

/**
 * The user-data stream's listenKey: {@code POST /fapi/v1/listenKey} opens (or returns and extends the active key),
 * {@code PUT} keeps it alive for another 60 minutes, {@code DELETE} closes the stream. USER_STREAM endpoints: the
 * {@code X-MBX-APIKEY} header, no signature. A keep-alive answered {@code -1125} (the key no longer exists) opens a
 * new key; callers compare the key the future gives with the one their connection uses and reconnect on a change.
 * <p>
 * Thread-safe; futures complete on the REST client's event loop. Failures complete exceptionally with a one-line
 * {@link RestRefusedException}.
 */
public final class ListenKeys
{
    /** The listenKey endpoint. */
    public static final String PATH = "/fapi/v1/listenKey";

    private static final JsonFactory JSON = new JsonFactory();

    private final BinanceRestClient client;
    private volatile String current;

    /**
     * @param client the REST client to send through.
     */
    public ListenKeys(final BinanceRestClient client)
    {
        this.client = client;
    }

    /**
     * @return completes with the active listenKey.
     */
    public CompletableFuture<String> open()
    {
        return client.send(RestRequest.of(HttpMethod.POST, PATH, "", RestRequest.Security.API_KEY, 1))
            .thenApply(response ->
            {
                final String key = listenKey(response, "POST");
                current = key;
                return key;
            });
    }

    /**
     * Extends the current key, or opens a new one when Binance no longer knows it (-1125) or none was open.
     *
     * @return completes with the key now in use.
     */
    public CompletableFuture<String> keepAlive()
    {
        final String key = current;
        if (key == null)
        {
            return open();
        }
        return client.send(RestRequest.of(HttpMethod.PUT, PATH, "", RestRequest.Security.API_KEY, 1))
            .thenCompose(response ->
            {
                if (response.isSuccess())
                {
                    return CompletableFuture.completedFuture(key);
                }
                final BinanceErrorBody error = new BinanceErrorBody();
                error.parse(response.body());
                if (error.code() == BinanceErrors.INVALID_LISTEN_KEY)
                {
                    current = null;
                    return open();
                }
                return CompletableFuture.failedFuture(failure("PUT", response, error));
            });
    }

    /**
     * Closes the user-data stream.
     *
     * @return completes when Binance confirmed.
     */
    public CompletableFuture<Void> close()
    {
        return client.send(RestRequest.of(HttpMethod.DELETE, PATH, "", RestRequest.Security.API_KEY, 1))
            .thenApply(response ->
            {
                if (!response.isSuccess())
                {
                    final BinanceErrorBody error = new BinanceErrorBody();
                    error.parse(response.body());
                    throw failure("DELETE", response, error);
                }
                current = null;
                return null;
            });
    }

    /**
     * @return the key last opened, or {@code null}.
     */
    public String current()
    {
        return current;
    }

    private static String listenKey(final RestResponse response, final String method)
    {
        if (response.isSuccess())
        {
            try (JsonParser parser = JSON.createParser(response.body()))
            {
                if (parser.nextToken() == JsonToken.START_OBJECT)
                {
                    while (parser.nextToken() == JsonToken.FIELD_NAME)
                    {
                        final String name = parser.currentName();
                        final JsonToken value = parser.nextToken();
                        if ("listenKey".equals(name) && value == JsonToken.VALUE_STRING && !parser.getText().isEmpty())
                        {
                            return parser.getText();
                        }
                        parser.skipChildren();
                    }
                }
            }
            catch (final IOException ex)
            {
                throw new RestRefusedException(method + " " + PATH + ": malformed answer: " + ex.getMessage());
            }
            throw new RestRefusedException(method + " " + PATH + ": answer without a listenKey");
        }
        final BinanceErrorBody error = new BinanceErrorBody();
        error.parse(response.body());
        throw failure(method, response, error);
    }

    private static RestRefusedException failure(
        final String method, final RestResponse response, final BinanceErrorBody error)
    {
        return new RestRefusedException(method + " " + PATH + ": HTTP " + response.status() + " code " + error.code() +
            " " + error.message());
    }
}
