package com.tradefinder.tools.report;

import com.tradefinder.tools.UserException;
import com.tradefinder.tools.journal.Instruments;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything the report needs about one bot, read from a journal in one pass by {@link RunReader}.
 *
 * @param journalFolder the journal read.
 * @param botId         the bot.
 * @param instruments   the journal's instrument definitions.
 * @param trades        the bot's closed trades in journal order.
 * @param equity        the bot's equity snapshots in journal order.
 * @param prices        bar closes per instrument and timeframe (every instrument, not only the bot's).
 * @param riskDecisions the bot's risk decisions.
 */
public record BotRun(Path journalFolder, int botId, Instruments instruments, List<ClosedTrade> trades,
    EquitySeries equity, List<PriceSeries> prices, RiskDecisionTally riskDecisions)
{
    /**
     * Picks the buy-and-hold benchmark: the bar closes of the bot's main instrument at its base timeframe.
     *
     * @param symbol       the instrument (symbol, VENUE:SYMBOL or id), or null for the one the bot traded most
     *                     (ties to the lowest id; without trades the lowest id that has bar closes).
     * @param timeframeSec the timeframe, or 0 for the shortest one with bar closes of that instrument.
     * @return the series, or null when the journal has no bar closes for it and none was asked for by name.
     * @throws UserException when a named instrument or timeframe has no bar closes in the journal.
     */
    public PriceSeries benchmark(final String symbol, final int timeframeSec)
    {
        final int instrumentId;
        if (symbol != null)
        {
            try
            {
                instrumentId = instruments.resolve(symbol);
            }
            catch (final IllegalArgumentException ex)
            {
                throw new UserException("benchmark " + ex.getMessage());
            }
        }
        else
        {
            instrumentId = mainInstrument();
        }
        PriceSeries chosen = null;
        for (final PriceSeries series : prices)
        {
            if (series.instrumentId() == instrumentId &&
                (timeframeSec == 0 ? chosen == null || series.timeframeSec() < chosen.timeframeSec() :
                series.timeframeSec() == timeframeSec))
            {
                chosen = series;
            }
        }
        if (chosen == null && (symbol != null || timeframeSec != 0))
        {
            throw new UserException("journal " + journalFolder + " has no bar closes (RegimeUpdate) for benchmark " +
                (symbol == null ? "instrument " + instrumentId : symbol) +
                (timeframeSec == 0 ? "" : " at " + timeframeSec + " s"));
        }
        return chosen;
    }

    private int mainInstrument()
    {
        final Map<Integer, Integer> counts = new TreeMap<>();
        for (final ClosedTrade trade : trades)
        {
            counts.merge(trade.instrumentId(), 1, Integer::sum);
        }
        int best = Integer.MIN_VALUE;
        int bestCount = 0;
        for (final Map.Entry<Integer, Integer> entry : counts.entrySet())
        {
            if (entry.getValue() > bestCount)
            {
                best = entry.getKey();
                bestCount = entry.getValue();
            }
        }
        if (bestCount > 0)
        {
            return best;
        }
        int lowest = Integer.MIN_VALUE;
        for (final PriceSeries series : prices)
        {
            if (lowest == Integer.MIN_VALUE || series.instrumentId() < lowest)
            {
                lowest = series.instrumentId();
            }
        }
        return lowest;
    }
}
