package com.tradefinder.tools.importer;

import java.nio.file.Path;

import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.Side;
import com.tradefinder.codecs.TradeEncoder;
import com.tradefinder.numeric.FixedPoint;

/**
 * Reads trades extracted from Binance captures, {@value #HEADER}, into {@code Trade} messages.
 * <p>
 * {@code exchangeTimeNs} = {@code trade_time}, {@code receiveTimeNs} = {@code local_recv_time} (both epoch ms in the
 * file) and {@link #timeNs()} = the receive time. {@code is_buyer_maker=true} means the buyer rested on the book, so
 * the aggressor SOLD: {@code aggressorSide} = SELL; {@code false} gives BUY. {@code event_time} is checked but not kept
 * (the message has no field for it); every {@code exec_type} is imported (the message has no field for it either),
 * so the trade-id sequence stays whole.
 * <p>
 * Problems, reported with file and line: GAP when the trade id jumps by more than one (the missing id range and
 * count, the row kept); DUPLICATE for the same trade id as the previous row, identical or not (skipped, the first
 * kept); OUT_OF_ORDER for a lower trade id (skipped); MALFORMED for a wrong column count, an unparsable or inexact
 * number, a price or quantity that is not positive, an is_buyer_maker other than true/false, an empty exec_type
 * (skipped).
 * <p>
 * Single-threaded; allocation-free per row except for reported problems.
 */
public final class CsvTradeSource extends CsvSource
{
    /** Header of the trade files. */
    public static final String HEADER =
        "trade_id,price,qty,trade_time,event_time,is_buyer_maker,exec_type,local_recv_time";

    private static final int MAX_EXEC_TYPE_LENGTH = 32;

    private final TradeEncoder tradeEncoder = new TradeEncoder();
    private final byte[] previousExecType = new byte[MAX_EXEC_TYPE_LENGTH];
    private int previousExecTypeLength;

    private boolean hasPrevious;
    private long previousLine;
    private long previousTradeId;
    private long previousPrice;
    private long previousQty;
    private long previousTradeTimeMs;
    private long previousEventTimeMs;
    private long previousReceiveTimeMs;
    private boolean previousBuyerMaker;

    /**
     * Opens a trade file and reads its header.
     *
     * @param file    the CSV file.
     * @param catalog instrument ids of the import; the file's instrument is registered.
     * @param options venue and symbol overrides.
     * @param report  where row problems go.
     * @throws ImportException if the file cannot be read, has another header, or its instrument cannot be told.
     */
    public CsvTradeSource(
        final Path file, final InstrumentCatalog catalog, final ImportOptions options, final ImportReport report)
    {
        super(file, catalog, options, report, HEADER);
    }

