package com.tradefinder.tools.importer;

import java.nio.file.Path;

import com.tradefinder.codecs.FundingRateEncoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.numeric.FixedPoint;

/**
 * Reads funding-rate history CSV files into {@code FundingRate} messages.
 * <p>
 * Two formats, told apart by the header line:
 * <ul>
 *     <li>{@value #BINANCE_HEADER}: the data.binance.vision format. {@code calc_time} is often a few milliseconds
 *     after the hour; the message keeps it exactly, while sequence and gap checks use it rounded to the nearest hour
 *     (the settlement it belongs to). The interval comes from {@code funding_interval_hours}.</li>
 *     <li>{@value #BYBIT_HEADER}: Bybit linear; the interval is the file name's hour token ({@code -8h-}) or else
 *     {@value #DEFAULT_INTERVAL_HOURS} hours.</li>
 * </ul>
 * Rates are fractions per interval ({@code 0.0001} = 0.01 %), plain or in exponent notation ({@code 8.4E-7}, which
 * the Binance files use for small rates), converted exactly to parts per billion ({@code 100000}, {@code 840}); a rate
 * with more than nine decimals is MALFORMED. Each message has {@code fundingTimeNs} =
 * {@code receiveTimeNs} = {@link #timeNs()} = the exact settlement time.
 * <p>
 * Problems, reported with file and line: GAP when the settlement hour steps by more than the row's interval (the
 * missing range and the number of missing settlements, the row kept); DUPLICATE for the same settlement hour as the
 * previous row, identical or not (skipped, the first kept); OUT_OF_ORDER for an earlier settlement hour (skipped);
 * MALFORMED for a wrong column count, an unparsable time, interval or rate (skipped).
 * <p>
 * Single-threaded; allocation-free per row except for reported problems.
 */
public final class CsvFundingSource extends CsvSource
{
    /** Header of Binance funding files. */
    public static final String BINANCE_HEADER = "calc_time,funding_interval_hours,last_funding_rate";

    /** Header of Bybit funding files. */
    public static final String BYBIT_HEADER = "funding_time,funding_rate";

    /** Bybit linear's usual funding interval, used when the file name has no hour token. */
    public static final int DEFAULT_INTERVAL_HOURS = 8;

    /** Funding rates are parts per billion: exponent -9. */
    public static final int RATE_EXPONENT = -9;

    private static final long HOUR_MS = 3_600_000L;
    private static final long MAX_INTERVAL_HOURS = 24L * 7;

    private final FundingRateEncoder fundingEncoder = new FundingRateEncoder();
    private final boolean binance;
    private final int defaultIntervalHours;

    private boolean hasPrevious;
    private long previousLine;
    private long previousTimeMs;
    private long previousSettlementMs;
    private long previousIntervalHours;
    private long previousRatePpb;

    /**
     * Opens a funding file and reads its header.
     *
     * @param file    the CSV file.
     * @param catalog instrument ids of the import; the file's instrument is registered.
     * @param options venue and symbol overrides.
     * @param report  where row problems go.
     * @throws ImportException if the file cannot be read, has another header, or its instrument cannot be told.
     */
    public CsvFundingSource(
        final Path file, final InstrumentCatalog catalog, final ImportOptions options, final ImportReport report)
    {
        super(file, catalog, options, report, BINANCE_HEADER, BYBIT_HEADER);
        this.binance = headerIndex == 0;
        final int fromName = Timeframes.fromFileName(file.getFileName().toString());
        this.defaultIntervalHours = fromName > 0 && fromName % 3600 == 0 && fromName / 3600 <= MAX_INTERVAL_HOURS ?
            fromName / 3600 : DEFAULT_INTERVAL_HOURS;
    }

    @Override
    protected boolean parseRow()
    {
        final long timeMs = epochMs(0);
        if (timeMs == CsvReader.INVALID)
        {
            return badTime(0);
        }
        final long intervalHours;
        final long ratePpb;
        if (binance)
        {
            intervalHours = reader.parseLong(1);
            if (intervalHours <= 0 || intervalHours > MAX_INTERVAL_HOURS)
            {
                return problem(ImportReport.ProblemKind.MALFORMED, "funding_interval_hours '" + reader.column(1) +
                    "' is not a whole number of hours in [1, " + MAX_INTERVAL_HOURS + "]");
            }
            ratePpb = reader.parseDecimal(2, RATE_EXPONENT);
            if (ratePpb == FixedPoint.INVALID)
            {
                return badNumber(2);
            }
        }
        else
        {
            intervalHours = defaultIntervalHours;
            ratePpb = reader.parseDecimal(1, RATE_EXPONENT);
            if (ratePpb == FixedPoint.INVALID)
            {
                return badNumber(1);
            }
        }
        final long settlementMs = Math.floorDiv(timeMs + HOUR_MS / 2, HOUR_MS) * HOUR_MS;
        if (hasPrevious && !inSequence(timeMs, settlementMs, intervalHours, ratePpb))
        {
            return false;
        }
        hasPrevious = true;
        previousLine = reader.lineNumber();
        previousTimeMs = timeMs;
        previousSettlementMs = settlementMs;
        previousIntervalHours = intervalHours;
        previousRatePpb = ratePpb;

        final long timeNs = timeMs * NS_PER_MS;
        fundingEncoder.wrapAndApplyHeader(buffer, 0, headerEncoder)
            .instrumentId(instrumentId)
            .fundingTimeNs(timeNs)
            .receiveTimeNs(timeNs)
            .fundingRatePpb(ratePpb)
            .intervalHours((int)intervalHours);
        length = MessageHeaderEncoder.ENCODED_LENGTH + fundingEncoder.encodedLength();
        this.timeNs = timeNs;
        return true;
    }

    private boolean inSequence(
        final long timeMs, final long settlementMs, final long intervalHours, final long ratePpb)
    {
        if (settlementMs == previousSettlementMs)
        {
            final boolean identical = timeMs == previousTimeMs && intervalHours == previousIntervalHours &&
                ratePpb == previousRatePpb;
            return problem(ImportReport.ProblemKind.DUPLICATE, "settlement " + Timeframes.iso(settlementMs) +
                " repeats line " + previousLine + (identical ? ", identical" : " with different values") +
                ": skipped, line " + previousLine + " kept");
        }
        if (settlementMs < previousSettlementMs)
        {
            return problem(ImportReport.ProblemKind.OUT_OF_ORDER, "settlement " + Timeframes.iso(settlementMs) +
                " is before " + Timeframes.iso(previousSettlementMs) + " of line " + previousLine + ": skipped");
        }
        final long intervalMs = intervalHours * HOUR_MS;
        final long stepMs = settlementMs - previousSettlementMs;
        if (stepMs > intervalMs)
        {
            final long missing = (stepMs + intervalMs - 1) / intervalMs - 1;
            problem(ImportReport.ProblemKind.GAP, missing + " missing " + intervalHours + "h funding settlement" +
                (missing == 1 ? "" : "s") + " in [" + Timeframes.iso(previousSettlementMs + intervalMs) + ", " +
                Timeframes.iso(settlementMs) + ")");
        }
        return true;
    }
}
