package com.tradefinder.engine.execution;

import com.tradefinder.codecs.FillDecoder;
import com.tradefinder.codecs.FillEncoder;
import com.tradefinder.codecs.Liquidity;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.OrderAcceptedDecoder;
import com.tradefinder.codecs.OrderAcceptedEncoder;
import com.tradefinder.codecs.OrderCanceledDecoder;
import com.tradefinder.codecs.OrderCanceledEncoder;
import com.tradefinder.codecs.OrderExpiredDecoder;
import com.tradefinder.codecs.OrderExpiredEncoder;
import com.tradefinder.codecs.OrderRejectedDecoder;
import com.tradefinder.codecs.OrderRejectedEncoder;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.RejectReason;
import com.tradefinder.codecs.Side;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Encodes execution events with the generated SBE encoders into one reused buffer and hands them back through the
 * generated decoders, as the business logic would receive them. Exchange and receive time are the same. Reuses every
 * flyweight: allocation-free.
 */
final class ExecutionEvents
{
    static final int BOT = 7;

    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[512]);
    private final byte[] noText = new byte[0];
    private final MessageHeaderEncoder headerEncoder = new MessageHeaderEncoder();
    private final MessageHeaderDecoder headerDecoder = new MessageHeaderDecoder();
    private final OrderAcceptedEncoder acceptedEncoder = new OrderAcceptedEncoder();
    private final OrderAcceptedDecoder acceptedDecoder = new OrderAcceptedDecoder();
    private final OrderRejectedEncoder rejectedEncoder = new OrderRejectedEncoder();
    private final OrderRejectedDecoder rejectedDecoder = new OrderRejectedDecoder();
    private final OrderCanceledEncoder canceledEncoder = new OrderCanceledEncoder();
    private final OrderCanceledDecoder canceledDecoder = new OrderCanceledDecoder();
    private final OrderExpiredEncoder expiredEncoder = new OrderExpiredEncoder();
    private final OrderExpiredDecoder expiredDecoder = new OrderExpiredDecoder();
    private final FillEncoder fillEncoder = new FillEncoder();
    private final FillDecoder fillDecoder = new FillDecoder();
    private int botId = BOT;
    private long tradeId;

    /** Events from now on carry this bot id. */
    ExecutionEvents bot(final int botId)
    {
        this.botId = botId;
        return this;
    }

    OrderAcceptedDecoder accepted(final long clientOrderId, final int instrumentId, final long timeNs)
    {
        acceptedEncoder.wrapAndApplyHeader(buffer, 0, headerEncoder)
            .botId(botId)
            .clientOrderId(clientOrderId)
            .venueOrderId(clientOrderId + 1_000_000)
            .instrumentId(instrumentId)
            .exchangeTimeNs(timeNs)
            .receiveTimeNs(timeNs);
        return acceptedDecoder.wrapAndApplyHeader(buffer, 0, headerDecoder);
    }

    OrderRejectedDecoder rejected(final long clientOrderId, final int instrumentId, final RejectReason reason,
        final long timeNs)
    {
        rejectedEncoder.wrapAndApplyHeader(buffer, 0, headerEncoder)
            .botId(botId)
            .clientOrderId(clientOrderId)
            .instrumentId(instrumentId)
            .reason(reason)
            .venueCode(-2010)
            .exchangeTimeNs(timeNs)
            .receiveTimeNs(timeNs)
            .putVenueText(noText, 0, 0);
        return rejectedDecoder.wrapAndApplyHeader(buffer, 0, headerDecoder);
    }

    OrderCanceledDecoder canceled(final long clientOrderId, final int instrumentId, final long timeNs)
    {
        canceledEncoder.wrapAndApplyHeader(buffer, 0, headerEncoder)
            .botId(botId)
            .clientOrderId(clientOrderId)
            .instrumentId(instrumentId)
            .exchangeTimeNs(timeNs)
            .receiveTimeNs(timeNs);
        return canceledDecoder.wrapAndApplyHeader(buffer, 0, headerDecoder);
    }

    OrderExpiredDecoder expired(final long clientOrderId, final int instrumentId, final long timeNs)
    {
        expiredEncoder.wrapAndApplyHeader(buffer, 0, headerEncoder)
            .botId(botId)
            .clientOrderId(clientOrderId)
            .instrumentId(instrumentId)
            .exchangeTimeNs(timeNs)
            .receiveTimeNs(timeNs);
        return expiredDecoder.wrapAndApplyHeader(buffer, 0, headerDecoder);
    }

    /**
     * A fill of {@code size} leaving {@code leaves} of the order unfilled.
     */
    FillDecoder fill(final long clientOrderId, final int instrumentId, final long price, final long size,
        final long leaves, final long fee, final long timeNs)
    {
        fillEncoder.wrapAndApplyHeader(buffer, 0, headerEncoder)
            .botId(botId)
            .clientOrderId(clientOrderId)
            .venueOrderId(clientOrderId + 1_000_000)
            .tradeId(++tradeId)
            .instrumentId(instrumentId)
            .side(Side.BUY)
            .positionSide(PositionSide.LONG)
            .priceMantissa(price)
            .sizeMantissa(size)
            .cumulativeSizeMantissa(size)
            .leavesSizeMantissa(leaves)
            .feeMantissa(fee)
            .liquidity(Liquidity.TAKER)
            .exchangeTimeNs(timeNs)
            .receiveTimeNs(timeNs);
        return fillDecoder.wrapAndApplyHeader(buffer, 0, headerDecoder);
    }
}
