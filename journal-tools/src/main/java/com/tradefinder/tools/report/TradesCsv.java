package com.tradefinder.tools.report;

import com.tradefinder.numeric.FixedPoint;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;

/**
 * Writes {@code trades.csv}: one row per closed trade, prices and amounts as exact decimals
 * ({@link FixedPoint#toText}), times as ISO-8601 UTC. Amounts are USD (USDT counted as USD).
 * {@code slippage_bps} is positive when the entry filled worse than intended; {@code r_multiple} is net P&amp;L over
 * initial risk; both have at most 4 decimals and are empty when undefined.
 */
public final class TradesCsv
{
    /** The header line. */
    public static final String HEADER = "bot,strategy,instrument,side,entry_time,exit_time,entry_price,exit_price," +
        "intended_entry_price,slippage_bps,size,gross_pnl,fees,funding,net_pnl,r_multiple,entry_regime,exit_reason";

    private final StrategyNames strategyNames;

    /**
     * @param strategyNames names for the strategy column.
     */
    public TradesCsv(final StrategyNames strategyNames)
    {
        this.strategyNames = strategyNames;
    }

    /**
     * @param trades the trades, in journal order.
     * @param out    destination; not closed.
     * @throws IOException if writing fails.
     */
    public void write(final List<ClosedTrade> trades, final Writer out) throws IOException
    {
        final StringBuilder line = new StringBuilder(256);
        out.write(HEADER);
        out.write('\n');
        for (final ClosedTrade trade : trades)
        {
            line.setLength(0);
            line.append(trade.botId()).append(',');
            line.append(Csv.cell(strategyNames.name(trade.strategyId()))).append(',');
            line.append(Csv.cell(trade.symbol())).append(',');
            line.append(trade.sideName()).append(',');
            line.append(Instant.ofEpochSecond(0, trade.entryTimeNs())).append(',');
            line.append(Instant.ofEpochSecond(0, trade.exitTimeNs())).append(',');
            FixedPoint.appendTo(line, trade.entryPriceMantissa(), trade.priceExponent()).append(',');
            FixedPoint.appendTo(line, trade.exitPriceMantissa(), trade.priceExponent()).append(',');
            if (trade.intendedEntryPriceMantissa() != 0)
            {
                FixedPoint.appendTo(line, trade.intendedEntryPriceMantissa(), trade.priceExponent());
            }
            line.append(',');
            line.append(trade.slippageBpsText()).append(',');
            FixedPoint.appendTo(line, trade.sizeMantissa(), trade.sizeExponent()).append(',');
            FixedPoint.appendTo(line, trade.realizedPnlMantissa(), ClosedTrade.AMOUNT_EXPONENT).append(',');
            FixedPoint.appendTo(line, trade.feesMantissa(), ClosedTrade.AMOUNT_EXPONENT).append(',');
            FixedPoint.appendTo(line, trade.fundingMantissa(), ClosedTrade.AMOUNT_EXPONENT).append(',');
            FixedPoint.appendTo(line, trade.netPnlMantissa(), ClosedTrade.AMOUNT_EXPONENT).append(',');
            line.append(trade.rMultipleText()).append(',');
            line.append(trade.entryRegime().name()).append(',');
            line.append(trade.exitReason().name()).append('\n');
            out.append(line);
        }
    }
}
