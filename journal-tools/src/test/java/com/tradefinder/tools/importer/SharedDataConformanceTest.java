package com.tradefinder.tools.importer;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.agrona.DirectBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.tradefinder.codecs.BarDecoder;
import com.tradefinder.codecs.FundingRateDecoder;
import com.tradefinder.codecs.InstrumentDefinitionDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.PriceSource;
import com.tradefinder.codecs.TradeDecoder;
import com.tradefinder.testsupport.SharedData;

import static com.tradefinder.tools.importer.ImportFixtures.HOUR_MS;
import static com.tradefinder.tools.importer.ImportFixtures.ns;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports the real market data of {@code ../shared/data} and checks it against the figures of its SOURCES.md.
 */
class SharedDataConformanceTest
{
    private static final String BTC_1H = "binance-futures-um-BTCUSDT-1h-2020-01-01_2026-05-16.csv";
    private static final String ETH_1H = "binance-futures-um-ETHUSDT-1h-2020-01-01_2026-05-16.csv";
    private static final String BTC_FUNDING = "binance-futures-um-BTCUSDT-fundingRate-8h-2020-01-01_2026-06-30.csv";
    private static final int HOURLY_BARS = 55_872;

    private final ImportReport report = new ImportReport(50);
    private final InstrumentCatalog catalog = new InstrumentCatalog();
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final BarDecoder bar = new BarDecoder();
    private final FundingRateDecoder funding = new FundingRateDecoder();
    private final TradeDecoder trade = new TradeDecoder();

    static Stream<Arguments> files()
    {
        return Stream.of(
            Arguments.of(BTC_1H, HOURLY_BARS),
            Arguments.of(ETH_1H, HOURLY_BARS),
            Arguments.of("binance-futures-um-BTCUSDT-markPrice-1h-2020-01-01_2026-05-16.csv", HOURLY_BARS),
            Arguments.of("binance-futures-um-ETHUSDT-markPrice-1h-2020-01-01_2026-05-16.csv", HOURLY_BARS),
            Arguments.of("binance-futures-um-BTCUSDT-4h-2023-01-01_2025-12-02.csv", 6_402),
            Arguments.of("binance-futures-um-ETHUSDT-4h-2023-01-01_2025-12-02.csv", 6_402),
            Arguments.of("binance-futures-um-BTCUSDT-1m-2023-07-19_2023-08-15.csv", 40_320),
            Arguments.of("binance-futures-um-ETHUSDT-1m-2023-07-19_2023-08-15.csv", 40_320),
            Arguments.of(BTC_FUNDING, 7_119),
            Arguments.of("binance-futures-um-ETHUSDT-fundingRate-8h-2020-01-01_2026-06-30.csv", 7_119),
            Arguments.of("binance-futures-um-BTCUSDT-trades-from-ws-2023-04-04T2358_2023-04-05T0006.csv", 12_935),
            Arguments.of("binance-futures-um-BTCUSDT-trades-from-ws-2024-07-18T2357_2024-07-19T0005.csv", 10_701),
            Arguments.of("binance-futures-um-ETHUSDT-trades-from-ws-2024-07-18T2357_2024-07-19T0005.csv", 13_655),
            Arguments.of("binance-futures-um-BTCUSDT-trades-from-ws-2024-08-08T2354_2024-08-09T0000.csv", 21_313),
            Arguments.of("bybit-linear-BTCUSDT-5m-2025-06-22_2025-08-20.csv", 17_280),
            Arguments.of("bybit-linear-ETHUSDT-5m-2025-06-22_2025-08-20.csv", 17_280),
            Arguments.of("bybit-linear-BTCUSDT-fundingRate-8h-2025-06-22_2025-08-20.csv", 180),
            Arguments.of("bybit-linear-ETHUSDT-fundingRate-8h-2025-06-22_2025-08-20.csv", 180),
            Arguments.of("bybit-linear-BTCUSDT-1m-trade-bars-2022-12-13.csv", 721));
    }

    @ParameterizedTest
    @MethodSource("files")
    void shouldImportEveryRowWithoutProblems(final String name, final int rows)
    {
        final Path file = SharedData.data(name);
        long events = 0;
        long previousTimeNs = Long.MIN_VALUE;
        try (HistoryImport history = HistoryImport.open(List.of(file), ImportOptions.defaults(), report))
        {
            while (history.next())
            {
                assertThat(history.length()).isLessThanOrEqualTo(4096);
                assertThat(history.timeNs()).isGreaterThanOrEqualTo(previousTimeNs);
                previousTimeNs = history.timeNs();
                events++;
            }
        }

        assertThat(report.details()).isEmpty();
        assertThat(report.events(name)).isEqualTo(rows);
        assertThat(events).isEqualTo(rows + 1L);
    }

