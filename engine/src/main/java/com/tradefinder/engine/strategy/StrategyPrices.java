package com.tradefinder.engine.strategy;

import com.tradefinder.codecs.PositionSide;
import com.tradefinder.numeric.FixedMath;

/**
 * Turns the strategies' {@code double} levels into the price mantissas handed to a {@link StrategyContext}: scaled
 * to the context's price exponent with {@link Math#round(double)}, then snapped onto its tick grid. Entries and
 * take-profits snap toward the less favourable side (a long entry up, a long take-profit down), stops toward the
 * wider side (a long stop down). A stop or take-profit that, after snapping, is not strictly on its side of the
 * entry comes back as {@link #NONE}; strategies never send such an entry.
 * <p>
 * Pure functions: any thread, no allocation, deterministic.
 */
final class StrategyPrices
{
    /** No valid price. */
    static final long NONE = 0L;

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18};

    private StrategyPrices()
    {
    }

    /**
     * @param price    a price in units.
     * @param exponent decimal exponent of the mantissa, -18 to 18.
     * @return {@code round(price * 10^-exponent)}; not snapped.
     */
    static long toMantissa(final double price, final int exponent)
    {
        return exponent <= 0 ? Math.round(price * POWERS_OF_TEN[-exponent]) :
            Math.round(price / POWERS_OF_TEN[exponent]);
    }

    /**
     * @param priceMantissa a price.
     * @param context       gives the tick size.
     * @return a long entry price: snapped up onto the tick grid.
     */
    static long longEntry(final long priceMantissa, final StrategyContext context)
    {
        return FixedMath.ceilToStep(priceMantissa, context.tickSizeMantissa());
    }

    /**
     * @param priceMantissa a price.
     * @param context       gives the tick size.
     * @return a short entry price: snapped down onto the tick grid.
     */
    static long shortEntry(final long priceMantissa, final StrategyContext context)
    {
        return FixedMath.floorToStep(priceMantissa, context.tickSizeMantissa());
    }

    /**
     * @param level         the stop level in units.
     * @param entryMantissa the entry it protects.
     * @param context       gives exponent and tick size.
     * @return the stop snapped down, or {@link #NONE} unless {@code 0 < stop < entry}.
     */
    static long longStop(final double level, final long entryMantissa, final StrategyContext context)
    {
        if (!Double.isFinite(level))
        {
            return NONE;
        }
        return longStopMantissa(toMantissa(level, context.priceExponent()), entryMantissa, context);
    }

    /**
     * @param stopMantissa  the stop level as a mantissa.
     * @param entryMantissa the entry it protects.
     * @param context       gives the tick size.
     * @return the stop snapped down, or {@link #NONE} unless {@code 0 < stop < entry}.
     */
    static long longStopMantissa(final long stopMantissa, final long entryMantissa, final StrategyContext context)
    {
        final long stop = FixedMath.floorToStep(stopMantissa, context.tickSizeMantissa());
        return stop > 0 && stop < entryMantissa ? stop : NONE;
    }

    /**
     * @param entryMantissa the entry.
     * @param distance      stop distance in price units (a multiple of the ATR, say).
     * @param context       gives exponent and tick size.
     * @return {@code entry - distance} snapped down, or {@link #NONE} unless {@code 0 < stop < entry}.
     */
    static long longStopBelow(final long entryMantissa, final double distance, final StrategyContext context)
    {
        if (!Double.isFinite(distance))
        {
            return NONE;
        }
        return longStopMantissa(entryMantissa - toMantissa(distance, context.priceExponent()), entryMantissa, context);
    }

    /**
     * @param entryMantissa the entry.
     * @param distance      stop distance in price units (a multiple of the ATR, say).
     * @param context       gives exponent and tick size.
     * @return {@code entry + distance} snapped up, or {@link #NONE} unless {@code stop > entry > 0}.
     */
    static long shortStopAbove(final long entryMantissa, final double distance, final StrategyContext context)
    {
        if (!Double.isFinite(distance))
        {
            return NONE;
        }
        return shortStopMantissa(entryMantissa + toMantissa(distance, context.priceExponent()), entryMantissa,
            context);
    }

    /**
     * @param level         the stop level in units.
     * @param entryMantissa the entry it protects.
     * @param context       gives exponent and tick size.
     * @return the stop snapped up, or {@link #NONE} unless {@code stop > entry}.
     */
    static long shortStop(final double level, final long entryMantissa, final StrategyContext context)
    {
        if (!Double.isFinite(level))
        {
            return NONE;
        }
        return shortStopMantissa(toMantissa(level, context.priceExponent()), entryMantissa, context);
    }

    /**
     * @param stopMantissa  the stop level as a mantissa.
     * @param entryMantissa the entry it protects.
     * @param context       gives the tick size.
     * @return the stop snapped up, or {@link #NONE} unless {@code stop > entry > 0}.
     */
    static long shortStopMantissa(final long stopMantissa, final long entryMantissa, final StrategyContext context)
    {
        final long stop = FixedMath.ceilToStep(stopMantissa, context.tickSizeMantissa());
        return entryMantissa > 0 && stop > entryMantissa ? stop : NONE;
    }

    /**
     * @param targetMantissa the take-profit level as a mantissa.
     * @param entryMantissa  the entry.
     * @param context        gives the tick size.
     * @return the take-profit snapped down, or {@link #NONE} unless {@code take-profit > entry}.
     */
    static long longTakeProfitMantissa(final long targetMantissa, final long entryMantissa,
        final StrategyContext context)
    {
        final long target = FixedMath.floorToStep(targetMantissa, context.tickSizeMantissa());
        return target > entryMantissa ? target : NONE;
    }

    /**
     * @param targetMantissa the take-profit level as a mantissa.
     * @param entryMantissa  the entry.
     * @param context        gives the tick size.
     * @return the take-profit snapped up, or {@link #NONE} unless {@code 0 < take-profit < entry}.
     */
    static long shortTakeProfitMantissa(final long targetMantissa, final long entryMantissa,
        final StrategyContext context)
    {
        final long target = FixedMath.ceilToStep(targetMantissa, context.tickSizeMantissa());
        return target > 0 && target < entryMantissa ? target : NONE;
    }

    /**
     * A take-profit {@code rewardToRisk} times the stop distance beyond the entry.
     *
     * @param side          LONG or SHORT.
     * @param entryMantissa the entry.
     * @param stopMantissa  its valid stop.
     * @param rewardToRisk  multiple of the risk, 0 for none.
     * @param context       gives the tick size.
     * @return the take-profit, or {@link #NONE} when {@code rewardToRisk} is 0 or it rounds onto the entry.
     */
    static long takeProfitAtMultiple(final PositionSide side, final long entryMantissa, final long stopMantissa,
        final double rewardToRisk, final StrategyContext context)
    {
        if (rewardToRisk <= 0.0)
        {
            return NONE;
        }
        final long reward = Math.round(rewardToRisk * Math.abs(entryMantissa - stopMantissa));
        return side == PositionSide.LONG ? longTakeProfitMantissa(entryMantissa + reward, entryMantissa, context) :
            shortTakeProfitMantissa(entryMantissa - reward, entryMantissa, context);
    }
}
