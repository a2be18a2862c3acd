package com.tradefinder.gateway.binance.book;

/**
 * Where a {@link DepthSynchronizer} stands in Binance's snapshot-and-diff procedure.
 */
public enum DepthSyncState
{
    /** No diff seen yet. */
    IDLE,
    /** Diffs are buffered while a REST snapshot is fetched (or will be re-fetched after a failure). */
    AWAITING_SNAPSHOT,
    /** The snapshot is published; waiting for the diff that brackets its {@code lastUpdateId}. */
    AWAITING_FIRST_EVENT,
    /** Diffs are forwarded; each one's {@code pu} equals the previous one's {@code u}. */
    SYNCED
}
