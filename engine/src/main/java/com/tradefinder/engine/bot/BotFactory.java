package com.tradefinder.engine.bot;

import com.tradefinder.codecs.OrderType;
import com.tradefinder.codecs.PositionMode;
import com.tradefinder.codecs.Regime;
import com.tradefinder.config.BotConfig;
import com.tradefinder.config.BotConfigLoader;
import com.tradefinder.config.ConfigException;
import com.tradefinder.config.EntryType;
import com.tradefinder.config.ExecutionConfig;
import com.tradefinder.config.RiskConfig;
import com.tradefinder.config.StrategyConfig;
import com.tradefinder.config.StrategyType;
import com.tradefinder.config.WeightedParams;
import com.tradefinder.engine.execution.ExecutionSettings;
import com.tradefinder.engine.logic.OutboundEncoder;
import com.tradefinder.engine.marketdata.InstrumentSpec;
import com.tradefinder.engine.risk.RiskLimits;
import com.tradefinder.engine.strategy.Strategy;
import com.tradefinder.engine.strategy.StrategyFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds a {@link Bot} from the text of its config, exactly as journaled: the same text gives the same bot, so a
 * replay rebuilds it identically. Runs on the business-logic thread when the bot's ConfigChange event arrives;
 * allocates (once per bot), never per market event.
 */
public final class BotFactory
{
    /** A built bot and the bar timeframes it needs. */
    public record Built(Bot bot, int[] timeframesSec)
    {
    }

    private BotFactory()
    {
    }

    /**
     * @param botId      the bot's id.
     * @param configText the bot's config file, as journaled.
     * @param instruments instruments defined so far, by VENUE:SYMBOL and, where one venue alone has it, by SYMBOL.
     * @param out        where the bot's outputs go.
     * @return the bot.
     * @throws IllegalStateException if the text is not a valid config or names an undefined instrument (the edge
     *                               validated it before journaling, so this is a bug or a damaged journal).
     */
    public static Built build(final int botId, final String configText, final Map<String, InstrumentSpec> instruments,
        final OutboundEncoder out)
    {
        final BotConfig config;
        try
        {
            config = BotConfigLoader.parse(configText, "bot " + botId);
        }
        catch (final ConfigException ex)
        {
            throw new IllegalStateException("bot " + botId + " config does not validate: " + ex.getMessage());
        }
        final List<InstrumentSpec> specs = new ArrayList<>();
        final Map<Integer, Integer> leverage = new HashMap<>();
        final RiskLimits limits = riskLimits(config.risk());
        for (final String symbol : config.instruments().whitelist())
        {
            final InstrumentSpec spec = lookup(instruments, config, symbol);
            if (spec == null)
            {
                throw new IllegalStateException("bot " + config.name() + " whitelists " + symbol +
                    ", which no InstrumentDefinition event of " + config.venue() + " defined");
            }
            specs.add(spec);
            leverage.put(spec.instrumentId(), config.instruments().leverageOf(symbol));
            limits.whitelist(spec.instrumentId());
        }
        final List<BotPlan.StrategyPlan> strategies = new ArrayList<>();
        final TreeSet<Integer> timeframes = new TreeSet<>();
        timeframes.add(config.timeframes().baseSec());
        for (final StrategyConfig strategy : config.strategies())
        {
            final int strategyId = config.strategyIndex(strategy.id());
            if (strategy.riskPerTradePct() > 0)
            {
                limits.riskPerTradeBps(strategyId, bps(strategy.riskPerTradePct()));
            }
            limits.allocationCapBps(strategyId, bps(strategy.allocationCapPct()));
            if (isMember(config, strategy.id()))
            {
                continue;
            }
            timeframes.add(strategy.timeframeSec());
            final boolean[] routed = new boolean[Regime.values().length];
            boolean listed = false;
            for (final Regime regime : Regime.values())
            {
                if (regime == Regime.NULL_VAL)
                {
                    continue;
                }
                if (config.routing().strategiesFor(regime).contains(strategy.id()))
                {
                    routed[regime.value()] = true;
                    listed = true;
                }
            }
            final boolean regimeRouted = listed || strategy.type() != StrategyType.TRADINGVIEW;
            for (final String symbol : strategy.instruments())
            {
                final InstrumentSpec spec = lookup(instruments, config, symbol);
                strategies.add(new BotPlan.StrategyPlan(
                    create(config, strategy, strategyId, spec.instrumentId()), spec, routed, regimeRouted));
            }
        }
        limits.validate();
        final ExecutionConfig execution = config.execution();
        final long entryTimeoutNs = execution.entryTimeoutSeconds() > 0 ?
            execution.entryTimeoutSeconds() * 1_000_000_000L :
            Math.max(1, execution.entryTimeoutBars()) * (long)config.timeframes().baseSec() * 1_000_000_000L;
        final ExecutionSettings settings = new ExecutionSettings()
            .entryType(execution.entry() == EntryType.MARKET ? OrderType.MARKET : OrderType.LIMIT)
            .entryTimeoutNs(entryTimeoutNs)
            .maxReprices(execution.maxReprices())
            .abandonAfterBps(bps(execution.abandonAfterPct()))
            .hedgeMode(config.instruments().positionMode() == PositionMode.HEDGE)
            .takeProfitEnabled(true)
            .validate();
        final BotPlan plan = new BotPlan(amount(config.risk().initialEquity()), limits, settings,
            execution.entry() == EntryType.MARKET, execution.entryOffsetTicks(), config.timeframes().baseSec(),
            (int)Math.round(config.routing().uncertainExposurePct()), specs, leverage, strategies,
            config.instruments().positionMode(), config.instruments().marginMode(), config.risk().quoteAsset());
        final int[] frames = timeframes.stream().mapToInt(Integer::intValue).toArray();
        return new Built(new Bot(botId, plan, out), frames);
    }

