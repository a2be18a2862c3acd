package com.tradefinder.tools.run;

/**
 * Where a running engine's market data comes from: a venue's WebSocket gateway, or a replay of recorded data.
 * <p>
 * Lifecycle, driven by the {@link EngineHost} on its own thread: {@link #publishDefinitions} once, then
 * {@link #start} once, then {@link #close} once. Between start and close the source publishes market data (and the
 * Timer events its clock calls for) from threads of its own.
 */
public interface MarketDataSource extends AutoCloseable
{
    /**
     * Publishes an InstrumentDefinition for every instrument the source will send data for, before any market data.
     *
     * @param publisher the engine's inbound ring.
     */
    void publishDefinitions(InboundPublisher publisher);

    /**
     * Starts publishing market data; returns at once.
     *
     * @param publisher the engine's inbound ring.
     */
    void start(InboundPublisher publisher);

    /**
     * @return the source's clock: the event time of the latest event it published (epoch nanoseconds), 0 before
     * the first. Operator events (the shutdown request) carry this time, so a replayed session stays in its own time.
     */
    long timeNs();

    /**
     * Waits until the source has no more data to give (a replay reached its end; a live feed never does).
     *
     * @param timeoutMs longest wait.
     * @return true when the end was reached.
     * @throws InterruptedException if the waiting thread is interrupted.
     */
    boolean awaitEnd(long timeoutMs) throws InterruptedException;

    /**
     * Stops publishing and releases the input; returns once the source's threads have stopped. Never throws.
     */
    @Override
    void close();
}
