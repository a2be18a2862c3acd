package com.tradefinder.gateway.binance.fake;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Faults the tests switch on, one call each: drop every connection, stall a stream, answer the next requests with
 * 429/418 or the next signed requests with -1021, expire the listen key, send a malformed or a truncated frame, skip
 * depth diffs (a {@code pu} gap) and shift the exchange clock.
 * <p>
 * Thread-safe: tests call from their own thread while event loops and the replay consume the armed counts.
 */
public final class FakeBinanceFaults
{
    private final StreamHub hub;
    private final FakeExchange exchange;
    private final ExchangeClock clock;
    private final Runnable dropHttpConnections;
    private final AtomicInteger limitedRequests = new AtomicInteger();
    private final AtomicInteger timestampRejects = new AtomicInteger();
    private final AtomicInteger depthDiffsToSkip = new AtomicInteger();
    private final AtomicLong depthDiffsSkipped = new AtomicLong();
    private volatile int limitStatus = 429;
    private volatile int retryAfterSeconds = 1;

    FakeBinanceFaults(
        final StreamHub hub, final FakeExchange exchange, final ExchangeClock clock, final Runnable dropHttpConnections)
    {
        this.hub = hub;
        this.exchange = exchange;
        this.clock = clock;
        this.dropHttpConnections = dropHttpConnections;
    }

    /** Closes every WebSocket and HTTP connection now, without a close frame. */
    public void dropAllConnections()
    {
        hub.dropAll();
        dropHttpConnections.run();
    }

    /** Keeps the sockets open but pushes nothing more on {@code stream} (the name clients subscribed) until resumed. */
    public void stallStream(final String stream)
    {
        hub.stall(stream);
    }

    public void resumeStream(final String stream)
    {
        hub.resume(stream);
    }

    /** The next {@code count} REST requests get HTTP 429, code -1003, with {@code Retry-After}. */
    public void rateLimitNext(final int count, final int retryAfterSeconds)
    {
        arm(429, count, retryAfterSeconds);
    }

    /** The next {@code count} REST requests get HTTP 418 (IP auto-ban), code -1003, with {@code Retry-After}. */
    public void banNext(final int count, final int retryAfterSeconds)
    {
        arm(418, count, retryAfterSeconds);
    }

    /** The next {@code count} SIGNED requests get -1021, whatever their timestamp. */
    public void rejectTimestampOfNext(final int count)
    {
        timestampRejects.set(count);
    }

    /**
     * Pushes {@code listenKeyExpired} to the private connections and forgets the key, so keepalive answers -1125.
     *
     * @return false when no key was active.
     */
    public boolean expireListenKey()
    {
        return exchange.expireListenKey();
    }

    /**
     * Sends a frame that is not JSON to every subscriber of {@code stream}.
     *
     * @return connections it went to.
     */
    public int sendMalformedFrame(final String stream)
    {
        return hub.sendVerbatim(stream, "{\"stream\":\"" + stream + "\",\"data\":{\"e\":\"trade\",,\"p\":]}}");
    }

    /**
     * Sends the first half of the last message published on {@code capturedStream} (the capture's stream name, e.g.
     * {@code btcusdt@trade}) to every subscriber of {@code stream}.
     *
     * @return connections it went to.
     */
    public int sendTruncatedFrame(final String capturedStream, final String stream)
    {
        final String last = hub.lastPayload(capturedStream);
        final String whole = last != null ? last : "{\"e\":\"trade\",\"E\":1,\"s\":\"BTCUSDT\",\"t\":1,\"p\":\"1.0\"}";
        return hub.sendVerbatim(stream, whole.substring(0, whole.length() / 2));
    }

    /** The next {@code count} depth diffs are applied to the fake's book but not sent, so clients see a pu gap. */
    public void skipDepthDiffs(final int count)
    {
        depthDiffsToSkip.set(count);
    }

    /** Moves the exchange clock by {@code deltaMs} (positive: the exchange runs ahead of the client). */
    public void shiftClock(final long deltaMs)
    {
        clock.shift(deltaMs);
    }

    public long depthDiffsSkipped()
    {
        return depthDiffsSkipped.get();
    }

    // consumed by the fake itself

    boolean takeDepthSkip()
    {
        if (depthDiffsToSkip.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0)
        {
            depthDiffsSkipped.incrementAndGet();
            return true;
        }
        return false;
    }

    /** @return 429 or 418 when this request is to be refused, else 0. */
    int takeLimit()
    {
        return limitedRequests.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0 ? limitStatus : 0;
    }

    int retryAfterSeconds()
    {
        return retryAfterSeconds;
    }

    boolean takeTimestampReject()
    {
        return timestampRejects.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    private void arm(final int status, final int count, final int retryAfter)
    {
        limitStatus = status;
        retryAfterSeconds = retryAfter;
        limitedRequests.set(count);
    }
}
