package com.tradefinder.engine.marketdata;

import com.tradefinder.codecs.InstrumentDefinitionDecoder;
import com.tradefinder.engine.util.Hashing;

/**
 * An instrument's fixed-point exponents and exchange filters, as its InstrumentDefinition event declared them.
 * Prices are mantissas at {@link #priceExponent()}, sizes at {@link #sizeExponent()}, quote amounts at -8.
 * <p>
 * Mutable only through {@link #set}, which the business logic calls when the definition event arrives;
 * read by everything else on the business-logic thread.
 */
public final class InstrumentSpec
{
    /** Exponent of quote-currency amounts (fees, P&amp;L, balances, notionals). */
    public static final int AMOUNT_EXPONENT = -8;

    private int instrumentId;
    private int priceExponent;
    private int sizeExponent;
    private long tickSizeMantissa;
    private long stepSizeMantissa;
    private long minSizeMantissa;
    private long minNotionalMantissa;
    private int maxLeverage;

    /**
     * @param definition the definition event.
     * @return this.
     */
    public InstrumentSpec set(final InstrumentDefinitionDecoder definition)
    {
        return set(definition.instrumentId(), definition.priceExponent(), definition.sizeExponent(),
            definition.tickSizeMantissa(), definition.stepSizeMantissa(), definition.minSizeMantissa(),
            definition.minNotionalMantissa(), definition.maxLeverage());
    }

    /**
     * Sets every field; for tests and for the definition event.
     *
     * @param instrumentId        id.
     * @param priceExponent       decimal exponent of prices.
     * @param sizeExponent        decimal exponent of sizes.
     * @param tickSizeMantissa    price step; 0 or less means any price.
     * @param stepSizeMantissa    size step; 0 or less means any size.
     * @param minSizeMantissa     smallest order size.
     * @param minNotionalMantissa smallest order notional, exponent -8.
     * @param maxLeverage         highest leverage the venue allows.
     * @return this.
     */
    public InstrumentSpec set(final int instrumentId, final int priceExponent, final int sizeExponent,
        final long tickSizeMantissa, final long stepSizeMantissa, final long minSizeMantissa,
        final long minNotionalMantissa, final int maxLeverage)
    {
        this.instrumentId = instrumentId;
        this.priceExponent = priceExponent;
        this.sizeExponent = sizeExponent;
        this.tickSizeMantissa = tickSizeMantissa;
        this.stepSizeMantissa = stepSizeMantissa;
        this.minSizeMantissa = minSizeMantissa;
        this.minNotionalMantissa = minNotionalMantissa;
        this.maxLeverage = maxLeverage;
        return this;
    }

    public int instrumentId()
    {
        return instrumentId;
    }

    public int priceExponent()
    {
        return priceExponent;
    }

    public int sizeExponent()
    {
        return sizeExponent;
    }

    public long tickSizeMantissa()
    {
        return tickSizeMantissa;
    }

    public long stepSizeMantissa()
    {
        return stepSizeMantissa;
    }

    public long minSizeMantissa()
    {
        return minSizeMantissa;
    }

    public long minNotionalMantissa()
    {
        return minNotionalMantissa;
    }

    public int maxLeverage()
    {
        return maxLeverage;
    }

    /**
     * @return 10^(-(priceExponent + sizeExponent - AMOUNT_EXPONENT)): divide price × size mantissas by this to get a
     * quote amount at exponent -8.
     */
    public long notionalDivisor()
    {
        return com.tradefinder.numeric.FixedPoint.powerOfTen(-(priceExponent + sizeExponent - AMOUNT_EXPONENT));
    }

    /**
     * @param priceMantissa a price.
     * @param sizeMantissa  a size.
     * @return price × size as a quote amount at exponent -8, rounded down, exact.
     */
    public long notional(final long priceMantissa, final long sizeMantissa)
    {
        return com.tradefinder.numeric.FixedMath.multiplyDivideFloor(priceMantissa, sizeMantissa, notionalDivisor());
    }

    /**
     * @param hash running hash.
     * @return the hash with this spec folded in.
     */
    public long stateHash(final long hash)
    {
        long h = Hashing.mix(hash, instrumentId);
        h = Hashing.mix(h, priceExponent);
        h = Hashing.mix(h, sizeExponent);
        h = Hashing.mix(h, tickSizeMantissa);
        h = Hashing.mix(h, stepSizeMantissa);
        h = Hashing.mix(h, minSizeMantissa);
        h = Hashing.mix(h, minNotionalMantissa);
        return Hashing.mix(h, maxLeverage);
    }
}
