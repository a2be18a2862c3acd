package com.tradefinder.engine.venue;

import com.tradefinder.codecs.BalanceUpdateEncoder;
import com.tradefinder.codecs.FillEncoder;
import com.tradefinder.codecs.FundingPaymentEncoder;
import com.tradefinder.codecs.Liquidity;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.OrderAcceptedEncoder;
import com.tradefinder.codecs.OrderCanceledEncoder;
import com.tradefinder.codecs.OrderExpiredEncoder;
import com.tradefinder.codecs.OrderRejectedEncoder;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.PositionUpdateEncoder;
import com.tradefinder.codecs.Side;
import org.agrona.BufferUtil;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.charset.StandardCharsets;

/**
 * Encodes the simulated venue's execution events into one reused buffer and hands each to the {@link ExecutionSink}.
 * Every event carries its venue time in both {@code exchangeTimeNs} and {@code receiveTimeNs}.
 * <p>
 * Single-threaded; allocation-free after construction.
 */
final class ExecutionPublisher
{
    private static final int CAPACITY = 1024;
    private static final int TEXT_CAPACITY = 256;

    private final ExecutionSink sink;
    private final UnsafeBuffer buffer = new UnsafeBuffer(BufferUtil.allocateDirectAligned(CAPACITY, 64));
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final OrderAcceptedEncoder accepted = new OrderAcceptedEncoder();
    private final OrderRejectedEncoder rejected = new OrderRejectedEncoder();
    private final OrderCanceledEncoder canceled = new OrderCanceledEncoder();
    private final OrderExpiredEncoder expired = new OrderExpiredEncoder();
    private final FillEncoder fill = new FillEncoder();
    private final PositionUpdateEncoder positionUpdate = new PositionUpdateEncoder();
    private final BalanceUpdateEncoder balanceUpdate = new BalanceUpdateEncoder();
    private final FundingPaymentEncoder fundingPayment = new FundingPaymentEncoder();
    private final byte[] asset = new byte[BalanceUpdateEncoder.assetLength()];
    private final byte[] text = new byte[TEXT_CAPACITY];
    private long events;

    /**
     * @param sink  receives every event.
     * @param asset margin asset for BalanceUpdate, ASCII, at most 8 characters.
     */
    ExecutionPublisher(final ExecutionSink sink, final String asset)
    {
        this.sink = sink;
        final byte[] bytes = asset.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(bytes, 0, this.asset, 0, bytes.length);
    }

    /**
     * @return events published so far.
     */
    long events()
    {
        return events;
    }

    void accepted(final VenueOrder order, final long timeNs)
    {
        accepted.wrapAndApplyHeader(buffer, 0, header)
            .botId(order.botId)
            .clientOrderId(order.clientOrderId)
            .venueOrderId(order.venueOrderId)
            .instrumentId(order.instrumentId)
            .exchangeTimeNs(timeNs)
            .receiveTimeNs(timeNs);
        send(MessageHeaderEncoder.ENCODED_LENGTH + accepted.encodedLength(), timeNs);
    }

    /**
     * @param error a refusal whose text has no value in it.
     */
    void rejected(final int botId, final long clientOrderId, final int instrumentId, final VenueError error,
        final long timeNs)
    {
        final byte[] message = error.text();
        rejected(botId, clientOrderId, instrumentId, error, message, message.length, timeNs);
    }

    /**
     * @param error       the refusal.
     * @param message     its full text, ASCII.
     * @param textLength  bytes of {@code message} to use.
     */
    void rejected(final int botId, final long clientOrderId, final int instrumentId, final VenueError error,
        final byte[] message, final int textLength, final long timeNs)
    {
        rejected.wrapAndApplyHeader(buffer, 0, header)
            .botId(botId)
            .clientOrderId(clientOrderId)
            .instrumentId(instrumentId)
            .reason(error.reason())
            .venueCode(error.code())
            .exchangeTimeNs(timeNs)
            .receiveTimeNs(timeNs)
            .putVenueText(message, 0, textLength);
        send(MessageHeaderEncoder.ENCODED_LENGTH + rejected.encodedLength(), timeNs);
    }

    /**
     * Refuses a leverage with the text "Leverage n is not valid", rendered without allocating.
     */
    void rejectedLeverage(final int botId, final int instrumentId, final int leverage, final long timeNs)
    {
        final byte[] prefix = VenueError.INVALID_LEVERAGE.text();
        System.arraycopy(prefix, 0, text, 0, prefix.length);
        int length = VenueText.putLong(text, prefix.length, leverage);
        final byte[] suffix = VenueError.INVALID_LEVERAGE_SUFFIX;
        System.arraycopy(suffix, 0, text, length, suffix.length);
        length += suffix.length;
        rejected(botId, 0, instrumentId, VenueError.INVALID_LEVERAGE, text, length, timeNs);
    }

