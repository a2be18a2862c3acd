package com.tradefinder.gateway.binance.ws;

import java.util.Random;

/**
 * Delays between reconnect attempts: exponential from a base up to a cap, each shortened by a random fraction up
 * to {@code jitter} so that many clients dropped together do not come back in step.
 * <p>
 * Attempt n (from 0) waits {@code min(cap, base * 2^n) * (1 - jitter * r)} with r uniform in [0, 1) from the given
 * {@link Random}; a seeded Random makes the sequence reproducible in tests. Not thread-safe: owned by one
 * connection's event loop.
 */
public final class ReconnectBackoff
{
    private final long baseNs;
    private final long capNs;
    private final double jitter;
    private final Random random;
    private int attempt;

    /**
     * @param baseNs first delay, at least 1.
     * @param capNs  longest delay, at least {@code baseNs}.
     * @param jitter fraction in [0, 1] by which a delay may be shortened at random.
     * @param random source of the jitter.
     */
    public ReconnectBackoff(final long baseNs, final long capNs, final double jitter, final Random random)
    {
        if (baseNs < 1 || capNs < baseNs)
        {
            throw new IllegalArgumentException("backoff needs 1 <= base <= cap: base " + baseNs + " ns, cap " + capNs);
        }
        if (!(jitter >= 0.0 && jitter <= 1.0))
        {
            throw new IllegalArgumentException("backoff jitter must be in [0, 1]: " + jitter);
        }
        this.baseNs = baseNs;
        this.capNs = capNs;
        this.jitter = jitter;
        this.random = random;
    }

    /**
     * @return the delay before the next attempt, in nanoseconds; each call counts one attempt.
     */
    public long nextDelayNs()
    {
        final long exponential = attempt >= 62 || baseNs > (capNs >> Math.min(attempt, 62)) ?
            capNs : Math.min(capNs, baseNs << attempt);
        attempt++;
        return exponential - (long)(exponential * jitter * random.nextDouble());
    }

    /**
     * Starts again from the base delay, once a connection has proved healthy.
     */
    public void reset()
    {
        attempt = 0;
    }

    /**
     * @return attempts counted since the last {@link #reset()}.
     */
    public int attempt()
    {
        return attempt;
    }
}
