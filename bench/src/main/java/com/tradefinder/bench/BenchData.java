package com.tradefinder.bench;

import com.tradefinder.codecs.BarEncoder;
import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.EngineSettingsEncoder;
import com.tradefinder.codecs.InstrumentDefinitionEncoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.PriceSource;
import com.tradefinder.codecs.Side;
import com.tradefinder.codecs.TradeEncoder;
import com.tradefinder.codecs.Venue;
import com.tradefinder.config.BotConfig;
import com.tradefinder.config.BotConfigLoader;
import com.tradefinder.config.ConfigException;
import com.tradefinder.engine.regime.RegimeSettings;
import com.tradefinder.numeric.FixedPoint;
import com.tradefinder.tools.importer.HistoryImport;
import com.tradefinder.tools.importer.ImportException;
import com.tradefinder.tools.importer.ImportOptions;
import com.tradefinder.tools.importer.ImportReport;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Real market data from {@code ../shared/data}, parsed with exact decimals and encoded into SBE events once, in a
 * benchmark's setup.
 * <p>
 * The shared folder is the system property {@code tradefinder.shared}, else the environment variable
 * {@code TRADEFINDER_SHARED}, else {@code ../shared} relative to the working directory (the repository root when run
 * by {@code bench/run-benchmarks.sh}). Benchmarks need real data: if the folder is missing they stop with one line
 * saying so.
 * <p>
 * Instruments: BTCUSDT is id {@value #BTC}, ETHUSDT id {@value #ETH}, both with price and size exponent
 * {@value #EXPONENT}.
 * <p>
 * The example bot ({@value #EXAMPLE_BOT}) is read from the project root: the system property
 * {@code tradefinder.project}, else the environment variable {@code TRADEFINDER_PROJECT_ROOT}, else the working
 * directory or its parent, whichever holds the file.
 */
public final class BenchData
{
    /** Instrument id of BTCUSDT. */
    public static final int BTC = 1;

    /** Instrument id of ETHUSDT. */
    public static final int ETH = 2;

    /** Price and size exponent of both instruments. */
    public static final int EXPONENT = -8;

    /** Timeframes of the EngineSettings event: 1h, 4h, 1d. */
    public static final int[] TIMEFRAMES_SEC = { 3_600, 14_400, 86_400 };

    /** Input name of the tape of 1h BTC and ETH klines. */
    public static final String BARS = "bars-1h";

    /** Input name of the tape of the BTC and ETH trades captured from the WebSocket. */
    public static final String TRADES = "trades";

    /** Input name of the same trades with the captures moved back to back in time ({@link #tradesBackToBack()}). */
    public static final String TRADES_BACK_TO_BACK = "trades-back-to-back";

    /** Input name of the inbound events of a backtest of the example regime bot over the real 1h history. */
    public static final String ALL_STRATEGIES = "all-strategies";

    private static final long MS = 1_000_000L;
    private static final long HOUR_NS = 3_600_000_000_000L;

    /** The example regime bot, relative to the project root. */
    public static final String EXAMPLE_BOT = "config/examples/backtest-regime-bot.toml";

    private static final String BTC_1H = "binance-futures-um-BTCUSDT-1h-2020-01-01_2026-05-16.csv";
    private static final String ETH_1H = "binance-futures-um-ETHUSDT-1h-2020-01-01_2026-05-16.csv";
    private static final String BTC_FUNDING = "binance-futures-um-BTCUSDT-fundingRate-8h-2020-01-01_2026-06-30.csv";
    private static final String ETH_FUNDING = "binance-futures-um-ETHUSDT-fundingRate-8h-2020-01-01_2026-06-30.csv";
    private static final String[][] TRADE_FILES = {
        { "binance-futures-um-BTCUSDT-trades-from-ws-2023-04-04T2358_2023-04-05T0006.csv", "1" },
        { "binance-futures-um-BTCUSDT-trades-from-ws-2024-07-18T2357_2024-07-19T0005.csv", "1" },
        { "binance-futures-um-ETHUSDT-trades-from-ws-2024-07-18T2357_2024-07-19T0005.csv", "2" },
        { "binance-futures-um-BTCUSDT-trades-from-ws-2024-08-08T2354_2024-08-09T0000.csv", "1" },
    };

    private BenchData()
    {
    }

    /**
     * @return the shared folder (the one holding {@code data/}).
     * @throws IllegalStateException with one line naming the folder looked for, if it has no {@code data/}.
     */
    public static Path root()
    {
        final String property = System.getProperty("tradefinder.shared");
        final String env = System.getenv("TRADEFINDER_SHARED");
        final String chosen = property != null && !property.isBlank() ? property :
            env != null && !env.isBlank() ? env : Paths.get("..", "shared").toString();
        final String projectRoot = System.getenv("TRADEFINDER_PROJECT_ROOT");
        // a relative folder means relative to the repository root when the build says where that is (tests run in bench/)
        final Path given = Paths.get(chosen);
        final Path root = (!given.isAbsolute() && projectRoot != null && !projectRoot.isBlank() ?
            Paths.get(projectRoot).resolve(given) : given).toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve("data")))
        {
            throw new IllegalStateException("benchmarks need real data: " + root.resolve("data") + " not found " +
                "(set -Dtradefinder.shared=DIR or TRADEFINDER_SHARED=DIR, DIR holding data/)");
        }
        return root;
    }

    /**
     * @param fileName a file in {@code shared/data}.
     * @return its path.
     * @throws IllegalStateException if it is missing.
     */
    public static Path data(final String fileName)
    {
        final Path file = root().resolve("data").resolve(fileName);
        if (!Files.isRegularFile(file))
        {
            throw new IllegalStateException("benchmarks need real data: " + file + " not found");
        }
        return file;
    }

    /**
     * @return the example regime bot ({@value #EXAMPLE_BOT}), loaded and validated as the CLI does.
     * @throws IllegalStateException with one line if the file is missing or invalid.
     */
    public static BotConfig exampleBot()
    {
        final String property = System.getProperty("tradefinder.project");
        final String env = System.getenv("TRADEFINDER_PROJECT_ROOT");
        final List<Path> candidates = new ArrayList<>();
        if (property != null && !property.isBlank())
        {
            candidates.add(Paths.get(property));
        }
        if (env != null && !env.isBlank())
        {
            candidates.add(Paths.get(env));
        }
        candidates.add(Paths.get(""));
        candidates.add(Paths.get(".."));
        for (final Path root : candidates)
        {
            final Path file = root.resolve(EXAMPLE_BOT).toAbsolutePath().normalize();
            if (Files.isRegularFile(file))
            {
                try
                {
                    return BotConfigLoader.load(file);
                }
                catch (final ConfigException ex)
                {
                    throw new IllegalStateException(String.join("; ", ex.lines()), ex);
                }
            }
        }
        throw new IllegalStateException("benchmarks need the example bot: " + EXAMPLE_BOT + " not found under " +
            candidates + " (set -Dtradefinder.project=DIR or TRADEFINDER_PROJECT_ROOT=DIR)");
    }

    /**
     * The real history a backtest of the example bot runs on: the 1h klines of BTCUSDT and ETHUSDT from 2020-01-01
     * to 2026-05-16 (111,744 bars) and their 8h funding rates (2 × 7,119), imported by the CLI's importer
     * ({@link HistoryImport}) and kept in memory, so CSV parsing is not part of what is measured.
     *
     * @return the tape: instrument definitions first, then every event by time.
     */
    public static HistoryTape realHistory()
    {
        final List<Path> files = List.of(data(BTC_1H), data(ETH_1H), data(BTC_FUNDING), data(ETH_FUNDING));
        final ImportReport report = new ImportReport(20);
        try
        {
            return HistoryTape.record(HistoryImport.open(files, ImportOptions.defaults()
                .instruments(new LinkedHashSet<>(List.of("BTCUSDT", "ETHUSDT"))), report));
        }
        catch (final ImportException ex)
        {
            throw new IllegalStateException("cannot import the real history: " + ex.getMessage(), ex);
        }
    }

    /**
     * @return the last real 1h kline of BTCUSDT in the shared data: open time (ms), open, high, low, close, volume,
     * as the CSV has them.
     */
    public static String[] lastBtcHourBar()
    {
        final List<String[]> rows = csv(data(BTC_1H), 6);
        return rows.get(rows.size() - 1);
    }

    /**
     * @param input {@value #BARS}, {@value #TRADES} or {@value #TRADES_BACK_TO_BACK}.
     * @return the tape.
     */
    public static EventTape tape(final String input)
    {
        switch (input)
        {
            case BARS:
                return hourBars();
            case TRADES:
                return trades();
            case TRADES_BACK_TO_BACK:
                return tradesBackToBack();
            default:
                throw new IllegalArgumentException("unknown input '" + input + "': use " + BARS + ", " + TRADES +
                    " or " + TRADES_BACK_TO_BACK);
        }
    }

    /**
     * The events a business logic needs before market data: EngineSettings (1h, 4h, 1d and the default regime
     * settings) and the definitions of BTCUSDT and ETHUSDT.
     *
     * @return one encoded event per element.
     */
    public static byte[][] preamble()
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[512]);
        final MessageHeaderEncoder header = new MessageHeaderEncoder();
        final RegimeSettings defaults = new RegimeSettings();
        final EngineSettingsEncoder settings = new EngineSettingsEncoder().wrapAndApplyHeader(buffer, 0, header)
            .timeNs(0)
            .adxPeriod(defaults.adxPeriod())
            .atrPeriod(defaults.atrPeriod())
            .bollingerPeriod(defaults.bollingerPeriod())
            .bollingerStdDevs(defaults.bollingerStdDevs())
            .percentileWindow(defaults.percentileWindow())
            .trendAdxEnter(defaults.trendAdxEnter())
            .trendAdxExit(defaults.trendAdxExit())
            .rangeAdxMax(defaults.rangeAdxMax())
            .highVolatilityPercentile(defaults.highVolatilityPercentile())
            .highVolatilityExitPercentile(defaults.highVolatilityExitPercentile())
            .squeezePercentile(defaults.squeezePercentile())
            .confirmBars(defaults.confirmBars());
        final EngineSettingsEncoder.TimeframesEncoder group = settings.timeframesCount(TIMEFRAMES_SEC.length);
        for (final int frame : TIMEFRAMES_SEC)
        {
            group.next().timeframeSec(frame);
        }
        final byte[] settingsEvent = copy(buffer, MessageHeaderEncoder.ENCODED_LENGTH + settings.encodedLength());
        return new byte[][]{
            settingsEvent,
            instrument(BTC, "BTCUSDT", 10_000_000L),
            instrument(ETH, "ETHUSDT", 1_000_000L),
        };
    }

    private static byte[] instrument(final int id, final String symbol, final long tickSizeMantissa)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        final InstrumentDefinitionEncoder definition = new InstrumentDefinitionEncoder()
            .wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder())
            .instrumentId(id)
            .venue(Venue.BINANCE_USDM)
            .symbol(symbol)
            .priceExponent((byte)EXPONENT)
            .sizeExponent((byte)EXPONENT)
            .tickSizeMantissa(tickSizeMantissa)
            .stepSizeMantissa(100_000L)
            .minSizeMantissa(100_000L)
            .minNotionalMantissa(100_00_000_000L)
            .maxLeverage(125)
            .timeNs(0);
        return copy(buffer, MessageHeaderEncoder.ENCODED_LENGTH + definition.encodedLength());
    }

    /**
     * The 1h klines of BTCUSDT and ETHUSDT from 2020-01-01 to 2026-05-16, interleaved by open time (BTC first),
     * each a closed trade-price Bar received at its close: 111,744 events.
     *
     * @return the tape.
     */
    public static EventTape hourBars()
    {
        final Klines btc = klines(BTC_1H);
        final Klines eth = klines(ETH_1H);
        final int total = btc.size() + eth.size();
        final byte[][] events = new byte[total][];
        final long[] openTimes = new long[total];
        final long[] receiveTimes = new long[total];
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        final MessageHeaderEncoder header = new MessageHeaderEncoder();
        final BarEncoder bar = new BarEncoder();
        int b = 0;
        int e = 0;
        for (int i = 0; i < total; i++)
        {
            final boolean takeBtc = e == eth.size() || b < btc.size() && btc.openTimeMs[b] <= eth.openTimeMs[e];
            final Klines from = takeBtc ? btc : eth;
            final int row = takeBtc ? b++ : e++;
            final long openNs = from.openTimeMs[row] * MS;
            bar.wrapAndApplyHeader(buffer, 0, header)
                .instrumentId(takeBtc ? BTC : ETH)
                .priceSource(PriceSource.TRADE)
                .timeframeSec(3_600)
                .openTimeNs(openNs)
                .receiveTimeNs(openNs + HOUR_NS)
                .openMantissa(from.open[row])
                .highMantissa(from.high[row])
                .lowMantissa(from.low[row])
                .closeMantissa(from.close[row])
                .volumeMantissa(from.volume[row])
                .closed(BooleanType.TRUE);
            events[i] = copy(buffer, MessageHeaderEncoder.ENCODED_LENGTH + bar.encodedLength());
            openTimes[i] = openNs;
            receiveTimes[i] = openNs + HOUR_NS;
        }
        final int base = MessageHeaderEncoder.ENCODED_LENGTH;
        return new EventTape(BARS, events, openTimes, receiveTimes,
            base + BarEncoder.openTimeNsEncodingOffset(), base + BarEncoder.receiveTimeNsEncodingOffset());
    }

    /**
     * Every trade of the four Binance USD-M WebSocket captures (BTCUSDT 2023-04-04, 2024-07-18, 2024-08-08 and
     * ETHUSDT 2024-07-18), merged by trade time: 58,604 Trade events.
     *
     * @return the tape.
     */
    public static EventTape trades()
    {
        return trades(TRADES, false);
    }

    /**
     * The trades of {@link #trades()}, each capture window (a few minutes across a UTC midnight; BTCUSDT and ETHUSDT
     * of 2024-07-18 together) moved forward by whole days so the windows follow one another two days apart, from the
     * first capture's day. A lap then spans 5 days instead of 16 months, so over a billion events fit in time (the
     * merged tape holds about 10 million): for runs of many minutes at 100k events/s. Prices, sizes, sides, ids and
     * times of day are as captured; between windows the price jumps as it would over a gap in the feed.
     *
     * @return the tape.
     */
    public static EventTape tradesBackToBack()
    {
        return trades(TRADES_BACK_TO_BACK, true);
    }

    private static EventTape trades(final String name, final boolean backToBack)
    {
        final long dayNs = 86_400_000L * MS;
        final List<long[]> rows = new ArrayList<>();
        final List<Long> captureDays = new ArrayList<>();
        final long[] firstDays = new long[TRADE_FILES.length];
        for (int f = 0; f < TRADE_FILES.length; f++)
        {
            long first = Long.MAX_VALUE;
            for (final String[] cells : csv(data(TRADE_FILES[f][0]), 8))
            {
                first = Math.min(first, Long.parseLong(cells[3]) * MS);
            }
            firstDays[f] = Math.floorDiv(first, dayNs);
            if (!captureDays.contains(firstDays[f]))
            {
                captureDays.add(firstDays[f]);
            }
        }
        captureDays.sort(Comparator.naturalOrder());
        for (int f = 0; f < TRADE_FILES.length; f++)
        {
            final String[] file = TRADE_FILES[f];
            final int instrument = Integer.parseInt(file[1]);
            final long shiftNs = backToBack ?
                (captureDays.get(0) + 2L * captureDays.indexOf(firstDays[f]) - firstDays[f]) * dayNs : 0;
            for (final String[] cells : csv(data(file[0]), 8))
            {
                // trade_id,price,qty,trade_time,event_time,is_buyer_maker,exec_type,local_recv_time
                rows.add(new long[]{
                    instrument,
                    Long.parseLong(cells[0]),
                    decimal(cells[1], file[0]),
                    decimal(cells[2], file[0]),
                    Long.parseLong(cells[3]) * MS + shiftNs,
                    Long.parseLong(cells[4]) * MS + shiftNs,
                    Boolean.parseBoolean(cells[5]) ? 1 : 0,
                });
            }
        }
        rows.sort(Comparator.comparingLong(row -> row[4]));
        final byte[][] events = new byte[rows.size()][];
        final long[] tradeTimes = new long[rows.size()];
        final long[] receiveTimes = new long[rows.size()];
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        final MessageHeaderEncoder header = new MessageHeaderEncoder();
        final TradeEncoder trade = new TradeEncoder();
        for (int i = 0; i < events.length; i++)
        {
            final long[] row = rows.get(i);
            trade.wrapAndApplyHeader(buffer, 0, header)
                .instrumentId((int)row[0])
                .exchangeTimeNs(row[4])
                .receiveTimeNs(row[5])
                .tradeId(row[1])
                .priceMantissa(row[2])
                .sizeMantissa(row[3])
                .aggressorSide(row[6] == 1 ? Side.SELL : Side.BUY);
            events[i] = copy(buffer, MessageHeaderEncoder.ENCODED_LENGTH + trade.encodedLength());
            tradeTimes[i] = row[4];
            receiveTimes[i] = row[5];
        }
        final int base = MessageHeaderEncoder.ENCODED_LENGTH;
        return new EventTape(name, events, tradeTimes, receiveTimes,
            base + TradeEncoder.exchangeTimeNsEncodingOffset(), base + TradeEncoder.receiveTimeNsEncodingOffset());
    }

    /**
     * High, low and close of the BTCUSDT 1h klines, as the indicators take them (doubles from exact mantissas).
     *
     * @return {@code [0]} highs, {@code [1]} lows, {@code [2]} closes, 55,872 each.
     */
    public static double[][] btcHourHighLowClose()
    {
        final Klines k = klines(BTC_1H);
        final double[][] hlc = new double[3][k.size()];
        for (int i = 0; i < k.size(); i++)
        {
            hlc[0][i] = FixedPoint.toDouble(k.high[i], EXPONENT);
            hlc[1][i] = FixedPoint.toDouble(k.low[i], EXPONENT);
            hlc[2][i] = FixedPoint.toDouble(k.close[i], EXPONENT);
        }
        return hlc;
    }

    private static Klines klines(final String fileName)
    {
        final List<String[]> rows = csv(data(fileName), 6);
        final Klines k = new Klines(rows.size());
        for (int i = 0; i < rows.size(); i++)
        {
            // open_time,open,high,low,close,volume
            final String[] cells = rows.get(i);
            k.openTimeMs[i] = Long.parseLong(cells[0]);
            k.open[i] = decimal(cells[1], fileName);
            k.high[i] = decimal(cells[2], fileName);
            k.low[i] = decimal(cells[3], fileName);
            k.close[i] = decimal(cells[4], fileName);
            k.volume[i] = decimal(cells[5], fileName);
        }
        return k;
    }

    private static List<String[]> csv(final Path file, final int minColumns)
    {
        final List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII))
        {
            reader.readLine();
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null)
            {
                number++;
                if (line.isEmpty())
                {
                    continue;
                }
                final String[] cells = line.split(",", -1);
                if (cells.length < minColumns)
                {
                    throw new IllegalStateException(file + ":" + number + ": expected " + minColumns +
                        " columns, found " + cells.length);
                }
                rows.add(cells);
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read " + file, ex);
        }
        return rows;
    }

    private static long decimal(final String text, final String fileName)
    {
        final long mantissa = FixedPoint.parse(text, EXPONENT);
        if (mantissa == FixedPoint.INVALID)
        {
            throw new IllegalStateException(fileName + ": '" + text + "' is not an exact decimal at exponent " +
                EXPONENT);
        }
        return mantissa;
    }

    private static byte[] copy(final UnsafeBuffer buffer, final int length)
    {
        return Arrays.copyOf(buffer.byteArray(), length);
    }

    private static final class Klines
    {
        final long[] openTimeMs;
        final long[] open;
        final long[] high;
        final long[] low;
        final long[] close;
        final long[] volume;

        Klines(final int size)
        {
            openTimeMs = new long[size];
            open = new long[size];
            high = new long[size];
            low = new long[size];
            close = new long[size];
            volume = new long[size];
        }

        int size()
        {
            return openTimeMs.length;
        }
    }
}
