package com.tradefinder.engine.app;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.SleepingWaitStrategy;
import com.lmax.disruptor.WaitStrategy;

/**
 * How the ring's consumers wait for events.
 */
public enum WaitMode
{
    /** Park on a lock until signalled: lowest CPU use, highest wake-up latency. The default. */
    BLOCKING,
    /** Spin briefly, then yield, then sleep for short periods: low CPU when idle, moderate latency. */
    SLEEPING,
    /**
     * The business-logic thread busy-spins (lowest latency, one core for itself on a tuned box); every other
     * consumer sleeps as in {@link #SLEEPING}, so only one thread ever spins.
     */
    BUSY_SPIN;

    WaitStrategy newStrategy()
    {
        switch (this)
        {
            case SLEEPING:
                return new SleepingWaitStrategy();
            case BUSY_SPIN:
                return new SingleSpinnerWaitStrategy();
            default:
                return new BlockingWaitStrategy();
        }
    }

    /**
     * @param text {@code blocking}, {@code sleeping} or {@code busy-spin}, any case.
     * @return the mode.
     * @throws IllegalArgumentException naming the text and the accepted values.
     */
    public static WaitMode parse(final String text)
    {
        for (final WaitMode mode : values())
        {
            if (mode.name().replace('_', '-').equalsIgnoreCase(text) || mode.name().equalsIgnoreCase(text))
            {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown wait mode '" + text + "': use blocking, sleeping or busy-spin");
    }
}