    void canceled(final VenueOrder order, final long timeNs)
    {
        canceled.wrapAndApplyHeader(buffer, 0, header)
            .botId(order.botId)
            .clientOrderId(order.clientOrderId)
            .instrumentId(order.instrumentId)
            .exchangeTimeNs(timeNs)
            .receiveTimeNs(timeNs);
        send(MessageHeaderEncoder.ENCODED_LENGTH + canceled.encodedLength(), timeNs);
    }

    void expired(final VenueOrder order, final long timeNs)
    {
        expired.wrapAndApplyHeader(buffer, 0, header)
            .botId(order.botId)
            .clientOrderId(order.clientOrderId)
            .instrumentId(order.instrumentId)
            .exchangeTimeNs(timeNs)
            .receiveTimeNs(timeNs);
        send(MessageHeaderEncoder.ENCODED_LENGTH + expired.encodedLength(), timeNs);
    }

    /**
     * Publishes a fill; the order's filled size must already include it.
     */
    void fill(final VenueOrder order, final long tradeId, final long priceMantissa, final long sizeMantissa,
        final long feeMantissa, final boolean maker, final long timeNs)
    {
        fill.wrapAndApplyHeader(buffer, 0, header)
            .botId(order.botId)
            .clientOrderId(order.clientOrderId)
            .venueOrderId(order.venueOrderId)
            .tradeId(tradeId)
            .instrumentId(order.instrumentId)
            .side(order.buy ? Side.BUY : Side.SELL)
            .positionSide(order.positionSide)
            .priceMantissa(priceMantissa)
            .sizeMantissa(sizeMantissa)
            .cumulativeSizeMantissa(order.filledMantissa)
            .leavesSizeMantissa(order.leavesMantissa())
            .feeMantissa(feeMantissa)
            .liquidity(maker ? Liquidity.MAKER : Liquidity.TAKER)
            .exchangeTimeNs(timeNs)
            .receiveTimeNs(timeNs);
        send(MessageHeaderEncoder.ENCODED_LENGTH + fill.encodedLength(), timeNs);
    }

    void positionUpdate(final int botId, final int instrumentId, final PositionSide side, final long sizeMantissa,
        final long entryPriceMantissa, final long unrealizedPnlMantissa, final long timeNs)
    {
        positionUpdate.wrapAndApplyHeader(buffer, 0, header)
            .botId(botId)
            .instrumentId(instrumentId)
            .positionSide(side)
            .sizeMantissa(sizeMantissa)
            .entryPriceMantissa(entryPriceMantissa)
            .unrealizedPnlMantissa(unrealizedPnlMantissa)
            .exchangeTimeNs(timeNs)
            .receiveTimeNs(timeNs);
        send(MessageHeaderEncoder.ENCODED_LENGTH + positionUpdate.encodedLength(), timeNs);
    }

    void balanceUpdate(final Account account, final long timeNs)
    {
        balanceUpdate.wrapAndApplyHeader(buffer, 0, header)
            .botId(account.botId())
            .putAsset(asset, 0)
            .walletBalanceMantissa(account.walletMantissa)
            .availableBalanceMantissa(account.availableMantissa())
            .exchangeTimeNs(timeNs)
            .receiveTimeNs(timeNs);
        send(MessageHeaderEncoder.ENCODED_LENGTH + balanceUpdate.encodedLength(), timeNs);
    }

    void fundingPayment(final int botId, final int instrumentId, final PositionSide side, final long amountMantissa,
        final long fundingRatePpb, final long timeNs)
    {
        fundingPayment.wrapAndApplyHeader(buffer, 0, header)
            .botId(botId)
            .instrumentId(instrumentId)
            .positionSide(side)
            .amountMantissa(amountMantissa)
            .fundingRatePpb(fundingRatePpb)
            .exchangeTimeNs(timeNs)
            .receiveTimeNs(timeNs);
        send(MessageHeaderEncoder.ENCODED_LENGTH + fundingPayment.encodedLength(), timeNs);
    }

    private void send(final int length, final long timeNs)
    {
        events++;
        sink.onExecution(buffer, 0, length, timeNs);
    }
}
