package com.tradefinder.bench;

import com.tradefinder.codecs.CancelOrderDecoder;
import com.tradefinder.codecs.InstrumentDefinitionDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.NewOrderDecoder;
import com.tradefinder.codecs.VenueSetupDecoder;
import com.tradefinder.config.BotConfig;
import com.tradefinder.engine.bot.BotFactory;
import com.tradefinder.engine.marketdata.InstrumentSpec;
import com.tradefinder.engine.venue.SimulatedVenue;
import com.tradefinder.engine.venue.VenueSimulationSettings;
import com.tradefinder.gateway.binance.InboundSink;
import org.agrona.BitUtil;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.ringbuffer.OneToOneRingBuffer;
import org.agrona.concurrent.ringbuffer.RingBufferDescriptor;

import java.nio.ByteBuffer;

/**
 * Paper trading for the latency harnesses: the engine's {@link SimulatedVenue} answers the business logic's commands
 * (NewOrder, CancelOrder, VenueSetup) with execution events published back into the engine, so that positions really
 * open and close and the next trigger makes an order again.
 * <p>
 * Threads: {@link #offerCommand} on the business-logic thread only (one producer); everything else on one driving
 * thread (the market-data client's event loop, or a venue thread), which first {@link #drainCommands() drains} the
 * commands, then hands the venue market data. Execution events go to the sink on the driving thread.
 */
final class PaperVenue
{
    private static final int COMMAND = 1;

    private final SimulatedVenue venue;
    private final OneToOneRingBuffer commands;
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final NewOrderDecoder newOrder = new NewOrderDecoder();
    private final CancelOrderDecoder cancelOrder = new CancelOrderDecoder();
    private final VenueSetupDecoder venueSetup = new VenueSetupDecoder();
    private final InstrumentDefinitionDecoder definition = new InstrumentDefinitionDecoder();
    private long droppedCommands;

    /**
     * @param bot        its [fees], [simulation] and [risk] initial equity set the venue up (bot id 0).
     * @param executions where execution events go, on the driving thread.
     */
    PaperVenue(final BotConfig bot, final InboundSink executions)
    {
        final VenueSimulationSettings settings = new VenueSimulationSettings()
            .makerFeeBps(bot.fees().makerBps())
            .takerFeeBps(bot.fees().takerBps())
            .slippageBps(bot.simulation().slippageBps())
            .latencyNs(bot.simulation().latencyMs() * 1_000_000L)
            .touchFills(bot.simulation().touchFills())
            .fundingEnabled(bot.simulation().funding())
            .defaultPositionMode(bot.instruments().positionMode())
            .defaultMarginMode(bot.instruments().marginMode())
            .asset(bot.risk().quoteAsset())
            .startingBalanceMantissa(0, BotFactory.amount(bot.risk().initialEquity()))
            .conclude();
        venue = new SimulatedVenue(settings, (buffer, offset, length, timeNs) ->
            executions.publish(buffer, offset, length));
        final int capacity = BitUtil.findNextPositivePowerOfTwo(1 << 20) + RingBufferDescriptor.TRAILER_LENGTH;
        commands = new OneToOneRingBuffer(new UnsafeBuffer(ByteBuffer.allocateDirect(capacity)));
    }

    /**
     * Defines an instrument; before any command or market data, on the driving thread.
     *
     * @param buffer holding an InstrumentDefinition, header included.
     * @param offset of the message.
     */
    void define(final DirectBuffer buffer, final int offset)
    {
        definition.wrapAndApplyHeader(buffer, offset, header);
        venue.define(new InstrumentSpec().set(definition));
    }

    /**
     * Queues a command for the venue; business-logic thread only, never blocks. A command that does not fit (the
     * driving thread stalled for a megabyte of commands) is counted and dropped.
     *
     * @param buffer holding one SBE command, header included.
     * @param offset of the message.
     * @param length of the message.
     */
    void offerCommand(final DirectBuffer buffer, final int offset, final int length)
    {
        if (!commands.write(COMMAND, buffer, offset, length))
        {
            droppedCommands++;
        }
    }

    /**
     * Hands every queued command to the venue, which may answer at once (accept, reject, cancel); driving thread.
     */
    void drainCommands()
    {
        commands.read(this::onCommand);
    }

    /**
     * Drains the commands, then lets the venue match one market event (Trade, BestBidOffer, Bar, MarkPrice,
     * FundingRate); driving thread.
     *
     * @param buffer holding the event, header included.
     * @param offset of the event.
     * @param length of the event.
     * @param timeNs the event's time: the venue advances to it first.
     */
    void onMarketData(final DirectBuffer buffer, final int offset, final int length, final long timeNs)
    {
        drainCommands();
        venue.advanceTo(timeNs);
        venue.onMarketData(buffer, offset, length);
    }

    /**
     * @return commands dropped because the queue was full; read after the run.
     */
    long droppedCommands()
    {
        return droppedCommands;
    }

    private void onCommand(final int msgTypeId, final org.agrona.MutableDirectBuffer buffer, final int offset,
        final int length)
    {
        header.wrap(buffer, offset);
        final long timeNs;
        switch (header.templateId())
        {
            case NewOrderDecoder.TEMPLATE_ID:
                timeNs = newOrder.wrapAndApplyHeader(buffer, offset, header).timeNs();
                break;
            case CancelOrderDecoder.TEMPLATE_ID:
                timeNs = cancelOrder.wrapAndApplyHeader(buffer, offset, header).timeNs();
                break;
            case VenueSetupDecoder.TEMPLATE_ID:
                timeNs = venueSetup.wrapAndApplyHeader(buffer, offset, header).timeNs();
                break;
            default:
                return;
        }
        venue.onCommand(buffer, offset, length, timeNs);
    }
}
