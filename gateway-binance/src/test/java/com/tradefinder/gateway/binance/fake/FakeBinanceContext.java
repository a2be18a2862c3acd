package com.tradefinder.gateway.binance.fake;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings of a {@link FakeBinance}, Aeron-Context style: fluent setters with defaults, read once at launch.
 * <p>
 * Not thread-safe; configure on one thread before {@link FakeBinance#launch(FakeBinanceContext)}.
 */
public final class FakeBinanceContext
{
    /** The secret of Binance's signing worked example (NOTES §1.4), the default so tests can reuse its vectors. */
    public static final String WORKED_EXAMPLE_SECRET = "2b5eb11e18796d12d88f13dc27dbbd02c2cc51ff7059765ed9821957d82bb4d9";

    private String apiKey = "fake-binance-api-key";
    private String secretKey = WORKED_EXAMPLE_SECRET;
    private final List<Path> captures = new ArrayList<>();
    private int captureLineLimit;
    private double replaySpeed = 1.0;
    private long pingIntervalMs = 180_000;
    private long pongTimeoutMs = 600_000;
    private String walletBalance = "10000";
    private String makerFeeRate = "0.0002";
    private String takerFeeRate = "0.0005";
    private Path exchangeInfo;

    public FakeBinanceContext apiKey(final String apiKey)
    {
        this.apiKey = apiKey;
        return this;
    }

    public String apiKey()
    {
        return apiKey;
    }

    public FakeBinanceContext secretKey(final String secretKey)
    {
        this.secretKey = secretKey;
        return this;
    }

    public String secretKey()
    {
        return secretKey;
    }

    /** Adds a capture ({@code shared/data/*-ws-*.jsonl.gz}) to replay; several are merged by receive time. */
    public FakeBinanceContext capture(final Path capture)
    {
        captures.add(capture);
        return this;
    }

    public List<Path> captures()
    {
        return captures;
    }

    /** Reads only the first {@code lines} lines of each capture; {@code <= 0} (default) reads all. */
    public FakeBinanceContext captureLineLimit(final int lines)
    {
        this.captureLineLimit = lines;
        return this;
    }

    public int captureLineLimit()
    {
        return captureLineLimit;
    }

    /** 1 (default) replays at the captured pace, N times faster above 1, as fast as possible at {@code <= 0}. */
    public FakeBinanceContext replaySpeed(final double speed)
    {
        this.replaySpeed = speed;
        return this;
    }

    public double replaySpeed()
    {
        return replaySpeed;
    }

    /** Server ping period; Binance: 3 minutes. */
    public FakeBinanceContext pingIntervalMs(final long intervalMs)
    {
        this.pingIntervalMs = intervalMs;
        return this;
    }

    public long pingIntervalMs()
    {
        return pingIntervalMs;
    }

    /** A connection whose last pong is older than this is closed; Binance: 10 minutes. */
    public FakeBinanceContext pongTimeoutMs(final long timeoutMs)
    {
        this.pongTimeoutMs = timeoutMs;
        return this;
    }

    public long pongTimeoutMs()
    {
        return pongTimeoutMs;
    }

    /** Initial USDT wallet balance, decimal text. */
    public FakeBinanceContext walletBalance(final String walletBalance)
    {
        this.walletBalance = walletBalance;
        return this;
    }

    public String walletBalance()
    {
        return walletBalance;
    }

    /** Fee rates as decimal fractions of notional, e.g. {@code "0.0002"}. */
    public FakeBinanceContext feeRates(final String maker, final String taker)
    {
        this.makerFeeRate = maker;
        this.takerFeeRate = taker;
        return this;
    }

    public String makerFeeRate()
    {
        return makerFeeRate;
    }

    public String takerFeeRate()
    {
        return takerFeeRate;
    }

    /** The exchangeInfo JSON served and used for filters; default {@code shared/fixtures/binance/rest-exchangeInfo.json}. */
    public FakeBinanceContext exchangeInfo(final Path exchangeInfo)
    {
        this.exchangeInfo = exchangeInfo;
        return this;
    }

    public Path exchangeInfo()
    {
        return exchangeInfo;
    }
}
