package com.tradefinder.engine.strategy;

import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.SignalAction;
import com.tradefinder.codecs.WebhookSignalDecoder;
import com.tradefinder.codecs.WebhookSignalEncoder;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Encodes webhook signals with the production codec into one reused buffer and hands back a decoder over it, as the
 * bot would pass a journaled signal to a strategy. Reuses its buffer and flyweights: allocation-free per signal.
 */
final class Signals
{
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
    private final MessageHeaderEncoder headerEncoder = new MessageHeaderEncoder();
    private final MessageHeaderDecoder headerDecoder = new MessageHeaderDecoder();
    private final WebhookSignalEncoder encoder = new WebhookSignalEncoder();
    private final WebhookSignalDecoder decoder = new WebhookSignalDecoder();

    /** @return a decoder over the signal; valid until the next call. */
    WebhookSignalDecoder signal(final int instrumentId, final SignalAction action, final long price, final long stop,
        final long takeProfit)
    {
        encoder.wrapAndApplyHeader(buffer, 0, headerEncoder)
            .botId(1)
            .instrumentId(instrumentId)
            .action(action)
            .receiveTimeNs(0)
            .alertTimeNs(0)
            .priceMantissa(price)
            .sizeMantissa(0)
            .riskBps(0)
            .stopPriceMantissa(stop)
            .takeProfitPriceMantissa(takeProfit);
        return decoder.wrapAndApplyHeader(buffer, 0, headerDecoder);
    }

    /** @return a decoder over a signal for the test instrument with no price, stop or take-profit. */
    WebhookSignalDecoder signal(final SignalAction action)
    {
        return signal(TestBars.INSTRUMENT, action, 0, 0, 0);
    }
}
