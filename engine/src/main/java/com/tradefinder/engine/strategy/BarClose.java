package com.tradefinder.engine.strategy;

import com.tradefinder.codecs.Regime;
import com.tradefinder.numeric.FixedPoint;

/**
 * A closed bar as strategies see it: exact mantissas for prices that become orders, doubles for signal maths,
 * and the regime of the bar's instrument and timeframe after this bar.
 * <p>
 * A reused flyweight filled by the bot before each {@link Strategy#onBar} call; valid only during the call.
 * Business-logic thread only.
 */
public final class BarClose
{
    private int instrumentId;
    private int timeframeSec;
    private long openTimeNs;
    private int priceExponent;
    private int sizeExponent;
    private long openMantissa;
    private long highMantissa;
    private long lowMantissa;
    private long closeMantissa;
    private long volumeMantissa;
    private Regime regime = Regime.UNCERTAIN;

    /**
     * Fills the flyweight.
     *
     * @param instrumentId   instrument.
     * @param timeframeSec   timeframe.
     * @param openTimeNs     bar open time.
     * @param priceExponent  price exponent of the instrument.
     * @param sizeExponent   size exponent of the instrument.
     * @param openMantissa   open.
     * @param highMantissa   high.
     * @param lowMantissa    low.
     * @param closeMantissa  close.
     * @param volumeMantissa volume.
     * @param regime         regime after this bar.
     * @return this.
     */
    public BarClose set(final int instrumentId, final int timeframeSec, final long openTimeNs, final int priceExponent,
        final int sizeExponent, final long openMantissa, final long highMantissa, final long lowMantissa,
        final long closeMantissa, final long volumeMantissa, final Regime regime)
    {
        this.instrumentId = instrumentId;
        this.timeframeSec = timeframeSec;
        this.openTimeNs = openTimeNs;
        this.priceExponent = priceExponent;
        this.sizeExponent = sizeExponent;
        this.openMantissa = openMantissa;
        this.highMantissa = highMantissa;
        this.lowMantissa = lowMantissa;
        this.closeMantissa = closeMantissa;
        this.volumeMantissa = volumeMantissa;
        this.regime = regime;
        return this;
    }

    public int instrumentId()
    {
        return instrumentId;
    }

    public int timeframeSec()
    {
        return timeframeSec;
    }

    public long openTimeNs()
    {
        return openTimeNs;
    }

    /**
     * @return the bar's end, when it closed: open time plus the timeframe.
     */
    public long closeTimeNs()
    {
        return openTimeNs + timeframeSec * 1_000_000_000L;
    }

    public int priceExponent()
    {
        return priceExponent;
    }

    public long openMantissa()
    {
        return openMantissa;
    }

    public long highMantissa()
    {
        return highMantissa;
    }

    public long lowMantissa()
    {
        return lowMantissa;
    }

    public long closeMantissa()
    {
        return closeMantissa;
    }

    public long volumeMantissa()
    {
        return volumeMantissa;
    }

    public double open()
    {
        return FixedPoint.toDouble(openMantissa, priceExponent);
    }

    public double high()
    {
        return FixedPoint.toDouble(highMantissa, priceExponent);
    }

    public double low()
    {
        return FixedPoint.toDouble(lowMantissa, priceExponent);
    }

    public double close()
    {
        return FixedPoint.toDouble(closeMantissa, priceExponent);
    }

    public double volume()
    {
        return FixedPoint.toDouble(volumeMantissa, sizeExponent);
    }

    /**
     * @return the regime of this instrument and timeframe after this bar.
     */
    public Regime regime()
    {
        return regime;
    }
}
