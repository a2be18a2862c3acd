package com.tradefinder.engine.strategy;

import com.tradefinder.codecs.ExitReason;
import com.tradefinder.codecs.PositionSide;

/**
 * What a strategy may ask of its bot, for the one instrument it trades. Every request goes through the bot's risk
 * engine and order state machines; nothing here places an order directly, and every answer arrives later as an
 * event ({@link Strategy#onFill}).
 * <p>
 * Business-logic thread only; valid during a {@link Strategy} callback. Prices are mantissas at the instrument's
 * price exponent ({@link #priceExponent()}), already on its tick grid or rounded onto it by the bot (entries and
 * take-profits toward the less favourable side, stops toward the wider side).
 */
public interface StrategyContext
{
    /**
     * @return true when the regime routing lets this strategy open new positions now; false when its regime has
     * ended, the regime is uncertain, the bot is paused or a circuit breaker tripped. Managing open positions is
     * always allowed.
     */
    boolean mayOpen();

    /**
     * @return true when the regime routing alone lets this strategy open now, whatever the pauses, the kill switch and
     * the breakers say: a strategy acting on an explicit request (an alert) enters anyway and the risk engine refuses
     * it with a journaled reason. By default {@link #mayOpen()}.
     */
    default boolean routed()
    {
        return mayOpen();
    }

    /**
     * @param side LONG or SHORT.
     * @return the size this strategy holds on that side, a non-negative size mantissa.
     */
    long positionSize(PositionSide side);

    /**
     * @param side LONG or SHORT.
     * @return the average entry price of that side, 0 when flat.
     */
    long averageEntryPrice(PositionSide side);

    /**
     * @param side LONG or SHORT.
     * @return the protective stop of that side's position (the price of its stop-market order), 0 when flat.
     */
    long stopPrice(PositionSide side);

    /**
     * @return entry orders of this strategy still working (not yet filled, canceled or abandoned).
     */
    int workingEntries();

    /**
     * Asks to open (or add to) a position. The risk engine sizes it from the stop distance and may reject it; the
     * decision is journaled either way.
     *
     * @param side                 LONG or SHORT.
     * @param limitPriceMantissa   limit price of the entry, or 0 for a market entry.
     * @param stopPriceMantissa    protective stop, required (risk sizing needs it); on the losing side of the entry.
     * @param takeProfitMantissa   optional take-profit, 0 for none.
     * @param tag                  the strategy's own label for this entry (a grid level, say), echoed in fills.
     */
    void enter(PositionSide side, long limitPriceMantissa, long stopPriceMantissa, long takeProfitMantissa, int tag);

    /**
     * Like {@link #enter}, but the limit entry rests until it fills or is canceled (a grid level): the bot's entry
     * timeout and re-pricing do not apply to it.
     *
     * @param side                 LONG or SHORT.
     * @param limitPriceMantissa   limit price of the entry (required).
     * @param stopPriceMantissa    protective stop, required.
     * @param takeProfitMantissa   optional take-profit, 0 for none.
     * @param tag                  the strategy's own label for this entry, echoed in fills.
     */
    default void enterResting(final PositionSide side, final long limitPriceMantissa, final long stopPriceMantissa,
        final long takeProfitMantissa, final int tag)
    {
        enter(side, limitPriceMantissa, stopPriceMantissa, takeProfitMantissa, tag);
    }

    /**
     * Closes this strategy's position on one side at market, canceling its protective orders.
     *
     * @param side   LONG or SHORT.
     * @param reason why, for the trade record.
     */
    void exit(PositionSide side, ExitReason reason);

    /**
     * Moves the protective stop of one side (a trailing stop, say). Ignored when flat.
     *
     * @param side              LONG or SHORT.
     * @param stopPriceMantissa the new stop.
     */
    void moveStop(PositionSide side, long stopPriceMantissa);

    /**
     * Cancels this strategy's working entry orders.
     */
    void cancelEntries();

    /**
     * @return decimal exponent of the instrument's prices.
     */
    int priceExponent();

    /**
     * @return the instrument's tick size as a price mantissa.
     */
    long tickSizeMantissa();
}
