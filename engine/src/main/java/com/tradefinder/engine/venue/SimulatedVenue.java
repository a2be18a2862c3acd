package com.tradefinder.engine.venue;

import com.tradefinder.codecs.BarDecoder;
import com.tradefinder.codecs.BestBidOfferDecoder;
import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.CancelOrderDecoder;
import com.tradefinder.codecs.FundingRateDecoder;
import com.tradefinder.codecs.MarkPriceDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.NewOrderDecoder;
import com.tradefinder.codecs.PriceSource;
import com.tradefinder.codecs.TradeDecoder;
import com.tradefinder.codecs.VenueSetupDecoder;
import com.tradefinder.engine.marketdata.InstrumentSpec;
import com.tradefinder.engine.util.Hashing;
import org.agrona.DirectBuffer;

/**
 * A deterministic exchange for backtest and paper trading: it answers the business logic's commands (NewOrder,
 * CancelOrder, VenueSetup) with the execution events a Binance USDⓈ-M gateway would produce (OrderAccepted,
 * OrderRejected with Binance's code and text, OrderCanceled, OrderExpired, Fill, PositionUpdate, BalanceUpdate,
 * FundingPayment), matching open orders against market data (Trade, BestBidOffer, closed trade-price Bar, MarkPrice,
 * FundingRate).
 *
 * <h2>Time and latency</h2>
 * The venue has no clock. Its time is the largest time it has been given: command times, market event times and
 * {@link #advanceTo(long)}. A command sent at {@code t} is acted on at {@code t + latencyNs}, or at the venue's time
 * when it receives the command if that is later (the venue cannot act in its past), and never before an earlier
 * command (commands are handled in the order sent); its answer (accept, reject, immediate fill, cancel) carries that
 * time. {@link #onMarketData} first advances to the event's time, so a command whose latency has elapsed by then is
 * live for that event. Market event times: Trade, BestBidOffer and MarkPrice {@code exchangeTimeNs}, Bar
 * {@code receiveTimeNs} (its close, as the business logic sees it), FundingRate {@code fundingTimeNs}; an event older
 * than the venue's time is handled at the venue's time, so published times never decrease.
 *
 * <h2>Matching</h2>
 * See {@link Matcher} for the exact rules, in short: limits rest and fill as maker at their limit when the price trades
 * through them (or touches, if configured), at most the traded size on a trade; a marketable limit on arrival, and a
 * market order, fill as taker at the next price with slippage (a limit never beyond its limit); stop-market and
 * take-profit-market orders trigger on touch and fill as taker at the first price at or beyond the stop, with slippage
 * (a bar opening beyond the stop fills at the open). Bars are walked open → nearer extreme → farther extreme → close
 * (see {@link BarPath}); orders a bar reaches fire in the order the path reaches them. An order accepted while the
 * instrument's last price came from a bar meets the next event's first price: in bar-driven runs a market order fills
 * at the next bar's open; a bar takes in orders acknowledged at any time up to its close.
 * <p>
 * Per instrument the venue matches on trades once it has seen one, and otherwise on the closed trade-price bars of the
 * finest timeframe seen; other bars (mark or index prices, unclosed, coarser, or any bar once trades flow) are ignored.
 * Quotes are matched as they come.
 *
 * <h2>Accounts</h2>
 * Each bot has a wallet (settings' starting balance), positions per (instrument, position side) — hedge mode holds
 * LONG and SHORT at once, one-way mode BOTH — and per-instrument leverage, position and margin mode set by VenueSetup.
 * Orders reserve initial margin plus taker fee (see {@link OrderEntry}); positions hold isolated margin
 * {@code ceil(notional / leverage)}; realised P&amp;L, fees ({@link FeeModel}) and funding ({@link FundingSettlement})
 * go to the wallet. Liquidation is not simulated.
 *
 * <h2>Contract</h2>
 * Single-threaded and not re-entrant: the sink must not call back into the venue. Deterministic: no clock, no
 * randomness; venue order ids and trade ids are counters from 1; ties resolve by venue order id; the same definitions,
 * commands and market data in the same order give the same events byte for byte and the same {@link #stateHash}.
 * Allocation-free per command and per event once warm: pre-allocated orders, primitive-keyed maps, one reused
 * encoding buffer (tables grow only when a bot, instrument, or number of open orders is seen for the first time).
 */
