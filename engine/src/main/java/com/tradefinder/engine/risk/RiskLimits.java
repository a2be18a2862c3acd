package com.tradefinder.engine.risk;

import java.util.Arrays;

import com.tradefinder.engine.util.Hashing;

/**
 * A bot's risk profile, with fluent accessors: {@code x()} reads, {@code x(value)} sets and returns this.
 * Percentages are integer basis points of equity (100 bps = 1%).
 * <p>
 * Defaults: {@code riskPerTradeBps 100, strategyAllocationCapBps 2500, maxTotalExposureBps 30000, maxLeverage 5,
 * maxPortfolioHeatBps 600, dailyLossLimitBps 300, maxDrawdownBps 2000, maxOrdersPerMinute 30, priceBandBps 200},
 * no per-strategy overrides, an empty whitelist (which {@link #validate()} refuses: a bot trades only what it lists).
 * <p>
 * A mutable holder filled at configuration time and checked with {@link #validate()}; a {@link RiskEngine} copies
 * it when constructed, so changing a holder later does not change a running engine. Not thread-safe; not for the
 * hot path, except the read accessors the engine uses on its own copy, which allocate nothing.
 */
public final class RiskLimits
{
    /** Marks a per-strategy setting that is not overridden. */
    public static final int UNSET = -1;
    /** Lowest configurable risk per trade, 0.1%. */
    public static final int MIN_RISK_PER_TRADE_BPS = 10;
    /** Highest configurable risk per trade, 3%. */
    public static final int MAX_RISK_PER_TRADE_BPS = 300;
    /** Highest configurable leverage. */
    public static final int MAX_LEVERAGE = 125;

    /** Default risk per trade, 1%. */
    public static final int DEFAULT_RISK_PER_TRADE_BPS = 100;
    /** Default per-strategy allocation cap, 25% of equity. */
    public static final int DEFAULT_STRATEGY_ALLOCATION_CAP_BPS = 2_500;
    /** Default total gross exposure cap, 300% of equity. */
    public static final int DEFAULT_MAX_TOTAL_EXPOSURE_BPS = 30_000;
    /** Default maximum leverage. */
    public static final int DEFAULT_MAX_LEVERAGE = 5;
    /** Default portfolio heat cap, 6% of equity. */
    public static final int DEFAULT_MAX_PORTFOLIO_HEAT_BPS = 600;
    /** Default daily loss limit, 3% of the day's starting equity. */
    public static final int DEFAULT_DAILY_LOSS_LIMIT_BPS = 300;
    /** Default drawdown circuit breaker, 20% below peak equity. */
    public static final int DEFAULT_MAX_DRAWDOWN_BPS = 2_000;
    /** Default order-rate limit per sliding 60 s window. */
    public static final int DEFAULT_MAX_ORDERS_PER_MINUTE = 30;
    /** Default price band around the mark, 2%. */
    public static final int DEFAULT_PRICE_BAND_BPS = 200;

    private int riskPerTradeBps = DEFAULT_RISK_PER_TRADE_BPS;
    private int strategyAllocationCapBps = DEFAULT_STRATEGY_ALLOCATION_CAP_BPS;
    private int maxTotalExposureBps = DEFAULT_MAX_TOTAL_EXPOSURE_BPS;
    private int maxLeverage = DEFAULT_MAX_LEVERAGE;
    private int maxPortfolioHeatBps = DEFAULT_MAX_PORTFOLIO_HEAT_BPS;
    private int dailyLossLimitBps = DEFAULT_DAILY_LOSS_LIMIT_BPS;
    private int maxDrawdownBps = DEFAULT_MAX_DRAWDOWN_BPS;
    private int maxOrdersPerMinute = DEFAULT_MAX_ORDERS_PER_MINUTE;
    private int priceBandBps = DEFAULT_PRICE_BAND_BPS;
    private int[] riskPerTradeOverrides = new int[0];
    private int[] allocationCapOverrides = new int[0];
    private boolean[] whitelist = new boolean[0];

