package com.tradefinder.engine.risk;

import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.RejectReason;
import com.tradefinder.engine.marketdata.InstrumentSpec;
import com.tradefinder.engine.portfolio.Portfolio;
import com.tradefinder.engine.util.Hashing;
import com.tradefinder.numeric.FixedMath;

/**
 * One bot's risk engine and allocator: sizes every entry from its stop and accepts it, clips it, or rejects it with
 * a reason code.
 * <p>
 * <b>Sizing.</b> risk budget = {@code floor(equity × riskBps / 10,000)}; size =
 * {@code floor(budget × D / |entry − stop|)} rounded down to the step size, with
 * {@code D = 10^-(priceExponent + sizeExponent + 8)} (so {@code price × size / D} is a quote amount at -8).
 * <p>
 * <b>Checks</b>, in this order; the first that fails is the reason:
 * <ol>
 *   <li>{@code KILL_SWITCH} when the kill switch is engaged; {@code BOT_PAUSED} when the bot is paused;</li>
 *   <li>{@code NOT_WHITELISTED} when the instrument is not whitelisted (or the portfolio does not know it);</li>
 *   <li>{@code MAX_DRAWDOWN} while the drawdown breaker is tripped; {@code DAILY_LOSS_LIMIT} while the daily
 *       loss breaker is (see {@link CircuitBreakers});</li>
 *   <li>{@code ORDER_RATE} when {@code maxOrdersPerMinute} orders were sent in the last 60 s of event time;</li>
 *   <li>{@code BAD_SIGNAL} for a strategy id outside the portfolio, a side other than LONG/SHORT or a non-positive
 *       entry price;</li>
 *   <li>{@code RISK_PER_TRADE} when the request asks for more than the strategy's risk per trade (or a negative
 *       amount); 0 asks for the strategy's own value (its override, else the bot default);</li>
 *   <li>{@code NO_STOP} for a stop that is not positive or not on the losing side of the entry;
 *       {@code STOP_TOO_CLOSE} for a stop less than one tick from the entry;</li>
 *   <li>{@code PRICE_BAND} when there is no mark price or the entry is farther than {@code priceBandBps} of the
 *       mark from it;</li>
 *   <li>{@code LEVERAGE} when the instrument's isolated leverage exceeds {@code maxLeverage};</li>
 *   <li>{@code SIZE_STEP} when the risk size is zero or below the minimum size after step rounding,
 *       {@code MIN_NOTIONAL} when its notional at the entry is below the minimum notional;</li>
 *   <li>allocation cap: the strategy's exposure at mark plus the entry's notional must not exceed
 *       {@code equity × allocationCapBps / 10,000}; a larger size is clipped to fit, and {@code ALLOCATION_CAP}
 *       only when the clipped size fails the minimums;</li>
 *   <li>total exposure: gross exposure plus the entry's notional must not exceed
 *       {@code equity × maxTotalExposureBps / 10,000}; clipped likewise, else {@code TOTAL_EXPOSURE};</li>
 *   <li>{@code LEVERAGE} when gross exposure plus the entry's notional exceeds {@code equity × maxLeverage};</li>
 *   <li>{@code PORTFOLIO_HEAT} when open risk plus this trade's risk exceeds
 *       {@code equity × maxPortfolioHeatBps / 10,000}.</li>
 * </ol>
 * Every evaluation first feeds the portfolio's equity at its event time to the breakers, as {@link #onEquity} does.
 * <p>
 * Business-logic thread only; deterministic (event time only, never a clock); allocation-free per evaluation: the
 * returned {@link RiskDecision} is one reused instance.
 */
public final class RiskEngine
{
    private static final int BPS = 10_000;
    private static final RejectReason[] REASONS = RejectReason.values();

    private final RiskLimits limits = new RiskLimits();
    private final RiskDecision decision = new RiskDecision();
    private final CircuitBreakers breakers;
    private final OrderRateWindow orderRate;
    private final long[] rejects = new long[REASONS.length];
    private boolean killSwitch;
    private boolean paused;
    private long evaluations;
    private long accepted;

