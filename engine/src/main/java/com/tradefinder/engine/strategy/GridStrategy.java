package com.tradefinder.engine.strategy;

import com.tradefinder.codecs.ExitReason;
import com.tradefinder.codecs.OrderRole;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.engine.indicators.Atr;
import com.tradefinder.engine.indicators.Donchian;
import com.tradefinder.engine.util.Hashing;
import com.tradefinder.numeric.FixedMath;

import java.util.Map;

/**
 * A grid of bounded limit entries inside a range (type {@code grid}), for ranging regimes.
 * <p>
 * Rules (prices snapped as {@link StrategyPrices} describes; {@code spacing = mid × spacing_pct / 100},
 * {@code buffer = max(mid × stop_pct / 100, ATR(atr_period))}):
 * <ol>
 *     <li>Lay-out, in phase {@link Phase#FLAT} at a bar close when the Donchian channel ({@code range_lookback}
 *     bars) and the ATR are defined, {@link StrategyContext#mayOpen()} and nothing is held or working: with
 *     {@code upper}, {@code lower} and {@code mid} the channel's bounds and midpoint, {@code n = min(levels,
 *     floor((mid - lower) / spacing))} levels per side; none when {@code n < 1}. Buy level {@code i} (1 to n) at
 *     {@code mid - i × spacing}, sell level {@code i} at {@code mid + i × spacing} (only with {@code allow_short}).
 *     Each level takes profit one level toward the mid ({@code mid - (i - 1) × spacing} for a buy, level 1 at the
 *     mid). Every buy level shares the stop {@code mid - n × spacing - buffer} (the outermost level less the
 *     buffer), every sell level the stop {@code mid + n × spacing + buffer}. The grid's break bounds are
 *     {@code lower - buffer} and {@code upper + buffer}. Phase turns {@link Phase#ACTIVE}.</li>
 *     <li>Placing, at each bar close while active and allowed to open: every idle buy level strictly below the
 *     close and every idle sell level strictly above it is asked for as its own limit entry at the level's
 *     price, with its stop and take-profit, tagged with the level index (1 to n; the side tells buy from sell).
 *     A level whose take-profit fill arrives becomes idle again and is re-placed at a later close; so does a
 *     level whose entry no longer works (nothing works) or whose side is flat.</li>
 *     <li>Break: a close below the lower or above the upper break bound, or a stop-loss fill of any level,
 *     cancels the working entries, exits both sides and starts a cool-down of {@code range_lookback} bars
 *     ({@link Phase#COOLDOWN}), after which the Donchian window holds only bars from after the break: the range
 *     has reset and a new grid may be laid out.</li>
 *     <li>Closed for entries (regime ended): working entries are canceled; filled levels keep their stops and
 *     take-profits and the break rule; once nothing is held the grid is forgotten ({@link Phase#FLAT}) and the
 *     next one is laid out from the channel of that time.</li>
 * </ol>
 * Parameters: {@code levels} (5), {@code spacing_pct} (0.5), {@code range_lookback} (50), {@code stop_pct} (1.0),
 * {@code atr_period} (14), {@code allow_short} (true).
 * <p>
 * Business-logic thread only; deterministic; allocation-free per callback (level arrays are sized at
 * construction).
 */
public final class GridStrategy extends AbstractStrategy
{
    /** Type name in config. */
    public static final String TYPE = "grid";
    /** The most levels per side. */
    public static final int MAX_LEVELS = 100;

    /**
     * The grid's life cycle.
     */
    public enum Phase
    {
        /** No grid: one is laid out at the next bar that allows it. */
        FLAT(0),
        /** Levels laid out, entries placed and managed. */
        ACTIVE(1),
        /** The range broke; waiting {@code range_lookback} bars for it to reset. */
        COOLDOWN(2);

        private final int code;

        Phase(final int code)
        {
            this.code = code;
        }

        /**
         * @return stable code, for state hashes.
         */
        public int code()
        {
            return code;
        }
    }

    private static final byte UNUSED = 0;
    private static final byte IDLE = 1;
    private static final byte WORKING = 2;
    private static final byte FILLED = 3;

    private final int levels;
    private final double spacingPct;
    private final int rangeLookback;
    private final double stopPct;
    private final int atrPeriod;
    private final boolean allowShort;
    private final Donchian range;
    private final Atr atr;
    private final long[] buyPrice;
    private final long[] buyTakeProfit;
    private final byte[] buyState;
    private final long[] sellPrice;
    private final long[] sellTakeProfit;
    private final byte[] sellState;
    private Phase phase = Phase.FLAT;
    private int cooldownBars;
    private int laidLevels;
    private long longStop;
    private long shortStop;
    private long breakBelow;
    private long breakAbove;

