package com.tradefinder.gateway.binance.book;

import java.util.concurrent.CompletableFuture;

/**
 * Fetches a REST depth snapshot ({@code GET /fapi/v1/depth?symbol=...&limit=1000}) for the {@link DepthSynchronizer};
 * the integrator wires it to the REST client.
 * <p>
 * May be called from any thread; the future may complete on any thread (the synchronizer moves the result onto its
 * own). Rate limiting and HTTP retries belong to the implementation; a failed future makes the synchronizer ask
 * again later.
 */
@FunctionalInterface
public interface DepthSnapshotSource
{
    /**
     * @param symbol venue symbol in upper case, e.g. {@code BTCUSDT}.
     * @return the response body, the JSON bytes {@code {"lastUpdateId":...,"E":...,"T":...,"bids":[...],"asks":[...]}}.
     */
    CompletableFuture<byte[]> snapshot(String symbol);
}
