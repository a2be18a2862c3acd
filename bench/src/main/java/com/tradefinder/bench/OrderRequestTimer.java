package com.tradefinder.bench;

import com.tradefinder.codecs.CancelOrderDecoder;
import com.tradefinder.codecs.EngineFaultDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.NewOrderDecoder;
import com.tradefinder.codecs.RiskDecisionDecoder;
import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.VenueSetupDecoder;
import com.tradefinder.engine.logic.OutboundSink;
import com.tradefinder.gateway.binance.order.OrderRequestEncoder;
import org.HdrHistogram.Histogram;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The business thread's downstream sink in the latency harnesses: each NewOrder is turned into Binance's signed
 * request bytes by the gateway's {@link OrderRequestEncoder}, and the moment those bytes are written (or, if so
 * built, the moment the NewOrder arrives) is the end of the measured path. The first NewOrder caused by a measured
 * trigger records {@code end - trigger due time} into the histogram (coordinated omission corrected: the due time is
 * the trigger's intended send time). Commands then go on to the {@link PaperVenue}.
 * <p>
 * Business-logic thread only; allocation-free. Counters are plain fields: read them after the engine closed.
 */
final class OrderRequestTimer implements OutboundSink
{
    private final OrderRequestEncoder encoder;
    private final TriggerTimes triggers;
    private final PaperVenue venue;
    private final boolean stampOnArrival;
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final NewOrderDecoder newOrder = new NewOrderDecoder();
    private final RiskDecisionDecoder riskDecision = new RiskDecisionDecoder();
    private long riskRejects;
    private int lastRiskRejectReason;
    private final UnsafeBuffer request = new UnsafeBuffer(new byte[OrderRequestEncoder.MAX_LENGTH]);
    private Histogram latency;
    private long lastTriggerCause = -1;
    private long newOrders;
    private long triggersWithOrder;
    private long encodeFailures;
    private long faults;
    private long requestBytes;
    private long lastTriggerIndex = -1;

    /**
     * @param encoder  the gateway's order encoder (its own signer).
     * @param triggers the measured triggers by inbound sequence.
     * @param venue    answers the commands.
     */
    OrderRequestTimer(final OrderRequestEncoder encoder, final TriggerTimes triggers, final PaperVenue venue)
    {
        this(encoder, triggers, venue, false);
    }

    /**
     * @param encoder         the gateway's order encoder (its own signer).
     * @param triggers        the measured triggers by inbound sequence.
     * @param venue           answers the commands.
     * @param stampOnArrival  true: the measured path ends when the NewOrder reaches this sink (P7); false: once its
     *                        signed request bytes are written (P6).
     */
    OrderRequestTimer(final OrderRequestEncoder encoder, final TriggerTimes triggers, final PaperVenue venue,
        final boolean stampOnArrival)
    {
        this.encoder = encoder;
        this.triggers = triggers;
        this.venue = venue;
        this.stampOnArrival = stampOnArrival;
    }

    /**
     * Where latencies go from now on; null stops recording (warm-up). Set it before the triggers it should see are
     * published: the ring orders the write before the business thread reads it.
     *
     * @param histogram the histogram, written on the business thread only.
     */
    void record(final Histogram histogram)
    {
        this.latency = histogram;
    }

    @Override
    public void onOutbound(final long causeSequence, final DirectBuffer buffer, final int offset, final int length)
    {
        header.wrap(buffer, offset);
        switch (header.templateId())
        {
            case NewOrderDecoder.TEMPLATE_ID:
                onNewOrder(causeSequence, buffer, offset, length);
                break;
            case CancelOrderDecoder.TEMPLATE_ID:
            case VenueSetupDecoder.TEMPLATE_ID:
                venue.offerCommand(buffer, offset, length);
                break;
            case RiskDecisionDecoder.TEMPLATE_ID:
                riskDecision.wrapAndApplyHeader(buffer, offset, header);
                if (riskDecision.accepted() != BooleanType.TRUE)
                {
                    riskRejects++;
                    lastRiskRejectReason = riskDecision.reasonRaw();
                }
                break;
            case EngineFaultDecoder.TEMPLATE_ID:
                faults++;
                break;
            default:
                break;
        }
    }

    private void onNewOrder(final long causeSequence, final DirectBuffer buffer, final int offset, final int length)
    {
        final long arrivedNs = stampOnArrival ? System.nanoTime() : 0;
        newOrders++;
        newOrder.wrapAndApplyHeader(buffer, offset, header);
        final int written = encoder.encodeNewOrder(newOrder, newOrder.timeNs() / 1_000_000L, request);
        final long writtenNs = stampOnArrival ? arrivedNs : System.nanoTime();
        if (written <= 0)
        {
            encodeFailures++;
        }
        else
        {
            requestBytes += written;
        }
        if (causeSequence != lastTriggerCause)
        {
            final int slot = triggers.find(causeSequence);
            if (slot >= 0)
            {
                lastTriggerCause = causeSequence;
                lastTriggerIndex = triggers.index(slot);
                triggersWithOrder++;
                final Histogram histogram = latency;
                if (histogram != null)
                {
                    histogram.recordValue(Math.max(0, writtenNs - triggers.dueNs(slot)));
                }
            }
        }
        venue.offerCommand(buffer, offset, length);
    }

    /**
     * @return NewOrders seen.
     */
    long newOrders()
    {
        return newOrders;
    }

    /**
     * @return measured triggers that caused at least one NewOrder.
     */
    long triggersWithOrder()
    {
        return triggersWithOrder;
    }

    /**
     * @return the number of the last trigger that caused an order, or -1.
     */
    long lastTriggerIndex()
    {
        return lastTriggerIndex;
    }

    /**
     * @return NewOrders the encoder refused (unknown instrument, unsupported, bad value).
     */
    long encodeFailures()
    {
        return encodeFailures;
    }

    /**
     * @return entries the risk engine refused.
     */
    long riskRejects()
    {
        return riskRejects;
    }

    /**
     * @return the RejectReason code of the last refused entry, 0 if none.
     */
    int lastRiskRejectReason()
    {
        return lastRiskRejectReason;
    }

    /**
     * @return EngineFault outputs (an exception in the business logic).
     */
    long faults()
    {
        return faults;
    }

    /**
     * @return signed request bytes written in all.
     */
    long requestBytes()
    {
        return requestBytes;
    }
}
