package com.tradefinder.engine.bot;

import com.tradefinder.codecs.ExitReason;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.Regime;
import com.tradefinder.engine.marketdata.InstrumentSpec;
import com.tradefinder.engine.strategy.Strategy;
import com.tradefinder.engine.strategy.StrategyContext;
import com.tradefinder.engine.util.Hashing;

/**
 * One strategy instance inside a bot, with the regimes it is routed to and the context it acts through.
 * <p>
 * Business-logic thread only. The context's answers come from the bot's portfolio and order manager; its requests
 * go through the bot's risk engine.
 */
final class StrategySlot implements StrategyContext
{
    private final Bot bot;
    private final Strategy strategy;
    private final InstrumentSpec spec;
    private final boolean[] routedRegimes;
    private final boolean regimeRouted;
    private Regime regime = Regime.UNCERTAIN;
    private long lastCloseMantissa;
    private long timeNs;

    StrategySlot(final Bot bot, final Strategy strategy, final InstrumentSpec spec, final boolean[] routedRegimes,
        final boolean regimeRouted)
    {
        this.bot = bot;
        this.strategy = strategy;
        this.spec = spec;
        this.routedRegimes = routedRegimes;
        this.regimeRouted = regimeRouted;
    }

    Strategy strategy()
    {
        return strategy;
    }

    InstrumentSpec spec()
    {
        return spec;
    }

    Regime regime()
    {
        return regime;
    }

    long lastCloseMantissa()
    {
        return lastCloseMantissa;
    }

    /**
     * Called before every callback into the strategy.
     */
    void bind(final Regime regime, final long lastCloseMantissa, final long timeNs)
    {
        this.regime = regime;
        if (lastCloseMantissa > 0)
        {
            this.lastCloseMantissa = lastCloseMantissa;
        }
        this.timeNs = timeNs;
    }

    void time(final long timeNs)
    {
        this.timeNs = timeNs;
    }

    /**
     * @param regime a regime.
     * @return whether the routing table lets this strategy open positions in it.
     */
    boolean routedTo(final Regime regime)
    {
        return !regimeRouted || routedRegimes[regime.value()];
    }

    @Override
    public boolean mayOpen()
    {
        return routedTo(regime) && bot.entriesAllowed();
    }

    @Override
    public boolean routed()
    {
        return routedTo(regime);
    }

    @Override
    public long positionSize(final PositionSide side)
    {
        return bot.portfolio().positionSize(strategy.strategyId(), spec.instrumentId(), side);
    }

    @Override
    public long averageEntryPrice(final PositionSide side)
    {
        return bot.portfolio().averageEntry(strategy.strategyId(), spec.instrumentId(), side);
    }

    @Override
    public long stopPrice(final PositionSide side)
    {
        return bot.orders().stopPrice(strategy.strategyId(), spec.instrumentId(), side);
    }

    @Override
    public int workingEntries()
    {
        return bot.orders().workingEntries(strategy.strategyId(), spec.instrumentId());
    }

    @Override
    public void enter(final PositionSide side, final long limitPriceMantissa, final long stopPriceMantissa,
        final long takeProfitMantissa, final int tag)
    {
        bot.enter(this, side, limitPriceMantissa, stopPriceMantissa, takeProfitMantissa, tag, 0, false, timeNs);
    }

    @Override
    public void enterResting(final PositionSide side, final long limitPriceMantissa, final long stopPriceMantissa,
        final long takeProfitMantissa, final int tag)
    {
        bot.enter(this, side, limitPriceMantissa, stopPriceMantissa, takeProfitMantissa, tag, 0, true, timeNs);
    }

    /**
     * An entry with an explicit risk budget (a signal may ask for less risk than the bot's default).
     */
    void enterWithRisk(final PositionSide side, final long limitPriceMantissa, final long stopPriceMantissa,
        final long takeProfitMantissa, final int riskBps)
    {
        bot.enter(this, side, limitPriceMantissa, stopPriceMantissa, takeProfitMantissa, 0, riskBps, false, timeNs);
    }

    @Override
    public void exit(final PositionSide side, final ExitReason reason)
    {
        bot.exit(this, side, 0, reason, timeNs);
    }

    @Override
    public void moveStop(final PositionSide side, final long stopPriceMantissa)
    {
        bot.moveStop(this, side, stopPriceMantissa, timeNs);
    }

    @Override
    public void cancelEntries()
    {
        bot.orders().cancelEntries(strategy.strategyId(), spec.instrumentId(), timeNs);
    }

    @Override
    public int priceExponent()
    {
        return spec.priceExponent();
    }

    @Override
    public long tickSizeMantissa()
    {
        return spec.tickSizeMantissa();
    }

    long stateHash(final long hash)
    {
        long h = Hashing.mix(hash, regime.value());
        h = Hashing.mix(h, lastCloseMantissa);
        return strategy.stateHash(h);
    }
}