    @Test
    void shouldDecodeFirstAndLastHourlyBarsExactlyAsTheCsvText() throws IOException
    {
        for (final String name : List.of(BTC_1H, ETH_1H))
        {
            final Path file = SharedData.data(name);
            final List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
            try (CsvKlineSource source = new CsvKlineSource(file, catalog, ImportOptions.defaults(), report))
            {
                assertThat(source.next()).isTrue();
                assertBarEquals(source.buffer(), lines.get(1));
                int count = 1;
                long previousOpenNs = bar.openTimeNs();
                while (source.next())
                {
                    bar.wrapAndApplyHeader(source.buffer(), source.offset(), header);
                    assertThat(bar.openTimeNs()).isEqualTo(previousOpenNs + ns(HOUR_MS));
                    previousOpenNs = bar.openTimeNs();
                    count++;
                }
                assertBarEquals(source.buffer(), lines.get(lines.size() - 1));
                assertThat(count).isEqualTo(HOURLY_BARS);
            }
        }
        assertThat(report.details()).isEmpty();
    }

    private void assertBarEquals(final DirectBuffer buffer, final String csvLine)
    {
        final String[] columns = csvLine.split(",");
        bar.wrapAndApplyHeader(buffer, 0, header);
        final long openTimeMs = Long.parseLong(columns[0]);
        assertThat(bar.openTimeNs()).isEqualTo(ns(openTimeMs));
        assertThat(bar.receiveTimeNs()).isEqualTo(ns(openTimeMs + HOUR_MS));
        assertThat(bar.priceSource()).isEqualTo(PriceSource.TRADE);
        assertThat(bar.timeframeSec()).isEqualTo(3600);
        assertThat(BigDecimal.valueOf(bar.openMantissa(), 8)).isEqualByComparingTo(columns[1]);
        assertThat(BigDecimal.valueOf(bar.highMantissa(), 8)).isEqualByComparingTo(columns[2]);
        assertThat(BigDecimal.valueOf(bar.lowMantissa(), 8)).isEqualByComparingTo(columns[3]);
        assertThat(BigDecimal.valueOf(bar.closeMantissa(), 8)).isEqualByComparingTo(columns[4]);
        assertThat(BigDecimal.valueOf(bar.volumeMantissa(), 8)).isEqualByComparingTo(columns[5]);
    }

    @Test
    void shouldKeepExactFundingTimesAndRates() throws IOException
    {
        final Path file = SharedData.data(BTC_FUNDING);
        final List<String> lines = Files.readAllLines(file, StandardCharsets.US_ASCII);
        try (CsvFundingSource source = new CsvFundingSource(file, catalog, ImportOptions.defaults(), report))
        {
            int count = 0;
            while (source.next())
            {
                funding.wrapAndApplyHeader(source.buffer(), source.offset(), header);
                final String[] columns = lines.get(++count).split(",");
                assertThat(funding.fundingTimeNs()).isEqualTo(ns(Long.parseLong(columns[0])));
                assertThat(funding.intervalHours()).isEqualTo(Integer.parseInt(columns[1]));
                assertThat(BigDecimal.valueOf(funding.fundingRatePpb(), 9)).isEqualByComparingTo(columns[2]);
            }
            assertThat(count).isEqualTo(7_119);
        }
        assertThat(report.count(ImportReport.ProblemKind.GAP)).isZero();
        assertThat(report.details()).isEmpty();
    }

    @Test
    void shouldFindContiguousTradeIds()
    {
        final String name = "binance-futures-um-BTCUSDT-trades-from-ws-2024-08-08T2354_2024-08-09T0000.csv";
        final Path file = SharedData.data(name);
        try (CsvTradeSource source = new CsvTradeSource(file, catalog, ImportOptions.defaults(), report))
        {
            assertThat(source.next()).isTrue();
            trade.wrapAndApplyHeader(source.buffer(), source.offset(), header);
            assertThat(trade.tradeId()).isEqualTo(5_266_583_935L);
            long previousId = trade.tradeId();
            while (source.next())
            {
                trade.wrapAndApplyHeader(source.buffer(), source.offset(), header);
                assertThat(trade.tradeId()).isEqualTo(previousId + 1);
                previousId = trade.tradeId();
            }
            assertThat(previousId).isEqualTo(5_266_605_247L);
        }
        assertThat(report.count(name, ImportReport.ProblemKind.GAP)).isZero();
    }

