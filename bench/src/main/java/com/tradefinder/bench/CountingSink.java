package com.tradefinder.bench;

import com.tradefinder.codecs.EngineFaultDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.RegimeUpdateDecoder;
import com.tradefinder.engine.logic.OutboundSink;
import org.agrona.DirectBuffer;

import java.nio.ByteOrder;

/**
 * The no-op sink of the benchmarks: it only counts outputs by kind, so a run can be checked afterwards (regime
 * updates produced, no fault). Reads two bytes per output; allocation-free.
 */
public final class CountingSink implements OutboundSink
{
    private static final int TEMPLATE_ID_OFFSET = MessageHeaderDecoder.templateIdEncodingOffset();

    private long outputs;
    private long regimeUpdates;
    private long faults;

    @Override
    public void onOutbound(final long causeSequence, final DirectBuffer buffer, final int offset, final int length)
    {
        outputs++;
        final int templateId = buffer.getShort(offset + TEMPLATE_ID_OFFSET, ByteOrder.LITTLE_ENDIAN) & 0xFFFF;
        if (templateId == RegimeUpdateDecoder.TEMPLATE_ID)
        {
            regimeUpdates++;
        }
        else if (templateId == EngineFaultDecoder.TEMPLATE_ID)
        {
            faults++;
        }
    }

    /**
     * @return outputs seen.
     */
    public long outputs()
    {
        return outputs;
    }

    /**
     * @return RegimeUpdate outputs seen.
     */
    public long regimeUpdates()
    {
        return regimeUpdates;
    }

    /**
     * @return EngineFault outputs seen.
     */
    public long faults()
    {
        return faults;
    }
}