    @Override
    protected boolean parseRow()
    {
        final long tradeId = reader.parseLong(0);
        if (tradeId == CsvReader.INVALID || tradeId < 0)
        {
            return badNumber(0);
        }
        final long price = reader.parseDecimal(1, priceExponent);
        if (price == FixedPoint.INVALID)
        {
            return badNumber(1);
        }
        final long qty = reader.parseDecimal(2, sizeExponent);
        if (qty == FixedPoint.INVALID)
        {
            return badNumber(2);
        }
        final long tradeTimeMs = epochMs(3);
        if (tradeTimeMs == CsvReader.INVALID)
        {
            return badTime(3);
        }
        final long eventTimeMs = epochMs(4);
        if (eventTimeMs == CsvReader.INVALID)
        {
            return badTime(4);
        }
        final boolean buyerMaker;
        if (reader.columnEqualsIgnoreCase(5, "true"))
        {
            buyerMaker = true;
        }
        else if (reader.columnEqualsIgnoreCase(5, "false"))
        {
            buyerMaker = false;
        }
        else
        {
            return problem(ImportReport.ProblemKind.MALFORMED,
                "is_buyer_maker '" + reader.column(5) + "' is neither true nor false");
        }
        final int execTypeLength = reader.columnLength(6);
        if (execTypeLength == 0 || execTypeLength > MAX_EXEC_TYPE_LENGTH)
        {
            return problem(ImportReport.ProblemKind.MALFORMED, "exec_type '" + reader.column(6) + "' is empty or longer " +
                "than " + MAX_EXEC_TYPE_LENGTH + " characters");
        }
        final long receiveTimeMs = epochMs(7);
        if (receiveTimeMs == CsvReader.INVALID)
        {
            return badTime(7);
        }
        if (price <= 0)
        {
            return problem(ImportReport.ProblemKind.MALFORMED, "price " + reader.column(1) + " is not positive");
        }
        if (qty <= 0)
        {
            return problem(ImportReport.ProblemKind.MALFORMED, "qty " + reader.column(2) + " is not positive");
        }
        if (hasPrevious && !inSequence(tradeId, price, qty, tradeTimeMs, eventTimeMs, buyerMaker, receiveTimeMs))
        {
            return false;
        }
        hasPrevious = true;
        previousLine = reader.lineNumber();
        previousTradeId = tradeId;
        previousPrice = price;
        previousQty = qty;
        previousTradeTimeMs = tradeTimeMs;
        previousEventTimeMs = eventTimeMs;
        previousReceiveTimeMs = receiveTimeMs;
        previousBuyerMaker = buyerMaker;
        for (int i = 0; i < execTypeLength; i++)
        {
            previousExecType[i] = reader.columnByte(6, i);
        }
        previousExecTypeLength = execTypeLength;

        final long receiveTimeNs = receiveTimeMs * NS_PER_MS;
        tradeEncoder.wrapAndApplyHeader(buffer, 0, headerEncoder)
            .instrumentId(instrumentId)
            .exchangeTimeNs(tradeTimeMs * NS_PER_MS)
            .receiveTimeNs(receiveTimeNs)
            .tradeId(tradeId)
            .priceMantissa(price)
            .sizeMantissa(qty)
            .aggressorSide(buyerMaker ? Side.SELL : Side.BUY);
        length = MessageHeaderEncoder.ENCODED_LENGTH + tradeEncoder.encodedLength();
        timeNs = receiveTimeNs;
        return true;
    }

    private boolean inSequence(
        final long tradeId,
        final long price,
        final long qty,
        final long tradeTimeMs,
        final long eventTimeMs,
        final boolean buyerMaker,
        final long receiveTimeMs)
    {
        if (tradeId == previousTradeId)
        {
            final boolean identical = price == previousPrice && qty == previousQty &&
                tradeTimeMs == previousTradeTimeMs && eventTimeMs == previousEventTimeMs &&
                buyerMaker == previousBuyerMaker && receiveTimeMs == previousReceiveTimeMs && sameExecType();
            return problem(ImportReport.ProblemKind.DUPLICATE, "trade_id " + tradeId + " repeats line " + previousLine +
                (identical ? ", identical" : " with different values") + ": skipped, line " + previousLine + " kept");
        }
        if (tradeId < previousTradeId)
        {
            return problem(ImportReport.ProblemKind.OUT_OF_ORDER, "trade_id " + tradeId + " is below " +
                previousTradeId + " of line " + previousLine + ": skipped");
        }
        if (tradeId > previousTradeId + 1)
        {
            final long missing = tradeId - previousTradeId - 1;
            problem(ImportReport.ProblemKind.GAP, missing + " missing trade id" + (missing == 1 ? "" : "s") + " [" +
                (previousTradeId + 1) + ", " + (tradeId - 1) + "] between " + Timeframes.iso(previousTradeTimeMs) +
                " and " + Timeframes.iso(tradeTimeMs));
        }
        return true;
    }

    private boolean sameExecType()
    {
        if (reader.columnLength(6) != previousExecTypeLength)
        {
            return false;
        }
        for (int i = 0; i < previousExecTypeLength; i++)
        {
            if (reader.columnByte(6, i) != previousExecType[i])
            {
                return false;
            }
        }
        return true;
    }
}
