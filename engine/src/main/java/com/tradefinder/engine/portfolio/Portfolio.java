package com.tradefinder.engine.portfolio;

import java.util.Arrays;

import com.tradefinder.codecs.PositionSide;
import com.tradefinder.engine.marketdata.InstrumentSpec;
import com.tradefinder.engine.util.Hashing;
import com.tradefinder.numeric.FixedMath;

/**
 * One bot's positions and account, in hedge mode with isolated margin: a {@link Position} per (strategy,
 * instrument, LONG/SHORT), and the account built from them.
 * <ul>
 *   <li>balance = initial balance + realized P&amp;L − fees + funding;</li>
 *   <li>unrealized P&amp;L = Σ over open positions of the P&amp;L of closing at the instrument's last mark price
 *       (until the first {@link #mark}, the last fill price stands in);</li>
 *   <li>equity = balance + unrealized P&amp;L; peak equity is the highest equity after any event;</li>
 *   <li>gross exposure = Σ |notional at mark|; strategy exposure is the same over one strategy's positions;</li>
 *   <li>open risk (portfolio heat) = Σ over open positions of the loss from entry to the stop
 *       ({@link Position#riskToStop()}).</li>
 * </ul>
 * Amounts (balances, P&amp;L, fees, funding, notionals, margins) are {@code long} mantissas at exponent -8 of the
 * quote currency; prices and sizes are mantissas at the instrument's exponents; nothing goes through
 * {@code double}. Fees are positive when paid; funding positive when received (the SBE convention).
 * <p>
 * Business-logic thread only; deterministic (a function of the calls made, whose times are event times); every
 * position is allocated by {@link #define}, so fills, funding, marks, stops and queries allocate nothing.
 * Inconsistent input (an undefined instrument, a strategy id out of range, a closing fill larger than the position)
 * is a bug in the caller and throws.
 */
public final class Portfolio
{
    /** Maintenance margin rate used by {@link #define(InstrumentSpec, int)}: 0.4%, Binance's first BTCUSDT tier. */
    public static final int DEFAULT_MAINTENANCE_MARGIN_BPS = 40;

    private static final int LONG = 0;
    private static final int SHORT = 1;

    private long initialBalanceMantissa;
    private final int maxStrategies;
    private InstrumentPositions[] instruments = new InstrumentPositions[0];
    private long realizedPnlMantissa;
    private long feesMantissa;
    private long fundingMantissa;
    private long unallocatedFundingMantissa;
    private long unrealizedPnlMantissa;
    private long grossExposureMantissa;
    private long openRiskMantissa;
    private int openPositions;
    private long peakEquityMantissa;
    private long lastRealizedPnlMantissa;
    private long lastEventTimeNs;

    /**
     * @param initialBalanceMantissa starting balance, exponent -8.
     * @param maxStrategies          strategy ids run from 0 to maxStrategies − 1.
     */
    public Portfolio(final long initialBalanceMantissa, final int maxStrategies)
    {
        if (maxStrategies < 1)
        {
            throw new IllegalArgumentException("maxStrategies must be at least 1: " + maxStrategies);
        }
        this.initialBalanceMantissa = initialBalanceMantissa;
        this.maxStrategies = maxStrategies;
        this.peakEquityMantissa = initialBalanceMantissa;
    }

    /**
     * Defines an instrument with {@link #DEFAULT_MAINTENANCE_MARGIN_BPS}.
     *
     * @param spec     the instrument; its values are copied.
     * @param leverage isolated leverage of its positions, 1 to the venue maximum.
     */
    public void define(final InstrumentSpec spec, final int leverage)
    {
        define(spec, leverage, DEFAULT_MAINTENANCE_MARGIN_BPS);
    }

