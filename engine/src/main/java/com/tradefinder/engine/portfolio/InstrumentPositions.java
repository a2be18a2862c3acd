package com.tradefinder.engine.portfolio;

import com.tradefinder.codecs.PositionSide;
import com.tradefinder.engine.marketdata.InstrumentSpec;
import com.tradefinder.engine.util.Hashing;
import com.tradefinder.numeric.FixedMath;

/**
 * Every strategy's LONG and SHORT position on one instrument, the instrument's margin settings and last mark price,
 * and the instrument's share of the account totals (unrealized P&amp;L, gross exposure, open risk), recomputed by
 * {@link #refresh()} whenever a fill, a mark or a stop changes them.
 * <p>
 * Business-logic thread only; allocation-free after construction.
 */
final class InstrumentPositions
{
    private static final int BPS = 10_000;

    private final InstrumentSpec spec = new InstrumentSpec();
    private final Position[] positions;
    private int leverage;
    private int maintenanceMarginBps;
    private long markPriceMantissa;
    private long unrealizedPnlMantissa;
    private long grossExposureMantissa;
    private long openRiskMantissa;
    private int openPositions;

    InstrumentPositions(final int maxStrategies)
    {
        positions = new Position[maxStrategies * 2];
        for (int strategyId = 0; strategyId < maxStrategies; strategyId++)
        {
            positions[strategyId * 2] = new Position(strategyId, PositionSide.LONG, spec);
            positions[strategyId * 2 + 1] = new Position(strategyId, PositionSide.SHORT, spec);
        }
    }

    void define(final InstrumentSpec definition, final int leverage, final int maintenanceMarginBps)
    {
        spec.set(definition.instrumentId(), definition.priceExponent(), definition.sizeExponent(),
            definition.tickSizeMantissa(), definition.stepSizeMantissa(), definition.minSizeMantissa(),
            definition.minNotionalMantissa(), definition.maxLeverage());
        this.leverage = leverage;
        this.maintenanceMarginBps = maintenanceMarginBps;
    }

    InstrumentSpec spec()
    {
        return spec;
    }

    int leverage()
    {
        return leverage;
    }

    int maintenanceMarginBps()
    {
        return maintenanceMarginBps;
    }

    long markPriceMantissa()
    {
        return markPriceMantissa;
    }

    void markPriceMantissa(final long priceMantissa)
    {
        markPriceMantissa = priceMantissa;
    }

    Position position(final int strategyId, final int sideIndex)
    {
        return positions[strategyId * 2 + sideIndex];
    }

    int slots()
    {
        return positions.length;
    }

    Position slot(final int index)
    {
        return positions[index];
    }

    long unrealizedPnlMantissa()
    {
        return unrealizedPnlMantissa;
    }

    long grossExposureMantissa()
    {
        return grossExposureMantissa;
    }

    long openRiskMantissa()
    {
        return openRiskMantissa;
    }

    int openPositions()
    {
        return openPositions;
    }

    /**
     * Recomputes this instrument's unrealized P&amp;L, gross exposure, open risk and open position count.
     */
    void refresh()
    {
        long unrealized = 0;
        long exposure = 0;
        long risk = 0;
        int open = 0;
        for (final Position position : positions)
        {
            if (position.sizeMantissa() != 0)
            {
                unrealized += position.unrealizedPnlAt(markPriceMantissa);
                exposure += position.notionalAt(markPriceMantissa);
                risk += position.riskToStop();
                open++;
            }
        }
        unrealizedPnlMantissa = unrealized;
        grossExposureMantissa = exposure;
        openRiskMantissa = risk;
        openPositions = open;
    }

    /**
     * @param strategyId a strategy.
     * @return |notional| at mark of that strategy's LONG and SHORT positions here.
     */
    long strategyExposure(final int strategyId)
    {
        return positions[strategyId * 2].notionalAt(markPriceMantissa) +
            positions[strategyId * 2 + 1].notionalAt(markPriceMantissa);
    }

    /**
     * @param position one of this instrument's positions.
     * @return its initial isolated margin, ceil(cost / leverage), exponent -8.
     */
    long isolatedMargin(final Position position)
    {
        return -Math.floorDiv(-position.costMantissa(), leverage);
    }

    /**
     * Isolated-margin liquidation price, simplified: the price at which the position's margin plus its unrealized
     * P&amp;L falls to the maintenance margin (maintenance rate × notional at that price). With cost C, isolated
     * margin M and size Q, long {@code P = (C − M) / (Q × (1 − mmr))}, short {@code P = (C + M) / (Q × (1 + mmr))};
     * with M = C / leverage that is {@code entry × (1 ∓ 1/leverage) / (1 ∓ mmr)}. Computed in two exact integer
     * steps (amount per size, then the maintenance factor), each rounded toward the entry (up for a long, down for
     * a short), so the result is never on the far side of the true value. Ignores fees, funding taken from margin
     * and the venue's maintenance amount per tier.
     *
     * @param position one of this instrument's positions.
     * @return liquidation price mantissa, 0 when flat.
     */
    long liquidationPrice(final Position position)
    {
        final long size = position.sizeMantissa();
        if (size == 0)
        {
            return 0;
        }
        final long margin = isolatedMargin(position);
        final long divisor = spec.notionalDivisor();
        if (position.side() == PositionSide.LONG)
        {
            final long perSize = -FixedMath.multiplyDivideFloor(-(position.costMantissa() - margin), divisor, size);
            return -FixedMath.multiplyDivideFloor(-perSize, BPS, BPS - maintenanceMarginBps);
        }
        final long perSize = FixedMath.multiplyDivideFloor(position.costMantissa() + margin, divisor, size);
        return FixedMath.multiplyDivideFloor(perSize, BPS, BPS + maintenanceMarginBps);
    }

    long stateHash(final long hash)
    {
        long h = spec.stateHash(hash);
        h = Hashing.mix(h, leverage);
        h = Hashing.mix(h, maintenanceMarginBps);
        h = Hashing.mix(h, markPriceMantissa);
        for (final Position position : positions)
        {
            h = position.stateHash(h);
        }
        return h;
    }
}
