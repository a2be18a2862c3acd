package com.tradefinder.engine.bot;

import com.tradefinder.codecs.MarginMode;
import com.tradefinder.codecs.PositionMode;
import com.tradefinder.engine.execution.ExecutionSettings;
import com.tradefinder.engine.marketdata.InstrumentSpec;
import com.tradefinder.engine.risk.RiskLimits;
import com.tradefinder.engine.strategy.Strategy;

import java.util.List;
import java.util.Map;

/**
 * Everything a {@link Bot} is built from, already resolved from its config: instruments with their specs and
 * leverage, strategy instances with the regimes they are routed to, risk limits and execution settings.
 * Built once when the bot's config event arrives; immutable afterwards.
 *
 * @param initialEquityMantissa starting equity, quote amount at exponent -8.
 * @param riskLimits            the risk engine's limits.
 * @param executionSettings     the order manager's settings.
 * @param marketEntries         enter at market instead of with limit orders.
 * @param entryOffsetTicks      ticks between the reference price and a limit entry.
 * @param baseTimeframeSec      timeframe whose closes snapshot the account.
 * @param uncertainExposurePct  share of a position kept when its regime turns uncertain.
 * @param instruments           the whitelisted instruments' specs.
 * @param leverageByInstrument  leverage per instrument id.
 * @param strategies            strategy instances in config order.
 * @param positionMode          hedge or one-way, set on the venue at start.
 * @param marginMode            isolated or crossed, set on the venue at start.
 * @param quoteAsset            the asset equity is counted in (e.g. USDT): a venue balance of it may set the
 *                              starting equity.
 */
public record BotPlan(
    long initialEquityMantissa,
    RiskLimits riskLimits,
    ExecutionSettings executionSettings,
    boolean marketEntries,
    int entryOffsetTicks,
    int baseTimeframeSec,
    int uncertainExposurePct,
    List<InstrumentSpec> instruments,
    Map<Integer, Integer> leverageByInstrument,
    List<StrategyPlan> strategies,
    PositionMode positionMode,
    MarginMode marginMode,
    String quoteAsset)
{
    /**
     * One strategy instance and its routing.
     *
     * @param strategy      the instance.
     * @param spec          its instrument.
     * @param routedRegimes indexed by Regime code: true where it may open positions.
     * @param regimeRouted  false for strategies outside the routing table (signal-driven): always allowed.
     */
    public record StrategyPlan(Strategy strategy, InstrumentSpec spec, boolean[] routedRegimes, boolean regimeRouted)
    {
    }

    int maxStrategies()
    {
        int max = 0;
        for (final StrategyPlan plan : strategies)
        {
            max = Math.max(max, plan.strategy().strategyId() + 1);
        }
        return Math.max(1, max);
    }

    int maxInstrumentId()
    {
        int max = 0;
        for (final InstrumentSpec spec : instruments)
        {
            max = Math.max(max, spec.instrumentId());
        }
        return max;
    }

    int leverage(final int instrumentId)
    {
        return leverageByInstrument.getOrDefault(instrumentId, 1);
    }

    int maxOrders()
    {
        return Math.max(64, strategies.size() * 32);
    }
}
