package com.tradefinder.gateway.binance.order;

import org.agrona.concurrent.UnsafeBuffer;

import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.OrderAcceptedEncoder;
import com.tradefinder.codecs.OrderRejectedEncoder;
import com.tradefinder.codecs.RejectReason;
import com.tradefinder.gateway.binance.InboundSink;

/**
 * Encodes order entry's outcomes as SBE OrderAccepted and OrderRejected into one reused buffer and hands them to the
 * inbound sink. Synchronized: local refusals come from the order-entry thread, venue answers from the event loop.
 */
final class ExecutionPublisher
{
    private static final int MAX_TEXT = 240;

    private final InboundSink sink;
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[
        MessageHeaderEncoder.ENCODED_LENGTH + OrderRejectedEncoder.BLOCK_LENGTH + 4 + MAX_TEXT]);
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final OrderAcceptedEncoder accepted = new OrderAcceptedEncoder();
    private final OrderRejectedEncoder rejected = new OrderRejectedEncoder();

    ExecutionPublisher(final InboundSink sink)
    {
        this.sink = sink;
    }

    synchronized void accepted(
        final int botId,
        final long clientOrderId,
        final long venueOrderId,
        final int instrumentId,
        final long exchangeTimeNs,
        final long receiveTimeNs)
    {
        accepted.wrapAndApplyHeader(buffer, 0, header)
            .botId(botId)
            .clientOrderId(clientOrderId)
            .venueOrderId(venueOrderId)
            .instrumentId(instrumentId)
            .exchangeTimeNs(exchangeTimeNs)
            .receiveTimeNs(receiveTimeNs);
        sink.publish(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + accepted.encodedLength());
    }

    synchronized void rejected(
        final int botId,
        final long clientOrderId,
        final int instrumentId,
        final RejectReason reason,
        final int venueCode,
        final String venueText,
        final long receiveTimeNs)
    {
        rejected.wrapAndApplyHeader(buffer, 0, header)
            .botId(botId)
            .clientOrderId(clientOrderId)
            .instrumentId(instrumentId)
            .reason(reason)
            .venueCode(venueCode)
            .exchangeTimeNs(0)
            .receiveTimeNs(receiveTimeNs)
            .venueText(venueText.length() > MAX_TEXT ? venueText.substring(0, MAX_TEXT) : venueText);
        sink.publish(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + rejected.encodedLength());
    }
}
