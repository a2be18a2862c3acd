package com.tradefinder.engine.strategy;

import com.tradefinder.engine.indicators.Ema;
import com.tradefinder.engine.indicators.Sma;

/**
 * An {@link Ema} or an {@link Sma}, chosen at construction, behind one small final class so the hot path makes no
 * interface call.
 * <p>
 * Business-logic thread only; deterministic; allocation-free per update.
 */
final class MovingAverage
{
    /** Config name of the exponential average. */
    static final String EMA = "ema";
    /** Config name of the simple average. */
    static final String SMA = "sma";

    private final Ema ema;
    private final Sma sma;

    /**
     * @param type   {@link #EMA} or {@link #SMA}.
     * @param period period, at least 1.
     */
    MovingAverage(final String type, final int period)
    {
        final boolean exponential = EMA.equals(type);
        this.ema = exponential ? new Ema(period) : null;
        this.sma = exponential ? null : new Sma(period);
    }

    void update(final double input)
    {
        if (ema != null)
        {
            ema.update(input);
        }
        else
        {
            sma.update(input);
        }
    }

    double value()
    {
        return ema != null ? ema.value() : sma.value();
    }

    boolean isReady()
    {
        return ema != null ? ema.isReady() : sma.isReady();
    }

    long stateHash(final long hash)
    {
        return ema != null ? ema.stateHash(hash) : sma.stateHash(hash);
    }
}
