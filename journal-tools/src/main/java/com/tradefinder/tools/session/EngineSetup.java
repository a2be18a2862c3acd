package com.tradefinder.tools.session;

import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.ConfigChangeEncoder;
import com.tradefinder.codecs.EngineSettingsEncoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.config.BotConfig;
import com.tradefinder.config.RegimeConfig;
import com.tradefinder.engine.bot.BotFactory;
import com.tradefinder.engine.venue.VenueSimulationSettings;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What every engine session publishes before market data, the same for a backtest and a running engine: the
 * EngineSettings (the first bot's {@code [regime]} and every timeframe the bots need) and each bot's config text as
 * ConfigChange events (bot id = position in the list); plus the simulated venue's settings for backtest and paper.
 * <p>
 * Confined to the thread that publishes the session's start (it reuses one encoding buffer).
 */
public final class EngineSetup
{
    /** Takes one encoded event: an engine's publish method. */
    @FunctionalInterface
    public interface Publisher
    {
        /**
         * @param buffer holding one SBE message, header included.
         * @param offset of the message.
         * @param length of the message.
         */
        void publish(DirectBuffer buffer, int offset, int length);
    }

    /** Characters of config text per ConfigChange event: at most 3 UTF-8 bytes each, so it fits a 4 KiB record. */
    private static final int CONFIG_CHUNK_CHARS = 1_200;

    private final List<BotConfig> bots;
    private final UnsafeBuffer scratch = new UnsafeBuffer(new byte[8 * 1024]);
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();

    /**
     * @param bots validated bot configs, in bot-id order; at least one.
     */
    public EngineSetup(final List<BotConfig> bots)
    {
        if (bots.isEmpty())
        {
            throw new IllegalArgumentException("an engine session needs at least one bot config");
        }
        this.bots = List.copyOf(bots);
    }

    /**
     * @return every timeframe the bots' strategies and equity snapshots need, in seconds, ascending.
     */
    public int[] timeframes()
    {
        final TreeSet<Integer> frames = new TreeSet<>();
        for (final BotConfig bot : bots)
        {
            frames.addAll(bot.timeframes().allSec());
            frames.add(bot.timeframes().baseSec());
        }
        return frames.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Publishes the EngineSettings event.
     *
     * @param timeNs    event time.
     * @param publisher where it goes.
     */
    public void publishSettings(final long timeNs, final Publisher publisher)
    {
        final RegimeConfig regime = bots.get(0).regime();
        final int[] frames = timeframes();
        final EngineSettingsEncoder settings = new EngineSettingsEncoder()
            .wrapAndApplyHeader(scratch, 0, header)
            .timeNs(timeNs)
            .adxPeriod(regime.adxPeriod())
            .atrPeriod(regime.atrPeriod())
            .bollingerPeriod(regime.bollingerPeriod())
            .bollingerStdDevs(regime.bollingerStdDevs())
            .percentileWindow(regime.percentileWindow())
            .trendAdxEnter(regime.trendAdxEnter())
            .trendAdxExit(regime.trendAdxExit())
            .rangeAdxMax(regime.rangeAdxMax())
            .highVolatilityPercentile(regime.highVolatilityPercentile())
            .highVolatilityExitPercentile(regime.highVolatilityExitPercentile())
            .squeezePercentile(regime.squeezePercentile())
            .confirmBars(regime.confirmBars());
        final EngineSettingsEncoder.TimeframesEncoder group = settings.timeframesCount(frames.length);
        for (final int frame : frames)
        {
            group.next().timeframeSec(frame);
        }
        publisher.publish(scratch, 0, MessageHeaderEncoder.ENCODED_LENGTH + settings.encodedLength());
    }

    /**
     * Publishes each bot's config text as ConfigChange events, in chunks that fit a journal record.
     *
     * @param timeNs    event time.
     * @param publisher where they go.
     */
    public void publishConfigs(final long timeNs, final Publisher publisher)
    {
        for (int botId = 0; botId < bots.size(); botId++)
        {
            final BotConfig bot = bots.get(botId);
            final List<String> pieces = chunks(bot.text());
            final int chunks = pieces.size();
            for (int chunk = 0; chunk < chunks; chunk++)
            {
                final ConfigChangeEncoder change = new ConfigChangeEncoder()
                    .wrapAndApplyHeader(scratch, 0, header)
                    .botId(botId)
                    .configHash(bot.hash())
                    .configVersion(1)
                    .timeNs(timeNs)
                    .chunk(chunk)
                    .lastChunk(chunk == chunks - 1 ? BooleanType.TRUE : BooleanType.FALSE)
                    .configText(pieces.get(chunk));
                publisher.publish(scratch, 0, MessageHeaderEncoder.ENCODED_LENGTH + change.encodedLength());
            }
        }
    }

    /**
     * The venue simulation follows the first bot's {@code [fees]} and {@code [simulation]}; every bot gets its own
     * starting balance.
     *
     * @return concluded settings for a {@link com.tradefinder.engine.venue.SimulatedVenue}.
     */
    public VenueSimulationSettings venueSettings()
    {
        final BotConfig first = bots.get(0);
        final VenueSimulationSettings settings = new VenueSimulationSettings()
            .makerFeeBps(first.fees().makerBps())
            .takerFeeBps(first.fees().takerBps())
            .slippageBps(first.simulation().slippageBps())
            .latencyNs(first.simulation().latencyMs() * 1_000_000L)
            .touchFills(first.simulation().touchFills())
            .fundingEnabled(first.simulation().funding())
            .defaultPositionMode(first.instruments().positionMode())
            .defaultMarginMode(first.instruments().marginMode())
            .asset(first.risk().quoteAsset());
        for (int botId = 0; botId < bots.size(); botId++)
        {
            settings.startingBalanceMantissa(botId, BotFactory.amount(bots.get(botId).risk().initialEquity()));
        }
        return settings.conclude();
    }

    /** Splits a text into pieces of at most {@link #CONFIG_CHUNK_CHARS}, never between a surrogate pair. */
    private static List<String> chunks(final String text)
    {
        final List<String> pieces = new ArrayList<>();
        int start = 0;
        do
        {
            int end = Math.min(text.length(), start + CONFIG_CHUNK_CHARS);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1)))
            {
                end--;
            }
            pieces.add(text.substring(start, end));
            start = end;
        }
        while (start < text.length());
        return pieces;
    }
}
