package com.tradefinder.engine.app;

import com.lmax.disruptor.EventHandler;
import com.tradefinder.engine.logic.BusinessLogic;

/**
 * Second consumer of the inbound ring: hands each journaled event to the {@link BusinessLogic}.
 * Runs on the business-logic thread, the only thread that changes trading state.
 * <p>
 * Without a logic (the benchmark baseline of {@link EngineContext#businessLogicEnabled(boolean)}) it consumes and
 * drops each event, keeping the same thread, gating and start/shutdown hooks.
 */
final class BusinessLogicHandler implements EventHandler<RingEntry>
{
    private final BusinessLogic logic;
    private final InboundTap tap;
    private final long sequenceBase;
    private final Runnable onStart;
    private final Runnable onShutdown;

    BusinessLogicHandler(final BusinessLogic logic, final InboundTap tap, final long sequenceBase,
        final Runnable onStart, final Runnable onShutdown)
    {
        this.logic = logic;
        this.tap = tap;
        this.sequenceBase = sequenceBase;
        this.onStart = onStart;
        this.onShutdown = onShutdown;
    }

    @Override
    public void onStart()
    {
        onStart.run();
    }

    @Override
    public void onShutdown()
    {
        onShutdown.run();
    }

    @Override
    public void onEvent(final RingEntry entry, final long sequence, final boolean endOfBatch)
    {
        tap.onInbound(sequenceBase + sequence, entry.buffer, 0, entry.length);
        logic.onEvent(sequenceBase + sequence, entry.buffer, 0, entry.length);
    }

    /**
     * The baseline handler: same thread, gating and hooks as the business-logic handler, but every event is dropped.
     */
    static final class Dropping implements EventHandler<RingEntry>
    {
        private final Runnable onStart;
        private final Runnable onShutdown;

        Dropping(final Runnable onStart, final Runnable onShutdown)
        {
            this.onStart = onStart;
            this.onShutdown = onShutdown;
        }

        @Override
        public void onStart()
        {
            onStart.run();
        }

        @Override
        public void onShutdown()
        {
            onShutdown.run();
        }

        @Override
        public void onEvent(final RingEntry entry, final long sequence, final boolean endOfBatch)
        {
            // benchmark baseline: the event was journaled; nothing acts on it
        }
    }
}
