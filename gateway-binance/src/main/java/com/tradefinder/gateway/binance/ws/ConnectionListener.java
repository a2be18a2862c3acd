package com.tradefinder.gateway.binance.ws;

/**
 * Told when a connection becomes usable and when it is lost, for work that must follow a reconnect (re-syncing
 * state, reconciling orders).
 * <p>
 * Called on the connection's event loop; implementations should hand long work to another thread.
 */
public interface ConnectionListener
{
    /**
     * @param connection the connection, now open and subscribed (the URL's streams; SUBSCRIBE batches may follow).
     * @param reconnect  false for the first connection, true after a loss; a planned rotation is neither (not told).
     */
    void onConnected(WebSocketConnection connection, boolean reconnect);

    /**
     * @param connection the connection, which will reconnect unless it was closed.
     * @param reason     why, for logs.
     */
    void onDisconnected(WebSocketConnection connection, String reason);
}