    /**
     * @param limits the bot's risk profile; validated, then copied.
     * @throws IllegalArgumentException when the limits are invalid.
     */
    public RiskEngine(final RiskLimits limits)
    {
        this.limits.copyFrom(limits.validate());
        breakers = new CircuitBreakers(this.limits.dailyLossLimitBps(), this.limits.maxDrawdownBps());
        orderRate = new OrderRateWindow(this.limits.maxOrdersPerMinute());
    }

    /**
     * Decides one entry request.
     *
     * @param strategyId         the requesting strategy.
     * @param spec               the instrument.
     * @param side               LONG or SHORT.
     * @param entryPriceMantissa limit price of the entry, or the expected fill price of a market entry.
     * @param stopPriceMantissa  protective stop, on the losing side of the entry.
     * @param requestedRiskBps   risk per trade the request asks for, bps of equity; 0 for the strategy's own.
     * @param markPriceMantissa  the instrument's mark price, 0 if unknown.
     * @param portfolio          the bot's portfolio, for equity, exposure and open risk.
     * @param timeNs             event time.
     * @return the decision, reused by the next call.
     */
    public RiskDecision evaluate(final int strategyId, final InstrumentSpec spec, final PositionSide side,
        final long entryPriceMantissa, final long stopPriceMantissa, final int requestedRiskBps,
        final long markPriceMantissa, final Portfolio portfolio, final long timeNs)
    {
        final long equity = portfolio.equity();
        breakers.onEquity(equity, timeNs);
        decision.reset(strategyId, spec.instrumentId(), side, entryPriceMantissa, stopPriceMantissa, equity, timeNs);
        evaluations++;
        RejectReason reason = gates(spec.instrumentId(), portfolio, timeNs);
        if (reason == RejectReason.NONE)
        {
            reason = request(strategyId, spec, side, entryPriceMantissa, stopPriceMantissa, requestedRiskBps,
                markPriceMantissa, portfolio);
        }
        if (reason == RejectReason.NONE)
        {
            reason = sizeWithinLimits(strategyId, spec, entryPriceMantissa, stopPriceMantissa,
                requestedRiskBps == 0 ? limits.riskPerTradeBpsOf(strategyId) : requestedRiskBps, equity, portfolio);
        }
        if (reason != RejectReason.NONE)
        {
            rejects[reason.ordinal()]++;
            return decision.reject(reason);
        }
        accepted++;
        return decision;
    }

    /**
     * Counts an order sent to the venue (entries, stops, exits, re-prices: every new order), for the rate limit.
     *
     * @param timeNs event time of the send.
     */
    public void onOrderSent(final long timeNs)
    {
        orderRate.onOrderSent(timeNs);
    }

    /**
     * The starting equity was replaced by the venue's balance: the daily-loss and drawdown breakers start from the
     * next equity observation, unless one has already tripped.
     */
    public void rebaseBreakers()
    {
        breakers.rebase();
    }

    /**
     * Feeds an equity observation to the daily loss and drawdown breakers; call at every equity snapshot or bar
     * close.
     *
     * @param equityMantissa equity, exponent -8.
     * @param timeNs         event time.
     */
    public void onEquity(final long equityMantissa, final long timeNs)
    {
        breakers.onEquity(equityMantissa, timeNs);
    }

    /**
     * @param engaged true to refuse every entry until released.
     */
    public void killSwitch(final boolean engaged)
    {
        killSwitch = engaged;
    }

    /**
     * @param paused true to refuse every entry until resumed.
     */
    public void pause(final boolean paused)
    {
        this.paused = paused;
    }

    /**
     * Releases the drawdown breaker (an admin command) and re-bases its peak at the last observed equity.
     *
     * @param timeNs event time of the command.
     */
    public void resetDrawdownBreaker(final long timeNs)
    {
        breakers.resetDrawdown(timeNs);
    }