public final class SimulatedVenue
{
    private final VenueSimulationSettings settings;
    private final long latencyNs;
    private final boolean fundingEnabled;
    private final Instruments instruments = new Instruments();
    private final OrderBook book = new OrderBook();
    private final OrderPool pool;
    private final Accounts accounts;
    private final ExecutionPublisher publisher;
    private final FillProcessor fills;
    private final Matcher matcher;
    private final OrderEntry entry;
    private final FundingSettlement funding;
    private final CommandQueue commands = new CommandQueue();
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final MessageHeaderDecoder commandHeader = new MessageHeaderDecoder();
    private final NewOrderDecoder newOrder = new NewOrderDecoder();
    private final CancelOrderDecoder cancelOrder = new CancelOrderDecoder();
    private final VenueSetupDecoder venueSetup = new VenueSetupDecoder();
    private final TradeDecoder trade = new TradeDecoder();
    private final BestBidOfferDecoder bestBidOffer = new BestBidOfferDecoder();
    private final BarDecoder bar = new BarDecoder();
    private final MarkPriceDecoder markPrice = new MarkPriceDecoder();
    private final FundingRateDecoder fundingRate = new FundingRateDecoder();
    private long nowNs = Long.MIN_VALUE;

    /**
     * @param settings concluded settings; read once, here.
     * @param sink     receives every execution event.
     */
    public SimulatedVenue(final VenueSimulationSettings settings, final ExecutionSink sink)
    {
        this.settings = settings.conclude();
        this.latencyNs = settings.latencyNs();
        this.fundingEnabled = settings.fundingEnabled();
        final FeeModel fees = new FeeModel(settings.makerFeeCentiBps(), settings.takerFeeCentiBps());
        final MarginModel margins = new MarginModel(fees);
        this.pool = new OrderPool(settings.orderPoolCapacity());
        this.accounts = new Accounts(settings);
        this.publisher = new ExecutionPublisher(sink, settings.asset());
        this.fills = new FillProcessor(book, pool, accounts, instruments, fees, margins, publisher);
        this.matcher = new Matcher(book, fills, new SlippageModel(settings.slippageCentiBps()), settings.touchFills());
        this.entry = new OrderEntry(settings.maxLeverage(), instruments, book, pool, accounts, margins, fills, matcher,
            publisher);
        this.funding = new FundingSettlement(accounts, publisher);
    }

    /**
     * Defines or redefines an instrument: its exponents and filters. Orders for undefined instruments are refused
     * (-1121) and their market data ignored. Not for the hot path (allocates).
     *
     * @param spec the instrument; copied. Its exponents must satisfy {@code priceExponent + sizeExponent <= -8} (see
     *             {@link InstrumentSpec#notionalDivisor()}).
     */
    public void define(final InstrumentSpec spec)
    {
        instruments.define(spec);
    }

    /**
     * Takes a command from the business logic: NewOrder, CancelOrder or VenueSetup (any other template, or another
     * schema, is ignored). The venue acts on it at {@code max(timeNs + latencyNs, venue time)}: at once when the
     * latency is zero, otherwise at the {@link #advanceTo} or {@link #onMarketData} call that reaches that time.
     *
     * @param buffer holding one SBE message, header included; copied.
     * @param offset of the message.
     * @param length of the message, header included.
     * @param timeNs time the command was sent (the time of the event the business logic was handling).
     */
    public void onCommand(final DirectBuffer buffer, final int offset, final int length, final long timeNs)
    {
        header.wrap(buffer, offset);
        if (header.schemaId() != MessageHeaderDecoder.SCHEMA_ID)
        {
            return;
        }
        final int templateId = header.templateId();
        if (templateId != NewOrderDecoder.TEMPLATE_ID && templateId != CancelOrderDecoder.TEMPLATE_ID &&
            templateId != VenueSetupDecoder.TEMPLATE_ID)
        {
            return;
        }
        commands.offer(buffer, offset, length, Math.max(timeNs + latencyNs, nowNs));
        advanceTo(timeNs);
    }

    /**
     * Takes a market event, acts on the commands due by its time, then matches open orders against it and publishes
     * the resulting events, all before the caller hands the same event to the business logic. Handles Trade,
     * BestBidOffer, Bar (closed, trade price), MarkPrice and FundingRate; ignores anything else.
     *
     * @param buffer holding one SBE message, header included.
     * @param offset of the message.
     * @param length of the message, header included.
     */
    public void onMarketData(final DirectBuffer buffer, final int offset, final int length)
    {
        header.wrap(buffer, offset);
        if (header.schemaId() != MessageHeaderDecoder.SCHEMA_ID)
        {
            return;
        }
        final int bodyOffset = offset + MessageHeaderDecoder.ENCODED_LENGTH;
        switch (header.templateId())
        {
            case TradeDecoder.TEMPLATE_ID:
                trade.wrap(buffer, bodyOffset, header.blockLength(), header.version());
                onTrade();
                break;
            case BestBidOfferDecoder.TEMPLATE_ID:
                bestBidOffer.wrap(buffer, bodyOffset, header.blockLength(), header.version());
                onBestBidOffer();
                break;
            case BarDecoder.TEMPLATE_ID:
                bar.wrap(buffer, bodyOffset, header.blockLength(), header.version());
                onBar();
                break;
            case MarkPriceDecoder.TEMPLATE_ID:
                markPrice.wrap(buffer, bodyOffset, header.blockLength(), header.version());
                onMarkPrice();
                break;
            case FundingRateDecoder.TEMPLATE_ID:
                fundingRate.wrap(buffer, bodyOffset, header.blockLength(), header.version());
                onFundingRate();
                break;
            default:
                break;
        }
    }

