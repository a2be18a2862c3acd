package com.tradefinder.tools.report;

import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.EquitySnapshotDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.RegimeUpdateDecoder;
import com.tradefinder.codecs.RiskDecisionDecoder;
import com.tradefinder.codecs.TradeClosedDecoder;
import com.tradefinder.engine.journal.Journal;
import com.tradefinder.engine.journal.JournalCursor;
import com.tradefinder.tools.UserException;
import com.tradefinder.tools.journal.Instruments;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads one bot's outputs from a journal: its instrument definitions (inbound queue), then one pass over the
 * outbound queue for the bot's {@code TradeClosed}, {@code EquitySnapshot} and {@code RiskDecision} events and every
 * {@code RegimeUpdate} (bar closes, for the buy-and-hold benchmark). Single-threaded; allocates per kept event.
 */
public final class RunReader
{
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final TradeClosedDecoder tradeClosed = new TradeClosedDecoder();
    private final EquitySnapshotDecoder snapshot = new EquitySnapshotDecoder();
    private final RegimeUpdateDecoder regimeUpdate = new RegimeUpdateDecoder();
    private final RiskDecisionDecoder riskDecision = new RiskDecisionDecoder();

    /**
     * @param journal an open journal.
     * @param botId   the bot to report on.
     * @return what the journal holds for it.
     * @throws UserException if the journal has neither trades nor equity snapshots of the bot, if a trade names an
     *                       instrument the journal does not define, or if snapshots go back in time.
     */
    public BotRun read(final Journal journal, final int botId)
    {
        final Instruments instruments = Instruments.read(journal);
        final List<ClosedTrade> trades = new ArrayList<>();
        final EquitySeries equity = new EquitySeries();
        final Map<Long, PriceSeries> prices = new HashMap<>();
        final List<PriceSeries> priceOrder = new ArrayList<>();
        final RiskDecisionTally decisions = new RiskDecisionTally();
        final TreeSet<Integer> botsSeen = new TreeSet<>();
        try (JournalCursor cursor = journal.outboundCursor())
        {
            while (cursor.next())
            {
                switch (cursor.templateId())
                {
                    case TradeClosedDecoder.TEMPLATE_ID:
                        tradeClosed.wrapAndApplyHeader(cursor.buffer(), 0, header);
                        botsSeen.add(tradeClosed.botId());
                        if (tradeClosed.botId() == botId)
                        {
                            trades.add(trade(journal, instruments, cursor.records()));
                        }
                        break;
                    case EquitySnapshotDecoder.TEMPLATE_ID:
                        snapshot.wrapAndApplyHeader(cursor.buffer(), 0, header);
                        botsSeen.add(snapshot.botId());
                        if (snapshot.botId() == botId)
                        {
                            addSnapshot(journal, equity, cursor.records());
                        }
                        break;
                    case RegimeUpdateDecoder.TEMPLATE_ID:
                        regimeUpdate.wrapAndApplyHeader(cursor.buffer(), 0, header);
                        addClose(instruments, prices, priceOrder);
                        break;
                    case RiskDecisionDecoder.TEMPLATE_ID:
                        riskDecision.wrapAndApplyHeader(cursor.buffer(), 0, header);
                        if (riskDecision.botId() == botId)
                        {
                            decisions.add(riskDecision.accepted() == BooleanType.TRUE, riskDecision.reason());
                        }
                        break;
                    default:
                        break;
                }
            }
        }
        if (trades.isEmpty() && equity.size() == 0)
        {
            throw new UserException("journal " + journal.folder() + " has no trades or equity snapshots of bot " +
                botId + (botsSeen.isEmpty() ? " (it has none of any bot: was it written by a backtest?)" :
                " (bots present: " + botsSeen.toString().replaceAll("[\\[\\]]", "") + ")"));
        }
        return new BotRun(journal.folder(), botId, instruments, trades, equity, priceOrder, decisions);
    }

    private ClosedTrade trade(final Journal journal, final Instruments instruments, final long record)
    {
        final Instruments.Instrument instrument = instruments.byId(tradeClosed.instrumentId());
        if (instrument == null)
        {
            throw new UserException("journal " + journal.folder() + ": outbound record " + record +
                " closes a trade in instrument " + tradeClosed.instrumentId() + ", which no InstrumentDefinition " +
                "names (the journal has " + instruments.names() + ")");
        }
        return new ClosedTrade(tradeClosed.botId(), tradeClosed.strategyId(), tradeClosed.instrumentId(),
            instrument.symbol(), instrument.priceExponent(), instrument.sizeExponent(), tradeClosed.positionSide(),
            tradeClosed.entryTimeNs(), tradeClosed.exitTimeNs(), tradeClosed.entryPriceMantissa(),
            tradeClosed.exitPriceMantissa(), tradeClosed.intendedEntryPriceMantissa(), tradeClosed.sizeMantissa(),
            tradeClosed.realizedPnlMantissa(), tradeClosed.feesMantissa(), tradeClosed.fundingMantissa(),
            tradeClosed.riskAmountMantissa(), tradeClosed.entryRegime(), tradeClosed.exitReason());
    }

    private void addSnapshot(final Journal journal, final EquitySeries equity, final long record)
    {
        if (equity.size() > 0 && snapshot.timeNs() < equity.timeNs(equity.size() - 1))
        {
            throw new UserException("journal " + journal.folder() + ": outbound record " + record +
                " is an equity snapshot of bot " + snapshot.botId() + " earlier than the one before it");
        }
        equity.add(snapshot.timeNs(), snapshot.equityMantissa(), snapshot.balanceMantissa(),
            snapshot.unrealizedPnlMantissa(), snapshot.grossExposureMantissa(), snapshot.openRiskMantissa(),
            snapshot.feesPaidMantissa(), snapshot.fundingMantissa(), snapshot.openPositions());
    }

    private void addClose(final Instruments instruments, final Map<Long, PriceSeries> prices,
        final List<PriceSeries> priceOrder)
    {
        final long key = ((long)regimeUpdate.instrumentId() << 32) | (regimeUpdate.timeframeSec() & 0xFFFF_FFFFL);
        PriceSeries series = prices.get(key);
        if (series == null)
        {
            final Instruments.Instrument instrument = instruments.byId(regimeUpdate.instrumentId());
            if (instrument == null)
            {
                return;
            }
            series = new PriceSeries(instrument.id(), instrument.symbol(), regimeUpdate.timeframeSec(),
                instrument.priceExponent());
            prices.put(key, series);
            priceOrder.add(series);
        }
        if (series.size() == 0 || regimeUpdate.barCloseTimeNs() >= series.lastTimeNs())
        {
            series.add(regimeUpdate.barCloseTimeNs(), regimeUpdate.closeMantissa());
        }
    }
}
