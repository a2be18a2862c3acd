package com.tradefinder.engine.execution;

import com.tradefinder.codecs.ExitReason;
import com.tradefinder.codecs.OrderRole;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.RejectReason;

/**
 * What happened to a bot's entries and positions, for its portfolio, strategies and trade records.
 * <p>
 * Called on the business-logic thread, synchronously while the {@link OrderManager} handles an inbound event,
 * after the order's state transition was published. Prices are mantissas at the instrument's price exponent, sizes at
 * its size exponent, fees quote amounts at exponent -8 (negative is a rebate). {@code side} is the position's side,
 * LONG or SHORT, in hedge and one-way mode alike. Implementations must not call back into the manager.
 */
public interface ExecutionListener
{
    /**
     * An entry order filled, fully or partly; the position grew by {@code sizeMantissa}.
     *
     * @param strategyId    strategy.
     * @param instrumentId  instrument.
     * @param side          LONG or SHORT.
     * @param priceMantissa fill price.
     * @param sizeMantissa  fill size.
     * @param feeMantissa   fee of this fill.
     * @param tag           the tag given to {@link OrderManager#submitEntry}.
     * @param timeNs        event time.
     */
    void onEntryFill(int strategyId, int instrumentId, PositionSide side, long priceMantissa, long sizeMantissa,
        long feeMantissa, int tag, long timeNs);

    /**
     * A closing order (stop, take-profit or exit) filled; the position shrank by {@code sizeMantissa}.
     *
     * @param strategyId    strategy.
     * @param instrumentId  instrument.
     * @param side          LONG or SHORT.
     * @param role          STOP_LOSS, TAKE_PROFIT or EXIT.
     * @param reason        STOP_LOSS, TAKE_PROFIT, or the reason given to {@link OrderManager#exit}.
     * @param priceMantissa fill price.
     * @param sizeMantissa  fill size.
     * @param feeMantissa   fee of this fill.
     * @param timeNs        event time.
     */
    void onExitFill(int strategyId, int instrumentId, PositionSide side, OrderRole role, ExitReason reason,
        long priceMantissa, long sizeMantissa, long feeMantissa, long timeNs);

    /**
     * An entry ended without filling its whole size: canceled, abandoned, given up after its re-prices, rejected or
     * expired. Not called for an entry that filled completely.
     *
     * @param strategyId         strategy.
     * @param instrumentId       instrument.
     * @param side               LONG or SHORT.
     * @param filledSizeMantissa what the entry filled over all its re-priced orders.
     * @param reason             the venue's reason for a rejected order, PRICE_RAN_AWAY for an abandoned entry, NONE
     *                           for a cancel, an expiry or a give-up after the last re-price.
     * @param timeNs             event time.
     */
    void onEntryEnded(int strategyId, int instrumentId, PositionSide side, long filledSizeMantissa,
        RejectReason reason, long timeNs);
}
