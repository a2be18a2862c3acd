package com.tradefinder.engine.venue;

import org.agrona.DirectBuffer;

/**
 * Where the {@link SimulatedVenue} delivers its execution events: OrderAccepted, OrderRejected, OrderCanceled,
 * OrderExpired, Fill, PositionUpdate, BalanceUpdate and FundingPayment, each one encoded SBE message, header included.
 * <p>
 * Called on the thread that drives the venue, synchronously, in event order. The buffer is reused for the next event:
 * implementations copy what they keep (typically into the inbound ring, to be journaled and handed to the business
 * logic).
 */
@FunctionalInterface
public interface ExecutionSink
{
    /**
     * @param buffer holding one SBE message, header included.
     * @param offset of the message.
     * @param length of the message, header included.
     * @param timeNs epoch nanoseconds at which the event happens at the venue; equal to the message's
     *               {@code exchangeTimeNs} and {@code receiveTimeNs}. Never decreases from one call to the next.
     */
    void onExecution(DirectBuffer buffer, int offset, int length, long timeNs);
}
