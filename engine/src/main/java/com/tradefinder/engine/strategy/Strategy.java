package com.tradefinder.engine.strategy;

import com.tradefinder.codecs.OrderRole;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.WebhookSignalDecoder;

/**
 * A trading strategy for one instrument on one timeframe, inside one bot.
 * <p>
 * Contract: called on the business-logic thread only; deterministic (decides from the events it is given, never
 * from a clock or a random source); allocation-free in its callbacks (indicators and buffers are created in the
 * constructor); every entry it asks for carries a stop. It acts only through its {@link StrategyContext}.
 */
public interface Strategy
{
    /**
     * @return the strategy's id within its bot (its position in the bot's config), used in client order ids.
     */
    int strategyId();

    /**
     * @return the strategy's type name as written in config, e.g. {@code supertrend}.
     */
    String type();

    /**
     * @return the instrument it trades.
     */
    int instrumentId();

    /**
     * @return the timeframe whose bar closes drive it, in seconds.
     */
    int timeframeSec();

    /**
     * A bar of its instrument and timeframe closed.
     *
     * @param bar     the closed bar, regime included.
     * @param context what the strategy may do.
     */
    void onBar(BarClose bar, StrategyContext context);

    /**
     * A public trade of its instrument (only when the bot trades on trade data).
     *
     * @param timeNs        exchange time.
     * @param priceMantissa price.
     * @param sizeMantissa  size.
     * @param context       what the strategy may do.
     */
    default void onTrade(final long timeNs, final long priceMantissa, final long sizeMantissa,
        final StrategyContext context)
    {
    }

    /**
     * An external signal (a TradingView alert) for its bot and instrument, already authenticated and validated.
     *
     * @param signal  the signal.
     * @param context what the strategy may do.
     */
    default void onSignal(final WebhookSignalDecoder signal, final StrategyContext context)
    {
    }

    /**
     * One of its orders filled, fully or partly.
     *
     * @param role          entry, stop-loss, take-profit or exit.
     * @param side          position side the fill belongs to.
     * @param priceMantissa fill price.
     * @param sizeMantissa  fill size.
     * @param tag           the tag given at {@link StrategyContext#enter}, or 0.
     * @param timeNs        fill time.
     * @param context       what the strategy may do.
     */
    default void onFill(final OrderRole role, final PositionSide side, final long priceMantissa,
        final long sizeMantissa, final int tag, final long timeNs, final StrategyContext context)
    {
    }

    /**
     * Writes its parameters, for reports and the optimizer. Allocates; not called on the hot path.
     *
     * @param out receives name and value pairs.
     */
    void parameters(java.util.Map<String, String> out);

    /**
     * @param hash running hash.
     * @return the hash with all of the strategy's mutable state folded in.
     */
    long stateHash(long hash);
}
