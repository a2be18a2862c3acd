package com.tradefinder.engine.venue;

import com.tradefinder.codecs.PositionSide;
import com.tradefinder.engine.marketdata.InstrumentSpec;
import com.tradefinder.engine.util.Hashing;
import com.tradefinder.numeric.FixedMath;

/**
 * One position of one bot at the simulated venue: (instrument, position side). LONG holds a size &gt;= 0, SHORT a size
 * &lt;= 0, BOTH (one-way mode) either sign.
 * <p>
 * The position keeps its exact cost (the sum of its fills' notionals, exponent -8) and its isolated margin, so that
 * entry price, realised and unrealised P&amp;L come from integers: closing {@code q} of {@code |size|} releases
 * {@code floor(cost × q / |size|)} of the cost and {@code floor(margin × q / |size|)} of the margin, and a position
 * that reaches zero releases all of both. Single-threaded, allocation-free.
 */
final class Position
{
    private final int instrumentId;
    private final PositionSide side;
    private long sizeMantissa;
    private long costMantissa;
    private long marginMantissa;
    private long realizedPnlMantissa;

    /**
     * @param instrumentId its instrument.
     * @param side         its position side.
     */
    Position(final int instrumentId, final PositionSide side)
    {
        this.instrumentId = instrumentId;
        this.side = side;
    }

    int instrumentId()
    {
        return instrumentId;
    }

    PositionSide side()
    {
        return side;
    }

    /**
     * @return signed size: positive long, negative short.
     */
    long sizeMantissa()
    {
        return sizeMantissa;
    }

    /**
     * @return isolated margin held, exponent -8.
     */
    long marginMantissa()
    {
        return marginMantissa;
    }

    /**
     * @return cost of the open size, exponent -8.
     */
    long costMantissa()
    {
        return costMantissa;
    }

    /**
     * @return realised P&amp;L over the position's life, before fees and funding, exponent -8.
     */
    long realizedPnlMantissa()
    {
        return realizedPnlMantissa;
    }

    /**
     * Applies one fill.
     *
     * @param signedSizeMantissa fill size, positive for a buy, negative for a sell.
     * @param priceMantissa      fill price.
     * @param spec               the instrument, for notionals.
     * @param leverage           margin divisor for any size the fill opens.
     * @param margins            the margin model.
     * @return realised P&amp;L of the fill, exponent -8.
     */
    long apply(final long signedSizeMantissa, final long priceMantissa, final InstrumentSpec spec, final int leverage,
        final MarginModel margins)
    {
        final long quantity = Math.abs(signedSizeMantissa);
        if (sizeMantissa == 0 || (sizeMantissa > 0) == (signedSizeMantissa > 0))
        {
            open(signedSizeMantissa, priceMantissa, spec, leverage, margins);
            return 0;
        }
        final long held = Math.abs(sizeMantissa);
        final long closed = Math.min(quantity, held);
        final long costPart = closed == held ? costMantissa : FixedMath.multiplyDivideFloor(costMantissa, closed, held);
        final long marginPart =
            closed == held ? marginMantissa : FixedMath.multiplyDivideFloor(marginMantissa, closed, held);
        final long exitNotional = spec.notional(priceMantissa, closed);
        final long pnl = sizeMantissa > 0 ? exitNotional - costPart : costPart - exitNotional;
        costMantissa -= costPart;
        marginMantissa -= marginPart;
        sizeMantissa += signedSizeMantissa > 0 ? closed : -closed;
        realizedPnlMantissa += pnl;
        final long remainder = quantity - closed;
        if (remainder > 0)
        {
            open(signedSizeMantissa > 0 ? remainder : -remainder, priceMantissa, spec, leverage, margins);
        }
        return pnl;
    }

    /**
     * @param spec the instrument.
     * @return average entry price, rounded half away from zero; 0 when flat.
     */
    long entryPriceMantissa(final InstrumentSpec spec)
    {
        if (sizeMantissa == 0)
        {
            return 0;
        }
        return FixedMath.multiplyDivideRound(costMantissa, spec.notionalDivisor(), Math.abs(sizeMantissa));
    }

    /**
     * @param spec                   the instrument.
     * @param valuationPriceMantissa mark or last price; 0 if none.
     * @return unrealised P&amp;L at that price, exponent -8; 0 when flat or unpriced.
     */
    long unrealizedPnlMantissa(final InstrumentSpec spec, final long valuationPriceMantissa)
    {
        if (sizeMantissa == 0 || valuationPriceMantissa <= 0)
        {
            return 0;
        }
        final long value = spec.notional(valuationPriceMantissa, Math.abs(sizeMantissa));
        return sizeMantissa > 0 ? value - costMantissa : costMantissa - value;
    }

    /**
     * @param hash running hash.
     * @return the hash with this position folded in.
     */
    long stateHash(final long hash)
    {
        long h = Hashing.mix(hash, instrumentId);
        h = Hashing.mix(h, side.value());
        h = Hashing.mix(h, sizeMantissa);
        h = Hashing.mix(h, costMantissa);
        h = Hashing.mix(h, marginMantissa);
        return Hashing.mix(h, realizedPnlMantissa);
    }

    private void open(final long signedSizeMantissa, final long priceMantissa, final InstrumentSpec spec,
        final int leverage, final MarginModel margins)
    {
        final long notional = spec.notional(priceMantissa, Math.abs(signedSizeMantissa));
        costMantissa += notional;
        marginMantissa += margins.initialMargin(notional, leverage);
        sizeMantissa += signedSizeMantissa;
    }
}