    /**
     * Defines an instrument, or changes its filters, leverage or maintenance rate. Allocates its positions the first
     * time; configuration time only.
     *
     * @param spec                 the instrument; its values are copied. Its exponents must satisfy
     *                             {@code -26 <= priceExponent + sizeExponent <= -8} (see
     *                             {@link InstrumentSpec#notionalDivisor()}).
     * @param leverage             isolated leverage of its positions, 1 to the venue maximum (when one is given).
     * @param maintenanceMarginBps maintenance margin rate in basis points, 1 to 5,000.
     * @throws IllegalArgumentException on a bad value, or when open positions would change exponents.
     */
    public void define(final InstrumentSpec spec, final int leverage, final int maintenanceMarginBps)
    {
        final int id = spec.instrumentId();
        final int power = -(spec.priceExponent() + spec.sizeExponent() - InstrumentSpec.AMOUNT_EXPONENT);
        if (id < 0)
        {
            throw new IllegalArgumentException("instrumentId must not be negative: " + id);
        }
        if (power < 0 || power > 18)
        {
            throw new IllegalArgumentException("instrument " + id + ": priceExponent + sizeExponent must be in " +
                "[-26, -8], was " + (spec.priceExponent() + spec.sizeExponent()));
        }
        if (leverage < 1 || (spec.maxLeverage() > 0 && leverage > spec.maxLeverage()))
        {
            throw new IllegalArgumentException("instrument " + id + ": leverage " + leverage + " out of range [1, " +
                (spec.maxLeverage() > 0 ? spec.maxLeverage() : "any") + "]");
        }
        if (maintenanceMarginBps < 1 || maintenanceMarginBps > 5_000)
        {
            throw new IllegalArgumentException("instrument " + id + ": maintenanceMarginBps " + maintenanceMarginBps +
                " out of range [1, 5000]");
        }
        if (id >= instruments.length)
        {
            instruments = Arrays.copyOf(instruments, id + 1);
        }
        InstrumentPositions book = instruments[id];
        if (book == null)
        {
            book = new InstrumentPositions(maxStrategies);
            instruments[id] = book;
        }
        else if (book.openPositions() > 0 && (book.spec().priceExponent() != spec.priceExponent() ||
            book.spec().sizeExponent() != spec.sizeExponent()))
        {
            throw new IllegalArgumentException("instrument " + id + ": exponents cannot change with open positions");
        }
        book.define(spec, leverage, maintenanceMarginBps);
        refresh(book);
    }

    /**
     * Applies one execution.
     *
     * @param strategyId    the strategy whose order filled.
     * @param instrumentId  a defined instrument.
     * @param side          LONG or SHORT position side.
     * @param opening       true when the fill opens or adds to the position, false when it reduces it.
     * @param priceMantissa fill price, positive.
     * @param sizeMantissa  fill size, positive; a closing fill at most the size held.
     * @param feeMantissa   fee, positive when paid, negative for a rebate, exponent -8.
     * @param timeNs        event time.
     */
    public void onFill(final int strategyId, final int instrumentId, final PositionSide side, final boolean opening,
        final long priceMantissa, final long sizeMantissa, final long feeMantissa, final long timeNs)
    {
        final InstrumentPositions book = book(instrumentId);
        final Position position = book.position(strategy(strategyId), sideIndex(side));
        if (priceMantissa <= 0 || sizeMantissa <= 0)
        {
            throw new IllegalArgumentException("fill price and size must be positive");
        }
        if (opening)
        {
            position.open(priceMantissa, sizeMantissa, timeNs);
            lastRealizedPnlMantissa = 0;
        }
        else
        {
            if (sizeMantissa > position.sizeMantissa())
            {
                throw new IllegalStateException("closing fill larger than the position");
            }
            final long pnl = position.close(priceMantissa, sizeMantissa, timeNs);
            realizedPnlMantissa += pnl;
            lastRealizedPnlMantissa = pnl;
        }
        position.fee(feeMantissa);
        feesMantissa += feeMantissa;
        if (book.markPriceMantissa() <= 0)
        {
            book.markPriceMantissa(priceMantissa);
        }
        lastEventTimeNs = timeNs;
        refresh(book);
    }

