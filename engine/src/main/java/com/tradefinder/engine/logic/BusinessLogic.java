package com.tradefinder.engine.logic;

import com.tradefinder.codecs.AdminCommandDecoder;
import com.tradefinder.codecs.BarDecoder;
import com.tradefinder.codecs.BestBidOfferDecoder;
import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.CheckpointDecoder;
import com.tradefinder.codecs.ConfigChangeDecoder;
import com.tradefinder.codecs.DepthUpdateDecoder;
import com.tradefinder.codecs.EngineSettingsDecoder;
import com.tradefinder.codecs.FillDecoder;
import com.tradefinder.codecs.BalanceUpdateDecoder;
import com.tradefinder.codecs.FundingPaymentDecoder;
import com.tradefinder.codecs.FundingRateDecoder;
import com.tradefinder.codecs.InstrumentDefinitionDecoder;
import com.tradefinder.codecs.MarkPriceDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.OrderAcceptedDecoder;
import com.tradefinder.codecs.OrderCanceledDecoder;
import com.tradefinder.codecs.OrderExpiredDecoder;
import com.tradefinder.codecs.OrderRejectedDecoder;
import com.tradefinder.codecs.Regime;
import com.tradefinder.codecs.PriceSource;
import com.tradefinder.codecs.TimerDecoder;
import com.tradefinder.codecs.TradeDecoder;
import com.tradefinder.codecs.WebhookSignalDecoder;
import com.tradefinder.engine.bot.Bot;
import com.tradefinder.engine.bot.BotFactory;
import com.tradefinder.engine.marketdata.InstrumentSpec;
import com.tradefinder.engine.regime.RegimeSettings;
import com.tradefinder.engine.util.Hashing;
import com.tradefinder.numeric.FixedPoint;
import org.agrona.DirectBuffer;

/**
 * The single-threaded core: turns inbound events into bars, indicators and regimes, and emits outputs.
 * <p>
 * Contract:
 * <ul>
 *     <li>Called by one thread only (the business-logic thread), one event at a time, in inbound-sequence order,
 *     and only after the event is journaled.</li>
 *     <li>Deterministic: it never reads a clock, a random source or the environment. Time is the time carried by
 *     the events. The same inbound events give the same outputs, byte for byte, and the same {@link #stateHash()}.
 *     </li>
 *     <li>Allocation-free per event in steady state; it allocates only when an instrument or settings event
 *     arrives.</li>
 *     <li>An unexpected exception while handling an event is a bug: it is reported as an EngineFault output naming
 *     the event, and the logic halts (a half-applied event cannot be trusted); later events are counted, not
 *     handled. Replay reproduces the same fault at the same event.</li>
 * </ul>
 * It has no idea where events come from or where outputs go: the wiring (ring and journal) or a replay verifier
 * sits on either side.
 */
public final class BusinessLogic implements BarObserver
{
    /** Highest instrument id accepted; ids are small dense ints assigned by the edges. */
    public static final int MAX_INSTRUMENT_ID = 65_535;

    private static final int[] DEFAULT_TIMEFRAMES = { 3600, 14_400 };

    private final OutboundEncoder out;
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final TradeDecoder trade = new TradeDecoder();
    private final BarDecoder bar = new BarDecoder();
    private final BestBidOfferDecoder bestBidOffer = new BestBidOfferDecoder();
    private final DepthUpdateDecoder depth = new DepthUpdateDecoder();
    private final MarkPriceDecoder markPrice = new MarkPriceDecoder();
    private final FundingRateDecoder fundingRate = new FundingRateDecoder();
    private final InstrumentDefinitionDecoder instrumentDefinition = new InstrumentDefinitionDecoder();
    private final EngineSettingsDecoder engineSettings = new EngineSettingsDecoder();
    private final TimerDecoder timer = new TimerDecoder();
    private final CheckpointDecoder checkpoint = new CheckpointDecoder();
    private final ConfigChangeDecoder configChange = new ConfigChangeDecoder();
    private final AdminCommandDecoder admin = new AdminCommandDecoder();
    private final WebhookSignalDecoder signal = new WebhookSignalDecoder();
    private final OrderAcceptedDecoder accepted = new OrderAcceptedDecoder();
    private final OrderRejectedDecoder rejected = new OrderRejectedDecoder();
    private final OrderCanceledDecoder canceled = new OrderCanceledDecoder();
    private final OrderExpiredDecoder expired = new OrderExpiredDecoder();
    private final FillDecoder fill = new FillDecoder();
    private final FundingPaymentDecoder funding = new FundingPaymentDecoder();
    private final BalanceUpdateDecoder balance = new BalanceUpdateDecoder();

