package com.tradefinder.gateway.binance.userdata;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import com.tradefinder.codecs.BalanceUpdateEncoder;
import com.tradefinder.codecs.FillEncoder;
import com.tradefinder.codecs.Liquidity;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.OrderAcceptedEncoder;
import com.tradefinder.codecs.OrderCanceledEncoder;
import com.tradefinder.codecs.OrderExpiredEncoder;
import com.tradefinder.codecs.OrderRejectedEncoder;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.PositionUpdateEncoder;
import com.tradefinder.codecs.ReconcileDifferenceEncoder;
import com.tradefinder.codecs.ReconcileKind;
import com.tradefinder.codecs.ReconcileResolution;
import com.tradefinder.codecs.RejectReason;
import com.tradefinder.codecs.Side;
import com.tradefinder.codecs.Venue;
import com.tradefinder.gateway.binance.InboundSink;

/**
 * Encodes the execution messages of the Binance gateway (accepted, rejected, canceled, expired, fill, position,
 * balance, reconcile difference) into one scratch buffer and hands each to an {@link InboundSink}, which copies it.
 * <p>
 * Single-threaded: one publisher per producing thread (the user-data decoder's, the reconciler's). Allocation-free,
 * except {@link #orderRejected(int, long, int, RejectReason, int, CharSequence, long, long)} which encodes a text.
 */
public final class ExecutionPublisher
{
    /** Longest venue text kept in an OrderRejected; the rest is cut off. */
    public static final int MAX_TEXT_LENGTH = 256;

    private static final int BUFFER_LENGTH = 512 + MAX_TEXT_LENGTH;
    private static final int ASSET_LENGTH = BalanceUpdateEncoder.assetLength();