    /**
     * @param strategyId    id within the bot.
     * @param instrumentId  instrument traded.
     * @param timeframeSec  timeframe.
     * @param levels        levels per side, 1 to {@value #MAX_LEVELS}.
     * @param spacingPct    distance between levels in percent of the mid, greater than 0.
     * @param rangeLookback bars in the Donchian range and in the cool-down, at least 2.
     * @param stopPct       stop distance beyond the outermost level in percent of the mid, greater than 0.
     * @param atrPeriod     period of the ATR that floors the stop distance, at least 1.
     * @param allowShort    whether sell levels are laid out.
     */
    public GridStrategy(final int strategyId, final int instrumentId, final int timeframeSec, final int levels,
        final double spacingPct, final int rangeLookback, final double stopPct, final int atrPeriod,
        final boolean allowShort)
    {
        super(TYPE, strategyId, instrumentId, timeframeSec);
        this.levels = ParameterChecks.within(TYPE, "levels", levels, 1, MAX_LEVELS);
        this.spacingPct = ParameterChecks.between(TYPE, "spacing_pct", spacingPct, 0.0, 100.0);
        this.rangeLookback = ParameterChecks.atLeast(TYPE, "range_lookback", rangeLookback, 2);
        this.stopPct = ParameterChecks.between(TYPE, "stop_pct", stopPct, 0.0, 100.0);
        this.atrPeriod = ParameterChecks.atLeast(TYPE, "atr_period", atrPeriod, 1);
        this.allowShort = allowShort;
        this.range = new Donchian(rangeLookback);
        this.atr = new Atr(atrPeriod);
        this.buyPrice = new long[levels + 1];
        this.buyTakeProfit = new long[levels + 1];
        this.buyState = new byte[levels + 1];
        this.sellPrice = new long[levels + 1];
        this.sellTakeProfit = new long[levels + 1];
        this.sellState = new byte[levels + 1];
    }

    @Override
    public void onBar(final BarClose bar, final StrategyContext context)
    {
        range.update(bar.high(), bar.low());
        atr.update(bar.high(), bar.low(), bar.close());
        switch (phase)
        {
            case FLAT:
                withdrawEntriesWhenClosed(context);
                if (range.isReady() && atr.isReady() && readyToOpen(context) && layOut(context))
                {
                    placeIdleLevels(bar.closeMantissa(), context);
                }
                break;

            case ACTIVE:
                manage(bar.closeMantissa(), context);
                break;

            case COOLDOWN:
                withdrawEntriesWhenClosed(context);
                if (--cooldownBars <= 0)
                {
                    phase = Phase.FLAT;
                }
                break;

            default:
                throw new IllegalStateException("unknown grid phase " + phase);
        }
    }

    @Override
    public void onFill(final OrderRole role, final PositionSide side, final long priceMantissa,
        final long sizeMantissa, final int tag, final long timeNs, final StrategyContext context)
    {
        if (phase != Phase.ACTIVE || tag < 1 || tag > laidLevels)
        {
            return;
        }
        final byte[] states = side == PositionSide.LONG ? buyState : sellState;
        if (role == OrderRole.ENTRY)
        {
            states[tag] = FILLED;
        }
        else if (role == OrderRole.TAKE_PROFIT)
        {
            states[tag] = IDLE;
        }
        else if (role == OrderRole.STOP_LOSS)
        {
            dissolve(context);
        }
    }

    /**
     * @return the grid's phase.
     */
    public Phase phase()
    {
        return phase;
    }

    private boolean layOut(final StrategyContext context)
    {
        final double mid = range.middle();
        final double spacing = mid * spacingPct / 100.0;
        final double halfHeight = Math.min(range.upper() - mid, mid - range.lower());
        final int count = (int)Math.min(levels, Math.floor(halfHeight / spacing));
        if (count < 1)
        {
            return false;
        }
        final int exponent = context.priceExponent();
        final long tick = context.tickSizeMantissa();
        final double buffer = Math.max(mid * stopPct / 100.0, atr.value());
        longStop = FixedMath.floorToStep(StrategyPrices.toMantissa(mid - count * spacing - buffer, exponent), tick);
        shortStop = FixedMath.ceilToStep(StrategyPrices.toMantissa(mid + count * spacing + buffer, exponent), tick);
        breakBelow = FixedMath.floorToStep(StrategyPrices.toMantissa(range.lower() - buffer, exponent), tick);
        breakAbove = FixedMath.ceilToStep(StrategyPrices.toMantissa(range.upper() + buffer, exponent), tick);
        for (int i = 1; i <= levels; i++)
        {
            buyState[i] = UNUSED;
            sellState[i] = UNUSED;
            if (i > count)
            {
                buyPrice[i] = 0;
                buyTakeProfit[i] = 0;
                sellPrice[i] = 0;
                sellTakeProfit[i] = 0;
                continue;
            }
            final long buy = FixedMath.ceilToStep(StrategyPrices.toMantissa(mid - i * spacing, exponent), tick);
            final long buyTarget =
                FixedMath.floorToStep(StrategyPrices.toMantissa(mid - (i - 1) * spacing, exponent), tick);
            buyPrice[i] = buy;
            buyTakeProfit[i] = buyTarget;
            if (longStop > 0 && longStop < buy && buyTarget > buy)
            {
                buyState[i] = IDLE;
            }
            final long sell = FixedMath.floorToStep(StrategyPrices.toMantissa(mid + i * spacing, exponent), tick);
            final long sellTarget =
                FixedMath.ceilToStep(StrategyPrices.toMantissa(mid + (i - 1) * spacing, exponent), tick);
            sellPrice[i] = sell;
            sellTakeProfit[i] = sellTarget;
            if (allowShort && shortStop > sell && sellTarget < sell && sellTarget > 0)
            {
                sellState[i] = IDLE;
            }
        }
        laidLevels = count;
        phase = Phase.ACTIVE;
        return true;
    }