    private RegimeSettings settings = new RegimeSettings();
    private int[] timeframesSec = DEFAULT_TIMEFRAMES.clone();
    private InstrumentAnalysis[] instruments = new InstrumentAnalysis[16];
    private int[] definedIds = new int[0];
    private InstrumentSpec[] specs = new InstrumentSpec[16];
    private Bot[] bots = new Bot[0];
    private final StringBuilder pendingConfig = new StringBuilder();
    private int pendingConfigChunks;
    private final java.util.Map<Integer, String> symbols = new java.util.HashMap<>();

    private long eventsProcessed;
    private long eventsSkippedAfterHalt;
    private long unknownTemplates;
    private long unknownInstrumentEvents;
    private long lastEventTimeNs;
    private boolean halted;

    /**
     * @param sink receives every output, on this logic's thread.
     */
    public BusinessLogic(final OutboundSink sink)
    {
        this.out = new OutboundEncoder(sink);
    }

    /**
     * Handles one inbound event.
     *
     * @param sequence inbound sequence of the event.
     * @param buffer   holding the SBE message, header included.
     * @param offset   of the message.
     * @param length   of the message.
     */
    public void onEvent(final long sequence, final DirectBuffer buffer, final int offset, final int length)
    {
        if (halted)
        {
            eventsSkippedAfterHalt++;
            return;
        }
        out.causeSequence(sequence);
        header.wrap(buffer, offset);
        final int templateId = header.templateId();
        // counted before it is handled, so a Checkpoint's hash already includes the Checkpoint itself and equals
        // the state hash after it
        eventsProcessed++;
        try
        {
            dispatch(templateId, buffer, offset + MessageHeaderDecoder.ENCODED_LENGTH, header.blockLength(),
                header.version());
        }
        catch (final RuntimeException | AssertionError ex)
        {
            halted = true;
            out.fault(sequence, templateId, lastEventTimeNs, describe(ex));
        }
    }

    private static String describe(final Throwable ex)
    {
        final StringBuilder text = new StringBuilder(256).append(ex.getClass().getName());
        if (ex.getMessage() != null)
        {
            text.append(": ").append(ex.getMessage());
        }
        final StackTraceElement[] stack = ex.getStackTrace();
        if (stack.length > 0)
        {
            text.append(" at ").append(stack[0].getClassName()).append('.').append(stack[0].getMethodName());
        }
        return text.toString();
    }

