package com.tradefinder.engine.execution;

import com.tradefinder.codecs.OrderType;
import com.tradefinder.engine.marketdata.InstrumentSpec;

/**
 * Shared set-up for the order manager tests: one bot, strategy 1, instrument 5 with prices at exponent -2 on a 0.10
 * tick (100.00 is 10000) and whole-unit sizes, and recording doubles.
 */
final class Fixture
{
    static final int STRATEGY = 1;
    static final int INSTRUMENT = 5;
    static final long TIMEOUT_NS = 1_000;

    final InstrumentSpec spec = new InstrumentSpec().set(INSTRUMENT, -2, 0, 10, 1, 1, 0, 125);
    final RecordingCommands commands = new RecordingCommands();
    final RecordingListener listener = new RecordingListener();
    final ExecutionEvents events = new ExecutionEvents();
    final OrderManager manager;

    Fixture()
    {
        this(settings());
    }

    Fixture(final ExecutionSettings settings)
    {
        this(settings, 64);
    }

    Fixture(final ExecutionSettings settings, final int maxOrders)
    {
        manager = new OrderManager(ExecutionEvents.BOT, settings, commands, listener, maxOrders);
    }

    /**
     * Hedge mode, limit entries, 1000 ns timeout, 2 re-prices, abandon beyond 100 bps, take-profits on.
     */
    static ExecutionSettings settings()
    {
        return new ExecutionSettings()
            .entryType(OrderType.LIMIT)
            .entryTimeoutNs(TIMEOUT_NS)
            .maxReprices(2)
            .abandonAfterBps(100)
            .hedgeMode(true)
            .takeProfitEnabled(true);
    }

    /** The order with that sequence (1-based). */
    long id(final int sequence)
    {
        return commands.id(sequence);
    }

    Order order(final int sequence)
    {
        return manager.order(id(sequence));
    }

    void accept(final int sequence, final long timeNs)
    {
        manager.onAccepted(events.accepted(id(sequence), INSTRUMENT, timeNs));
    }

    void fill(final int sequence, final long price, final long size, final long leaves, final long timeNs)
    {
        manager.onFill(events.fill(id(sequence), INSTRUMENT, price, size, leaves, 0, timeNs));
    }

    void cancelConfirmed(final int sequence, final long timeNs)
    {
        manager.onCanceled(events.canceled(id(sequence), INSTRUMENT, timeNs));
    }

    void clear()
    {
        commands.clear();
        listener.events.clear();
    }
}
