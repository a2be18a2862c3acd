package com.tradefinder.engine.bot;

import com.tradefinder.codecs.AdminAction;
import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.ExitReason;
import com.tradefinder.codecs.FillDecoder;
import com.tradefinder.codecs.FundingPaymentDecoder;
import com.tradefinder.codecs.OrderAcceptedDecoder;
import com.tradefinder.codecs.OrderCanceledDecoder;
import com.tradefinder.codecs.OrderExpiredDecoder;
import com.tradefinder.codecs.OrderRejectedDecoder;
import com.tradefinder.codecs.OrderRole;
import com.tradefinder.codecs.OrderState;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.Regime;
import com.tradefinder.codecs.RejectReason;
import com.tradefinder.codecs.Side;
import com.tradefinder.codecs.WebhookSignalDecoder;
import com.tradefinder.engine.execution.ExecutionListener;
import com.tradefinder.engine.execution.ExecutionSettings;
import com.tradefinder.engine.execution.Order;
import com.tradefinder.engine.execution.OrderCommands;
import com.tradefinder.engine.execution.OrderManager;
import com.tradefinder.engine.logic.OutboundEncoder;
import com.tradefinder.engine.marketdata.InstrumentSpec;
import com.tradefinder.engine.portfolio.Portfolio;
import com.tradefinder.engine.risk.RiskDecision;
import com.tradefinder.engine.risk.RiskEngine;
import com.tradefinder.engine.risk.RiskLimits;
import com.tradefinder.engine.strategy.BarClose;
import com.tradefinder.engine.util.Hashing;
import com.tradefinder.numeric.FixedMath;

/**
 * One bot: its strategies, routed by regime, acting through one risk engine, one order manager and one portfolio.
 * <p>
 * The chain for every decision: strategy → {@link StrategySlot} → risk engine (journaled RiskDecision) → order
 * manager (journaled NewOrder / CancelOrder / OrderUpdate) → venue; fills come back as events and update the
 * portfolio, the protective orders and the strategy; closed round trips become TradeClosed outputs and the account
 * an EquitySnapshot at every close of the bot's base timeframe.
 * <p>
 * Business-logic thread only; deterministic; allocation-free per event after construction. Bots share market data
 * but no state.
 */
public final class Bot implements ExecutionListener, OrderCommands
{
    /** {@code AdminCommand} argument of {@code PAUSE}: also cancel every resting entry (an orderly shutdown). */
    public static final long PAUSE_CANCEL_ENTRIES = 1;

    private final int botId;
    private final OutboundEncoder out;
    private final Portfolio portfolio;
    private final RiskEngine risk;
    private final OrderManager orders;
    private final StrategySlot[] slots;
    private final OpenTrade[] trades;
    private final long[] markByInstrument;
    private final boolean[] tradesInstrument;
    private final boolean marketEntries;
    private final int entryOffsetTicks;
    private final int baseTimeframeSec;
    private final int uncertainExposurePct;
    private final BarClose bar = new BarClose();
    private final BotPlan plan;
    private long lastSnapshotNs = Long.MIN_VALUE;
    private long timeNs;

    /**
     * @param botId                bot id (its position among the engine's bots).
     * @param plan                 what the bot trades and how, built from its config.
     * @param out                  where outputs go.
     */
    public Bot(final int botId, final BotPlan plan, final OutboundEncoder out)
    {
        this.botId = botId;
        this.out = out;
        this.plan = plan;
        this.portfolio = new Portfolio(plan.initialEquityMantissa(), plan.maxStrategies());
        this.risk = new RiskEngine(plan.riskLimits());
        this.orders = new OrderManager(botId, plan.executionSettings(), this, this, plan.maxOrders());
        this.marketEntries = plan.marketEntries();
        this.entryOffsetTicks = plan.entryOffsetTicks();
        this.baseTimeframeSec = plan.baseTimeframeSec();
        this.uncertainExposurePct = plan.uncertainExposurePct();
        this.markByInstrument = new long[plan.maxInstrumentId() + 1];
        this.tradesInstrument = new boolean[plan.maxInstrumentId() + 1];
        for (final InstrumentSpec spec : plan.instruments())
        {
            portfolio.define(spec, plan.leverage(spec.instrumentId()));
            tradesInstrument[spec.instrumentId()] = true;
        }
        this.slots = new StrategySlot[plan.strategies().size()];
        for (int i = 0; i < slots.length; i++)
        {
            final BotPlan.StrategyPlan strategy = plan.strategies().get(i);
            slots[i] = new StrategySlot(this, strategy.strategy(), strategy.spec(), strategy.routedRegimes(),
                strategy.regimeRouted());
        }
        this.trades = new OpenTrade[slots.length * 2];
        for (int i = 0; i < trades.length; i++)
        {
            trades[i] = new OpenTrade();
        }
    }

