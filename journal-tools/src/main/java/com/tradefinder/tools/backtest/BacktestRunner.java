package com.tradefinder.tools.backtest;

import com.tradefinder.codecs.CancelOrderDecoder;
import com.tradefinder.codecs.CheckpointEncoder;
import com.tradefinder.codecs.InstrumentDefinitionDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.NewOrderDecoder;
import com.tradefinder.codecs.VenueSetupDecoder;
import com.tradefinder.config.BotConfig;
import com.tradefinder.engine.app.InlineEngine;
import com.tradefinder.engine.marketdata.InstrumentSpec;
import com.tradefinder.engine.venue.SimulatedVenue;
import com.tradefinder.tools.importer.EventSource;
import com.tradefinder.tools.session.EngineSetup;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Runs bots over history with the simulated venue, through the same business logic that trades live, and journals
 * everything: the settings, the instruments, each bot's config text, the market data, the venue's answers, and
 * every output.
 * <p>
 * One thread drives it all, in this order for each market event: the venue releases answers whose latency has
 * elapsed, then matches resting orders against the event (fills happen inside the bar or at the trade, before the
 * logic sees its close), the answers are published, then the market event itself, then whatever the logic's
 * commands caused at once. Deterministic: the same configs and data give the same journal, byte for byte.
 */
public final class BacktestRunner
{
    /** What a run produced. */
    public record Result(long events, long outputs, long stateHash, boolean halted)
    {
    }

    private final EngineSetup setup;
    private final Path journalFolder;
    private final EventQueue venueAnswers = new EventQueue();
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final NewOrderDecoder newOrder = new NewOrderDecoder();
    private final CancelOrderDecoder cancelOrder = new CancelOrderDecoder();
    private final VenueSetupDecoder venueSetup = new VenueSetupDecoder();
    private final InstrumentDefinitionDecoder definition = new InstrumentDefinitionDecoder();
    private final UnsafeBuffer scratch = new UnsafeBuffer(new byte[256]);
    private SimulatedVenue venue;
    private InlineEngine engine;

    /**
     * @param bots          validated bot configs, in bot-id order.
     * @param journalFolder where the journal goes (replaced if it holds one).
     */
    public BacktestRunner(final List<BotConfig> bots, final Path journalFolder)
    {
        if (bots.isEmpty())
        {
            throw new IllegalArgumentException("a backtest needs at least one bot config");
        }
        this.setup = new EngineSetup(bots);
        this.journalFolder = journalFolder;
    }

    /**
     * @return every timeframe the bots' strategies and equity snapshots need, in seconds, ascending.
     */
    public int[] timeframes()
    {
        return setup.timeframes();
    }

    /**
     * Runs the backtest.
     *
     * @param history  the merged market data, instrument definitions first.
     * @param progress told the number of market events handled every 65,536 events.
     * @return the run's summary.
     */
    public Result run(final EventSource history, final LongConsumer progress)
    {
        venue = new SimulatedVenue(setup.venueSettings(), (buffer, offset, length, timeNs) ->
            venueAnswers.add(buffer, offset, length));
        engine = new InlineEngine(journalFolder, true, this::onOutput);
        long events = 0;
        long lastTimeNs = 0;
        try
        {
            boolean configured = false;
            while (history.next())
            {
                final DirectBuffer buffer = history.buffer();
                final int offset = history.offset();
                final int length = history.length();
                header.wrap(buffer, offset);
                if (!configured && header.templateId() != InstrumentDefinitionDecoder.TEMPLATE_ID)
                {
                    setup.publishSettings(history.timeNs(), engine::publish);
                    setup.publishConfigs(history.timeNs(), engine::publish);
                    configured = true;
                }
                if (header.templateId() == InstrumentDefinitionDecoder.TEMPLATE_ID)
                {
                    definition.wrapAndApplyHeader(buffer, offset, header);
                    venue.define(new InstrumentSpec().set(definition));
                    engine.publish(buffer, offset, length);
                    continue;
                }
                final long timeNs = history.timeNs();
                lastTimeNs = Math.max(lastTimeNs, timeNs);
                venue.advanceTo(timeNs);
                venue.onMarketData(buffer, offset, length);
                drainVenue();
                engine.publish(buffer, offset, length);
                drainVenue();
                if ((++events & 0xFFFF) == 0)
                {
                    progress.accept(events);
                }
            }
            if (!configured)
            {
                setup.publishSettings(0, engine::publish);
                setup.publishConfigs(0, engine::publish);
            }
            venue.advanceTo(lastTimeNs);
            drainVenue();
            final CheckpointEncoder checkpoint = new CheckpointEncoder()
                .wrapAndApplyHeader(scratch, 0, new MessageHeaderEncoder())
                .checkpointId(1)
                .timeNs(lastTimeNs);
            engine.publish(scratch, 0, MessageHeaderEncoder.ENCODED_LENGTH + checkpoint.encodedLength());
            return new Result(engine.events(), engine.logic().outputs(), engine.logic().stateHash(),
                engine.logic().halted());
        }
        finally
        {
            engine.close();
        }
    }

    private void drainVenue()
    {
        while (!venueAnswers.isEmpty())
        {
            venueAnswers.drain(engine::publish);
        }
    }

    /** The logic's outputs, already journaled: commands go to the venue, everything else stays in the journal. */
    private void onOutput(final long cause, final DirectBuffer buffer, final int offset, final int length)
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