    @Test
    void shouldMergeBtcAndEthHourlyBarsInGlobalTimeOrder()
    {
        final List<Path> files = List.of(SharedData.data(BTC_1H), SharedData.data(ETH_1H));
        final InstrumentDefinitionDecoder definition = new InstrumentDefinitionDecoder();
        try (HistoryImport history = HistoryImport.open(files, ImportOptions.defaults(), report))
        {
            for (final String symbol : List.of("BTCUSDT", "ETHUSDT"))
            {
                assertThat(history.next()).isTrue();
                definition.wrapAndApplyHeader(history.buffer(), history.offset(), header);
                assertThat(definition.symbol()).isEqualTo(symbol);
                assertThat(definition.timeNs()).isEqualTo(ns(1_577_836_800_000L + HOUR_MS));
            }
            long bars = 0;
            long previousTimeNs = Long.MIN_VALUE;
            int previousInstrument = 0;
            while (history.next())
            {
                bar.wrapAndApplyHeader(history.buffer(), history.offset(), header);
                assertThat(history.timeNs()).isEqualTo(bar.receiveTimeNs());
                assertThat(history.timeNs()).isGreaterThanOrEqualTo(previousTimeNs);
                if (history.timeNs() == previousTimeNs)
                {
                    assertThat(bar.instrumentId()).isGreaterThan(previousInstrument);
                }
                previousTimeNs = history.timeNs();
                previousInstrument = bar.instrumentId();
                bars++;
            }
            assertThat(bars).isEqualTo(2L * HOURLY_BARS);
        }
        assertThat(report.details()).isEmpty();
    }

    @Test
    void shouldImportTheWholeSharedFolderSkippingWhatItCannotRead()
    {
        final Path folder = SharedData.root().resolve("data");
        long events = 0;
        long definitions = 0;
        long previousTimeNs = Long.MIN_VALUE;
        try (HistoryImport history = HistoryImport.open(List.of(folder), ImportOptions.defaults(), report))
        {
            while (history.next())
            {
                header.wrap(history.buffer(), history.offset());
                if (header.templateId() == InstrumentDefinitionDecoder.TEMPLATE_ID)
                {
                    definitions++;
                }
                assertThat(history.timeNs()).isGreaterThanOrEqualTo(previousTimeNs);
                previousTimeNs = history.timeNs();
                events++;
            }
            assertThat(history.files()).hasSize(23);
            assertThat(history.catalog().size()).isEqualTo(4);
        }

        assertThat(definitions).isEqualTo(4);
        assertThat(events).isEqualTo(4 + 4L * HOURLY_BARS + 2 * 6_402 + 2 * 40_320 + 2 * 7_119 + 12_935 + 10_701 +
            13_655 + 21_313 + 2 * 17_280 + 2 * 180 + 721 +
            // the four WebSocket captures: trades + book tickers + depth chunks (+ mark prices) + snapshot chunks
            (12_935 + 44_205 + 16_163 + 514 + 10) + (10_701 + 52_260 + 9_471 + 10) + (13_655 + 47_328 + 9_265 + 10) +
            (21_313 + 66_089 + 7_257 + 10));
        assertThat(report.count(ImportReport.ProblemKind.UNSUPPORTED)).isEqualTo(10);
        assertThat(report.count(ImportReport.ProblemKind.MALFORMED) + report.count(ImportReport.ProblemKind.GAP) +
            report.count(ImportReport.ProblemKind.DUPLICATE) + report.count(ImportReport.ProblemKind.OUT_OF_ORDER))
            .isZero();
    }

    @Test
    void shouldAllocateAlmostNothingPerRow()
    {
        final java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        org.junit.jupiter.api.Assumptions.assumeTrue(threads instanceof com.sun.management.ThreadMXBean);
        final com.sun.management.ThreadMXBean allocations = (com.sun.management.ThreadMXBean)threads;
        final Path file = SharedData.data(BTC_1H);
        for (int run = 0; run < 3; run++)
        {
            try (CsvKlineSource source = new CsvKlineSource(file, catalog, ImportOptions.defaults(), report))
            {
                final long before = allocations.getCurrentThreadAllocatedBytes();
                long checksum = 0;
                while (source.next())
                {
                    checksum += source.buffer().getLong(source.offset() + 20);
                }
                final long allocated = allocations.getCurrentThreadAllocatedBytes() - before;
                assertThat(checksum).isNotZero();
                if (run == 2)
                {
                    assertThat(allocated).as("bytes allocated reading %d rows", HOURLY_BARS).isLessThan(64 * 1024);
                }
            }
        }
    }
}
