package com.tradefinder.engine.logic;

import com.tradefinder.codecs.Regime;

/**
 * Told of every closed bar after its indicators and regime are updated: the hook from market analysis to the bots.
 * Business-logic thread only; must not allocate.
 */
@FunctionalInterface
public interface BarObserver
{
    /**
     * @param instrumentId   instrument.
     * @param timeframeSec   timeframe.
     * @param openTimeNs     bar open time.
     * @param priceExponent  the instrument's price exponent.
     * @param sizeExponent   the instrument's size exponent.
     * @param openMantissa   open.
     * @param highMantissa   high.
     * @param lowMantissa    low.
     * @param closeMantissa  close.
     * @param volumeMantissa volume.
     * @param regime         the regime of this instrument and timeframe after the bar.
     */
    void onBarClosed(int instrumentId, int timeframeSec, long openTimeNs, int priceExponent, int sizeExponent,
        long openMantissa, long highMantissa, long lowMantissa, long closeMantissa, long volumeMantissa, Regime regime);
}
