package com.tradefinder.tools.run;

import com.tradefinder.engine.app.InboundTap;
import com.tradefinder.engine.logic.OutboundSink;

/**
 * Where the business logic's orders go and where the venue's executions come from: the simulated venue for paper
 * trading, a venue's REST/WebSocket gateway for testnet and live.
 * <p>
 * Thread contract: {@link #onOutbound} (every business-logic output, commands and all, already journaled) and
 * {@link #onInbound} (every inbound event, in ring order, before the logic handles it) are called on the business-logic
 * thread and must not block for long. The connector publishes its execution events into the ring through the
 * {@link InboundPublisher} given to {@link #start}, from its own threads, with {@link InboundPublisher#tryPublish}
 * only. {@link #start}, {@link #flush} and {@link #close} are called by the {@link EngineHost} on its own thread.
 */
public interface VenueConnector extends OutboundSink, InboundTap, AutoCloseable
{
    /**
     * Starts the connector's threads; returns at once.
     *
     * @param publisher the engine's inbound ring, for execution events.
     */
    void start(InboundPublisher publisher);

    /**
     * Answers every command received so far (waiting for the venue where it is remote) and returns once those
     * answers are in the ring. Used at shutdown, with no market data flowing any more.
     *
     * @param timeoutMs longest wait.
     * @return the number of execution events published by this flush, or -1 if it did not finish in time.
     * @throws InterruptedException if the waiting thread is interrupted.
     */
    long flush(long timeoutMs) throws InterruptedException;

    /**
     * @return one line for the session summary: orders, fills and whatever else the venue counts.
     */
    String summary();

    /**
     * Stops the connector's threads; never throws.
     */
    @Override
    void close();
}
