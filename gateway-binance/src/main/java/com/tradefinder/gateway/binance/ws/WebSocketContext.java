package com.tradefinder.gateway.binance.ws;

import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.SystemEpochNanoClock;

/**
 * Settings of the Binance WebSocket connections, Aeron-style: fluent setters with defaults, then {@link #conclude()}
 * validates them once before the connections start.
 * <p>
 * Defaults follow the venue's rules: a connection lives at most 24 h (rotated at 23 h), at most 1024 streams per
 * connection, at most 10 client messages per second (we send at most 5, leaving room for pongs). Not thread-safe:
 * fill it at wiring time, then share it read-only.
 */
public final class WebSocketContext
{
    /** Production base URL; the route ({@code /public}, {@code /market}, {@code /private}) is appended. */
    public static final String DEFAULT_BASE_URL = "wss://fstream.binance.com";
    /** Most streams Binance lets one connection carry. */
    public static final int VENUE_MAX_STREAMS_PER_CONNECTION = 1024;

    private String baseUrl = DEFAULT_BASE_URL;
    private long stallTimeoutNs = TimeUnit.SECONDS.toNanos(30);
    private long reconnectBaseNs = TimeUnit.MILLISECONDS.toNanos(250);
    private long reconnectCapNs = TimeUnit.SECONDS.toNanos(30);
    private double reconnectJitter = 0.5;
    private Random random;
    private long rotationIntervalNs = TimeUnit.HOURS.toNanos(23);
    private long rotationOverlapNs = TimeUnit.SECONDS.toNanos(2);
    private int maxStreamsPerConnection = VENUE_MAX_STREAMS_PER_CONNECTION;
    private int maxStreamsInUrl = 100;
    private int subscribeBatchSize = 100;
    private int maxMessagesPerSecond = 5;
    private int maxFramePayloadBytes = 4 << 20;
    private int connectTimeoutMs = 10_000;
    private long malformedLogIntervalNs = TimeUnit.SECONDS.toNanos(10);
    private int duplicateWindowFrames = 8_192;
    private EpochNanoClock clock;
    private boolean concluded;