    /**
     * Sets up the venue for every instrument the bot trades: position mode, margin mode and leverage.
     *
     * @param timeNs time of the config event that started the bot.
     */
    public void start(final long timeNs)
    {
        for (final InstrumentSpec spec : plan.instruments())
        {
            out.send(out.venueSetup()
                .botId(botId)
                .instrumentId(spec.instrumentId())
                .positionMode(plan.positionMode())
                .marginMode(plan.marginMode())
                .leverage(plan.leverage(spec.instrumentId()))
                .timeNs(timeNs));
        }
    }

    /**
     * @return this bot's id.
     */
    public int botId()
    {
        return botId;
    }

    /**
     * @param instrumentId an instrument id.
     * @return whether this bot trades it (bots see every instrument's market data, and ignore the others').
     */
    boolean trades(final int instrumentId)
    {
        return instrumentId >= 0 && instrumentId < tradesInstrument.length && tradesInstrument[instrumentId];
    }

    Portfolio portfolio()
    {
        return portfolio;
    }

    OrderManager orders()
    {
        return orders;
    }

    boolean entriesAllowed()
    {
        return !risk.entriesBlocked();
    }

    /**
     * A bar closed. Strategies on that instrument and timeframe act; the account is snapshot at base-timeframe closes.
     */
    public void onBarClosed(final int instrumentId, final int timeframeSec, final long openTimeNs,
        final int priceExponent, final int sizeExponent, final long open, final long high, final long low,
        final long close, final long volume, final Regime regime)
    {
        if (!trades(instrumentId))
        {
            return;
        }
        final long closeTimeNs = openTimeNs + timeframeSec * 1_000_000_000L;
        timeNs = closeTimeNs;
        bar.set(instrumentId, timeframeSec, openTimeNs, priceExponent, sizeExponent, open, high, low, close, volume,
            regime);
        if (markByInstrument[instrumentId] == 0)
        {
            portfolio.mark(instrumentId, close);
        }
        orders.onMarketPrice(instrumentId, close, closeTimeNs);
        for (int i = 0; i < slots.length; i++)
        {
            final StrategySlot slot = slots[i];
            if (slot.spec().instrumentId() != instrumentId || slot.strategy().timeframeSec() != timeframeSec)
            {
                continue;
            }
            final Regime previous = slot.regime();
            slot.bind(regime, close, closeTimeNs);
            if (regime == Regime.UNCERTAIN && previous != Regime.UNCERTAIN)
            {
                reduceForUncertainty(slot, closeTimeNs);
            }
            slot.strategy().onBar(bar, slot);
        }
        if (timeframeSec == baseTimeframeSec && closeTimeNs > lastSnapshotNs)
        {
            lastSnapshotNs = closeTimeNs;
            snapshot(closeTimeNs);
        }
    }

    private void reduceForUncertainty(final StrategySlot slot, final long timeNs)
    {
        if (uncertainExposurePct >= 100)
        {
            return;
        }
        slot.cancelEntries();
        for (final PositionSide side : HEDGE_SIDES)
        {
            final long size = portfolio.positionSize(slot.strategy().strategyId(), slot.spec().instrumentId(), side);
            if (size <= 0)
            {
                continue;
            }
            final long keep = uncertainExposurePct <= 0 ? 0 :
                FixedMath.floorToStep(FixedMath.multiplyDivideFloor(size, uncertainExposurePct, 100),
                    Math.max(1, slot.spec().stepSizeMantissa()));
            final long cut = size - keep;
            if (cut > 0)
            {
                exit(slot, side, keep == 0 ? 0 : cut, ExitReason.STRATEGY_EXIT, timeNs);
            }
        }
    }

    private static final PositionSide[] HEDGE_SIDES = { PositionSide.LONG, PositionSide.SHORT };

