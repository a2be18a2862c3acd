package com.tradefinder.engine.risk;

import com.tradefinder.engine.util.Hashing;
import com.tradefinder.numeric.FixedMath;

/**
 * The daily loss limit and the maximum drawdown breaker, driven by equity observations at event time.
 * <ul>
 *   <li>Daily loss: the UTC day is {@code floorDiv(timeNs, 86,400 s)}; the first equity seen on a day is that day's
 *       starting equity. When equity falls below it by more than {@code dailyLossLimitBps} of it, entries stop until
 *       the first observation of a later day. Time going backwards never changes the day.</li>
 *   <li>Drawdown: peak is the highest equity observed (re-based by a reset). When equity falls below the peak by
 *       more than {@code maxDrawdownBps} of it, entries stop until {@link #resetDrawdown(long)}, which re-bases the
 *       peak at the last observed equity.</li>
 * </ul>
 * Comparisons are exact: {@code loss > floor(base × bps / 10,000)} is the same as {@code loss > base × bps / 10,000}
 * for integer losses.
 * <p>
 * Business-logic thread only; deterministic; allocation-free.
 */
final class CircuitBreakers
{
    /** Nanoseconds in a UTC day. */
    static final long DAY_NS = 86_400_000_000_000L;

    private static final int BPS = 10_000;

    private final int dailyLossLimitBps;
    private final int maxDrawdownBps;
    private boolean observed;
    private long day;
    private long dayStartEquityMantissa;
    private boolean dailyLossTripped;
    private long peakEquityMantissa;
    private boolean drawdownTripped;
    private long lastEquityMantissa;
    private long lastEquityTimeNs;
    private long drawdownResetTimeNs;
    private long dailyLossTrips;
    private long drawdownTrips;

    CircuitBreakers(final int dailyLossLimitBps, final int maxDrawdownBps)
    {
        this.dailyLossLimitBps = dailyLossLimitBps;
        this.maxDrawdownBps = maxDrawdownBps;
    }

    void onEquity(final long equityMantissa, final long timeNs)
    {
        final long today = Math.floorDiv(timeNs, DAY_NS);
        if (!observed || today > day)
        {
            day = today;
            dayStartEquityMantissa = equityMantissa;
            dailyLossTripped = false;
        }
        if (!observed || equityMantissa > peakEquityMantissa)
        {
            peakEquityMantissa = equityMantissa;
        }
        observed = true;
        lastEquityMantissa = equityMantissa;
        lastEquityTimeNs = timeNs;
        if (!dailyLossTripped && dayStartEquityMantissa - equityMantissa > limit(dayStartEquityMantissa,
            dailyLossLimitBps))
        {
            dailyLossTripped = true;
            dailyLossTrips++;
        }
        if (!drawdownTripped && peakEquityMantissa - equityMantissa > limit(peakEquityMantissa, maxDrawdownBps))
        {
            drawdownTripped = true;
            drawdownTrips++;
        }
    }

    /** The next equity observation starts the day and the peak afresh (the starting equity was replaced). */
    void rebase()
    {
        if (!dailyLossTripped && !drawdownTripped)
        {
            observed = false;
        }
    }

    void resetDrawdown(final long timeNs)
    {
        drawdownTripped = false;
        peakEquityMantissa = lastEquityMantissa;
        drawdownResetTimeNs = timeNs;
    }

    boolean dailyLossTripped()
    {
        return dailyLossTripped;
    }

    boolean drawdownTripped()
    {
        return drawdownTripped;
    }

    long dayStartEquityMantissa()
    {
        return dayStartEquityMantissa;
    }

    long peakEquityMantissa()
    {
        return peakEquityMantissa;
    }

    long dailyLossTrips()
    {
        return dailyLossTrips;
    }

    long drawdownTrips()
    {
        return drawdownTrips;
    }

    long stateHash(final long hash)
    {
        long h = Hashing.mix(hash, observed);
        h = Hashing.mix(h, day);
        h = Hashing.mix(h, dayStartEquityMantissa);
        h = Hashing.mix(h, dailyLossTripped);
        h = Hashing.mix(h, peakEquityMantissa);
        h = Hashing.mix(h, drawdownTripped);
        h = Hashing.mix(h, lastEquityMantissa);
        h = Hashing.mix(h, lastEquityTimeNs);
        h = Hashing.mix(h, drawdownResetTimeNs);
        h = Hashing.mix(h, dailyLossTrips);
        return Hashing.mix(h, drawdownTrips);
    }

    private static long limit(final long baseMantissa, final int bps)
    {
        return FixedMath.multiplyDivideFloor(baseMantissa, bps, BPS);
    }
}
