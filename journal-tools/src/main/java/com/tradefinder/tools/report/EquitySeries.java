package com.tradefinder.tools.report;

import com.tradefinder.numeric.FixedPoint;
import org.agrona.collections.IntArrayList;
import org.agrona.collections.LongArrayList;

/**
 * One bot's {@code EquitySnapshot} events in journal order, column by column. Amounts are mantissas at exponent -8
 * (USD, USDT counted as USD); the {@code double[]} views are for statistics and charts.
 * <p>
 * Filled by one thread while reading, then only read.
 */
public final class EquitySeries
{
    private final LongArrayList timesNs = new LongArrayList();
    private final LongArrayList equity = new LongArrayList();
    private final LongArrayList balance = new LongArrayList();
    private final LongArrayList unrealized = new LongArrayList();
    private final LongArrayList grossExposure = new LongArrayList();
    private final LongArrayList openRisk = new LongArrayList();
    private final LongArrayList fees = new LongArrayList();
    private final LongArrayList funding = new LongArrayList();
    private final IntArrayList openPositions = new IntArrayList();

    /**
     * Appends one snapshot.
     *
     * @param timeNs                 snapshot time, epoch ns.
     * @param equityMantissa         balance plus unrealized P&amp;L.
     * @param balanceMantissa        balance.
     * @param unrealizedMantissa     unrealized P&amp;L.
     * @param grossExposureMantissa  sum of |position notional|.
     * @param openRiskMantissa       loss if every stop were hit.
     * @param feesMantissa           cumulative fees paid.
     * @param fundingMantissa        cumulative funding, received (+) or paid (−).
     * @param positions              open positions.
     * @return this.
     */
    public EquitySeries add(final long timeNs, final long equityMantissa, final long balanceMantissa,
        final long unrealizedMantissa, final long grossExposureMantissa, final long openRiskMantissa,
        final long feesMantissa, final long fundingMantissa, final int positions)
    {
        timesNs.addLong(timeNs);
        equity.addLong(equityMantissa);
        balance.addLong(balanceMantissa);
        unrealized.addLong(unrealizedMantissa);
        grossExposure.addLong(grossExposureMantissa);
        openRisk.addLong(openRiskMantissa);
        fees.addLong(feesMantissa);
        funding.addLong(fundingMantissa);
        openPositions.addInt(positions);
        return this;
    }

    /**
     * @return snapshots held.
     */
    public int size()
    {
        return timesNs.size();
    }

    /**
     * @param i snapshot index.
     * @return its time, epoch ns.
     */
    public long timeNs(final int i)
    {
        return timesNs.getLong(i);
    }

    /**
     * @param i snapshot index.
     * @return its equity mantissa.
     */
    public long equityMantissa(final int i)
    {
        return equity.getLong(i);
    }

    /**
     * @param i snapshot index.
     * @return its balance mantissa.
     */
    public long balanceMantissa(final int i)
    {
        return balance.getLong(i);
    }

    /**
     * @param i snapshot index.
     * @return its unrealized P&amp;L mantissa.
     */
    public long unrealizedMantissa(final int i)
    {
        return unrealized.getLong(i);
    }

    /**
     * @param i snapshot index.
     * @return its gross exposure mantissa.
     */
    public long grossExposureMantissa(final int i)
    {
        return grossExposure.getLong(i);
    }

    /**
     * @param i snapshot index.
     * @return its open risk mantissa.
     */
    public long openRiskMantissa(final int i)
    {
        return openRisk.getLong(i);
    }

    /**
     * @param i snapshot index.
     * @return its cumulative fees mantissa.
     */
    public long feesMantissa(final int i)
    {
        return fees.getLong(i);
    }

    /**
     * @param i snapshot index.
     * @return its cumulative funding mantissa.
     */
    public long fundingMantissa(final int i)
    {
        return funding.getLong(i);
    }

    /**
     * @return snapshot times.
     */
    public long[] times()
    {
        return timesNs.toLongArray();
    }

    /**
     * @return equity per snapshot.
     */
    public double[] equity()
    {
        return amounts(equity);
    }

    /**
     * @return cumulative fees per snapshot.
     */
    public double[] fees()
    {
        return amounts(fees);
    }

    /**
     * @return cumulative funding per snapshot.
     */
    public double[] funding()
    {
        return amounts(funding);
    }

    /**
     * @return open positions per snapshot.
     */
    public int[] openPositions()
    {
        return openPositions.toIntArray();
    }

    private static double[] amounts(final LongArrayList mantissas)
    {
        final double[] values = new double[mantissas.size()];
        for (int i = 0; i < values.length; i++)
        {
            values[i] = FixedPoint.toDouble(mantissas.getLong(i), ClosedTrade.AMOUNT_EXPONENT);
        }
        return values;
    }
}
