package com.tradefinder.engine.execution;

import com.tradefinder.codecs.ExitReason;
import com.tradefinder.codecs.OrderRole;
import com.tradefinder.codecs.OrderState;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.RejectReason;
import com.tradefinder.engine.marketdata.InstrumentSpec;

/**
 * One scripted trade through every path of an {@link OrderManager}, allocation-free so it can run in a loop: a limit
 * entry filled in two parts with its stop and take-profit placed and resized, a moved stop, a market exit that cancels
 * the protection and closes the position, a second entry that times out, is re-priced and then canceled, and one
 * refused inbound event. Every round trip ends flat with no live order.
 */
final class RoundTrip
{
    static final int INSTRUMENT = 5;
    static final long STEP_NS = 10;

    final InstrumentSpec spec = new InstrumentSpec().set(INSTRUMENT, -2, 0, 10, 1, 1, 0, 125);
    final CountingCommands commands = new CountingCommands();
    final CountingListener listener = new CountingListener();
    final ExecutionEvents events = new ExecutionEvents();
    final OrderManager manager;
    private long timeNs;

    RoundTrip(final int maxOrders)
    {
        manager = new OrderManager(ExecutionEvents.BOT, Fixture.settings(), commands, listener, maxOrders);
    }

    /**
     * Runs one round trip for a strategy and side; {@code priceOffset} shifts every price (0 for the reference).
     */
    void run(final int strategyId, final PositionSide side, final long priceOffset)
    {
        commands.count = 0;
        final boolean isLong = side == PositionSide.LONG;
        final long price = 10_000 + priceOffset;
        final long stop = isLong ? 9_500 : 10_500;
        final long takeProfit = isLong ? 11_000 : 9_000;

        // entry #0, filled 4 then 6: stop #1 and take-profit #2, then #3 and #4 replace them
        manager.submitEntry(strategyId, spec, side, price, stop, takeProfit, 10, price, 3, next());
        manager.onAccepted(events.accepted(commands.ids[0], INSTRUMENT, next()));
        manager.onMarketPrice(INSTRUMENT, price, next());
        manager.onFill(events.fill(commands.ids[0], INSTRUMENT, price, 4, 6, 1_000, next()));
        manager.onAccepted(events.accepted(commands.ids[1], INSTRUMENT, next()));
        manager.onAccepted(events.accepted(commands.ids[2], INSTRUMENT, next()));
        manager.onFill(events.fill(commands.ids[0], INSTRUMENT, price - 10, 6, 0, 1_500, next()));
        manager.onCanceled(events.canceled(commands.ids[1], INSTRUMENT, next()));
        manager.onCanceled(events.canceled(commands.ids[2], INSTRUMENT, next()));
        manager.onAccepted(events.accepted(commands.ids[3], INSTRUMENT, next()));
        manager.onAccepted(events.accepted(commands.ids[4], INSTRUMENT, next()));

        // stop moved: #5 replaces #3
        manager.moveStop(strategyId, INSTRUMENT, side, isLong ? 9_800 : 10_200, next());
        manager.onCanceled(events.canceled(commands.ids[3], INSTRUMENT, next()));
        manager.onAccepted(events.accepted(commands.ids[5], INSTRUMENT, next()));

        // exit #6 at market, protection canceled
        manager.exit(strategyId, spec, side, 0, ExitReason.STRATEGY_EXIT, next());
        manager.onCanceled(events.canceled(commands.ids[5], INSTRUMENT, next()));
        manager.onCanceled(events.canceled(commands.ids[4], INSTRUMENT, next()));
        manager.onFill(events.fill(commands.ids[6], INSTRUMENT, price + 50, 10, 0, 2_000, next()));

        // entry #7 times out, is re-priced as #8, then canceled by the strategy
        manager.submitEntry(strategyId, spec, side, price, stop, 0, 5, price, 4, next());
        manager.onRejected(events.rejected(commands.ids[7], INSTRUMENT, RejectReason.RATE_LIMITED, next()));
        manager.submitEntry(strategyId, spec, side, price, stop, 0, 5, price, 4, next());
        manager.onAccepted(events.accepted(commands.ids[8], INSTRUMENT, next()));
        timeNs += Fixture.TIMEOUT_NS;
        manager.onMarketPrice(INSTRUMENT, price + (isLong ? 20 : -20), next());
        manager.onCanceled(events.canceled(commands.ids[8], INSTRUMENT, next()));
        manager.cancelEntries(strategyId, INSTRUMENT, next());
        manager.onCanceled(events.canceled(commands.ids[9], INSTRUMENT, next()));

        // a fill for the canceled entry is refused
        manager.onFill(events.fill(commands.ids[8], INSTRUMENT, price, 5, 0, 0, next()));
    }

    private long next()
    {
        timeNs += STEP_NS;
        return timeNs;
    }

    /** Keeps the ids of the orders of one round trip, in the order they were sent. */
    static final class CountingCommands implements OrderCommands
    {
        final long[] ids = new long[32];
        int count;
        long updates;
        long cancels;

        @Override
        public void newOrder(final Order order, final long timeNs)
        {
            ids[count++] = order.clientOrderId();
        }

        @Override
        public void cancelOrder(final Order order, final long timeNs)
        {
            cancels++;
        }

        @Override
        public void orderUpdate(final Order order, final OrderState from, final OrderState to,
            final RejectReason reason, final long timeNs)
        {
            updates++;
        }
    }

    /** Sums what it is told. */
    static final class CountingListener implements ExecutionListener
    {
        long entrySize;
        long exitSize;
        long ended;

        @Override
        public void onEntryFill(final int strategyId, final int instrumentId, final PositionSide side,
            final long priceMantissa, final long sizeMantissa, final long feeMantissa, final int tag, final long timeNs)
        {
            entrySize += sizeMantissa;
        }

        @Override
        public void onExitFill(final int strategyId, final int instrumentId, final PositionSide side,
            final OrderRole role, final ExitReason reason, final long priceMantissa, final long sizeMantissa,
            final long feeMantissa, final long timeNs)
        {
            exitSize += sizeMantissa;
        }

        @Override
        public void onEntryEnded(final int strategyId, final int instrumentId, final PositionSide side,
            final long filledSizeMantissa, final RejectReason reason, final long timeNs)
        {
            ended++;
        }
    }
}
