package com.tradefinder.engine.logic;

import com.tradefinder.codecs.CancelOrderEncoder;
import com.tradefinder.codecs.EngineFaultEncoder;
import com.tradefinder.codecs.EquitySnapshotEncoder;
import com.tradefinder.codecs.NewOrderEncoder;
import com.tradefinder.codecs.OrderUpdateEncoder;
import com.tradefinder.codecs.RiskDecisionEncoder;
import com.tradefinder.codecs.TradeClosedEncoder;
import com.tradefinder.codecs.VenueSetupEncoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.Regime;
import com.tradefinder.codecs.RegimeChangeEncoder;
import com.tradefinder.codecs.RegimeUpdateEncoder;
import com.tradefinder.codecs.StateHashEncoder;
import org.agrona.BufferUtil;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Encodes the business logic's outputs into one reused buffer and hands them to the {@link OutboundSink}.
 * <p>
 * Business-logic thread only. Allocation-free except {@link #fault}, which runs once before the logic halts.
 * <p>
 * Pattern: {@code x()} wraps the reused buffer and returns the message's encoder for the caller to fill;
 * {@code send(x)} hands the encoded message on. One message at a time.
 */
public final class OutboundEncoder
{
    private static final int CAPACITY = 4096;

    private final OutboundSink sink;
    private final UnsafeBuffer buffer = new UnsafeBuffer(BufferUtil.allocateDirectAligned(CAPACITY, 64));
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final RegimeUpdateEncoder regimeUpdate = new RegimeUpdateEncoder();
    private final RegimeChangeEncoder regimeChange = new RegimeChangeEncoder();
    private final StateHashEncoder stateHash = new StateHashEncoder();
    private final EngineFaultEncoder fault = new EngineFaultEncoder();
    private final NewOrderEncoder newOrder = new NewOrderEncoder();
    private final CancelOrderEncoder cancelOrder = new CancelOrderEncoder();
    private final VenueSetupEncoder venueSetup = new VenueSetupEncoder();
    private final OrderUpdateEncoder orderUpdate = new OrderUpdateEncoder();
    private final RiskDecisionEncoder riskDecision = new RiskDecisionEncoder();
    private final TradeClosedEncoder tradeClosed = new TradeClosedEncoder();
    private final EquitySnapshotEncoder equitySnapshot = new EquitySnapshotEncoder();
    private long causeSequence;
    private long outputs;

    /**
     * @param sink receives every encoded output.
     */
    public OutboundEncoder(final OutboundSink sink)
    {
        this.sink = sink;
    }

    void causeSequence(final long sequence)
    {
        this.causeSequence = sequence;
    }

    long outputs()
    {
        return outputs;
    }

    RegimeUpdateEncoder regimeUpdate()
    {
        return regimeUpdate.wrapAndApplyHeader(buffer, 0, header);
    }

    void sendRegimeUpdate()
    {
        send(MessageHeaderEncoder.ENCODED_LENGTH + regimeUpdate.encodedLength());
    }

    void regimeChange(final int instrumentId, final int timeframeSec, final long timeNs, final Regime from,
        final Regime to)
    {
        regimeChange.wrapAndApplyHeader(buffer, 0, header)
            .instrumentId(instrumentId)
            .timeframeSec(timeframeSec)
            .timeNs(timeNs)
            .fromRegime(from)
            .toRegime(to);
        send(MessageHeaderEncoder.ENCODED_LENGTH + regimeChange.encodedLength());
    }

    void stateHash(final long checkpointId, final long timeNs, final long eventsProcessed, final long hash)
    {
        stateHash.wrapAndApplyHeader(buffer, 0, header)
            .checkpointId(checkpointId)
            .timeNs(timeNs)
            .eventsProcessed(eventsProcessed)
            .stateHash(hash);
        send(MessageHeaderEncoder.ENCODED_LENGTH + stateHash.encodedLength());
    }

    void fault(final long inboundSequence, final int templateId, final long timeNs, final String description)
    {
        final String text = description.length() > 1024 ? description.substring(0, 1024) : description;
        fault.wrapAndApplyHeader(buffer, 0, header)
            .inboundSequence(inboundSequence)
            .templateId(templateId)
            .timeNs(timeNs)
            .description(text);
        send(MessageHeaderEncoder.ENCODED_LENGTH + fault.encodedLength());
    }

    /**
     * @return the NewOrder encoder over the reused buffer.
     */
    public NewOrderEncoder newOrder()
    {
        return newOrder.wrapAndApplyHeader(buffer, 0, header);
    }

    /**
     * @return the CancelOrder encoder over the reused buffer.
     */
    public CancelOrderEncoder cancelOrder()
    {
        return cancelOrder.wrapAndApplyHeader(buffer, 0, header);
    }

    /**
     * @return the VenueSetup encoder over the reused buffer.
     */
    public VenueSetupEncoder venueSetup()
    {
        return venueSetup.wrapAndApplyHeader(buffer, 0, header);
    }

    /**
     * @return the OrderUpdate encoder over the reused buffer.
     */
    public OrderUpdateEncoder orderUpdate()
    {
        return orderUpdate.wrapAndApplyHeader(buffer, 0, header);
    }

    /**
     * @return the RiskDecision encoder over the reused buffer.
     */
    public RiskDecisionEncoder riskDecision()
    {
        return riskDecision.wrapAndApplyHeader(buffer, 0, header);
    }

    /**
     * @return the TradeClosed encoder over the reused buffer.
     */
    public TradeClosedEncoder tradeClosed()
    {
        return tradeClosed.wrapAndApplyHeader(buffer, 0, header);
    }

    /**
     * @return the EquitySnapshot encoder over the reused buffer.
     */
    public EquitySnapshotEncoder equitySnapshot()
    {
        return equitySnapshot.wrapAndApplyHeader(buffer, 0, header);
    }

    /**
     * Hands on the message last encoded through one of the accessors above.
     *
     * @param encoder the encoder that was filled.
     */
    public void send(final org.agrona.sbe.MessageEncoderFlyweight encoder)
    {
        send(MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength());
    }

    private void send(final int length)
    {
        outputs++;
        sink.onOutbound(causeSequence, buffer, 0, length);
    }
}
