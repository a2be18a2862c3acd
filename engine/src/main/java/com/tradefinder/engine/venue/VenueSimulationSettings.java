package com.tradefinder.engine.venue;

import com.tradefinder.codecs.MarginMode;
import com.tradefinder.codecs.PositionMode;
import org.agrona.collections.Int2ObjectHashMap;

/**
 * Settings of the {@link SimulatedVenue}, with fluent accessors: {@code x()} reads, {@code x(value)} sets and returns
 * this. Filled at configuration time and checked with {@link #conclude()}; the venue reads them once at construction,
 * so changing a holder later does not change a running venue. Not thread-safe; not for the hot path.
 * <p>
 * Units: fees and slippage in basis points of the notional (fractions down to 0.01 bp, stored exactly as hundredths),
 * latency in nanoseconds, balances as quote-currency mantissas at exponent -8.
 * <p>
 * Defaults (Binance USDⓈ-M regular tier): {@code makerFeeBps 2.0, takerFeeBps 5.0, slippageBps 0, latencyNs 0,
 * touchFills false, fundingEnabled true, startingBalanceMantissa 10 000 USDT, maxLeverage 125, defaultLeverage 20,
 * defaultPositionMode HEDGE, defaultMarginMode ISOLATED, asset "USDT", orderPoolCapacity 1024}.
 */
public final class VenueSimulationSettings
{
    /** Default maker fee, basis points. */
    public static final double DEFAULT_MAKER_FEE_BPS = 2.0;
    /** Default taker fee, basis points. */
    public static final double DEFAULT_TAKER_FEE_BPS = 5.0;
    /** Default starting balance per bot: 10 000 at exponent -8. */
    public static final long DEFAULT_STARTING_BALANCE_MANTISSA = 10_000L * 100_000_000L;
    /** Default highest leverage the simulated account accepts. */
    public static final int DEFAULT_MAX_LEVERAGE = 125;
    /** Default leverage of an instrument no VenueSetup has configured (Binance's default). */
    public static final int DEFAULT_LEVERAGE = 20;
    /** Default number of pre-allocated orders. */
    public static final int DEFAULT_ORDER_POOL_CAPACITY = 1024;

    private static final long CENTI_BPS_PER_BP = 100;
    private static final double MAX_FEE_BPS = 1000.0;
    private static final double MAX_SLIPPAGE_BPS = 1000.0;

    private double makerFeeBps = DEFAULT_MAKER_FEE_BPS;
    private double takerFeeBps = DEFAULT_TAKER_FEE_BPS;
    private double slippageBps;
    private long latencyNs;
    private boolean touchFills;
    private boolean fundingEnabled = true;
    private long startingBalanceMantissa = DEFAULT_STARTING_BALANCE_MANTISSA;
    private final Int2ObjectHashMap<Long> botStartingBalances = new Int2ObjectHashMap<>();
    private int maxLeverage = DEFAULT_MAX_LEVERAGE;
    private int defaultLeverage = DEFAULT_LEVERAGE;
    private PositionMode defaultPositionMode = PositionMode.HEDGE;
    private MarginMode defaultMarginMode = MarginMode.ISOLATED;
    private String asset = "USDT";
    private int orderPoolCapacity = DEFAULT_ORDER_POOL_CAPACITY;

