package com.tradefinder.engine.logic;

import com.tradefinder.codecs.EngineFaultEncoder;
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
 */
final class OutboundEncoder
{
    private static final int CAPACITY = 4096;

    private final OutboundSink sink;
    private final UnsafeBuffer buffer = new UnsafeBuffer(BufferUtil.allocateDirectAligned(CAPACITY, 64));
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final RegimeUpdateEncoder regimeUpdate = new RegimeUpdateEncoder();
    private final RegimeChangeEncoder regimeChange = new RegimeChangeEncoder();
    private final StateHashEncoder stateHash = new StateHashEncoder();
    private final EngineFaultEncoder fault = new EngineFaultEncoder();
    private long causeSequence;
    private long outputs;

    OutboundEncoder(final OutboundSink sink)
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

    private void send(final int length)
    {
        outputs++;
        sink.onOutbound(causeSequence, buffer, 0, length);
    }
}
