package com.tradefinder.engine.strategy;

import com.tradefinder.codecs.Regime;

/**
 * Builds the closed bars of hand-written test sequences into one reused {@link BarClose}: instrument
 * {@value #INSTRUMENT}, 1h, prices at exponent -2, volumes at exponent -3, consecutive hours.
 */
final class TestBars
{
    static final int INSTRUMENT = 7;
    static final int TIMEFRAME_SEC = 3600;
    static final int PRICE_EXPONENT = -2;
    static final int SIZE_EXPONENT = -3;

    private final BarClose bar = new BarClose();
    private long openTimeNs;

    /** @return a bar; the previous one is overwritten. */
    BarClose next(final double open, final double high, final double low, final double close, final double volume)
    {
        bar.set(INSTRUMENT, TIMEFRAME_SEC, openTimeNs, PRICE_EXPONENT, SIZE_EXPONENT, price(open), price(high),
            price(low), price(close), Math.round(volume * 1000.0), Regime.UNCERTAIN);
        openTimeNs += TIMEFRAME_SEC * 1_000_000_000L;
        return bar;
    }

    /** @return a bar opening at its close, volume 1. */
    BarClose next(final double high, final double low, final double close)
    {
        return next(close, high, low, close, 1.0);
    }

    /** @return a bar 0.5 either side of its close, volume 1. */
    BarClose close(final double close)
    {
        return next(close + 0.5, close - 0.5, close);
    }

    /** @return the price as a mantissa at exponent -2. */
    static long price(final double price)
    {
        return Math.round(price * 100.0);
    }
}
