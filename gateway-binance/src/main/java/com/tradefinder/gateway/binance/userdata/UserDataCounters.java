package com.tradefinder.gateway.binance.userdata;

/**
 * Counts of what the user-data decoder saw, by outcome and by notable case.
 * <p>
 * Written by the decoder's thread only; plain fields, so read them on that thread (or accept stale values).
 */
public final class UserDataCounters
{
    long decoded;
    long malformed;
    long unsupported;
    long unknownInstrument;
    long foreignOrders;
    long tradeLites;
    long ignoredExecutions;
    long unsupportedCommissionAsset;
    long marginCalls;
    long listenKeyExpired;
    long skippedPositions;
    long skippedBalances;

    UserDataCounters()
    {
    }

    /**
     * @return frames decoded, whether or not they gave messages.
     */
    public long decoded()
    {
        return decoded;
    }

    /**
     * @return frames rejected as malformed (syntax, missing or unusable field).
     */
    public long malformed()
    {
        return malformed;
    }

    /**
     * @return well-formed frames that are not a user-data event this decoder reads.
     */
    public long unsupported()
    {
        return unsupported;
    }

    /**
     * @return order frames whose symbol is not in the instrument lookup.
     */
    public long unknownInstrument()
    {
        return unknownInstrument;
    }

    /**
     * @return executions of orders that no bot placed, reported to the listener.
     */
    public long foreignOrders()
    {
        return foreignOrders;
    }

    /**
     * @return TRADE_LITE frames validated and not published (their fills come from ORDER_TRADE_UPDATE).
     */
    public long tradeLites()
    {
        return tradeLites;
    }

    /**
     * @return order events that change nothing the engine tracks (AMENDMENT, TRIGGERING, FINISHED, the venue's
     * acknowledgement of a triggered order).
     */
    public long ignoredExecutions()
    {
        return ignoredExecutions;
    }

    /**
     * @return fills whose commission was charged in an asset other than USDT; the fee is still reported as stated.
     */
    public long unsupportedCommissionAsset()
    {
        return unsupportedCommissionAsset;
    }

    /**
     * @return MARGIN_CALL events.
     */
    public long marginCalls()
    {
        return marginCalls;
    }

    /**
     * @return listenKeyExpired events.
     */
    public long listenKeyExpired()
    {
        return listenKeyExpired;
    }

    /**
     * @return position entries skipped because their symbol is not in the instrument lookup.
     */
    public long skippedPositions()
    {
        return skippedPositions;
    }

    /**
     * @return balance entries skipped because their asset code is longer than the SBE field.
     */
    public long skippedBalances()
    {
        return skippedBalances;
    }
}
