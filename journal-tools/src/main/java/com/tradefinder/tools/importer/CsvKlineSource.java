package com.tradefinder.tools.importer;

import java.nio.file.Path;

import com.tradefinder.codecs.BarEncoder;
import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.PriceSource;
import com.tradefinder.numeric.FixedPoint;

/**
 * Reads kline CSV files into closed {@code Bar} messages.
 * <p>
 * Two formats, told apart by the header line:
 * <ul>
 *     <li>{@value #TRADE_HEADER}: Binance USDⓈ-M and Bybit linear trade-price klines, {@link PriceSource#TRADE};</li>
 *     <li>{@value #MARK_HEADER}: Binance mark-price klines, {@link PriceSource#MARK} (or {@link PriceSource#INDEX} when
 *     the file name says {@code indexPrice}), volume 0.</li>
 * </ul>
 * {@code open_time} is epoch milliseconds, prices and volume decimals (plain or in exponent notation) parsed exactly
 * at the instrument's exponents. The timeframe comes from {@link ImportOptions#timeframeSec()} or else from the file name token
 * ({@code -1m-}, {@code -5m-}, {@code -1h-}, {@code -4h-}, ..., or {@code -1h.csv} at the end).
 * <p>
 * Each bar is emitted with {@code openTimeNs} = open time, {@code receiveTimeNs} = close time = open time + timeframe
 * (when the bar became known), {@code closed} = TRUE, and {@link #timeNs()} = the close time.
 * <p>
 * Problems, each reported with file and line, the row skipped unless said otherwise:
 * <ul>
 *     <li>GAP: the open time steps by more than the timeframe; the missing half-open range in UTC and the number of
 *     missing bars are reported, the row itself is kept;</li>
 *     <li>DUPLICATE: the same open time as the previous row, identical or with different values (the first is kept);</li>
 *     <li>OUT_OF_ORDER: an open time before the previous row's;</li>
 *     <li>MALFORMED: wrong column count, an unparsable or inexact number, high below max(open, close), low above
 *     min(open, close), a price that is not positive, negative volume, an open time not aligned to the timeframe.</li>
 * </ul>
 * Single-threaded; allocation-free per row except for reported problems.
 */
public final class CsvKlineSource extends CsvSource
{
    /** Header of trade-price kline files. */
    public static final String TRADE_HEADER = "open_time,open,high,low,close,volume";

    /** Header of mark-price kline files. */
    public static final String MARK_HEADER = "open_time,open,high,low,close";

    private final BarEncoder barEncoder = new BarEncoder();
    private final PriceSource priceSource;
    private final int timeframeSec;
    private final long timeframeMs;
    private final long alignmentOffsetMs;
    private final String timeframeLabel;

    private boolean hasPrevious;
    private long previousLine;
    private long previousOpenTimeMs;
    private long previousOpen;
    private long previousHigh;
    private long previousLow;
    private long previousClose;
    private long previousVolume;

    /**
     * Opens a kline file and reads its header.
     *
     * @param file    the CSV file.
     * @param catalog instrument ids of the import; the file's instrument is registered.
     * @param options timeframe, venue and symbol overrides.
     * @param report  where row problems go.
     * @throws ImportException if the file cannot be read, has another header, or its timeframe or instrument cannot be
     *                         told.
     */
    public CsvKlineSource(
        final Path file, final InstrumentCatalog catalog, final ImportOptions options, final ImportReport report)
    {
        this(file, catalog, options, report, timeframeOf(file, options));
    }

    private CsvKlineSource(
        final Path file,
        final InstrumentCatalog catalog,
        final ImportOptions options,
        final ImportReport report,
        final int timeframeSec)
    {
        super(file, catalog, options, report, TRADE_HEADER, MARK_HEADER);
        this.timeframeSec = timeframeSec;
        this.timeframeMs = timeframeSec * 1000L;
        this.alignmentOffsetMs = Timeframes.alignmentOffsetMs(timeframeSec);
        this.timeframeLabel = Timeframes.label(timeframeSec);
        if (headerIndex == 0)
        {
            this.priceSource = PriceSource.TRADE;
        }
        else
        {
            this.priceSource = file.getFileName().toString().contains("indexPrice") ? PriceSource.INDEX : PriceSource.MARK;
        }
    }

    /**
     * @param file    a kline file.
     * @param options may hold a timeframe override.
     * @return the timeframe in seconds.
     * @throws ImportException if there is neither an override nor a timeframe token in the file name.
     */
    static int timeframeOf(final Path file, final ImportOptions options)
    {
        if (options.timeframeSec() > 0)
        {
            return options.timeframeSec();
        }
        final int fromName = Timeframes.fromFileName(file.getFileName().toString());
        if (fromName == 0)
        {
            throw new ImportException(file + ": cannot tell the kline timeframe from the file name (no token such as " +
                "-1m-, -1h- or -4h-): set the timeframe override");
        }
        return fromName;
    }

