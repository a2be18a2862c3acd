package com.tradefinder.engine.indicators;

import java.util.SplittableRandom;

/**
 * A deterministic random walk of OHLC bars, for tests that must not depend on {@code ../shared}.
 */
final class SyntheticBars
{
    final double[] high;
    final double[] low;
    final double[] close;

    /**
     * @param size number of bars.
     * @param seed random seed; the same seed gives the same bars.
     */
    SyntheticBars(final int size, final long seed)
    {
        high = new double[size];
        low = new double[size];
        close = new double[size];
        final SplittableRandom random = new SplittableRandom(seed);
        double previous = 100.0;
        for (int i = 0; i < size; i++)
        {
            final double next = Math.max(1.0, previous * (1.0 + (random.nextDouble() - 0.5) * 0.02));
            high[i] = Math.max(previous, next) * (1.0 + random.nextDouble() * 0.005);
            low[i] = Math.min(previous, next) * (1.0 - random.nextDouble() * 0.005);
            close[i] = next;
            previous = next;
        }
    }

    int size()
    {
        return close.length;
    }
}