    /**
     * Checks every setting; each failure is one line naming the setting, its value and the allowed range.
     * <ul>
     *   <li>{@code riskPerTradeBps} and every per-strategy override in [10, 300];</li>
     *   <li>{@code maxTotalExposureBps} in [1, 1,250,000]; {@code strategyAllocationCapBps} in
     *       [1, maxTotalExposureBps], overrides in [0, maxTotalExposureBps] (0 stops a strategy's entries);</li>
     *   <li>{@code maxLeverage} in [1, 125];</li>
     *   <li>{@code maxPortfolioHeatBps} in [the largest risk per trade, 10,000];</li>
     *   <li>{@code dailyLossLimitBps}, {@code maxDrawdownBps}, {@code priceBandBps} in [1, 10,000];</li>
     *   <li>{@code maxOrdersPerMinute} in [1, 10,000];</li>
     *   <li>at least one whitelisted instrument.</li>
     * </ul>
     *
     * @return this.
     * @throws IllegalArgumentException naming the first bad setting.
     */
    public RiskLimits validate()
    {
        requireIn("riskPerTradeBps", riskPerTradeBps, MIN_RISK_PER_TRADE_BPS, MAX_RISK_PER_TRADE_BPS);
        int largestRisk = riskPerTradeBps;
        for (int strategyId = 0; strategyId < riskPerTradeOverrides.length; strategyId++)
        {
            final int bps = riskPerTradeOverrides[strategyId];
            if (bps != UNSET)
            {
                requireIn("riskPerTradeBps[strategy " + strategyId + "]", bps, MIN_RISK_PER_TRADE_BPS,
                    MAX_RISK_PER_TRADE_BPS);
                largestRisk = Math.max(largestRisk, bps);
            }
        }
        requireIn("maxTotalExposureBps", maxTotalExposureBps, 1, MAX_LEVERAGE * 10_000);
        requireIn("strategyAllocationCapBps", strategyAllocationCapBps, 1, maxTotalExposureBps);
        for (int strategyId = 0; strategyId < allocationCapOverrides.length; strategyId++)
        {
            final int bps = allocationCapOverrides[strategyId];
            if (bps != UNSET)
            {
                requireIn("allocationCapBps[strategy " + strategyId + "]", bps, 0, maxTotalExposureBps);
            }
        }
        requireIn("maxLeverage", maxLeverage, 1, MAX_LEVERAGE);
        requireIn("maxPortfolioHeatBps", maxPortfolioHeatBps, largestRisk, 10_000);
        requireIn("dailyLossLimitBps", dailyLossLimitBps, 1, 10_000);
        requireIn("maxDrawdownBps", maxDrawdownBps, 1, 10_000);
        requireIn("maxOrdersPerMinute", maxOrdersPerMinute, 1, 10_000);
        requireIn("priceBandBps", priceBandBps, 1, 10_000);
        if (whitelistSize() == 0)
        {
            throw new IllegalArgumentException("whitelist is empty: list at least one instrument id");
        }
        return this;
    }

    /**
     * Copies every setting of {@code other} into this holder.
     *
     * @param other settings to copy.
     * @return this.
     */
    public RiskLimits copyFrom(final RiskLimits other)
    {
        riskPerTradeBps = other.riskPerTradeBps;
        strategyAllocationCapBps = other.strategyAllocationCapBps;
        maxTotalExposureBps = other.maxTotalExposureBps;
        maxLeverage = other.maxLeverage;
        maxPortfolioHeatBps = other.maxPortfolioHeatBps;
        dailyLossLimitBps = other.dailyLossLimitBps;
        maxDrawdownBps = other.maxDrawdownBps;
        maxOrdersPerMinute = other.maxOrdersPerMinute;
        priceBandBps = other.priceBandBps;
        riskPerTradeOverrides = other.riskPerTradeOverrides.clone();
        allocationCapOverrides = other.allocationCapOverrides.clone();
        whitelist = other.whitelist.clone();
        return this;
    }

    /**
     * @return the bot's default risk per trade in bps of equity, default 100.
     */
    public int riskPerTradeBps()
    {
        return riskPerTradeBps;
    }