    private void snapshot(final long timeNs)
    {
        final long equity = portfolio.equity();
        risk.onEquity(equity, timeNs);
        out.send(out.equitySnapshot()
            .botId(botId)
            .timeNs(timeNs)
            .equityMantissa(equity)
            .balanceMantissa(portfolio.balance())
            .unrealizedPnlMantissa(portfolio.unrealizedPnl())
            .grossExposureMantissa(portfolio.grossExposure())
            .openRiskMantissa(portfolio.openRisk())
            .feesPaidMantissa(portfolio.feesPaid())
            .fundingMantissa(portfolio.fundingTotal())
            .openPositions(portfolio.openPositions()));
    }

    /**
     * A public trade of an instrument: marks it and lets its strategies see it.
     */
    public void onTrade(final int instrumentId, final long timeNs, final long priceMantissa, final long sizeMantissa)
    {
        if (!trades(instrumentId))
        {
            return;
        }
        this.timeNs = timeNs;
        if (instrumentId < markByInstrument.length && markByInstrument[instrumentId] == 0)
        {
            portfolio.mark(instrumentId, priceMantissa);
        }
        orders.onMarketPrice(instrumentId, priceMantissa, timeNs);
        for (final StrategySlot slot : slots)
        {
            if (slot.spec().instrumentId() == instrumentId)
            {
                slot.time(timeNs);
                slot.strategy().onTrade(timeNs, priceMantissa, sizeMantissa, slot);
            }
        }
    }

    /**
     * The venue's mark price of an instrument: unrealized P&amp;L and the price band use it from now on.
     */
    public void onMarkPrice(final int instrumentId, final long markPriceMantissa, final long timeNs)
    {
        if (!trades(instrumentId))
        {
            return;
        }
        this.timeNs = timeNs;
        markByInstrument[instrumentId] = markPriceMantissa;
        portfolio.mark(instrumentId, markPriceMantissa);
    }

    /**
     * An external signal addressed to this bot.
     */
    public void onSignal(final WebhookSignalDecoder signal)
    {
        timeNs = signal.receiveTimeNs();
        for (final StrategySlot slot : slots)
        {
            if (slot.spec().instrumentId() == signal.instrumentId())
            {
                slot.time(timeNs);
                slot.strategy().onSignal(signal, slot);
            }
        }
    }

    /**
     * An operator command for this bot (or for every bot). {@code PAUSE} with {@link #PAUSE_CANCEL_ENTRIES} also
     * cancels the resting entries (protective stops stay): the orderly-shutdown request.
     */
    public void onAdmin(final AdminAction action, final long argument, final long timeNs)
    {
        this.timeNs = timeNs;
        switch (action)
        {
            case PAUSE:
                risk.pause(true);
                if (argument == PAUSE_CANCEL_ENTRIES)
                {
                    orders.cancelAllEntries(timeNs);
                }
                break;
            case RESUME:
                risk.pause(false);
                break;
            case FLATTEN:
                flatten(ExitReason.FLATTEN, timeNs);
                break;
            case KILL_SWITCH:
                risk.killSwitch(true);
                orders.cancelAll(timeNs);
                if (argument != 0)
                {
                    flatten(ExitReason.KILL_SWITCH, timeNs);
                }
                break;
            case KILL_SWITCH_RELEASE:
                risk.killSwitch(false);
                break;
            default:
                break;
        }
    }

    private void flatten(final ExitReason reason, final long timeNs)
    {
        orders.cancelAll(timeNs);
        for (final StrategySlot slot : slots)
        {
            for (final PositionSide side : HEDGE_SIDES)
            {
                if (portfolio.positionSize(slot.strategy().strategyId(), slot.spec().instrumentId(), side) > 0)
                {
                    exit(slot, side, 0, reason, timeNs);
                }
            }
        }
    }

