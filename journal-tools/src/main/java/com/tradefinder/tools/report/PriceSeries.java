package com.tradefinder.tools.report;

import com.tradefinder.numeric.FixedPoint;
import org.agrona.collections.LongArrayList;

/**
 * Bar closes of one instrument and timeframe, from the {@code RegimeUpdate} events: the buy-and-hold benchmark.
 * Filled by one thread while reading, then only read.
 */
public final class PriceSeries
{
    private final int instrumentId;
    private final String symbol;
    private final int timeframeSec;
    private final int priceExponent;
    private final LongArrayList timesNs = new LongArrayList();
    private final LongArrayList closes = new LongArrayList();

    /**
     * @param instrumentId  instrument.
     * @param symbol        its symbol.
     * @param timeframeSec  bar length.
     * @param priceExponent decimal exponent of the closes.
     */
    public PriceSeries(final int instrumentId, final String symbol, final int timeframeSec, final int priceExponent)
    {
        this.instrumentId = instrumentId;
        this.symbol = symbol;
        this.timeframeSec = timeframeSec;
        this.priceExponent = priceExponent;
    }

    /**
     * @param barCloseTimeNs close time of the bar, epoch ns.
     * @param closeMantissa  close price mantissa.
     * @return this.
     */
    public PriceSeries add(final long barCloseTimeNs, final long closeMantissa)
    {
        timesNs.addLong(barCloseTimeNs);
        closes.addLong(closeMantissa);
        return this;
    }

    /**
     * @return instrument id.
     */
    public int instrumentId()
    {
        return instrumentId;
    }

    /**
     * @return instrument symbol.
     */
    public String symbol()
    {
        return symbol;
    }

    /**
     * @return bar length in seconds.
     */
    public int timeframeSec()
    {
        return timeframeSec;
    }

    /**
     * @return closes held.
     */
    public int size()
    {
        return timesNs.size();
    }

    /**
     * @return time of the last close held; call only when not empty.
     */
    public long lastTimeNs()
    {
        return timesNs.getLong(timesNs.size() - 1);
    }

    /**
     * @return bar close times.
     */
    public long[] times()
    {
        return timesNs.toLongArray();
    }

    /**
     * @return close prices as doubles.
     */
    public double[] closes()
    {
        final double[] values = new double[closes.size()];
        for (int i = 0; i < values.length; i++)
        {
            values[i] = FixedPoint.toDouble(closes.getLong(i), priceExponent);
        }
        return values;
    }
}
