package com.tradefinder.gateway.binance.ws;

import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.UnsafeBuffer;

import com.tradefinder.codecs.GatewayState;
import com.tradefinder.codecs.GatewayStatusEncoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.Venue;
import com.tradefinder.gateway.binance.InboundSink;

/**
 * Publishes SBE {@code GatewayStatus} messages (venue {@code BINANCE_USDM}) to the {@link InboundSink}, so the journal
 * records every connect, disconnect and book resync with its reason.
 * <p>
 * {@code detailCode}: the {@link BinanceRoute#code()} of the connection for CONNECTED and DISCONNECTED, the instrument
 * id for RESYNCING. {@code detail}: a one-line ASCII text (longer texts are cut at {@link #MAX_DETAIL_LENGTH},
 * non-ASCII characters become {@code ?}). {@code timeNs}: the wall clock at publication, epoch nanoseconds.
 * <p>
 * Thread-safe: connections on different event loops share one publisher; calls are serialised (they are rare).
 */
public final class GatewayStatusPublisher
{
    /** Longest detail text, in characters. */
    public static final int MAX_DETAIL_LENGTH = 400;

    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final GatewayStatusEncoder encoder = new GatewayStatusEncoder();
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[
        MessageHeaderEncoder.ENCODED_LENGTH + GatewayStatusEncoder.BLOCK_LENGTH + 4 + MAX_DETAIL_LENGTH]);
    private final StringBuilder detail = new StringBuilder(MAX_DETAIL_LENGTH);
    private final InboundSink sink;
    private final EpochNanoClock clock;

    /**
     * @param sink  where the messages go.
     * @param clock wall clock for {@code timeNs}.
     */
    public GatewayStatusPublisher(final InboundSink sink, final EpochNanoClock clock)
    {
        this.sink = sink;
        this.clock = clock;
    }

    /**
     * @param state      the new state.
     * @param detailCode route code or instrument id, see the class comment.
     * @param text       why, one line.
     */
    public synchronized void publish(final GatewayState state, final int detailCode, final CharSequence text)
    {
        detail.setLength(0);
        final int length = Math.min(text.length(), MAX_DETAIL_LENGTH);
        for (int i = 0; i < length; i++)
        {
            final char c = text.charAt(i);
            detail.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        encoder.wrapAndApplyHeader(buffer, 0, header)
            .venue(Venue.BINANCE_USDM)
            .state(state)
            .detailCode(detailCode)
            .timeNs(clock.nanoTime())
            .detail(detail);
        sink.publish(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength());
    }
}
