package com.tradefinder.gateway.binance.ws;

/**
 * Told after the user-data stream came back after a loss or a listenKey change, when events may have been missed:
 * the integrator reconciles orders and positions over REST.
 * <p>
 * Called on the connection's event loop; hand long work to another thread.
 */
@FunctionalInterface
public interface ReconnectListener
{
    /**
     * @param reconnects how many times the stream has come back so far (1 for the first time).
     */
    void onReconnected(long reconnects);
}