    private void manage(final long close, final StrategyContext context)
    {
        reconcile(context);
        if (close < breakBelow || close > breakAbove)
        {
            dissolve(context);
            return;
        }
        if (!context.mayOpen())
        {
            if (context.workingEntries() > 0)
            {
                context.cancelEntries();
            }
            demote(buyState, WORKING);
            demote(sellState, WORKING);
            if (!holds(context, PositionSide.LONG) && !holds(context, PositionSide.SHORT))
            {
                forget();
                phase = Phase.FLAT;
            }
            return;
        }
        placeIdleLevels(close, context);
    }

    private void reconcile(final StrategyContext context)
    {
        if (context.workingEntries() == 0)
        {
            demote(buyState, WORKING);
            demote(sellState, WORKING);
        }
        if (!holds(context, PositionSide.LONG))
        {
            demote(buyState, FILLED);
        }
        if (!holds(context, PositionSide.SHORT))
        {
            demote(sellState, FILLED);
        }
    }

    private void placeIdleLevels(final long close, final StrategyContext context)
    {
        for (int i = 1; i <= laidLevels; i++)
        {
            if (buyState[i] == IDLE && buyPrice[i] < close)
            {
                buyState[i] = WORKING;
                context.enterResting(PositionSide.LONG, buyPrice[i], longStop, buyTakeProfit[i], i);
            }
            if (sellState[i] == IDLE && sellPrice[i] > close)
            {
                sellState[i] = WORKING;
                context.enterResting(PositionSide.SHORT, sellPrice[i], shortStop, sellTakeProfit[i], i);
            }
        }
    }

    private void dissolve(final StrategyContext context)
    {
        if (context.workingEntries() > 0)
        {
            context.cancelEntries();
        }
        if (holds(context, PositionSide.LONG))
        {
            context.exit(PositionSide.LONG, ExitReason.STRATEGY_EXIT);
        }
        if (holds(context, PositionSide.SHORT))
        {
            context.exit(PositionSide.SHORT, ExitReason.STRATEGY_EXIT);
        }
        forget();
        phase = Phase.COOLDOWN;
        cooldownBars = rangeLookback;
    }

    private void forget()
    {
        for (int i = 1; i <= levels; i++)
        {
            buyState[i] = UNUSED;
            sellState[i] = UNUSED;
        }
        laidLevels = 0;
    }

    private void demote(final byte[] states, final byte from)
    {
        for (int i = 1; i <= laidLevels; i++)
        {
            if (states[i] == from)
            {
                states[i] = IDLE;
            }
        }
    }

    @Override
    public void parameters(final Map<String, String> out)
    {
        out.put("levels", Integer.toString(levels));
        out.put("spacing_pct", Double.toString(spacingPct));
        out.put("range_lookback", Integer.toString(rangeLookback));
        out.put("stop_pct", Double.toString(stopPct));
        out.put("atr_period", Integer.toString(atrPeriod));
        out.put("allow_short", Boolean.toString(allowShort));
    }

    @Override
    public long stateHash(final long hash)
    {
        long h = range.stateHash(hash);
        h = atr.stateHash(h);
        h = Hashing.mix(h, phase.code());
        h = Hashing.mix(h, cooldownBars);
        h = Hashing.mix(h, laidLevels);
        h = Hashing.mix(h, longStop);
        h = Hashing.mix(h, shortStop);
        h = Hashing.mix(h, breakBelow);
        h = Hashing.mix(h, breakAbove);
        for (int i = 1; i <= levels; i++)
        {
            h = Hashing.mix(h, buyPrice[i]);
            h = Hashing.mix(h, buyTakeProfit[i]);
            h = Hashing.mix(h, buyState[i]);
            h = Hashing.mix(h, sellPrice[i]);
            h = Hashing.mix(h, sellTakeProfit[i]);
            h = Hashing.mix(h, sellState[i]);
        }
        return h;
    }
}
