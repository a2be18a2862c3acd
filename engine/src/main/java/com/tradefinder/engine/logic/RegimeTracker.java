package com.tradefinder.engine.logic;

import com.tradefinder.codecs.Regime;
import com.tradefinder.engine.indicators.Adx;
import com.tradefinder.engine.indicators.Atr;
import com.tradefinder.engine.indicators.BollingerBands;
import com.tradefinder.engine.regime.RegimeClassifier;
import com.tradefinder.engine.regime.RegimeSettings;
import com.tradefinder.engine.util.Hashing;
import com.tradefinder.numeric.FixedPoint;

/**
 * The indicators and the regime of one instrument on one timeframe, updated at every bar close.
 * <p>
 * Business-logic thread only; deterministic (event time only); allocation-free per bar.
 * Publishes a RegimeUpdate for every closed bar, and a RegimeChange when the adopted regime changes.
 */
final class RegimeTracker
{
    private final int instrumentId;
    private final int timeframeSec;
    private final int priceExponent;
    private final Adx adx;
    private final Atr atr;
    private final BollingerBands bollinger;
    private final RegimeClassifier classifier;
    private long bars;

    RegimeTracker(final int instrumentId, final int timeframeSec, final int priceExponent,
        final RegimeSettings settings)
    {
        this.instrumentId = instrumentId;
        this.timeframeSec = timeframeSec;
        this.priceExponent = priceExponent;
        this.adx = new Adx(settings.adxPeriod());
        this.atr = new Atr(settings.atrPeriod());
        this.bollinger = new BollingerBands(settings.bollingerPeriod(), settings.bollingerStdDevs());
        this.classifier = new RegimeClassifier(settings);
    }

    int timeframeSec()
    {
        return timeframeSec;
    }

    Regime onBarClosed(final long openTimeNs, final long highMantissa, final long lowMantissa,
        final long closeMantissa, final OutboundEncoder out)
    {
        final double high = FixedPoint.toDouble(highMantissa, priceExponent);
        final double low = FixedPoint.toDouble(lowMantissa, priceExponent);
        final double close = FixedPoint.toDouble(closeMantissa, priceExponent);
        adx.update(high, low, close);
        atr.update(high, low, close);
        bollinger.update(close);
        bars++;

        final double adxValue = adx.isReady() ? adx.adx() : Double.NaN;
        final double plusDi = adx.isReady() ? adx.plusDi() : Double.NaN;
        final double minusDi = adx.isReady() ? adx.minusDi() : Double.NaN;
        final double atrPct = atr.isReady() ? atr.percent() : Double.NaN;
        final double width = bollinger.isReady() ? bollinger.width() : Double.NaN;
        final Regime regime = classifier.onBar(adxValue, plusDi, minusDi, atrPct, width);

        final long closeTimeNs = openTimeNs + timeframeSec * 1_000_000_000L;
        out.regimeUpdate()
            .instrumentId(instrumentId)
            .timeframeSec(timeframeSec)
            .barCloseTimeNs(closeTimeNs)
            .closeMantissa(closeMantissa)
            .adx(adxValue)
            .plusDi(plusDi)
            .minusDi(minusDi)
            .atrPct(atrPct)
            .atrPctPercentile(classifier.atrPctPercentile())
            .bollingerWidth(width)
            .bollingerWidthPercentile(classifier.bollingerWidthPercentile())
            .regime(regime)
            .previousRegime(classifier.previousRegime());
        out.sendRegimeUpdate();
        if (classifier.changed())
        {
            out.regimeChange(instrumentId, timeframeSec, closeTimeNs, classifier.previousRegime(), regime);
        }
        return regime;
    }

    Regime regime()
    {
        return classifier.regime();
    }

    long stateHash(final long hash)
    {
        long h = Hashing.mix(hash, instrumentId);
        h = Hashing.mix(h, timeframeSec);
        h = Hashing.mix(h, bars);
        h = adx.stateHash(h);
        h = atr.stateHash(h);
        h = bollinger.stateHash(h);
        return classifier.stateHash(h);
    }
}
