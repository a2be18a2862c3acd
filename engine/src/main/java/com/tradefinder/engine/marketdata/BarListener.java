package com.tradefinder.engine.marketdata;

/**
 * Receives closed bars from a {@link BarAggregator}.
 * <p>
 * Called on the business-logic thread, synchronously from the aggregator's input method, once per closed bar, with
 * primitives only. An implementation must not call back into the aggregator that is calling it.
 */
@FunctionalInterface
public interface BarListener
{
    /**
     * A bar has closed; it will not change again.
     *
     * @param instrumentId   the instrument of the aggregator.
     * @param timeframeSec   the bar's timeframe in seconds.
     * @param openTimeNs     start of the bar's UTC-aligned bucket, epoch nanoseconds; the bar covers
     *                       {@code [openTimeNs, openTimeNs + timeframeSec)}.
     * @param openMantissa   first price, fixed-point mantissa in the instrument's price exponent.
     * @param highMantissa   highest price, same exponent.
     * @param lowMantissa    lowest price, same exponent.
     * @param closeMantissa  last price, same exponent.
     * @param volumeMantissa summed base-asset size, fixed-point mantissa in the instrument's size exponent.
     */
    void onBarClosed(
        int instrumentId,
        int timeframeSec,
        long openTimeNs,
        long openMantissa,
        long highMantissa,
        long lowMantissa,
        long closeMantissa,
        long volumeMantissa);
}