    private void dispatch(final int templateId, final DirectBuffer buffer, final int offset, final int blockLength,
        final int version)
    {
        switch (templateId)
        {
            case TradeDecoder.TEMPLATE_ID:
                onTrade(trade.wrap(buffer, offset, blockLength, version));
                break;
            case BarDecoder.TEMPLATE_ID:
                onBar(bar.wrap(buffer, offset, blockLength, version));
                break;
            case BestBidOfferDecoder.TEMPLATE_ID:
                bestBidOffer.wrap(buffer, offset, blockLength, version);
                advanceTime(bestBidOffer.instrumentId(), bestBidOffer.exchangeTimeNs());
                break;
            case DepthUpdateDecoder.TEMPLATE_ID:
                depth.wrap(buffer, offset, blockLength, version);
                advanceTime(depth.instrumentId(), depth.exchangeTimeNs());
                break;
            case MarkPriceDecoder.TEMPLATE_ID:
                markPrice.wrap(buffer, offset, blockLength, version);
                advanceTime(markPrice.instrumentId(), markPrice.exchangeTimeNs());
                for (final Bot bot : bots)
                {
                    bot.onMarkPrice(markPrice.instrumentId(), markPrice.markPriceMantissa(),
                        markPrice.exchangeTimeNs());
                }
                break;
            case FundingRateDecoder.TEMPLATE_ID:
                fundingRate.wrap(buffer, offset, blockLength, version);
                advanceTime(fundingRate.instrumentId(), fundingRate.fundingTimeNs());
                break;
            case TimerDecoder.TEMPLATE_ID:
                onTimer(timer.wrap(buffer, offset, blockLength, version));
                break;
            case CheckpointDecoder.TEMPLATE_ID:
                onCheckpoint(checkpoint.wrap(buffer, offset, blockLength, version));
                break;
            case InstrumentDefinitionDecoder.TEMPLATE_ID:
                onInstrumentDefinition(instrumentDefinition.wrap(buffer, offset, blockLength, version));
                break;
            case EngineSettingsDecoder.TEMPLATE_ID:
                onEngineSettings(engineSettings.wrap(buffer, offset, blockLength, version));
                break;
            case ConfigChangeDecoder.TEMPLATE_ID:
                onConfigChange(configChange.wrap(buffer, offset, blockLength, version));
                break;
            case AdminCommandDecoder.TEMPLATE_ID:
                onAdmin(admin.wrap(buffer, offset, blockLength, version));
                break;
            case WebhookSignalDecoder.TEMPLATE_ID:
                signal.wrap(buffer, offset, blockLength, version);
                lastEventTimeNs = signal.receiveTimeNs();
                bot(signal.botId()).onSignal(signal);
                break;
            case OrderAcceptedDecoder.TEMPLATE_ID:
                accepted.wrap(buffer, offset, blockLength, version);
                lastEventTimeNs = accepted.exchangeTimeNs();
                bot(accepted.botId()).onAccepted(accepted);
                break;
            case OrderRejectedDecoder.TEMPLATE_ID:
                rejected.wrap(buffer, offset, blockLength, version);
                lastEventTimeNs = rejected.exchangeTimeNs();
                bot(rejected.botId()).onRejected(rejected);
                break;
            case OrderCanceledDecoder.TEMPLATE_ID:
                canceled.wrap(buffer, offset, blockLength, version);
                lastEventTimeNs = canceled.exchangeTimeNs();
                bot(canceled.botId()).onCanceled(canceled);
                break;
            case OrderExpiredDecoder.TEMPLATE_ID:
                expired.wrap(buffer, offset, blockLength, version);
                lastEventTimeNs = expired.exchangeTimeNs();
                bot(expired.botId()).onExpired(expired);
                break;
            case FillDecoder.TEMPLATE_ID:
                fill.wrap(buffer, offset, blockLength, version);
                lastEventTimeNs = fill.exchangeTimeNs();
                bot(fill.botId()).onFill(fill);
                break;
            case BalanceUpdateDecoder.TEMPLATE_ID:
                balance.wrap(buffer, offset, blockLength, version);
                lastEventTimeNs = balance.exchangeTimeNs();
                if (balance.botId() >= 0)
                {
                    bot(balance.botId()).onBalance(balance);
                }
                break;
            case FundingPaymentDecoder.TEMPLATE_ID:
                funding.wrap(buffer, offset, blockLength, version);
                lastEventTimeNs = funding.exchangeTimeNs();
                bot(funding.botId()).onFunding(funding);
                break;
            default:
                unknownTemplates++;
                break;
        }
    }

