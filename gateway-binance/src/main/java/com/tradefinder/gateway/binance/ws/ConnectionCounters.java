package com.tradefinder.gateway.binance.ws;

/**
 * Counters of one {@link WebSocketConnection}.
 * <p>
 * Written only by the connection's event loop; volatile so any thread may read them (a read may lag by a frame).
 */
public final class ConnectionCounters
{
    private volatile long frames;
    private volatile long duplicates;
    private volatile long handlerErrors;
    private volatile long connects;
    private volatile long reconnects;
    private volatile long stalls;
    private volatile long rotations;
    private volatile long pings;
    private volatile long subscribeRequests;

    /**
     * @return data frames received (duplicates of a rotation overlap included).
     */
    public long frames()
    {
        return frames;
    }

    /**
     * @return second copies dropped during rotation overlaps.
     */
    public long duplicates()
    {
        return duplicates;
    }

    /**
     * @return frames whose handler threw.
     */
    public long handlerErrors()
    {
        return handlerErrors;
    }

    /**
     * @return successful handshakes, rotations excluded.
     */
    public long connects()
    {
        return connects;
    }

    /**
     * @return losses that scheduled a reconnect (failed attempts included).
     */
    public long reconnects()
    {
        return reconnects;
    }

    /**
     * @return connections closed for silence.
     */
    public long stalls()
    {
        return stalls;
    }

    /**
     * @return planned replacements before the 24-hour cut.
     */
    public long rotations()
    {
        return rotations;
    }

    /**
     * @return server pings answered.
     */
    public long pings()
    {
        return pings;
    }

    /**
     * @return SUBSCRIBE messages sent.
     */
    public long subscribeRequests()
    {
        return subscribeRequests;
    }

    // single writer (the event loop): a plain read-increment-write of a volatile is safe here
    void incrementFrames()
    {
        frames++;
    }

    void incrementDuplicates()
    {
        duplicates++;
    }

    void incrementHandlerErrors()
    {
        handlerErrors++;
    }

    void incrementConnects()
    {
        connects++;
    }

    void incrementReconnects()
    {
        reconnects++;
    }

    void incrementStalls()
    {
        stalls++;
    }

    void incrementRotations()
    {
        rotations++;
    }

    void incrementPings()
    {
        pings++;
    }

    void incrementSubscribeRequests()
    {
        subscribeRequests++;
    }
}
