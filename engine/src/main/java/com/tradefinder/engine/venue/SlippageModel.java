package com.tradefinder.engine.venue;

import com.tradefinder.numeric.FixedMath;

/**
 * Adverse execution price of market, stop-market and take-profit-market fills: a fixed number of hundredths of a basis
 * point against the order, then rounded to the tick against the order.
 * <p>
 * Buy: {@code ceilToTick(p + ceil(p × s / 1 000 000))}; sell: {@code floorToTick(p - ceil(p × s / 1 000 000))}.
 * With no slippage a price already on the tick is unchanged. Stateless after construction, allocation-free.
 */
final class SlippageModel
{
    private static final long CENTI_BPS_PER_UNIT = 1_000_000L;

    private final long slippageCentiBps;

    /**
     * @param slippageCentiBps slippage, hundredths of a bp, &gt;= 0.
     */
    SlippageModel(final long slippageCentiBps)
    {
        this.slippageCentiBps = slippageCentiBps;
    }

    /**
     * @param buy               side of the order.
     * @param priceMantissa     price before slippage.
     * @param tickSizeMantissa  the instrument's tick; 0 or less means no rounding.
     * @return the price the order fills at.
     */
    long adverse(final boolean buy, final long priceMantissa, final long tickSizeMantissa)
    {
        final long move = -FixedMath.multiplyDivideFloor(-priceMantissa, slippageCentiBps, CENTI_BPS_PER_UNIT);
        if (buy)
        {
            final long price = priceMantissa + move;
            return tickSizeMantissa > 0 ? FixedMath.ceilToStep(price, tickSizeMantissa) : price;
        }
        final long price = priceMantissa - move;
        return tickSizeMantissa > 0 ? FixedMath.floorToStep(price, tickSizeMantissa) : price;
    }
}