    /**
     * Applies a venue funding payment for the bot's whole position on one side of an instrument, split among the
     * strategies holding that side pro rata by size: each gets {@code sign × floor(|amount| × size / total)}, and
     * the remainder goes to the largest holder (the lowest strategy id among equals), so the shares add up to the
     * amount exactly. With no position on that side the payment still reaches the balance, unallocated.
     *
     * @param instrumentId   a defined instrument.
     * @param side           LONG or SHORT.
     * @param amountMantissa positive when received, negative when paid, exponent -8.
     * @param timeNs         event time.
     */
    public void onFunding(final int instrumentId, final PositionSide side, final long amountMantissa,
        final long timeNs)
    {
        final InstrumentPositions book = book(instrumentId);
        final int sideIndex = sideIndex(side);
        long total = 0;
        int largest = -1;
        long largestSize = 0;
        for (int strategyId = 0; strategyId < maxStrategies; strategyId++)
        {
            final long size = book.position(strategyId, sideIndex).sizeMantissa();
            total += size;
            if (size > largestSize)
            {
                largestSize = size;
                largest = strategyId;
            }
        }
        fundingMantissa += amountMantissa;
        if (total == 0)
        {
            unallocatedFundingMantissa += amountMantissa;
        }
        else
        {
            final long magnitude = Math.abs(amountMantissa);
            final long sign = amountMantissa < 0 ? -1 : 1;
            long allocated = 0;
            for (int strategyId = 0; strategyId < maxStrategies; strategyId++)
            {
                final Position position = book.position(strategyId, sideIndex);
                if (position.sizeMantissa() != 0)
                {
                    final long share = sign * FixedMath.multiplyDivideFloor(magnitude, position.sizeMantissa(), total);
                    position.funding(share);
                    allocated += share;
                }
            }
            book.position(largest, sideIndex).funding(amountMantissa - allocated);
        }
        lastEventTimeNs = timeNs;
        updatePeak();
    }

    /**
     * @param instrumentId  a defined instrument.
     * @param priceMantissa its mark price, positive.
     */
    public void mark(final int instrumentId, final long priceMantissa)
    {
        final InstrumentPositions book = book(instrumentId);
        if (priceMantissa <= 0)
        {
            throw new IllegalArgumentException("mark price must be positive");
        }
        book.markPriceMantissa(priceMantissa);
        refresh(book);
    }

    /**
     * Sets the protective stop of one position, for its open risk. It stays until the position goes flat; it may be
     * set before the opening fill.
     *
     * @param strategyId        a strategy.
     * @param instrumentId      a defined instrument.
     * @param side              LONG or SHORT.
     * @param stopPriceMantissa the stop price, 0 for none.
     */
    public void stop(final int strategyId, final int instrumentId, final PositionSide side,
        final long stopPriceMantissa)
    {
        final InstrumentPositions book = book(instrumentId);
        book.position(strategy(strategyId), sideIndex(side)).stop(stopPriceMantissa);
        refresh(book);
    }

    /**
     * Takes the venue's wallet balance as the starting balance — a testnet or live bot counts the account's money,
     * not the config's default — but only while nothing has happened yet (no fill, fee, funding or position), so that
     * the P&amp;L stays the engine's own accounting afterwards.
     *
     * @param balanceMantissa the venue's wallet balance, exponent -8.
     * @return true when adopted.
     */
    public boolean adoptStartingBalance(final long balanceMantissa)
    {
        if (realizedPnlMantissa != 0 || feesMantissa != 0 || fundingMantissa != 0 || openPositions != 0 ||
            unrealizedPnlMantissa != 0 || balanceMantissa <= 0)
        {
            return false;
        }
        initialBalanceMantissa = balanceMantissa;
        peakEquityMantissa = balanceMantissa;
        return true;
    }

    /**
     * @return initial balance + realized P&amp;L − fees + funding, exponent -8.
     */
    public long balance()
    {
        return initialBalanceMantissa + realizedPnlMantissa - feesMantissa + fundingMantissa;
    }

    /**
     * @return balance + unrealized P&amp;L, exponent -8.
     */
    public long equity()
    {
        return balance() + unrealizedPnlMantissa;
    }

    /**
     * @return unrealized P&amp;L at the last marks, exponent -8.
     */
    public long unrealizedPnl()
    {
        return unrealizedPnlMantissa;
    }

    /**
     * @return realized P&amp;L since the start, gross of fees and funding, exponent -8.
     */
    public long realizedPnl()
    {
        return realizedPnlMantissa;
    }

    /**
     * @return realized P&amp;L of the closing part of the last fill (0 for an opening fill), gross of its fee.
     */
    public long lastRealizedPnl()
    {
        return lastRealizedPnlMantissa;
    }

    /**
     * @return Σ |notional at mark| over open positions, exponent -8.
     */
    public long grossExposure()
    {
        return grossExposureMantissa;
    }

    /**
     * @return portfolio heat: Σ loss to the stop over open positions, exponent -8.
     */
    public long openRisk()
    {
        return openRiskMantissa;
    }

