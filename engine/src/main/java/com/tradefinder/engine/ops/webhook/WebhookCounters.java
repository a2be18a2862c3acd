package com.tradefinder.engine.ops.webhook;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Webhook outcomes: signals accepted and requests refused, by reason. Written by the HTTP thread, read by the metrics
 * endpoint and tests from any thread.
 */
public final class WebhookCounters
{
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLongArray rejected = new AtomicLongArray(WebhookReject.values().length);

    void accepted()
    {
        accepted.incrementAndGet();
    }

    void rejected(final WebhookReject reason)
    {
        rejected.incrementAndGet(reason.ordinal());
    }

    /**
     * @return signals published to the ring.
     */
    public long acceptedCount()
    {
        return accepted.get();
    }

    /**
     * @param reason a reason.
     * @return requests refused for it.
     */
    public long rejectedCount(final WebhookReject reason)
    {
        return rejected.get(reason.ordinal());
    }

    /**
     * @return requests refused for any reason.
     */
    public long rejectedTotal()
    {
        long total = 0;
        for (int i = 0; i < rejected.length(); i++)
        {
            total += rejected.get(i);
        }
        return total;
    }
}
