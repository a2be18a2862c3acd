package com.tradefinder.engine.logic;

import com.tradefinder.codecs.Regime;
import com.tradefinder.engine.marketdata.BarAggregator;
import com.tradefinder.engine.marketdata.BarListener;
import com.tradefinder.engine.regime.RegimeSettings;
import com.tradefinder.engine.util.Hashing;

/**
 * Bars on every configured timeframe of one instrument, each feeding its own {@link RegimeTracker}.
 * <p>
 * Business-logic thread only; deterministic; allocation-free per event after construction.
 */
final class InstrumentAnalysis implements BarListener
{
    private final int instrumentId;
    private final int priceExponent;
    private final int sizeExponent;
    private final BarAggregator bars;
    private final RegimeTracker[] trackers;
    private final OutboundEncoder out;
    private final BarObserver observer;

    InstrumentAnalysis(final int instrumentId, final int priceExponent, final int sizeExponent,
        final int[] timeframesSec, final RegimeSettings settings, final OutboundEncoder out, final BarObserver observer)
    {
        this.instrumentId = instrumentId;
        this.observer = observer;
        this.priceExponent = priceExponent;
        this.sizeExponent = sizeExponent;
        this.out = out;
        this.trackers = new RegimeTracker[timeframesSec.length];
        for (int i = 0; i < timeframesSec.length; i++)
        {
            trackers[i] = new RegimeTracker(instrumentId, timeframesSec[i], priceExponent, settings);
        }
        this.bars = new BarAggregator(instrumentId, timeframesSec, this);
    }

    int priceExponent()
    {
        return priceExponent;
    }

    int sizeExponent()
    {
        return sizeExponent;
    }

    void onTrade(final long timeNs, final long priceMantissa, final long sizeMantissa)
    {
        bars.onTrade(timeNs, priceMantissa, sizeMantissa);
    }

    void onKline(final long openTimeNs, final int timeframeSec, final long open, final long high, final long low,
        final long close, final long volume)
    {
        bars.onKline(openTimeNs, timeframeSec, open, high, low, close, volume);
    }

    void onTime(final long timeNs)
    {
        bars.onTime(timeNs);
    }

    @Override
    public void onBarClosed(final int instrumentId, final int timeframeSec, final long openTimeNs,
        final long openMantissa, final long highMantissa, final long lowMantissa, final long closeMantissa,
        final long volumeMantissa)
    {
        for (final RegimeTracker tracker : trackers)
        {
            if (tracker.timeframeSec() == timeframeSec)
            {
                final Regime regime = tracker.onBarClosed(openTimeNs, highMantissa, lowMantissa, closeMantissa, out);
                observer.onBarClosed(instrumentId, timeframeSec, openTimeNs, priceExponent, sizeExponent,
                    openMantissa, highMantissa, lowMantissa, closeMantissa, volumeMantissa, regime);
                return;
            }
        }
    }

    long stateHash(final long hash)
    {
        long h = Hashing.mix(hash, instrumentId);
        h = Hashing.mix(h, priceExponent);
        h = Hashing.mix(h, sizeExponent);
        h = bars.stateHash(h);
        for (final RegimeTracker tracker : trackers)
        {
            h = tracker.stateHash(h);
        }
        return h;
    }
}