    private final InboundSink sink;
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[BUFFER_LENGTH]);
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final OrderAcceptedEncoder accepted = new OrderAcceptedEncoder();
    private final OrderRejectedEncoder rejected = new OrderRejectedEncoder();
    private final OrderCanceledEncoder canceled = new OrderCanceledEncoder();
    private final OrderExpiredEncoder expired = new OrderExpiredEncoder();
    private final FillEncoder fill = new FillEncoder();
    private final PositionUpdateEncoder position = new PositionUpdateEncoder();
    private final BalanceUpdateEncoder balance = new BalanceUpdateEncoder();
    private final ReconcileDifferenceEncoder difference = new ReconcileDifferenceEncoder();
    private long published;

    /**
     * @param sink where every message goes.
     */
    public ExecutionPublisher(final InboundSink sink)
    {
        this.sink = sink;
    }

    /**
     * @return messages handed to the sink so far.
     */
    public long published()
    {
        return published;
    }

    public void orderAccepted(
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
        publish(MessageHeaderEncoder.ENCODED_LENGTH + accepted.encodedLength());
    }

    /**
     * @param text       the venue's reason as ASCII bytes, cut at {@link #MAX_TEXT_LENGTH}.
     * @param textOffset of the first byte.
     * @param textLength number of bytes, 0 for none.
     */
    public void orderRejected(
        final int botId,
        final long clientOrderId,
        final int instrumentId,
        final RejectReason reason,
        final int venueCode,
        final DirectBuffer text,
        final int textOffset,
        final int textLength,
        final long exchangeTimeNs,
        final long receiveTimeNs)
    {
        wrapRejected(botId, clientOrderId, instrumentId, reason, venueCode, exchangeTimeNs, receiveTimeNs)
            .putVenueText(text, textOffset, Math.min(textLength, MAX_TEXT_LENGTH));
        publish(MessageHeaderEncoder.ENCODED_LENGTH + rejected.encodedLength());
    }

    /**
     * Cold path (allocates while encoding the text).
     *
     * @param text the venue's reason, ASCII, cut at {@link #MAX_TEXT_LENGTH}.
     */
    public void orderRejected(
        final int botId,
        final long clientOrderId,
        final int instrumentId,
        final RejectReason reason,
        final int venueCode,
        final CharSequence text,
        final long exchangeTimeNs,
        final long receiveTimeNs)
    {
        final CharSequence kept = text.length() > MAX_TEXT_LENGTH ? text.subSequence(0, MAX_TEXT_LENGTH) : text;
        wrapRejected(botId, clientOrderId, instrumentId, reason, venueCode, exchangeTimeNs, receiveTimeNs)
            .venueText(kept);
        publish(MessageHeaderEncoder.ENCODED_LENGTH + rejected.encodedLength());
    }

    public void orderCanceled(
        final int botId,
        final long clientOrderId,
        final int instrumentId,
        final long exchangeTimeNs,
        final long receiveTimeNs)
    {
        canceled.wrapAndApplyHeader(buffer, 0, header)
            .botId(botId)
            .clientOrderId(clientOrderId)
            .instrumentId(instrumentId)
            .exchangeTimeNs(exchangeTimeNs)
            .receiveTimeNs(receiveTimeNs);
        publish(MessageHeaderEncoder.ENCODED_LENGTH + canceled.encodedLength());
    }

    public void orderExpired(
        final int botId,
        final long clientOrderId,
        final int instrumentId,
        final long exchangeTimeNs,
        final long receiveTimeNs)
    {
        expired.wrapAndApplyHeader(buffer, 0, header)
            .botId(botId)
            .clientOrderId(clientOrderId)
            .instrumentId(instrumentId)
            .exchangeTimeNs(exchangeTimeNs)
            .receiveTimeNs(receiveTimeNs);
        publish(MessageHeaderEncoder.ENCODED_LENGTH + expired.encodedLength());
    }

    /**
     * @param feeMantissa quote amount at exponent -8; negative is a rebate.
     */
    public void fill(
        final int botId,
        final long clientOrderId,
        final long venueOrderId,
        final long tradeId,
        final int instrumentId,
        final Side side,
        final PositionSide positionSide,
        final long priceMantissa,
        final long sizeMantissa,
        final long cumulativeSizeMantissa,
        final long leavesSizeMantissa,
        final long feeMantissa,
        final Liquidity liquidity,
        final long exchangeTimeNs,
        final long receiveTimeNs)
    {
        fill.wrapAndApplyHeader(buffer, 0, header)
            .botId(botId)
            .clientOrderId(clientOrderId)
            .venueOrderId(venueOrderId)
            .tradeId(tradeId)
            .instrumentId(instrumentId)
            .side(side)
            .positionSide(positionSide)
            .priceMantissa(priceMantissa)
            .sizeMantissa(sizeMantissa)
            .cumulativeSizeMantissa(cumulativeSizeMantissa)
            .leavesSizeMantissa(leavesSizeMantissa)
            .feeMantissa(feeMantissa)
            .liquidity(liquidity)
            .exchangeTimeNs(exchangeTimeNs)
            .receiveTimeNs(receiveTimeNs);
        publish(MessageHeaderEncoder.ENCODED_LENGTH + fill.encodedLength());
    }

    /**
     * @param sizeMantissa          signed: negative is short.
     * @param entryPriceMantissa    at the instrument's price exponent; 0 when the venue did not state it.
     * @param unrealizedPnlMantissa quote amount at exponent -8.
     */
    public void positionUpdate(
        final int botId,
        final int instrumentId,
        final PositionSide positionSide,
        final long sizeMantissa,
        final long entryPriceMantissa,
        final long unrealizedPnlMantissa,
        final long exchangeTimeNs,
        final long receiveTimeNs)
    {
        position.wrapAndApplyHeader(buffer, 0, header)
            .botId(botId)
            .instrumentId(instrumentId)
            .positionSide(positionSide)
            .sizeMantissa(sizeMantissa)
            .entryPriceMantissa(entryPriceMantissa)
            .unrealizedPnlMantissa(unrealizedPnlMantissa)
            .exchangeTimeNs(exchangeTimeNs)
            .receiveTimeNs(receiveTimeNs);
        publish(MessageHeaderEncoder.ENCODED_LENGTH + position.encodedLength());
    }

    /**
     * @param asset       the asset code's ASCII bytes, at most 8.
     * @param assetOffset of the first byte.
     * @param assetLength number of bytes.
     */
    public void balanceUpdate(
        final int botId,
        final DirectBuffer asset,
        final int assetOffset,
        final int assetLength,
        final long walletBalanceMantissa,
        final long availableBalanceMantissa,
        final long exchangeTimeNs,
        final long receiveTimeNs)
    {
        balance.wrapAndApplyHeader(buffer, 0, header)
            .botId(botId)
            .walletBalanceMantissa(walletBalanceMantissa)
            .availableBalanceMantissa(availableBalanceMantissa)
            .exchangeTimeNs(exchangeTimeNs)
            .receiveTimeNs(receiveTimeNs);
        for (int i = 0; i < ASSET_LENGTH; i++)
        {
            balance.asset(i, i < assetLength ? asset.getByte(assetOffset + i) : 0);
        }
        publish(MessageHeaderEncoder.ENCODED_LENGTH + balance.encodedLength());
    }

    public void reconcileDifference(
        final int botId,
        final int instrumentId,
        final ReconcileKind kind,
        final ReconcileResolution resolution,
        final long clientOrderId,
        final long venueOrderId,
        final PositionSide positionSide,
        final long engineSizeMantissa,
        final long venueSizeMantissa,
        final long timeNs)
    {
        difference.wrapAndApplyHeader(buffer, 0, header)
            .venue(Venue.BINANCE_USDM)
            .botId(botId)
            .instrumentId(instrumentId)
            .kind(kind)
            .resolution(resolution)
            .clientOrderId(clientOrderId)
            .venueOrderId(venueOrderId)
            .positionSide(positionSide)
            .engineSizeMantissa(engineSizeMantissa)
            .venueSizeMantissa(venueSizeMantissa)
            .timeNs(timeNs);
        publish(MessageHeaderEncoder.ENCODED_LENGTH + difference.encodedLength());
    }

    private OrderRejectedEncoder wrapRejected(
        final int botId,
        final long clientOrderId,
        final int instrumentId,
        final RejectReason reason,
        final int venueCode,
        final long exchangeTimeNs,
        final long receiveTimeNs)
    {
        return rejected.wrapAndApplyHeader(buffer, 0, header)
            .botId(botId)
            .clientOrderId(clientOrderId)
            .instrumentId(instrumentId)
            .reason(reason)
            .venueCode(venueCode)
            .exchangeTimeNs(exchangeTimeNs)
            .receiveTimeNs(receiveTimeNs);
    }

    private void publish(final int length)
    {
        published++;
        sink.publish(buffer, 0, length);
    }
}