    /**
     * Checks every setting.
     * <ul>
     *   <li>{@code makerFeeBps} in [-1000, 1000] (negative is a rebate), {@code takerFeeBps} in [0, 1000],
     *       both whole hundredths of a basis point;</li>
     *   <li>{@code slippageBps} in [0, 1000], whole hundredths of a basis point;</li>
     *   <li>{@code latencyNs} &gt;= 0;</li>
     *   <li>every starting balance &gt;= 0;</li>
     *   <li>{@code maxLeverage} &gt;= 1, {@code defaultLeverage} in [1, maxLeverage];</li>
     *   <li>{@code asset} 1..8 ASCII characters; {@code orderPoolCapacity} &gt;= 1.</li>
     * </ul>
     *
     * @return this.
     * @throws IllegalArgumentException with one line naming the first bad setting, its value and the allowed range.
     */
    public VenueSimulationSettings conclude()
    {
        requireCentiBps("makerFeeBps", makerFeeBps, -MAX_FEE_BPS, MAX_FEE_BPS);
        requireCentiBps("takerFeeBps", takerFeeBps, 0, MAX_FEE_BPS);
        requireCentiBps("slippageBps", slippageBps, 0, MAX_SLIPPAGE_BPS);
        if (latencyNs < 0)
        {
            throw new IllegalArgumentException("latencyNs must be >= 0, was " + latencyNs);
        }
        if (startingBalanceMantissa < 0)
        {
            throw new IllegalArgumentException("startingBalanceMantissa must be >= 0, was " + startingBalanceMantissa);
        }
        for (final Int2ObjectHashMap<Long>.EntryIterator it = botStartingBalances.entrySet().iterator(); it.hasNext(); )
        {
            it.next();
            if (it.getValue() < 0)
            {
                throw new IllegalArgumentException(
                    "startingBalanceMantissa of bot " + it.getIntKey() + " must be >= 0, was " + it.getValue());
            }
        }
        if (maxLeverage < 1)
        {
            throw new IllegalArgumentException("maxLeverage must be >= 1, was " + maxLeverage);
        }
        if (defaultLeverage < 1 || defaultLeverage > maxLeverage)
        {
            throw new IllegalArgumentException(
                "defaultLeverage must be in [1, " + maxLeverage + "], was " + defaultLeverage);
        }
        if (asset == null || asset.isEmpty() || asset.length() > 8 || !isAscii(asset))
        {
            throw new IllegalArgumentException("asset must be 1..8 ASCII characters, was " + asset);
        }
        if (orderPoolCapacity < 1)
        {
            throw new IllegalArgumentException("orderPoolCapacity must be >= 1, was " + orderPoolCapacity);
        }
        if (defaultPositionMode == null || defaultPositionMode == PositionMode.NULL_VAL)
        {
            throw new IllegalArgumentException("defaultPositionMode must be ONE_WAY or HEDGE");
        }
        if (defaultMarginMode == null || defaultMarginMode == MarginMode.NULL_VAL)
        {
            throw new IllegalArgumentException("defaultMarginMode must be ISOLATED or CROSSED");
        }
        return this;
    }

    public double makerFeeBps()
    {
        return makerFeeBps;
    }

    /**
     * @param bps maker fee in basis points of the notional; negative is a rebate.
     * @return this.
     */
    public VenueSimulationSettings makerFeeBps(final double bps)
    {
        this.makerFeeBps = bps;
        return this;
    }

    public double takerFeeBps()
    {
        return takerFeeBps;
    }

    /**
     * @param bps taker fee in basis points of the notional.
     * @return this.
     */
    public VenueSimulationSettings takerFeeBps(final double bps)
    {
        this.takerFeeBps = bps;
        return this;
    }

    public double slippageBps()
    {
        return slippageBps;
    }

    /**
     * @param bps adverse price move applied to market, stop-market and take-profit-market fills, basis points.
     * @return this.
     */
    public VenueSimulationSettings slippageBps(final double bps)
    {
        this.slippageBps = bps;
        return this;
    }

    /**
     * @return maker fee in hundredths of a basis point.
     */
    public long makerFeeCentiBps()
    {
        return toCentiBps(makerFeeBps);
    }

    /**
     * @return taker fee in hundredths of a basis point.
     */
    public long takerFeeCentiBps()
    {
        return toCentiBps(takerFeeBps);
    }

    /**
     * @return slippage in hundredths of a basis point.
     */
    public long slippageCentiBps()
    {
        return toCentiBps(slippageBps);
    }

    public long latencyNs()
    {
        return latencyNs;
    }

    /**
     * @param latencyNs delay between a command and the venue acting on it (accept, reject, fill, cancel).
     * @return this.
     */
    public VenueSimulationSettings latencyNs(final long latencyNs)
    {
        this.latencyNs = latencyNs;
        return this;
    }

    public boolean touchFills()
    {
        return touchFills;
    }

    /**
     * @param touchFills true: a resting limit fills when the price only touches it; false: the price must trade
     *                   through it.
     * @return this.
     */
    public VenueSimulationSettings touchFills(final boolean touchFills)
    {
        this.touchFills = touchFills;
        return this;
    }

    public boolean fundingEnabled()
    {
        return fundingEnabled;
    }

    /**
     * @param fundingEnabled whether FundingRate events settle funding on open positions.
     * @return this.
     */
    public VenueSimulationSettings fundingEnabled(final boolean fundingEnabled)
    {
        this.fundingEnabled = fundingEnabled;
        return this;
    }