    void enter(final StrategySlot slot, final PositionSide side, final long limitPriceMantissa,
        final long stopPriceMantissa, final long takeProfitMantissa, final int tag, final int riskBps,
        final boolean resting, final long timeNs)
    {
        final InstrumentSpec spec = slot.spec();
        final int instrumentId = spec.instrumentId();
        final int strategyId = slot.strategy().strategyId();
        final long reference = limitPriceMantissa > 0 ? limitPriceMantissa : slot.lastCloseMantissa();
        final long mark = instrumentId < markByInstrument.length && markByInstrument[instrumentId] > 0 ?
            markByInstrument[instrumentId] : slot.lastCloseMantissa();
        final long limit = resting && limitPriceMantissa > 0 ? limitPriceMantissa :
            marketEntries ? 0 : offsetLimit(spec, side, reference);
        final long entryPrice = limit == 0 ? reference : limit;
        final RiskDecision decision = risk.evaluate(strategyId, spec, side, entryPrice, stopPriceMantissa, riskBps,
            mark, portfolio, timeNs);
        out.send(out.riskDecision()
            .botId(botId)
            .strategyId(strategyId)
            .instrumentId(instrumentId)
            .side(side == PositionSide.SHORT ? Side.SELL : Side.BUY)
            .positionSide(side)
            .accepted(decision.accepted() ? BooleanType.TRUE : BooleanType.FALSE)
            .reason(decision.accepted() ? RejectReason.NONE : decision.reason())
            .entryPriceMantissa(entryPrice)
            .stopPriceMantissa(stopPriceMantissa)
            .takeProfitPriceMantissa(takeProfitMantissa)
            .sizeMantissa(decision.accepted() ? decision.sizeMantissa() : 0)
            .riskAmountMantissa(decision.riskAmountMantissa())
            .equityMantissa(decision.equityMantissa())
            .regime(slot.regime())
            .timeNs(timeNs));
        if (!decision.accepted())
        {
            return;
        }
        final OpenTrade trade = trade(slot, side);
        if (!trade.open && trade.enteredSizeMantissa == 0)
        {
            trade.intendedEntryPriceMantissa = reference;
            trade.riskAmountMantissa = decision.riskAmountMantissa();
            trade.entryRegime = slot.regime();
        }
        else
        {
            trade.riskAmountMantissa += decision.riskAmountMantissa();
        }
        orders.submitEntry(strategyId, spec, side, limit, stopPriceMantissa, takeProfitMantissa,
            decision.sizeMantissa(), reference, tag, resting, timeNs);
        risk.onOrderSent(timeNs);
    }

    private long offsetLimit(final InstrumentSpec spec, final PositionSide side, final long reference)
    {
        final long tick = Math.max(1, spec.tickSizeMantissa());
        final long offset = entryOffsetTicks * tick;
        // a buy bids below the reference and a sell offers above it; snapped onto the grid away from the market
        return side == PositionSide.SHORT ?
            FixedMath.ceilToStep(reference + offset, tick) : FixedMath.floorToStep(reference - offset, tick);
    }

    void exit(final StrategySlot slot, final PositionSide side, final long sizeMantissa, final ExitReason reason,
        final long timeNs)
    {
        final int strategyId = slot.strategy().strategyId();
        final long held = portfolio.positionSize(strategyId, slot.spec().instrumentId(), side);
        if (held <= 0)
        {
            return;
        }
        final long size = sizeMantissa <= 0 || sizeMantissa > held ? held : sizeMantissa;
        trade(slot, side).exitReason = reason;
        orders.exit(strategyId, slot.spec(), side, size, reason, timeNs);
        risk.onOrderSent(timeNs);
    }

    void moveStop(final StrategySlot slot, final PositionSide side, final long stopPriceMantissa, final long timeNs)
    {
        final int strategyId = slot.strategy().strategyId();
        final int instrumentId = slot.spec().instrumentId();
        if (portfolio.positionSize(strategyId, instrumentId, side) <= 0 ||
            orders.stopPrice(strategyId, instrumentId, side) == stopPriceMantissa)
        {
            return;
        }
        orders.moveStop(strategyId, instrumentId, side, stopPriceMantissa, timeNs);
        portfolio.stop(strategyId, instrumentId, side, stopPriceMantissa);
    }

    private OpenTrade trade(final StrategySlot slot, final PositionSide side)
    {
        for (int i = 0; i < slots.length; i++)
        {
            if (slots[i] == slot)
            {
                return trades[i * 2 + (side == PositionSide.SHORT ? 1 : 0)];
            }
        }
        throw new IllegalStateException("strategy slot not in bot " + botId);
    }

