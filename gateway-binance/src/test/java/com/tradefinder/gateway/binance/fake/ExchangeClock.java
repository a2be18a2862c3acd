package com.tradefinder.gateway.binance.fake;

/**
 * The fake exchange's clock: wall-clock milliseconds plus a shift the tests set to put it ahead of or behind the
 * client (for {@code -1021} and the {@code GET /fapi/v1/time} offset).
 * <p>
 * Thread-safe.
 */
final class ExchangeClock
{
    private volatile long shiftMs;

    long nowMs()
    {
        return System.currentTimeMillis() + shiftMs;
    }

    void shift(final long deltaMs)
    {
        shiftMs += deltaMs;
    }

    long shiftMs()
    {
        return shiftMs;
    }
}