    /**
     * Moves the venue's time forward (never back) and acts on every command due by then, in the order sent, each at
     * its own due time.
     *
     * @param timeNs epoch nanoseconds.
     */
    public void advanceTo(final long timeNs)
    {
        if (timeNs > nowNs)
        {
            nowNs = timeNs;
        }
        while (commands.hasDue(nowNs))
        {
            final long dueNs = commands.headDueNs();
            final DirectBuffer slot = commands.headBuffer();
            final int offset = commands.headOffset();
            commandHeader.wrap(slot, offset);
            final int bodyOffset = offset + MessageHeaderDecoder.ENCODED_LENGTH;
            switch (commandHeader.templateId())
            {
                case NewOrderDecoder.TEMPLATE_ID:
                    newOrder.wrap(slot, bodyOffset, commandHeader.blockLength(), commandHeader.version());
                    entry.newOrder(newOrder, dueNs);
                    break;
                case CancelOrderDecoder.TEMPLATE_ID:
                    cancelOrder.wrap(slot, bodyOffset, commandHeader.blockLength(), commandHeader.version());
                    entry.cancel(cancelOrder, dueNs);
                    break;
                default:
                    venueSetup.wrap(slot, bodyOffset, commandHeader.blockLength(), commandHeader.version());
                    entry.setup(venueSetup, dueNs);
                    break;
            }
            commands.pop();
        }
    }

    /**
     * Folds the venue's whole state into a running hash: time, counters, commands in flight, instruments and their
     * prices, every open order in venue-order-id order per instrument, every account and position, and the settings.
     *
     * @param hash running hash.
     * @return the new hash.
     */
    public long stateHash(final long hash)
    {
        long h = Hashing.mix(hash, nowNs);
        h = Hashing.mix(h, settings.makerFeeCentiBps());
        h = Hashing.mix(h, settings.takerFeeCentiBps());
        h = Hashing.mix(h, settings.slippageCentiBps());
        h = Hashing.mix(h, latencyNs);
        h = Hashing.mix(h, settings.touchFills());
        h = Hashing.mix(h, fundingEnabled);
        h = Hashing.mix(h, entry.lastVenueOrderId());
        h = Hashing.mix(h, fills.lastTradeId());
        h = Hashing.mix(h, publisher.events());
        h = commands.stateHash(h);
        h = instruments.stateHash(h);
        h = Hashing.mix(h, book.size());
        for (int instrumentId = 0; instrumentId < instruments.capacity(); instrumentId++)
        {
            final int count = book.count(instrumentId);
            for (int i = 0; i < count; i++)
            {
                h = book.order(instrumentId, i).stateHash(h);
            }
        }
        return accounts.stateHash(h);
    }

    private void onTrade()
    {
        advanceTo(trade.exchangeTimeNs());
        final InstrumentState instrument = instruments.get(trade.instrumentId());
        if (instrument != null)
        {
            final long price = trade.priceMantissa();
            matcher.onTrade(instrument, price, trade.sizeMantissa(), nowNs);
            instrument.onTrade(price);
        }
    }

    private void onBestBidOffer()
    {
        advanceTo(bestBidOffer.exchangeTimeNs());
        final InstrumentState instrument = instruments.get(bestBidOffer.instrumentId());
        if (instrument != null)
        {
            final long bid = bestBidOffer.bidPriceMantissa();
            final long ask = bestBidOffer.askPriceMantissa();
            matcher.onQuote(instrument, bid, bestBidOffer.bidSizeMantissa(), ask, bestBidOffer.askSizeMantissa(),
                nowNs);
            instrument.onQuote(bid, ask);
        }
    }

    private void onBar()
    {
        advanceTo(bar.receiveTimeNs());
        final InstrumentState instrument = instruments.get(bar.instrumentId());
        if (instrument == null || bar.priceSourceRaw() != PriceSource.TRADE.value() ||
            bar.closedRaw() != BooleanType.TRUE.value() || !instrument.acceptBar(bar.timeframeSec()))
        {
            return;
        }
        final long close = bar.closeMantissa();
        matcher.onBar(instrument, bar.openMantissa(), bar.highMantissa(), bar.lowMantissa(), close, nowNs);
        instrument.onBar(close);
    }

    private void onMarkPrice()
    {
        advanceTo(markPrice.exchangeTimeNs());
        final InstrumentState instrument = instruments.get(markPrice.instrumentId());
        if (instrument != null)
        {
            instrument.onMark(markPrice.markPriceMantissa());
        }
    }

    private void onFundingRate()
    {
        advanceTo(fundingRate.fundingTimeNs());
        final InstrumentState instrument = instruments.get(fundingRate.instrumentId());
        if (instrument != null && fundingEnabled)
        {
            funding.settle(instrument, fundingRate.fundingRatePpb(), nowNs);
        }
    }
}