    private void onTrade(final TradeDecoder trade)
    {
        final long timeNs = trade.exchangeTimeNs();
        lastEventTimeNs = timeNs;
        final InstrumentAnalysis instrument = instrument(trade.instrumentId());
        if (instrument != null)
        {
            instrument.onTrade(timeNs, trade.priceMantissa(), trade.sizeMantissa());
            for (final Bot bot : bots)
            {
                bot.onTrade(trade.instrumentId(), timeNs, trade.priceMantissa(), trade.sizeMantissa());
            }
        }
    }

    private void onBar(final BarDecoder bar)
    {
        lastEventTimeNs = bar.receiveTimeNs();
        final InstrumentAnalysis instrument = instrument(bar.instrumentId());
        if (instrument != null && bar.priceSource() == PriceSource.TRADE && bar.closed() == BooleanType.TRUE)
        {
            instrument.onKline(bar.openTimeNs(), bar.timeframeSec(), bar.openMantissa(), bar.highMantissa(),
                bar.lowMantissa(), bar.closeMantissa(), bar.volumeMantissa());
            instrument.onTime(bar.receiveTimeNs());
        }
    }

    private void advanceTime(final int instrumentId, final long timeNs)
    {
        lastEventTimeNs = timeNs;
        final InstrumentAnalysis instrument = instrument(instrumentId);
        if (instrument != null)
        {
            instrument.onTime(timeNs);
        }
    }

    private void onTimer(final TimerDecoder timer)
    {
        lastEventTimeNs = timer.timeNs();
        for (final int id : definedIds)
        {
            instruments[id].onTime(timer.timeNs());
        }
    }

    private void onCheckpoint(final CheckpointDecoder checkpoint)
    {
        lastEventTimeNs = checkpoint.timeNs();
        out.stateHash(checkpoint.checkpointId(), checkpoint.timeNs(), eventsProcessed, stateHash());
    }

    private InstrumentAnalysis instrument(final int instrumentId)
    {
        if (instrumentId >= 0 && instrumentId < instruments.length)
        {
            final InstrumentAnalysis instrument = instruments[instrumentId];
            if (instrument != null)
            {
                return instrument;
            }
        }
        unknownInstrumentEvents++;
        return null;
    }

    private void onInstrumentDefinition(final InstrumentDefinitionDecoder definition)
    {
        lastEventTimeNs = definition.timeNs();
        final int id = definition.instrumentId();
        if (id < 0 || id > MAX_INSTRUMENT_ID)
        {
            throw new IllegalStateException("instrument id " + id + " outside 0.." + MAX_INSTRUMENT_ID);
        }
        if (id >= instruments.length)
        {
            final InstrumentAnalysis[] grown = new InstrumentAnalysis[Math.max(id + 1, instruments.length * 2)];
            System.arraycopy(instruments, 0, grown, 0, instruments.length);
            instruments = grown;
        }
        if (instruments[id] == null)
        {
            final int[] ids = new int[definedIds.length + 1];
            System.arraycopy(definedIds, 0, ids, 0, definedIds.length);
            ids[definedIds.length] = id;
            java.util.Arrays.sort(ids);
            definedIds = ids;
        }
        if (definition.priceExponent() > 0 || definition.priceExponent() < FixedPoint.MIN_EXPONENT ||
            definition.sizeExponent() > 0 || definition.sizeExponent() < FixedPoint.MIN_EXPONENT)
        {
            throw new IllegalStateException("instrument " + id + " has exponents outside " +
                FixedPoint.MIN_EXPONENT + "..0");
        }
        instruments[id] = new InstrumentAnalysis(id, definition.priceExponent(), definition.sizeExponent(),
            timeframesSec, settings, out, this);
        if (id >= specs.length)
        {
            final InstrumentSpec[] grown = new InstrumentSpec[Math.max(id + 1, specs.length * 2)];
            System.arraycopy(specs, 0, grown, 0, specs.length);
            specs = grown;
        }
        if (specs[id] == null)
        {
            specs[id] = new InstrumentSpec();
        }
        specs[id].set(definition);
        symbols.put(id, definition.venue().name() + ":" + definition.symbol().trim());
    }