    /**
     * @return the price these bars are made of.
     */
    public PriceSource priceSource()
    {
        return priceSource;
    }

    /**
     * @return the bars' timeframe in seconds.
     */
    public int timeframeSec()
    {
        return timeframeSec;
    }

    @Override
    protected boolean parseRow()
    {
        final long openTimeMs = epochMs(0);
        if (openTimeMs == CsvReader.INVALID)
        {
            return badTime(0);
        }
        final long open = reader.parseDecimal(1, priceExponent);
        if (open == FixedPoint.INVALID)
        {
            return badNumber(1);
        }
        final long high = reader.parseDecimal(2, priceExponent);
        if (high == FixedPoint.INVALID)
        {
            return badNumber(2);
        }
        final long low = reader.parseDecimal(3, priceExponent);
        if (low == FixedPoint.INVALID)
        {
            return badNumber(3);
        }
        final long close = reader.parseDecimal(4, priceExponent);
        if (close == FixedPoint.INVALID)
        {
            return badNumber(4);
        }
        long volume = 0;
        if (priceSource == PriceSource.TRADE)
        {
            volume = reader.parseDecimal(5, sizeExponent);
            if (volume == FixedPoint.INVALID)
            {
                return badNumber(5);
            }
        }
        if (high < Math.max(open, close))
        {
            return problem(ImportReport.ProblemKind.MALFORMED, "high " + price(high) + " is below max(open, close) " +
                price(Math.max(open, close)));
        }
        if (low > Math.min(open, close))
        {
            return problem(ImportReport.ProblemKind.MALFORMED, "low " + price(low) + " is above min(open, close) " +
                price(Math.min(open, close)));
        }
        if (low <= 0)
        {
            return problem(ImportReport.ProblemKind.MALFORMED, "low " + price(low) + " is not a positive price");
        }
        if (volume < 0)
        {
            return problem(ImportReport.ProblemKind.MALFORMED,
                "negative volume " + FixedPoint.toText(volume, sizeExponent));
        }
        if (Math.floorMod(openTimeMs - alignmentOffsetMs, timeframeMs) != 0)
        {
            return problem(ImportReport.ProblemKind.MALFORMED, "open_time " + openTimeMs + " (" +
                Timeframes.iso(openTimeMs) + ") is not aligned to the " + timeframeLabel + " timeframe");
        }
        if (hasPrevious && !inSequence(openTimeMs, open, high, low, close, volume))
        {
            return false;
        }
        hasPrevious = true;
        previousLine = reader.lineNumber();
        previousOpenTimeMs = openTimeMs;
        previousOpen = open;
        previousHigh = high;
        previousLow = low;
        previousClose = close;
        previousVolume = volume;

        final long closeTimeMs = openTimeMs + timeframeMs;
        barEncoder.wrapAndApplyHeader(buffer, 0, headerEncoder)
            .instrumentId(instrumentId)
            .priceSource(priceSource)
            .timeframeSec(timeframeSec)
            .openTimeNs(openTimeMs * NS_PER_MS)
            .receiveTimeNs(closeTimeMs * NS_PER_MS)
            .openMantissa(open)
            .highMantissa(high)
            .lowMantissa(low)
            .closeMantissa(close)
            .volumeMantissa(volume)
            .closed(BooleanType.TRUE);
        length = MessageHeaderEncoder.ENCODED_LENGTH + barEncoder.encodedLength();
        timeNs = closeTimeMs * NS_PER_MS;
        return true;
    }

    private boolean inSequence(
        final long openTimeMs, final long open, final long high, final long low, final long close, final long volume)
    {
        if (openTimeMs == previousOpenTimeMs)
        {
            final boolean identical = open == previousOpen && high == previousHigh && low == previousLow &&
                close == previousClose && volume == previousVolume;
            return problem(ImportReport.ProblemKind.DUPLICATE, "open_time " + Timeframes.iso(openTimeMs) +
                " repeats line " + previousLine + (identical ? ", identical" : " with different values") +
                ": skipped, line " + previousLine + " kept");
        }
        if (openTimeMs < previousOpenTimeMs)
        {
            return problem(ImportReport.ProblemKind.OUT_OF_ORDER, "open_time " + Timeframes.iso(openTimeMs) +
                " is before " + Timeframes.iso(previousOpenTimeMs) + " of line " + previousLine + ": skipped");
        }
        final long stepMs = openTimeMs - previousOpenTimeMs;
        if (stepMs > timeframeMs)
        {
            final long missing = stepMs / timeframeMs - 1;
            problem(ImportReport.ProblemKind.GAP, missing + " missing " + timeframeLabel + " bar" +
                (missing == 1 ? "" : "s") + " in [" + Timeframes.iso(previousOpenTimeMs + timeframeMs) + ", " +
                Timeframes.iso(openTimeMs) + ")");
        }
        return true;
    }

    private String price(final long mantissa)
    {
        return FixedPoint.toText(mantissa, priceExponent);
    }
}