    /** The bot's venue first (VENUE:SYMBOL); a plain symbol only when a single venue defines it. */
    private static InstrumentSpec lookup(final Map<String, InstrumentSpec> instruments, final BotConfig config,
        final String symbol)
    {
        final InstrumentSpec own = instruments.get(config.venue().name() + ":" + symbol);
        return own != null ? own : instruments.get(symbol);
    }

    private static boolean isMember(final BotConfig config, final String id)
    {
        for (final StrategyConfig strategy : config.strategies())
        {
            if (strategy.params() instanceof WeightedParams && ((WeightedParams)strategy.params()).members().contains(id))
            {
                return true;
            }
        }
        return false;
    }

    private static Strategy create(final BotConfig config, final StrategyConfig strategy, final int strategyId,
        final int instrumentId)
    {
        if (strategy.params() instanceof WeightedParams)
        {
            final WeightedParams weighted = (WeightedParams)strategy.params();
            final List<Strategy> members = new ArrayList<>();
            final double[] weights = new double[weighted.members().size()];
            for (int i = 0; i < weights.length; i++)
            {
                final StrategyConfig member = config.strategy(weighted.members().get(i));
                members.add(create(config, member, config.strategyIndex(member.id()), instrumentId));
                weights[i] = weighted.weights().get(i);
            }
            return StrategyFactory.weighted(strategyId, instrumentId, strategy.timeframeSec(), members, weights,
                weighted.threshold());
        }
        final Map<String, String> text = new LinkedHashMap<>();
        strategy.params().parameters(text);
        final Map<String, Object> params = new LinkedHashMap<>();
        for (final Map.Entry<String, String> entry : text.entrySet())
        {
            params.put(entry.getKey(), typed(entry.getValue()));
        }
        return StrategyFactory.create(strategy.type().name().toLowerCase(Locale.ROOT), strategyId, instrumentId,
            strategy.timeframeSec(), params);
    }

    private static Object typed(final String value)
    {
        if ("true".equals(value) || "false".equals(value))
        {
            return Boolean.valueOf(value);
        }
        try
        {
            return Long.valueOf(value);
        }
        catch (final NumberFormatException notInteger)
        {
            try
            {
                return Double.valueOf(value);
            }
            catch (final NumberFormatException notNumber)
            {
                return value;
            }
        }
    }

    private static RiskLimits riskLimits(final RiskConfig risk)
    {
        return new RiskLimits()
            .riskPerTradeBps(bps(risk.riskPerTradePct()))
            .maxTotalExposureBps(bps(risk.maxTotalExposurePct()))
            .maxLeverage(risk.maxLeverage())
            .maxPortfolioHeatBps(bps(risk.maxPortfolioHeatPct()))
            .dailyLossLimitBps(bps(risk.dailyLossLimitPct()))
            .maxDrawdownBps(bps(risk.maxDrawdownPct()))
            .maxOrdersPerMinute(risk.maxOrdersPerMinute())
            .priceBandBps(bps(risk.priceBandPct()));
    }

    private static int bps(final double percent)
    {
        return BigDecimal.valueOf(percent).movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    /**
     * @param units a quote amount in whole units, as configured.
     * @return its mantissa at exponent -8, exact for configured decimals.
     */
    public static long amount(final double units)
    {
        return BigDecimal.valueOf(units).movePointRight(8).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }
}