    private void onEngineSettings(final EngineSettingsDecoder decoder)
    {
        lastEventTimeNs = decoder.timeNs();
        final RegimeSettings next = new RegimeSettings()
            .adxPeriod(decoder.adxPeriod())
            .atrPeriod(decoder.atrPeriod())
            .bollingerPeriod(decoder.bollingerPeriod())
            .bollingerStdDevs(decoder.bollingerStdDevs())
            .percentileWindow(decoder.percentileWindow())
            .trendAdxEnter(decoder.trendAdxEnter())
            .trendAdxExit(decoder.trendAdxExit())
            .rangeAdxMax(decoder.rangeAdxMax())
            .highVolatilityPercentile(decoder.highVolatilityPercentile())
            .highVolatilityExitPercentile(decoder.highVolatilityExitPercentile())
            .squeezePercentile(decoder.squeezePercentile())
            .confirmBars(decoder.confirmBars());
        next.validate();
        final EngineSettingsDecoder.TimeframesDecoder group = decoder.timeframes();
        final int[] frames = new int[group.count()];
        int i = 0;
        for (final EngineSettingsDecoder.TimeframesDecoder entry : group)
        {
            frames[i++] = entry.timeframeSec();
        }
        java.util.Arrays.sort(frames);
        settings = next;
        timeframesSec = frames.length == 0 ? DEFAULT_TIMEFRAMES.clone() : frames;
        for (final int id : definedIds)
        {
            final InstrumentAnalysis old = instruments[id];
            instruments[id] = new InstrumentAnalysis(id, old.priceExponent(), old.sizeExponent(), timeframesSec,
                settings, out, this);
        }
    }

    private Bot bot(final int botId)
    {
        if (botId < 0 || botId >= bots.length || bots[botId] == null)
        {
            throw new IllegalStateException("event for bot " + botId + ", which has no config (" + bots.length +
                " bots configured)");
        }
        return bots[botId];
    }

    private void onConfigChange(final ConfigChangeDecoder decoder)
    {
        lastEventTimeNs = decoder.timeNs();
        final int botId = decoder.botId();
        final int chunk = decoder.chunk();
        final boolean last = decoder.lastChunk() == com.tradefinder.codecs.BooleanType.TRUE;
        final long timeNs = decoder.timeNs();
        if (chunk == 0)
        {
            pendingConfig.setLength(0);
        }
        else if (chunk != pendingConfigChunks)
        {
            throw new IllegalStateException("bot " + botId + " config chunk " + chunk + " arrived after " +
                pendingConfigChunks + " chunks");
        }
        pendingConfig.append(decoder.configText());
        pendingConfigChunks = chunk + 1;
        if (!last)
        {
            return;
        }
        final String text = pendingConfig.toString();
        pendingConfig.setLength(0);
        pendingConfigChunks = 0;
        if (botId < 0 || botId > bots.length)
        {
            throw new IllegalStateException("bot id " + botId + " out of order: " + bots.length + " bots so far");
        }
        // instruments by VENUE:SYMBOL, and by plain SYMBOL where only one venue has it (synthetic data, say)
        final java.util.Map<String, InstrumentSpec> bySymbol = new java.util.HashMap<>();
        final java.util.Map<String, Integer> venuesPerSymbol = new java.util.HashMap<>();
        for (final int id : definedIds)
        {
            bySymbol.put(symbols.get(id), specs[id]);
            venuesPerSymbol.merge(symbols.get(id).substring(symbols.get(id).indexOf(':') + 1), 1, Integer::sum);
        }
        for (final int id : definedIds)
        {
            final String plain = symbols.get(id).substring(symbols.get(id).indexOf(':') + 1);
            if (venuesPerSymbol.get(plain) == 1)
            {
                bySymbol.put(plain, specs[id]);
            }
        }
        final BotFactory.Built built = BotFactory.build(botId, text, bySymbol, out);
        ensureTimeframes(built.timeframesSec());
        if (botId == bots.length)
        {
            final Bot[] grown = java.util.Arrays.copyOf(bots, bots.length + 1);
            grown[botId] = built.bot();
            bots = grown;
        }
        else
        {
            bots[botId] = built.bot();
        }
        built.bot().start(timeNs);
    }