    /**
     * Checks the settings and fills the defaults that need an object; idempotent.
     *
     * @return this.
     * @throws IllegalArgumentException naming the first bad setting.
     */
    public WebSocketContext conclude()
    {
        if (!(baseUrl.startsWith("ws://") || baseUrl.startsWith("wss://")))
        {
            throw new IllegalArgumentException("baseUrl must start with ws:// or wss://: " + baseUrl);
        }
        while (baseUrl.endsWith("/"))
        {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
        positive("stallTimeoutNs", stallTimeoutNs);
        positive("reconnectBaseNs", reconnectBaseNs);
        positive("rotationIntervalNs", rotationIntervalNs);
        positive("rotationOverlapNs", rotationOverlapNs);
        positive("maxStreamsInUrl", maxStreamsInUrl);
        positive("subscribeBatchSize", subscribeBatchSize);
        positive("maxMessagesPerSecond", maxMessagesPerSecond);
        positive("maxFramePayloadBytes", maxFramePayloadBytes);
        positive("connectTimeoutMs", connectTimeoutMs);
        positive("duplicateWindowFrames", duplicateWindowFrames);
        if (reconnectCapNs < reconnectBaseNs)
        {
            throw new IllegalArgumentException("reconnectCapNs " + reconnectCapNs + " < reconnectBaseNs " +
                reconnectBaseNs);
        }
        if (!(reconnectJitter >= 0.0 && reconnectJitter <= 1.0))
        {
            throw new IllegalArgumentException("reconnectJitter must be in [0, 1]: " + reconnectJitter);
        }
        if (maxStreamsPerConnection < 1 || maxStreamsPerConnection > VENUE_MAX_STREAMS_PER_CONNECTION)
        {
            throw new IllegalArgumentException("maxStreamsPerConnection must be in [1, " +
                VENUE_MAX_STREAMS_PER_CONNECTION + "]: " + maxStreamsPerConnection);
        }
        if (maxMessagesPerSecond > 10)
        {
            throw new IllegalArgumentException("maxMessagesPerSecond above the venue's 10: " + maxMessagesPerSecond);
        }
        if (rotationOverlapNs >= rotationIntervalNs)
        {
            throw new IllegalArgumentException("rotationOverlapNs must be shorter than rotationIntervalNs");
        }
        if (random == null)
        {
            random = new Random();
        }
        if (clock == null)
        {
            clock = new SystemEpochNanoClock();
        }
        concluded = true;
        return this;
    }

    /**
     * @return true once {@link #conclude()} succeeded.
     */
    public boolean isConcluded()
    {
        return concluded;
    }

    /**
     * @param baseUrl {@code wss://host[:port]} for the venue, {@code ws://127.0.0.1:port} for a loopback server.
     * @return this.
     */
    public WebSocketContext baseUrl(final String baseUrl)
    {
        this.baseUrl = baseUrl;
        return this;
    }

    /**
     * @return base URL without a trailing slash (after {@link #conclude()}).
     */
    public String baseUrl()
    {
        return baseUrl;
    }

    /**
     * @param stallTimeoutNs a connection with no data frame (or no handshake) for this long is closed and reopened.
     * @return this.
     */
    public WebSocketContext stallTimeoutNs(final long stallTimeoutNs)
    {
        this.stallTimeoutNs = stallTimeoutNs;
        return this;
    }

    /**
     * @return the stall timeout, nanoseconds.
     */
    public long stallTimeoutNs()
    {
        return stallTimeoutNs;
    }

    /**
     * @param reconnectBaseNs first reconnect delay.
     * @return this.
     */
    public WebSocketContext reconnectBaseNs(final long reconnectBaseNs)
    {
        this.reconnectBaseNs = reconnectBaseNs;
        return this;
    }

    /**
     * @return first reconnect delay, nanoseconds.
     */
    public long reconnectBaseNs()
    {
        return reconnectBaseNs;
    }

    /**
     * @param reconnectCapNs longest reconnect delay.
     * @return this.
     */
    public WebSocketContext reconnectCapNs(final long reconnectCapNs)
    {
        this.reconnectCapNs = reconnectCapNs;
        return this;
    }

    /**
     * @return longest reconnect delay, nanoseconds.
     */
    public long reconnectCapNs()
    {
        return reconnectCapNs;
    }

    /**
     * @param reconnectJitter fraction in [0, 1] by which each delay may be shortened at random.
     * @return this.
     */
    public WebSocketContext reconnectJitter(final double reconnectJitter)
    {
        this.reconnectJitter = reconnectJitter;
        return this;
    }

    /**
     * @return the jitter fraction.
     */
    public double reconnectJitter()
    {
        return reconnectJitter;
    }

    /**
     * @param random source of jitter; seed it in tests. Shared by all connections (calls happen on their threads
     *               rarely; {@link Random} is thread-safe).
     * @return this.
     */
    public WebSocketContext random(final Random random)
    {
        this.random = random;
        return this;
    }

    /**
     * @return the jitter source.
     */
    public Random random()
    {
        return random;
    }

    /**
     * @param rotationIntervalNs age at which a connection is replaced by a new one (before the venue's 24 h cut).
     * @return this.
     */
    public WebSocketContext rotationIntervalNs(final long rotationIntervalNs)
    {
        this.rotationIntervalNs = rotationIntervalNs;
        return this;
    }

    /**
     * @return rotation age, nanoseconds.
     */
    public long rotationIntervalNs()
    {
        return rotationIntervalNs;
    }

    /**
     * @param rotationOverlapNs how long the old and the new connection both deliver (duplicates dropped) before the
     *                          old one is closed.
     * @return this.
     */
    public WebSocketContext rotationOverlapNs(final long rotationOverlapNs)
    {
        this.rotationOverlapNs = rotationOverlapNs;
        return this;
    }

    /**
     * @return rotation overlap, nanoseconds.
     */
    public long rotationOverlapNs()
    {
        return rotationOverlapNs;
    }

    /**
     * @param maxStreamsPerConnection at most 1024; a route with more streams opens more connections.
     * @return this.
     */
    public WebSocketContext maxStreamsPerConnection(final int maxStreamsPerConnection)
    {
        this.maxStreamsPerConnection = maxStreamsPerConnection;
        return this;
    }

    /**
     * @return most streams per connection.
     */
    public int maxStreamsPerConnection()
    {
        return maxStreamsPerConnection;
    }

    /**
     * @param maxStreamsInUrl streams named in the connection URL; the rest are sent as SUBSCRIBE batches.
     * @return this.
     */
    public WebSocketContext maxStreamsInUrl(final int maxStreamsInUrl)
    {
        this.maxStreamsInUrl = maxStreamsInUrl;
        return this;
    }

    /**
     * @return streams named in the URL.
     */
    public int maxStreamsInUrl()
    {
        return maxStreamsInUrl;
    }

    /**
     * @param subscribeBatchSize streams per SUBSCRIBE message.
     * @return this.
     */
    public WebSocketContext subscribeBatchSize(final int subscribeBatchSize)
    {
        this.subscribeBatchSize = subscribeBatchSize;
        return this;
    }

    /**
     * @return streams per SUBSCRIBE message.
     */
    public int subscribeBatchSize()
    {
        return subscribeBatchSize;
    }

    /**
     * @param maxMessagesPerSecond client messages (SUBSCRIBE) sent per second per connection, at most 10.
     * @return this.
     */
    public WebSocketContext maxMessagesPerSecond(final int maxMessagesPerSecond)
    {
        this.maxMessagesPerSecond = maxMessagesPerSecond;
        return this;
    }

    /**
     * @return client messages per second.
     */
    public int maxMessagesPerSecond()
    {
        return maxMessagesPerSecond;
    }

    /**
     * @param maxFramePayloadBytes largest message accepted (fragments aggregated).
     * @return this.
     */
    public WebSocketContext maxFramePayloadBytes(final int maxFramePayloadBytes)
    {
        this.maxFramePayloadBytes = maxFramePayloadBytes;
        return this;
    }

    /**
     * @return largest message accepted, bytes.
     */
    public int maxFramePayloadBytes()
    {
        return maxFramePayloadBytes;
    }

    /**
     * @param connectTimeoutMs TCP connect timeout.
     * @return this.
     */
    public WebSocketContext connectTimeoutMs(final int connectTimeoutMs)
    {
        this.connectTimeoutMs = connectTimeoutMs;
        return this;
    }

    /**
     * @return TCP connect timeout, milliseconds.
     */
    public int connectTimeoutMs()
    {
        return connectTimeoutMs;
    }

    /**
     * @param malformedLogIntervalNs shortest time between two log lines about bad frames on one connection.
     * @return this.
     */
    public WebSocketContext malformedLogIntervalNs(final long malformedLogIntervalNs)
    {
        this.malformedLogIntervalNs = malformedLogIntervalNs;
        return this;
    }

    /**
     * @return bad-frame log interval, nanoseconds.
     */
    public long malformedLogIntervalNs()
    {
        return malformedLogIntervalNs;
    }

    /**
     * @param duplicateWindowFrames frames remembered during a rotation overlap to drop the second copies.
     * @return this.
     */
    public WebSocketContext duplicateWindowFrames(final int duplicateWindowFrames)
    {
        this.duplicateWindowFrames = duplicateWindowFrames;
        return this;
    }

    /**
     * @return frames remembered during an overlap.
     */
    public int duplicateWindowFrames()
    {
        return duplicateWindowFrames;
    }

    /**
     * @param clock wall clock for receive times and status messages.
     * @return this.
     */
    public WebSocketContext clock(final EpochNanoClock clock)
    {
        this.clock = clock;
        return this;
    }

    /**
     * @return the wall clock.
     */
    public EpochNanoClock clock()
    {
        return clock;
    }

    private static void positive(final String name, final long value)
    {
        if (value < 1)
        {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
    }
}