    /**
     * @return true while the kill switch, the pause or a breaker refuses every entry.
     */
    public boolean entriesBlocked()
    {
        return blockedReason() != RejectReason.NONE;
    }

    /**
     * @return why entries are blocked ({@code KILL_SWITCH}, {@code BOT_PAUSED}, {@code MAX_DRAWDOWN},
     * {@code DAILY_LOSS_LIMIT}, in that order), {@link RejectReason#NONE} when they are not.
     */
    public RejectReason blockedReason()
    {
        if (killSwitch)
        {
            return RejectReason.KILL_SWITCH;
        }
        if (paused)
        {
            return RejectReason.BOT_PAUSED;
        }
        if (breakers.drawdownTripped())
        {
            return RejectReason.MAX_DRAWDOWN;
        }
        if (breakers.dailyLossTripped())
        {
            return RejectReason.DAILY_LOSS_LIMIT;
        }
        return RejectReason.NONE;
    }

    /**
     * @return the last decision (the same instance {@link #evaluate} returns).
     */
    public RiskDecision decision()
    {
        return decision;
    }

    /**
     * @return the engine's own copy of its limits; read only.
     */
    public RiskLimits limits()
    {
        return limits;
    }

    /**
     * @param timeNs event time.
     * @return orders counted in the 60 s window ending at that time.
     */
    public int ordersInWindow(final long timeNs)
    {
        return orderRate.ordersInWindow(timeNs);
    }

    /**
     * @return the UTC day's starting equity the daily loss limit compares against, exponent -8.
     */
    public long dayStartEquity()
    {
        return breakers.dayStartEquityMantissa();
    }

    /**
     * @return the peak equity the drawdown breaker compares against, exponent -8.
     */
    public long breakerPeakEquity()
    {
        return breakers.peakEquityMantissa();
    }

    /**
     * @return evaluations so far.
     */
    public long evaluations()
    {
        return evaluations;
    }

    /**
     * @return accepted evaluations so far.
     */
    public long acceptedCount()
    {
        return accepted;
    }

    /**
     * @param reason a reject reason.
     * @return evaluations rejected for it so far.
     */
    public long rejectCount(final RejectReason reason)
    {
        return rejects[reason.ordinal()];
    }

    /**
     * @param hash running hash.
     * @return the hash with the limits, switches, breakers, order window and counters folded in.
     */
    public long stateHash(final long hash)
    {
        long h = limits.stateHash(hash);
        h = Hashing.mix(h, killSwitch);
        h = Hashing.mix(h, paused);
        h = breakers.stateHash(h);
        h = orderRate.stateHash(h);
        h = Hashing.mix(h, evaluations);
        h = Hashing.mix(h, accepted);
        for (final long count : rejects)
        {
            h = Hashing.mix(h, count);
        }
        return h;
    }

    private RejectReason gates(final int instrumentId, final Portfolio portfolio, final long timeNs)
    {
        if (killSwitch)
        {
            return RejectReason.KILL_SWITCH;
        }
        if (paused)
        {
            return RejectReason.BOT_PAUSED;
        }
        if (!limits.whitelisted(instrumentId) || !portfolio.defined(instrumentId))
        {
            return RejectReason.NOT_WHITELISTED;
        }
        if (breakers.drawdownTripped())
        {
            return RejectReason.MAX_DRAWDOWN;
        }
        if (breakers.dailyLossTripped())
        {
            return RejectReason.DAILY_LOSS_LIMIT;
        }
        if (orderRate.full(timeNs))
        {
            return RejectReason.ORDER_RATE;
        }
        return RejectReason.NONE;
    }