    private void ensureTimeframes(final int[] needed)
    {
        boolean missing = false;
        for (final int frame : needed)
        {
            if (java.util.Arrays.binarySearch(timeframesSec, frame) < 0)
            {
                missing = true;
                break;
            }
        }
        if (!missing)
        {
            return;
        }
        final java.util.TreeSet<Integer> union = new java.util.TreeSet<>();
        for (final int frame : timeframesSec)
        {
            union.add(frame);
        }
        for (final int frame : needed)
        {
            union.add(frame);
        }
        timeframesSec = union.stream().mapToInt(Integer::intValue).toArray();
        for (final int id : definedIds)
        {
            final InstrumentAnalysis old = instruments[id];
            instruments[id] = new InstrumentAnalysis(id, old.priceExponent(), old.sizeExponent(), timeframesSec,
                settings, out, this);
        }
    }

    private void onAdmin(final AdminCommandDecoder command)
    {
        lastEventTimeNs = command.timeNs();
        if (command.botId() < 0)
        {
            for (final Bot bot : bots)
            {
                bot.onAdmin(command.action(), command.argument(), command.timeNs());
            }
        }
        else
        {
            bot(command.botId()).onAdmin(command.action(), command.argument(), command.timeNs());
        }
    }

    @Override
    public void onBarClosed(final int instrumentId, final int timeframeSec, final long openTimeNs,
        final int priceExponent, final int sizeExponent, final long openMantissa, final long highMantissa,
        final long lowMantissa, final long closeMantissa, final long volumeMantissa, final Regime regime)
    {
        for (final Bot bot : bots)
        {
            bot.onBarClosed(instrumentId, timeframeSec, openTimeNs, priceExponent, sizeExponent, openMantissa,
                highMantissa, lowMantissa, closeMantissa, volumeMantissa, regime);
        }
    }

    /**
     * @return bots configured so far.
     */
    public int botCount()
    {
        return bots.length;
    }

    /**
     * @return a hash over all trading state; equal for equal inbound histories.
     */
    public long stateHash()
    {
        long h = Hashing.mix(Hashing.SEED, eventsProcessed);
        h = Hashing.mix(h, unknownTemplates);
        h = Hashing.mix(h, unknownInstrumentEvents);
        h = Hashing.mix(h, halted);
        for (final int frame : timeframesSec)
        {
            h = Hashing.mix(h, frame);
        }
        for (final int id : definedIds)
        {
            h = instruments[id].stateHash(h);
            h = specs[id].stateHash(h);
        }
        for (final Bot bot : bots)
        {
            h = bot.stateHash(h);
        }
        return h;
    }

    /**
     * @return events handled, the one that faulted included (not counting those skipped after a halt).
     */
    public long eventsProcessed()
    {
        return eventsProcessed;
    }

    /**
     * @return events received after a fault halted the logic.
     */
    public long eventsSkippedAfterHalt()
    {
        return eventsSkippedAfterHalt;
    }

    /**
     * @return events whose message type this logic does not handle.
     */
    public long unknownTemplates()
    {
        return unknownTemplates;
    }

    /**
     * @return events naming an instrument that was never defined.
     */
    public long unknownInstrumentEvents()
    {
        return unknownInstrumentEvents;
    }

    /**
     * @return outputs produced so far.
     */
    public long outputs()
    {
        return out.outputs();
    }

    /**
     * @return true once a fault has halted the logic.
     */
    public boolean halted()
    {
        return halted;
    }
}
