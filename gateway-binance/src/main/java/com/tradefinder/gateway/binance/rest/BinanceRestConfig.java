package com.tradefinder.gateway.binance.rest;

import java.net.URI;
import java.util.Arrays;

import io.netty.handler.ssl.SslContext;

/**
 * Settings of a {@link BinanceRestClient}, in the Aeron Context style: fluent setters, then {@link #conclude()} checks
 * them and fills defaults. The secret is held as bytes, copied in, and never shown by {@link #toString()}. Not
 * thread-safe; hand it to the client once concluded.
 */
public final class BinanceRestConfig
{
    /** Binance USDⓈ-M production REST. */
    public static final String PRODUCTION_URL = "https://fapi.binance.com";
    /** Default recvWindow: Binance's own, and the most it advises. */
    public static final long DEFAULT_RECV_WINDOW_MS = 5_000;
    /** Default time a request may wait for its response. */
    public static final long DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
    /** Default keep-alive connections to the host. */
    public static final int DEFAULT_MAX_CONNECTIONS = 2;

    private URI baseUrl = URI.create(PRODUCTION_URL);
    private String apiKey;
    private byte[] secretKey;
    private long recvWindowMs = DEFAULT_RECV_WINDOW_MS;
    private long requestTimeoutMs = DEFAULT_REQUEST_TIMEOUT_MS;
    private int maxConnections = DEFAULT_MAX_CONNECTIONS;
    private int maxResponseBytes = 16 * 1024 * 1024;
    private SslContext sslContext;

    /**
     * @param url {@code https://host[:port]} or, for a loopback fake, {@code http://127.0.0.1:port}.
     * @return this.
     */
    public BinanceRestConfig baseUrl(final String url)
    {
        baseUrl = URI.create(url);
        return this;
    }

    /**
     * @return the base URL.
     */
    public URI baseUrl()
    {
        return baseUrl;
    }

    /**
     * @param apiKey sent as {@code X-MBX-APIKEY}.
     * @return this.
     */
    public BinanceRestConfig apiKey(final String apiKey)
    {
        this.apiKey = apiKey;
        return this;
    }

    /**
     * @return the API key.
     */
    public String apiKey()
    {
        return apiKey;
    }

    /**
     * @param secretKey the API secret's ASCII bytes; copied.
     * @return this.
     */
    public BinanceRestConfig secretKey(final byte[] secretKey)
    {
        this.secretKey = secretKey == null ? null : Arrays.copyOf(secretKey, secretKey.length);
        return this;
    }

    /**
     * @return a new signer over the secret (one per signing thread).
     * @throws IllegalStateException when no credentials were given.
     */
    public BinanceSigner newSigner()
    {
        if (!hasCredentials())
        {
            throw new IllegalStateException("no API credentials: this client reads public data only");
        }
        return new BinanceSigner(secretKey);
    }

    /**
     * @return whether an API key and secret were given (a public-data client has neither).
     */
    public boolean hasCredentials()
    {
        return apiKey != null && !apiKey.isBlank() && secretKey != null && secretKey.length > 0;
    }

    /**
     * @param recvWindowMs sent with every signed request, at most 60000 (Binance advises at most 5000).
     * @return this.
     */
    public BinanceRestConfig recvWindowMs(final long recvWindowMs)
    {
        this.recvWindowMs = recvWindowMs;
        return this;
    }

    /**
     * @return the recvWindow in milliseconds.
     */
    public long recvWindowMs()
    {
        return recvWindowMs;
    }

    /**
     * @param requestTimeoutMs how long a request may wait for its response before it fails.
     * @return this.
     */
    public BinanceRestConfig requestTimeoutMs(final long requestTimeoutMs)
    {
        this.requestTimeoutMs = requestTimeoutMs;
        return this;
    }

    /**
     * @return the request timeout in milliseconds.
     */
    public long requestTimeoutMs()
    {
        return requestTimeoutMs;
    }

    /**
     * @param maxConnections keep-alive connections to the host, 1 or 2.
     * @return this.
     */
    public BinanceRestConfig maxConnections(final int maxConnections)
    {
        this.maxConnections = maxConnections;
        return this;
    }

    /**
     * @return the most connections kept to the host.
     */
    public int maxConnections()
    {
        return maxConnections;
    }

    /**
     * @param maxResponseBytes the largest response body accepted (exchangeInfo is several megabytes).
     * @return this.
     */
    public BinanceRestConfig maxResponseBytes(final int maxResponseBytes)
    {
        this.maxResponseBytes = maxResponseBytes;
        return this;
    }

    /**
     * @return the largest response body accepted.
     */
    public int maxResponseBytes()
    {
        return maxResponseBytes;
    }

    /**
     * @param sslContext client TLS context for https, e.g. with a pinned trust store; by default the JDK's trust store.
     * @return this.
     */
    public BinanceRestConfig sslContext(final SslContext sslContext)
    {
        this.sslContext = sslContext;
        return this;
    }

    /**
     * @return the TLS context given, or {@code null} for the default.
     */
    public SslContext sslContext()
    {
        return sslContext;
    }

    /**
     * @return whether the base URL is https.
     */
    public boolean tls()
    {
        return "https".equalsIgnoreCase(baseUrl.getScheme());
    }

    /**
     * @return the port, explicit or the scheme's default.
     */
    public int port()
    {
        return baseUrl.getPort() > 0 ? baseUrl.getPort() : tls() ? 443 : 80;
    }

    /**
     * Checks every setting.
     *
     * @return this.
     * @throws IllegalStateException naming the first bad setting.
     */
    public BinanceRestConfig conclude()
    {
        final String scheme = baseUrl.getScheme();
        if (!"https".equalsIgnoreCase(scheme) && !"http".equalsIgnoreCase(scheme) || baseUrl.getHost() == null)
        {
            throw new IllegalStateException("baseUrl must be http(s)://host[:port], was " + baseUrl);
        }
        // no credentials at all is a public-data client (exchangeInfo, depth snapshots); half of them is a mistake
        if ((apiKey == null || apiKey.isBlank()) != (secretKey == null || secretKey.length == 0))
        {
            throw new IllegalStateException(apiKey == null || apiKey.isBlank() ? "apiKey is not set" :
                "secretKey is not set");
        }
        if (recvWindowMs <= 0 || recvWindowMs > 60_000)
        {
            throw new IllegalStateException("recvWindowMs must be in (0, 60000], was " + recvWindowMs);
        }
        if (requestTimeoutMs <= 0)
        {
            throw new IllegalStateException("requestTimeoutMs must be positive, was " + requestTimeoutMs);
        }
        if (maxConnections < 1 || maxConnections > 2)
        {
            throw new IllegalStateException("maxConnections must be 1 or 2, was " + maxConnections);
        }
        return this;
    }

    @Override
    public String toString()
    {
        return "BinanceRestConfig[baseUrl=" + baseUrl + ", recvWindowMs=" + recvWindowMs + ", requestTimeoutMs=" +
            requestTimeoutMs + ", maxConnections=" + maxConnections + ", secret hidden]";
    }
}