    /**
     * @return fees paid since the start, exponent -8.
     */
    public long feesPaid()
    {
        return feesMantissa;
    }

    /**
     * @return funding received (+) or paid (−) since the start, exponent -8.
     */
    public long fundingTotal()
    {
        return fundingMantissa;
    }

    /**
     * @return the part of {@link #fundingTotal()} that arrived while the bot held nothing on that side.
     */
    public long unallocatedFunding()
    {
        return unallocatedFundingMantissa;
    }

    /**
     * @return highest equity after any event, starting at the initial balance.
     */
    public long peakEquity()
    {
        return peakEquityMantissa;
    }

    /**
     * @return peak equity − equity, exponent -8, never negative.
     */
    public long drawdown()
    {
        return peakEquityMantissa - equity();
    }

    /**
     * @return drawdown in basis points of peak equity, rounded down; 0 when peak equity is not positive.
     */
    public long drawdownBps()
    {
        return peakEquityMantissa <= 0 ? 0 : FixedMath.multiplyDivideFloor(drawdown(), 10_000, peakEquityMantissa);
    }

    /**
     * @return number of positions with a non-zero size.
     */
    public int openPositions()
    {
        return openPositions;
    }

    /**
     * @return strategy ids run from 0 to this − 1.
     */
    public int maxStrategies()
    {
        return maxStrategies;
    }

    /**
     * @param instrumentId an instrument id.
     * @return true when {@link #define} has been called for it.
     */
    public boolean defined(final int instrumentId)
    {
        return instrumentId >= 0 && instrumentId < instruments.length && instruments[instrumentId] != null;
    }

    /**
     * @param instrumentId a defined instrument.
     * @return its isolated leverage.
     */
    public int leverage(final int instrumentId)
    {
        return book(instrumentId).leverage();
    }

    /**
     * @param instrumentId a defined instrument.
     * @return its last mark price (or, before the first mark, its last fill price), 0 if neither arrived yet.
     */
    public long markPrice(final int instrumentId)
    {
        return book(instrumentId).markPriceMantissa();
    }

    /**
     * @param strategyId a strategy.
     * @return Σ |notional at mark| of that strategy's positions on every instrument, exponent -8.
     */
    public long strategyExposure(final int strategyId)
    {
        final int strategy = strategy(strategyId);
        long exposure = 0;
        for (final InstrumentPositions book : instruments)
        {
            if (book != null)
            {
                exposure += book.strategyExposure(strategy);
            }
        }
        return exposure;
    }

    /**
     * @param strategyId   a strategy.
     * @param instrumentId a defined instrument.
     * @param side         LONG or SHORT.
     * @return the position itself, a live read-only view.
     */
    public Position position(final int strategyId, final int instrumentId, final PositionSide side)
    {
        return book(instrumentId).position(strategy(strategyId), sideIndex(side));
    }

    /**
     * @param strategyId   a strategy.
     * @param instrumentId a defined instrument.
     * @param side         LONG or SHORT.
     * @return size held, a size mantissa, 0 when flat.
     */
    public long positionSize(final int strategyId, final int instrumentId, final PositionSide side)
    {
        return position(strategyId, instrumentId, side).sizeMantissa();
    }

    /**
     * @param strategyId   a strategy.
     * @param instrumentId a defined instrument.
     * @param side         LONG or SHORT.
     * @return exact cost / size as a price mantissa, rounded half away from zero; 0 when flat.
     */
    public long averageEntry(final int strategyId, final int instrumentId, final PositionSide side)
    {
        return position(strategyId, instrumentId, side).averageEntryPriceMantissa();
    }

    /**
     * @param strategyId   a strategy.
     * @param instrumentId a defined instrument.
     * @param side         LONG or SHORT.
     * @return fees of the position's life (see {@link Position}), exponent -8.
     */
    public long positionFees(final int strategyId, final int instrumentId, final PositionSide side)
    {
        return position(strategyId, instrumentId, side).feesMantissa();
    }

    /**
     * @param strategyId   a strategy.
     * @param instrumentId a defined instrument.
     * @param side         LONG or SHORT.
     * @return funding of the position's life, exponent -8.
     */
    public long positionFunding(final int strategyId, final int instrumentId, final PositionSide side)
    {
        return position(strategyId, instrumentId, side).fundingMantissa();
    }