    public long startingBalanceMantissa()
    {
        return startingBalanceMantissa;
    }

    /**
     * @param mantissa starting wallet balance of every bot without its own, exponent -8.
     * @return this.
     */
    public VenueSimulationSettings startingBalanceMantissa(final long mantissa)
    {
        this.startingBalanceMantissa = mantissa;
        return this;
    }

    /**
     * @param botId    a bot.
     * @param mantissa its starting wallet balance, exponent -8.
     * @return this.
     */
    public VenueSimulationSettings startingBalanceMantissa(final int botId, final long mantissa)
    {
        botStartingBalances.put(botId, Long.valueOf(mantissa));
        return this;
    }

    /**
     * @param botId a bot.
     * @return its starting wallet balance, exponent -8.
     */
    public long startingBalanceMantissa(final int botId)
    {
        final Long balance = botStartingBalances.get(botId);
        return balance == null ? startingBalanceMantissa : balance;
    }

    /**
     * @param consumer receives every bot with its own starting balance: (bot id, balance mantissa).
     */
    public void forEachBotStartingBalance(final org.agrona.collections.LongLongConsumer consumer)
    {
        for (final Int2ObjectHashMap<Long>.EntryIterator it = botStartingBalances.entrySet().iterator(); it.hasNext(); )
        {
            it.next();
            consumer.accept(it.getIntKey(), it.getValue());
        }
    }

    public int maxLeverage()
    {
        return maxLeverage;
    }

    /**
     * @param maxLeverage highest leverage a VenueSetup may ask for (also capped by the instrument's own maximum).
     * @return this.
     */
    public VenueSimulationSettings maxLeverage(final int maxLeverage)
    {
        this.maxLeverage = maxLeverage;
        return this;
    }

    public int defaultLeverage()
    {
        return defaultLeverage;
    }

    /**
     * @param defaultLeverage leverage of a (bot, instrument) before any VenueSetup.
     * @return this.
     */
    public VenueSimulationSettings defaultLeverage(final int defaultLeverage)
    {
        this.defaultLeverage = defaultLeverage;
        return this;
    }

    public PositionMode defaultPositionMode()
    {
        return defaultPositionMode;
    }

    /**
     * @param mode position mode of a (bot, instrument) before any VenueSetup.
     * @return this.
     */
    public VenueSimulationSettings defaultPositionMode(final PositionMode mode)
    {
        this.defaultPositionMode = mode;
        return this;
    }

    public MarginMode defaultMarginMode()
    {
        return defaultMarginMode;
    }

    /**
     * @param mode margin mode of a (bot, instrument) before any VenueSetup.
     * @return this.
     */
    public VenueSimulationSettings defaultMarginMode(final MarginMode mode)
    {
        this.defaultMarginMode = mode;
        return this;
    }

    public String asset()
    {
        return asset;
    }

    /**
     * @param asset margin asset named in BalanceUpdate, e.g. USDT.
     * @return this.
     */
    public VenueSimulationSettings asset(final String asset)
    {
        this.asset = asset;
        return this;
    }

    public int orderPoolCapacity()
    {
        return orderPoolCapacity;
    }

    /**
     * @param capacity orders pre-allocated at construction; the pool grows beyond it (allocating) if ever needed.
     * @return this.
     */
    public VenueSimulationSettings orderPoolCapacity(final int capacity)
    {
        this.orderPoolCapacity = capacity;
        return this;
    }

    private static long toCentiBps(final double bps)
    {
        return Math.round(bps * CENTI_BPS_PER_BP);
    }

    private static void requireCentiBps(final String name, final double bps, final double min, final double max)
    {
        if (!(Double.isFinite(bps) && bps >= min && bps <= max))
        {
            throw new IllegalArgumentException(name + " must be in [" + min + ", " + max + "], was " + bps);
        }
        final double scaled = bps * CENTI_BPS_PER_BP;
        if (Math.abs(scaled - Math.rint(scaled)) > 1e-6)
        {
            throw new IllegalArgumentException(name + " must be a whole number of hundredths of a bp, was " + bps);
        }
    }

    private static boolean isAscii(final String text)
    {
        for (int i = 0; i < text.length(); i++)
        {
            if (text.charAt(i) > 127)
            {
                return false;
            }
        }
        return true;
    }
}