    private RejectReason request(final int strategyId, final InstrumentSpec spec, final PositionSide side,
        final long entry, final long stop, final int requestedRiskBps, final long mark, final Portfolio portfolio)
    {
        if (strategyId < 0 || strategyId >= portfolio.maxStrategies() || entry <= 0 ||
            (side != PositionSide.LONG && side != PositionSide.SHORT))
        {
            return RejectReason.BAD_SIGNAL;
        }
        if (requestedRiskBps < 0 || requestedRiskBps > limits.riskPerTradeBpsOf(strategyId))
        {
            return RejectReason.RISK_PER_TRADE;
        }
        if (stop <= 0 || (side == PositionSide.LONG ? stop >= entry : stop <= entry))
        {
            return RejectReason.NO_STOP;
        }
        if (Math.abs(entry - stop) < spec.tickSizeMantissa())
        {
            return RejectReason.STOP_TOO_CLOSE;
        }
        if (mark <= 0 || Math.abs(entry - mark) > FixedMath.multiplyDivideFloor(mark, limits.priceBandBps(), BPS))
        {
            return RejectReason.PRICE_BAND;
        }
        if (portfolio.leverage(spec.instrumentId()) > limits.maxLeverage())
        {
            return RejectReason.LEVERAGE;
        }
        return RejectReason.NONE;
    }

    private RejectReason sizeWithinLimits(final int strategyId, final InstrumentSpec spec, final long entry,
        final long stop, final int riskBps, final long equity, final Portfolio portfolio)
    {
        final long distance = Math.abs(entry - stop);
        final long budget = share(equity, riskBps);
        decision.sizing(riskBps, budget);
        long size = PositionSizing.sizeForRisk(budget, distance, spec);
        final RejectReason minimum = PositionSizing.belowMinimum(spec, entry, size);
        if (minimum != RejectReason.NONE)
        {
            return minimum;
        }

        final long strategyRoom = share(equity, limits.allocationCapBpsOf(strategyId)) -
            portfolio.strategyExposure(strategyId);
        size = clip(size, strategyRoom, entry, spec, RejectReason.ALLOCATION_CAP);
        if (size == 0)
        {
            return RejectReason.ALLOCATION_CAP;
        }
        final long totalRoom = share(equity, limits.maxTotalExposureBps()) - portfolio.grossExposure();
        size = clip(size, totalRoom, entry, spec, RejectReason.TOTAL_EXPOSURE);
        if (size == 0)
        {
            return RejectReason.TOTAL_EXPOSURE;
        }

        final long leverageCapacity = equity > Long.MAX_VALUE / limits.maxLeverage() ?
            Long.MAX_VALUE : equity * limits.maxLeverage();
        final long leverageRoom = leverageCapacity - portfolio.grossExposure();
        if (PositionSizing.notionalAbove(entry, size, leverageRoom, spec))
        {
            return RejectReason.LEVERAGE;
        }
        final long heatRoom = share(equity, limits.maxPortfolioHeatBps()) - portfolio.openRisk();
        if (PositionSizing.riskAbove(distance, size, heatRoom, spec))
        {
            return RejectReason.PORTFOLIO_HEAT;
        }
        decision.accept(size, PositionSizing.riskAmount(distance, size, spec));
        return RejectReason.NONE;
    }

    /**
     * @return the size, or the largest size fitting the room when it does not fit; 0 when the clipped size fails
     * the instrument's minimums.
     */
    private long clip(final long size, final long roomMantissa, final long entry, final InstrumentSpec spec,
        final RejectReason cap)
    {
        final long fitting = PositionSizing.sizeWithin(roomMantissa, entry, spec);
        if (size <= fitting)
        {
            return size;
        }
        decision.clippedBy(cap);
        return PositionSizing.belowMinimum(spec, entry, fitting) == RejectReason.NONE ? fitting : 0;
    }

    private static long share(final long equityMantissa, final int bps)
    {
        // caps above 100 % of a very large equity would not fit a long: a cap that large does not bind
        return equityMantissa <= 0 ? 0 : PositionSizing.saturatingMultiplyDivideFloor(equityMantissa, bps, BPS);
    }
}