    /**
     * @param strategyId   a strategy.
     * @param instrumentId a defined instrument.
     * @param side         LONG or SHORT.
     * @return realized P&amp;L of the position's life, gross of fees and funding, exponent -8.
     */
    public long positionRealizedPnl(final int strategyId, final int instrumentId, final PositionSide side)
    {
        return position(strategyId, instrumentId, side).realizedPnlMantissa();
    }

    /**
     * @param strategyId   a strategy.
     * @param instrumentId a defined instrument.
     * @param side         LONG or SHORT.
     * @return initial isolated margin, ceil(cost / leverage), exponent -8.
     */
    public long isolatedMargin(final int strategyId, final int instrumentId, final PositionSide side)
    {
        final InstrumentPositions book = book(instrumentId);
        return book.isolatedMargin(book.position(strategy(strategyId), sideIndex(side)));
    }

    /**
     * Simplified isolated liquidation price: long {@code (C − M) / (Q × (1 − mmr))}, short
     * {@code (C + M) / (Q × (1 + mmr))} for cost C, isolated margin M, size Q and maintenance rate mmr, rounded toward
     * the entry. Ignores fees, funding and the venue's maintenance amount.
     *
     * @param strategyId   a strategy.
     * @param instrumentId a defined instrument.
     * @param side         LONG or SHORT.
     * @return liquidation price mantissa, 0 when flat.
     */
    public long liquidationPrice(final int strategyId, final int instrumentId, final PositionSide side)
    {
        final InstrumentPositions book = book(instrumentId);
        return book.liquidationPrice(book.position(strategy(strategyId), sideIndex(side)));
    }

    /**
     * @param hash running hash.
     * @return the hash with the whole portfolio folded in, instruments in id order.
     */
    public long stateHash(final long hash)
    {
        long h = Hashing.mix(hash, initialBalanceMantissa);
        h = Hashing.mix(h, maxStrategies);
        h = Hashing.mix(h, realizedPnlMantissa);
        h = Hashing.mix(h, feesMantissa);
        h = Hashing.mix(h, fundingMantissa);
        h = Hashing.mix(h, unallocatedFundingMantissa);
        h = Hashing.mix(h, unrealizedPnlMantissa);
        h = Hashing.mix(h, grossExposureMantissa);
        h = Hashing.mix(h, openRiskMantissa);
        h = Hashing.mix(h, openPositions);
        h = Hashing.mix(h, peakEquityMantissa);
        h = Hashing.mix(h, lastRealizedPnlMantissa);
        h = Hashing.mix(h, lastEventTimeNs);
        for (int id = 0; id < instruments.length; id++)
        {
            if (instruments[id] != null)
            {
                h = instruments[id].stateHash(Hashing.mix(h, id));
            }
        }
        return h;
    }

    private void refresh(final InstrumentPositions book)
    {
        final long unrealized = book.unrealizedPnlMantissa();
        final long exposure = book.grossExposureMantissa();
        final long risk = book.openRiskMantissa();
        final int open = book.openPositions();
        book.refresh();
        unrealizedPnlMantissa += book.unrealizedPnlMantissa() - unrealized;
        grossExposureMantissa += book.grossExposureMantissa() - exposure;
        openRiskMantissa += book.openRiskMantissa() - risk;
        openPositions += book.openPositions() - open;
        updatePeak();
    }

    private void updatePeak()
    {
        final long equity = equity();
        if (equity > peakEquityMantissa)
        {
            peakEquityMantissa = equity;
        }
    }

    private InstrumentPositions book(final int instrumentId)
    {
        if (!defined(instrumentId))
        {
            throw new IllegalArgumentException("instrument not defined: " + instrumentId);
        }
        return instruments[instrumentId];
    }

    private int strategy(final int strategyId)
    {
        if (strategyId < 0 || strategyId >= maxStrategies)
        {
            throw new IllegalArgumentException("strategyId out of range [0, " + maxStrategies + "): " + strategyId);
        }
        return strategyId;
    }

    static int sideIndex(final PositionSide side)
    {
        if (side == PositionSide.LONG)
        {
            return LONG;
        }
        if (side == PositionSide.SHORT)
        {
            return SHORT;
        }
        throw new IllegalArgumentException("position side must be LONG or SHORT: " + side);
    }
}