    /**
     * @param bps the bot's default risk per trade, 10 to 300.
     * @return this.
     */
    public RiskLimits riskPerTradeBps(final int bps)
    {
        riskPerTradeBps = bps;
        return this;
    }

    /**
     * @param strategyId a strategy id, not negative.
     * @param bps        that strategy's risk per trade, 10 to 300, or {@link #UNSET} for the bot default.
     * @return this.
     */
    public RiskLimits riskPerTradeBps(final int strategyId, final int bps)
    {
        riskPerTradeOverrides = set(riskPerTradeOverrides, strategyId, bps);
        return this;
    }

    /**
     * @param strategyId a strategy id.
     * @return the risk per trade in force for that strategy: its override, else the bot default.
     */
    public int riskPerTradeBpsOf(final int strategyId)
    {
        return get(riskPerTradeOverrides, strategyId, riskPerTradeBps);
    }

    /**
     * @return the default per-strategy allocation cap in bps of equity, default 2500.
     */
    public int strategyAllocationCapBps()
    {
        return strategyAllocationCapBps;
    }

    /**
     * @param bps the default per-strategy allocation cap, 1 to maxTotalExposureBps.
     * @return this.
     */
    public RiskLimits strategyAllocationCapBps(final int bps)
    {
        strategyAllocationCapBps = bps;
        return this;
    }

    /**
     * @param strategyId a strategy id, not negative.
     * @param bps        that strategy's allocation cap, 0 to maxTotalExposureBps, or {@link #UNSET} for the default.
     * @return this.
     */
    public RiskLimits allocationCapBps(final int strategyId, final int bps)
    {
        allocationCapOverrides = set(allocationCapOverrides, strategyId, bps);
        return this;
    }

    /**
     * @param strategyId a strategy id.
     * @return the allocation cap in force for that strategy: its override, else the default.
     */
    public int allocationCapBpsOf(final int strategyId)
    {
        return get(allocationCapOverrides, strategyId, strategyAllocationCapBps);
    }

    /**
     * @return cap on gross exposure after an entry, in bps of equity, default 30000.
     */
    public int maxTotalExposureBps()
    {
        return maxTotalExposureBps;
    }

    /**
     * @param bps cap on gross exposure, 1 to 1,250,000.
     * @return this.
     */
    public RiskLimits maxTotalExposureBps(final int bps)
    {
        maxTotalExposureBps = bps;
        return this;
    }

    /**
     * @return highest leverage: gross exposure / equity and each instrument's isolated leverage, default 5.
     */
    public int maxLeverage()
    {
        return maxLeverage;
    }

    /**
     * @param leverage highest leverage, 1 to 125.
     * @return this.
     */
    public RiskLimits maxLeverage(final int leverage)
    {
        maxLeverage = leverage;
        return this;
    }

    /**
     * @return cap on open risk plus the new trade's risk, in bps of equity, default 600.
     */
    public int maxPortfolioHeatBps()
    {
        return maxPortfolioHeatBps;
    }

    /**
     * @param bps cap on portfolio heat, from the largest risk per trade to 10,000.
     * @return this.
     */
    public RiskLimits maxPortfolioHeatBps(final int bps)
    {
        maxPortfolioHeatBps = bps;
        return this;
    }

    /**
     * @return loss from the UTC day's starting equity that stops entries for the rest of the day, bps, default 300.
     */
    public int dailyLossLimitBps()
    {
        return dailyLossLimitBps;
    }

    /**
     * @param bps daily loss limit, 1 to 10,000.
     * @return this.
     */
    public RiskLimits dailyLossLimitBps(final int bps)
    {
        dailyLossLimitBps = bps;
        return this;
    }

    /**
     * @return drawdown from peak equity that stops entries until an admin reset, bps, default 2000.
     */
    public int maxDrawdownBps()
    {
        return maxDrawdownBps;
    }

    /**
     * @param bps drawdown limit, 1 to 10,000.
     * @return this.
     */
    public RiskLimits maxDrawdownBps(final int bps)
    {
        maxDrawdownBps = bps;
        return this;
    }