    private int slotIndex(final int strategyId, final int instrumentId)
    {
        for (int i = 0; i < slots.length; i++)
        {
            if (slots[i].strategy().strategyId() == strategyId && slots[i].spec().instrumentId() == instrumentId)
            {
                return i;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- execution events from the venue

    public void onAccepted(final OrderAcceptedDecoder accepted)
    {
        orders.onAccepted(accepted);
    }

    public void onRejected(final OrderRejectedDecoder rejected)
    {
        orders.onRejected(rejected);
    }

    public void onCanceled(final OrderCanceledDecoder canceled)
    {
        orders.onCanceled(canceled);
    }

    public void onExpired(final OrderExpiredDecoder expired)
    {
        orders.onExpired(expired);
    }

    public void onFill(final FillDecoder fill)
    {
        timeNs = fill.exchangeTimeNs();
        orders.onFill(fill);
    }

    public void onFunding(final FundingPaymentDecoder funding)
    {
        timeNs = funding.exchangeTimeNs();
        portfolio.onFunding(funding.instrumentId(), funding.positionSide(), funding.amountMantissa(), timeNs);
    }

    // ---------------------------------------------------------------- ExecutionListener

    @Override
    public void onEntryFill(final int strategyId, final int instrumentId, final PositionSide side,
        final long priceMantissa, final long sizeMantissa, final long feeMantissa, final int tag, final long timeNs)
    {
        final int index = slotIndex(strategyId, instrumentId);
        if (index < 0)
        {
            throw new IllegalStateException("fill for unknown strategy " + strategyId + " on instrument " +
                instrumentId + " in bot " + botId);
        }
        final StrategySlot slot = slots[index];
        final OpenTrade trade = trades[index * 2 + (side == PositionSide.SHORT ? 1 : 0)];
        if (!trade.open)
        {
            trade.open = true;
            trade.entryTimeNs = timeNs;
            trade.fundingBaseMantissa = portfolio.positionFunding(strategyId, instrumentId, side);
        }
        portfolio.onFill(strategyId, instrumentId, side, true, priceMantissa, sizeMantissa, feeMantissa, timeNs);
        portfolio.stop(strategyId, instrumentId, side, orders.stopPrice(strategyId, instrumentId, side));
        trade.enteredSizeMantissa += sizeMantissa;
        trade.entryNotionalMantissa += slot.spec().notional(priceMantissa, sizeMantissa);
        trade.feesMantissa += feeMantissa;
        slot.time(timeNs);
        slot.strategy().onFill(OrderRole.ENTRY, side, priceMantissa, sizeMantissa, tag, timeNs, slot);
    }

    @Override
    public void onExitFill(final int strategyId, final int instrumentId, final PositionSide side,
        final OrderRole role, final ExitReason reason, final long priceMantissa, final long sizeMantissa,
        final long feeMantissa, final long timeNs)
    {
        final int index = slotIndex(strategyId, instrumentId);
        if (index < 0)
        {
            throw new IllegalStateException("exit fill for unknown strategy " + strategyId + " on instrument " +
                instrumentId + " in bot " + botId);
        }
        final StrategySlot slot = slots[index];
        final OpenTrade trade = trades[index * 2 + (side == PositionSide.SHORT ? 1 : 0)];
        final long fundingBefore = portfolio.positionFunding(strategyId, instrumentId, side);
        portfolio.onFill(strategyId, instrumentId, side, false, priceMantissa, sizeMantissa, feeMantissa, timeNs);
        trade.realizedPnlMantissa += portfolio.lastRealizedPnl();
        trade.exitedSizeMantissa += sizeMantissa;
        trade.exitNotionalMantissa += slot.spec().notional(priceMantissa, sizeMantissa);
        trade.feesMantissa += feeMantissa;
        if (reason != ExitReason.NONE)
        {
            trade.exitReason = reason;
        }
        else if (trade.exitReason == ExitReason.NONE)
        {
            trade.exitReason = role == OrderRole.STOP_LOSS ? ExitReason.STOP_LOSS :
                role == OrderRole.TAKE_PROFIT ? ExitReason.TAKE_PROFIT : ExitReason.STRATEGY_EXIT;
        }
        slot.time(timeNs);
        slot.strategy().onFill(role, side, priceMantissa, sizeMantissa, 0, timeNs, slot);
        if (portfolio.positionSize(strategyId, instrumentId, side) == 0 && trade.open)
        {
            closeTrade(slot, side, trade, fundingBefore, timeNs);
        }
    }

    private void closeTrade(final StrategySlot slot, final PositionSide side, final OpenTrade trade,
        final long fundingAtClose, final long timeNs)
    {
        final InstrumentSpec spec = slot.spec();
        final long divisor = spec.notionalDivisor();
        final long entryPrice = trade.enteredSizeMantissa == 0 ? 0 :
            FixedMath.multiplyDivideRound(trade.entryNotionalMantissa, divisor, trade.enteredSizeMantissa);
        final long exitPrice = trade.exitedSizeMantissa == 0 ? 0 :
            FixedMath.multiplyDivideRound(trade.exitNotionalMantissa, divisor, trade.exitedSizeMantissa);
        out.send(out.tradeClosed()
            .botId(botId)
            .strategyId(slot.strategy().strategyId())
            .instrumentId(spec.instrumentId())
            .positionSide(side)
            .entryTimeNs(trade.entryTimeNs)
            .exitTimeNs(timeNs)
            .entryPriceMantissa(entryPrice)
            .exitPriceMantissa(exitPrice)
            .intendedEntryPriceMantissa(trade.intendedEntryPriceMantissa)
            .sizeMantissa(trade.enteredSizeMantissa)
            .realizedPnlMantissa(trade.realizedPnlMantissa)
            .feesMantissa(trade.feesMantissa)
            .fundingMantissa(fundingAtClose - trade.fundingBaseMantissa)
            .riskAmountMantissa(trade.riskAmountMantissa)
            .entryRegime(trade.entryRegime)
            .exitReason(trade.exitReason == ExitReason.NONE ? ExitReason.STRATEGY_EXIT : trade.exitReason));
        trade.reset();
    }

    @Override
    public void onEntryEnded(final int strategyId, final int instrumentId, final PositionSide side,
        final long filledSizeMantissa, final RejectReason reason, final long timeNs)
    {
        final int index = slotIndex(strategyId, instrumentId);
        if (index >= 0 && filledSizeMantissa == 0)
        {
            final OpenTrade trade = trades[index * 2 + (side == PositionSide.SHORT ? 1 : 0)];
            if (!trade.open)
            {
                trade.reset();
            }
        }
    }

    // ---------------------------------------------------------------- OrderCommands

    @Override
    public void newOrder(final Order order, final long timeNs)
    {
        out.send(out.newOrder()
            .botId(botId)
            .strategyId(order.strategyId())
            .clientOrderId(order.clientOrderId())
            .instrumentId(order.instrumentId())
            .side(order.side())
            .positionSide(order.positionSide())
            .orderType(order.type())
            .timeInForce(order.timeInForce())
            .priceMantissa(order.priceMantissa())
            .stopPriceMantissa(order.stopPriceMantissa())
            .sizeMantissa(order.sizeMantissa())
            .reduceOnly(order.reduceOnly() ? BooleanType.TRUE : BooleanType.FALSE)
            .closePosition(BooleanType.FALSE)
            .timeNs(timeNs));
    }

    @Override
    public void cancelOrder(final Order order, final long timeNs)
    {
        out.send(out.cancelOrder()
            .botId(botId)
            .clientOrderId(order.clientOrderId())
            .instrumentId(order.instrumentId())
            .timeNs(timeNs));
    }

    @Override
    public void orderUpdate(final Order order, final OrderState from, final OrderState to, final RejectReason reason,
        final long timeNs)
    {
        out.send(out.orderUpdate()
            .botId(botId)
            .strategyId(order.strategyId())
            .clientOrderId(order.clientOrderId())
            .instrumentId(order.instrumentId())
            .role(order.role())
            .fromState(from)
            .toState(to)
            .filledSizeMantissa(order.filledSizeMantissa())
            .averagePriceMantissa(order.averagePriceMantissa())
            .reason(reason)
            .timeNs(timeNs));
    }

    /**
     * @param hash running hash.
     * @return the hash with all of this bot's state folded in.
     */
    public long stateHash(final long hash)
    {
        long h = Hashing.mix(hash, botId);
        h = Hashing.mix(h, lastSnapshotNs);
        h = portfolio.stateHash(h);
        h = risk.stateHash(h);
        h = orders.stateHash(h);
        for (final long mark : markByInstrument)
        {
            h = Hashing.mix(h, mark);
        }
        for (final StrategySlot slot : slots)
        {
            h = slot.stateHash(h);
        }
        for (final OpenTrade trade : trades)
        {
            h = trade.stateHash(h);
        }
        return h;
    }
}
