package com.tradefinder.engine.venue;

import com.tradefinder.engine.marketdata.InstrumentSpec;

/**
 * The instrument's exchange filters on a price or a quantity, with Binance's error for each breach.
 * <p>
 * Binance tells a number with more decimals than the filter's step ({@code -1111} "Precision is over the maximum
 * defined for this asset.") from one within the decimals but off the step ({@code -4014} for prices, {@code -4023}
 * for quantities). Decimals are read from the mantissas: a tick of mantissa 10 at exponent -2 (0.10) has one decimal,
 * a price mantissa 10005 (100.05) two. Stateless, allocation-free.
 */
final class OrderFilters
{
    private OrderFilters()
    {
    }

    /**
     * @param priceMantissa a limit or stop price.
     * @param spec          the instrument.
     * @param notPositive   the error for a price of zero or less.
     * @return the breach, or null if the price passes.
     */
    static VenueError checkPrice(final long priceMantissa, final InstrumentSpec spec, final VenueError notPositive)
    {
        if (priceMantissa <= 0)
        {
            return notPositive;
        }
        final long tick = spec.tickSizeMantissa();
        if (tick <= 0)
        {
            return null;
        }
        if (decimals(priceMantissa, spec.priceExponent()) > decimals(tick, spec.priceExponent()))
        {
            return VenueError.PRICE_PRECISION;
        }
        return priceMantissa % tick == 0 ? null : VenueError.PRICE_NOT_ON_TICK;
    }

    /**
     * @param sizeMantissa an order quantity.
     * @param spec         the instrument.
     * @return the breach, or null if the quantity passes.
     */
    static VenueError checkSize(final long sizeMantissa, final InstrumentSpec spec)
    {
        if (sizeMantissa <= 0)
        {
            return VenueError.QUANTITY_LESS_THAN_ZERO;
        }
        final long step = spec.stepSizeMantissa();
        if (step > 0)
        {
            if (decimals(sizeMantissa, spec.sizeExponent()) > decimals(step, spec.sizeExponent()))
            {
                return VenueError.QUANTITY_PRECISION;
            }
            if (sizeMantissa % step != 0)
            {
                return VenueError.QUANTITY_NOT_ON_STEP;
            }
        }
        return sizeMantissa < spec.minSizeMantissa() ? VenueError.QUANTITY_LESS_THAN_MIN : null;
    }

    /**
     * @param mantissa a positive mantissa.
     * @param exponent its decimal exponent.
     * @return the number of significant fractional decimals of {@code mantissa × 10^exponent}.
     */
    static int decimals(final long mantissa, final int exponent)
    {
        int decimals = -exponent;
        long rest = mantissa;
        while (decimals > 0 && rest % 10 == 0)
        {
            rest /= 10;
            decimals--;
        }
        return Math.max(decimals, 0);
    }
}
