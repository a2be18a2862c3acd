package com.tradefinder.gateway.binance.ws;

import java.util.concurrent.CompletableFuture;

/**
 * The listenKey REST calls ({@code POST} and {@code PUT /fapi/v1/listenKey}) the {@link UserDataConnection} needs;
 * the integrator wires it to the REST client.
 * <p>
 * May be called from any thread; futures may complete on any thread. A {@code keepAlive} refused with
 * {@code -1125} ("This listenKey does not exist.") must complete exceptionally with an
 * {@link InvalidListenKeyException} (possibly wrapped), so the connection knows to create a new key.
 */
public interface ListenKeyService
{
    /**
     * @return the active listenKey (a new one, or the current one extended).
     */
    CompletableFuture<String> create();

    /**
     * @param listenKey the key to extend by 60 minutes.
     * @return completes when extended.
     */
    CompletableFuture<Void> keepAlive(String listenKey);
}