    /**
     * @return orders the bot may send in any sliding 60 s window of event time, default 30.
     */
    public int maxOrdersPerMinute()
    {
        return maxOrdersPerMinute;
    }

    /**
     * @param orders order-rate limit, 1 to 10,000.
     * @return this.
     */
    public RiskLimits maxOrdersPerMinute(final int orders)
    {
        maxOrdersPerMinute = orders;
        return this;
    }

    /**
     * @return largest distance of an entry price from the mark, bps of the mark, default 200.
     */
    public int priceBandBps()
    {
        return priceBandBps;
    }

    /**
     * @param bps price band, 1 to 10,000.
     * @return this.
     */
    public RiskLimits priceBandBps(final int bps)
    {
        priceBandBps = bps;
        return this;
    }

    /**
     * @param instrumentId an instrument the bot may trade, not negative.
     * @return this.
     */
    public RiskLimits whitelist(final int instrumentId)
    {
        if (instrumentId < 0)
        {
            throw new IllegalArgumentException("whitelist: instrument id must not be negative: " + instrumentId);
        }
        if (instrumentId >= whitelist.length)
        {
            whitelist = Arrays.copyOf(whitelist, instrumentId + 1);
        }
        whitelist[instrumentId] = true;
        return this;
    }

    /**
     * @return this, with no instrument whitelisted.
     */
    public RiskLimits clearWhitelist()
    {
        whitelist = new boolean[0];
        return this;
    }

    /**
     * @param instrumentId an instrument id.
     * @return true when the bot may trade it.
     */
    public boolean whitelisted(final int instrumentId)
    {
        return instrumentId >= 0 && instrumentId < whitelist.length && whitelist[instrumentId];
    }

    /**
     * @return number of whitelisted instruments.
     */
    public int whitelistSize()
    {
        int size = 0;
        for (final boolean listed : whitelist)
        {
            size += listed ? 1 : 0;
        }
        return size;
    }

    /**
     * @param hash running hash.
     * @return the hash with every setting folded in.
     */
    public long stateHash(final long hash)
    {
        long h = Hashing.mix(hash, riskPerTradeBps);
        h = Hashing.mix(h, strategyAllocationCapBps);
        h = Hashing.mix(h, maxTotalExposureBps);
        h = Hashing.mix(h, maxLeverage);
        h = Hashing.mix(h, maxPortfolioHeatBps);
        h = Hashing.mix(h, dailyLossLimitBps);
        h = Hashing.mix(h, maxDrawdownBps);
        h = Hashing.mix(h, maxOrdersPerMinute);
        h = Hashing.mix(h, priceBandBps);
        for (int strategyId = 0; strategyId < riskPerTradeOverrides.length; strategyId++)
        {
            h = Hashing.mix(Hashing.mix(h, strategyId), riskPerTradeOverrides[strategyId]);
        }
        for (int strategyId = 0; strategyId < allocationCapOverrides.length; strategyId++)
        {
            h = Hashing.mix(Hashing.mix(h, strategyId), allocationCapOverrides[strategyId]);
        }
        for (int instrumentId = 0; instrumentId < whitelist.length; instrumentId++)
        {
            h = whitelist[instrumentId] ? Hashing.mix(h, instrumentId) : h;
        }
        return h;
    }

    private static int[] set(final int[] values, final int strategyId, final int bps)
    {
        if (strategyId < 0)
        {
            throw new IllegalArgumentException("strategy id must not be negative: " + strategyId);
        }
        int[] result = values;
        if (strategyId >= values.length)
        {
            result = Arrays.copyOf(values, strategyId + 1);
            Arrays.fill(result, values.length, result.length, UNSET);
        }
        result[strategyId] = bps;
        return result;
    }

    private static int get(final int[] values, final int strategyId, final int fallback)
    {
        if (strategyId < 0 || strategyId >= values.length || values[strategyId] == UNSET)
        {
            return fallback;
        }
        return values[strategyId];
    }

    private static void requireIn(final String name, final int value, final int min, final int max)
    {
        if (value < min || value > max)
        {
            throw new IllegalArgumentException(name + "=" + value + " out of range [" + min + ", " + max + "]");
        }
    }
}
