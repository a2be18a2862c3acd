package com.tradefinder.tools.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.tradefinder.codecs.BarDecoder;
import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.PriceSource;

import static com.tradefinder.tools.importer.ImportFixtures.HOUR_MS;
import static com.tradefinder.tools.importer.ImportFixtures.drain;
import static com.tradefinder.tools.importer.ImportFixtures.ns;
import static com.tradefinder.tools.importer.ImportFixtures.write;
import static com.tradefinder.tools.importer.ImportReport.ProblemKind.DUPLICATE;
import static com.tradefinder.tools.importer.ImportReport.ProblemKind.GAP;
import static com.tradefinder.tools.importer.ImportReport.ProblemKind.MALFORMED;
import static com.tradefinder.tools.importer.ImportReport.ProblemKind.OUT_OF_ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvKlineSourceTest
{
    private static final String NAME = "binance-futures-um-BTCUSDT-1h-2020-01-01_2020-01-02.csv";
    private static final long T0 = 1_577_836_800_000L;
    private static final String ROW_00 = T0 + ",7189.43,7190.52,7170.15,7171.55,2449.049";
    private static final String ROW_01 = (T0 + HOUR_MS) + ",7171.43,7225.0,7171.1,7210.24,3865.038";
    private static final String ROW_02 = (T0 + 2 * HOUR_MS) + ",7210.38,7239.3,7206.46,7237.99,3228.365";

    @TempDir
    Path dir;

    private final ImportReport report = new ImportReport(100);
    private final InstrumentCatalog catalog = new InstrumentCatalog();

    private List<ImportFixtures.Event> read(final Path file)
    {
        return read(file, ImportOptions.defaults());
    }

    private List<ImportFixtures.Event> read(final Path file, final ImportOptions options)
    {
        try (CsvKlineSource source = new CsvKlineSource(file, catalog, options, report))
        {
            return drain(source);
        }
    }

    @Test
    void shouldEmitClosedTradeBarsWithExactMantissasAndCloseTimes()
    {
        final Path file = write(dir, NAME, CsvKlineSource.TRADE_HEADER, ROW_00, ROW_01, ROW_02);

        final List<ImportFixtures.Event> events = read(file);

        assertThat(events).hasSize(3);
        final BarDecoder first = events.get(0).bar();
        assertThat(first.instrumentId()).isEqualTo(1);
        assertThat(first.priceSource()).isEqualTo(PriceSource.TRADE);
        assertThat(first.timeframeSec()).isEqualTo(3600);
        assertThat(first.openTimeNs()).isEqualTo(ns(T0));
        assertThat(first.receiveTimeNs()).isEqualTo(ns(T0 + HOUR_MS));
        assertThat(first.openMantissa()).isEqualTo(718_943_000_000L);
        assertThat(first.highMantissa()).isEqualTo(719_052_000_000L);
        assertThat(first.lowMantissa()).isEqualTo(717_015_000_000L);
        assertThat(first.closeMantissa()).isEqualTo(717_155_000_000L);
        assertThat(first.volumeMantissa()).isEqualTo(244_904_900_000L);
        assertThat(first.closed()).isEqualTo(BooleanType.TRUE);
        assertThat(events.get(0).timeNs()).isEqualTo(ns(T0 + HOUR_MS));

        final BarDecoder second = events.get(1).bar();
        assertThat(second.openTimeNs()).isEqualTo(ns(T0 + HOUR_MS));
        assertThat(second.highMantissa()).isEqualTo(722_500_000_000L);
        assertThat(second.lowMantissa()).isEqualTo(717_110_000_000L);
        assertThat(second.closeMantissa()).isEqualTo(721_024_000_000L);
        assertThat(events.get(2).timeNs()).isEqualTo(ns(T0 + 3 * HOUR_MS));
        assertThat(events).allSatisfy(e -> assertThat(e.bytes().length).isLessThanOrEqualTo(4096));

        assertThat(report.details()).isEmpty();
        assertThat(report.events(NAME)).isEqualTo(3);
    }

    @Test
    void shouldReportGapWithMissingRangeAndCountAndKeepTheRow()
    {
        final String after = (T0 + 4 * HOUR_MS) + ",7300,7310,7290,7305,10";
        final Path file = write(dir, NAME, CsvKlineSource.TRADE_HEADER, ROW_00, ROW_01, after);

        final List<ImportFixtures.Event> events = read(file);

        assertThat(events).hasSize(3);
        assertThat(events.get(2).bar().openTimeNs()).isEqualTo(ns(T0 + 4 * HOUR_MS));
        assertThat(report.details()).containsExactly(
            NAME + ":4: gap: 2 missing 1h bars in [2020-01-01T02:00:00Z, 2020-01-01T04:00:00Z)");
        assertThat(report.count(NAME, GAP)).isEqualTo(1);
    }

    @Test
    void shouldSkipIdenticalDuplicate()
    {
        final Path file = write(dir, NAME, CsvKlineSource.TRADE_HEADER, ROW_00, ROW_01, ROW_01, ROW_02);

        final List<ImportFixtures.Event> events = read(file);

        assertThat(events).extracting(e -> e.bar().openTimeNs())
            .containsExactly(ns(T0), ns(T0 + HOUR_MS), ns(T0 + 2 * HOUR_MS));
        assertThat(report.details()).containsExactly(
            NAME + ":4: duplicate: open_time 2020-01-01T01:00:00Z repeats line 3, identical: skipped, line 3 kept");
        assertThat(report.count(NAME, DUPLICATE)).isEqualTo(1);
    }

    @Test
    void shouldSkipConflictingDuplicateAndKeepTheFirst()
    {
        final String conflicting = (T0 + HOUR_MS) + ",7171.43,7225.0,7171.1,7211.00,3865.038";
        final Path file = write(dir, NAME, CsvKlineSource.TRADE_HEADER, ROW_00, ROW_01, conflicting, ROW_02);

        final List<ImportFixtures.Event> events = read(file);

        assertThat(events).hasSize(3);
        assertThat(events.get(1).bar().closeMantissa()).isEqualTo(721_024_000_000L);
        assertThat(report.details()).containsExactly(NAME + ":4: duplicate: open_time 2020-01-01T01:00:00Z repeats " +
            "line 3 with different values: skipped, line 3 kept");
    }

    @Test
    void shouldSkipOutOfOrderRow()
    {
        final Path file = write(dir, NAME, CsvKlineSource.TRADE_HEADER, ROW_00, ROW_02, ROW_01);

        final List<ImportFixtures.Event> events = read(file);

        assertThat(events).extracting(e -> e.bar().openTimeNs()).containsExactly(ns(T0), ns(T0 + 2 * HOUR_MS));
        assertThat(report.details()).containsExactly(NAME + ":3: gap: 1 missing 1h bar in " +
                "[2020-01-01T01:00:00Z, 2020-01-01T02:00:00Z)",
            NAME + ":4: out-of-order: open_time 2020-01-01T01:00:00Z is before 2020-01-01T02:00:00Z of line 3: skipped");
        assertThat(report.count(NAME, OUT_OF_ORDER)).isEqualTo(1);
    }

    static Stream<Arguments> malformedRows()
    {
        final long t = T0 + HOUR_MS;
        return Stream.of(
            Arguments.of(t + ",7171.43,7225.0,7171.1,7210.24", "expected 6 columns, found 5"),
            Arguments.of(t + ",7171.43,7225.0,7171.1,7210.24,1,2", "expected 6 columns, found 7"),
            Arguments.of(t + ",7171.43,7225.0,abc,7210.24,1", "unparsable or inexact low 'abc'"),
            Arguments.of(t + ",7171.43,7225.0,7171.1,7210.24,", "unparsable or inexact volume ''"),
            Arguments.of(t + ",7171.123456789,7225.0,7171.1,7210.24,1", "unparsable or inexact open '7171.123456789'"),
            Arguments.of(t + ",7171.43,7225.0,7171.1,7.2e-9,1", "unparsable or inexact close '7.2e-9'"),
            Arguments.of(t + ",7171.43,7225.0,7171.1,7210.24e,1", "unparsable or inexact close '7210.24e'"),
            Arguments.of("2020-01-01,7171.43,7225.0,7171.1,7210.24,1",
                "open_time '2020-01-01' is not epoch milliseconds"),
            Arguments.of(t + ",7171.43,7200.0,7171.1,7210.24,1", "high 7200 is below max(open, close) 7210.24"),
            Arguments.of(t + ",7171.43,7225.0,7180,7210.24,1", "low 7180 is above min(open, close) 7171.43"),
            Arguments.of(t + ",7171.43,7225.0,7171.1,7210.24,-1.5", "negative volume -1.5"),
            Arguments.of(t + ",0,7225.0,0,7210.24,1", "low 0 is not a positive price"),
            Arguments.of((t + 60_000) + ",7171.43,7225.0,7171.1,7210.24,1",
                "open_time 1577840460000 (2020-01-01T01:01:00Z) is not aligned to the 1h timeframe"));
    }

    @ParameterizedTest
    @MethodSource("malformedRows")
    void shouldSkipMalformedRowAndKeepTheGoodOnes(final String row, final String detail)
    {
        final Path file = write(dir, NAME, CsvKlineSource.TRADE_HEADER, ROW_00, row, ROW_01, ROW_02);

        final List<ImportFixtures.Event> events = read(file);

        assertThat(events).extracting(e -> e.bar().openTimeNs())
            .containsExactly(ns(T0), ns(T0 + HOUR_MS), ns(T0 + 2 * HOUR_MS));
        assertThat(report.details()).containsExactly(NAME + ":3: malformed: " + detail);
        assertThat(report.count(NAME, MALFORMED)).isEqualTo(1);
        assertThat(report.events(NAME)).isEqualTo(3);
    }

    @Test
    void shouldParseExponentNotationExactly()
    {
        final Path file = write(dir, NAME, CsvKlineSource.TRADE_HEADER,
            T0 + ",7.18943E3,7190.52,7.17015e+3,717155E-2,2.449049E3");

        final List<ImportFixtures.Event> events = read(file);

        final BarDecoder bar = events.get(0).bar();
        assertThat(bar.openMantissa()).isEqualTo(718_943_000_000L);
        assertThat(bar.lowMantissa()).isEqualTo(717_015_000_000L);
        assertThat(bar.closeMantissa()).isEqualTo(717_155_000_000L);
        assertThat(bar.volumeMantissa()).isEqualTo(244_904_900_000L);
        assertThat(report.details()).isEmpty();
    }

    @Test
    void shouldSkipBlankLinesAndReadCrLfLineEnds()
    {
        final Path file = write(dir, NAME, CsvKlineSource.TRADE_HEADER + "\r", ROW_00 + "\r", "", ROW_01 + "\r");

        assertThat(read(file)).hasSize(2);
        assertThat(report.details()).isEmpty();
    }

    @Test
    void shouldReadMarkPriceKlinesWithZeroVolume()
    {
        final String name = "binance-futures-um-ETHUSDT-markPrice-1h-2020-01-01_2020-01-02.csv";
        final Path file = write(dir, name, CsvKlineSource.MARK_HEADER,
            T0 + ",129.14963635,129.17905117,128.7430663,128.87068474");

        final List<ImportFixtures.Event> events = read(file);

        assertThat(events).hasSize(1);
        final BarDecoder bar = events.get(0).bar();
        assertThat(bar.priceSource()).isEqualTo(PriceSource.MARK);
        assertThat(bar.openMantissa()).isEqualTo(12_914_963_635L);
        assertThat(bar.highMantissa()).isEqualTo(12_917_905_117L);
        assertThat(bar.lowMantissa()).isEqualTo(12_874_306_630L);
        assertThat(bar.closeMantissa()).isEqualTo(12_887_068_474L);
        assertThat(bar.volumeMantissa()).isZero();
        assertThat(catalog.symbol(bar.instrumentId())).isEqualTo("ETHUSDT");
    }

    @Test
    void shouldTakeTimeframeFromFileNameForBybitFiveMinuteBars()
    {
        final String name = "bybit-linear-BTCUSDT-5m-2025-06-22_2025-08-20.csv";
        final Path file = write(dir, name, CsvKlineSource.TRADE_HEADER,
            "1750550400000,102083.9,102551.7,102083.8,102483.7,1893.211",
            "1750550700000,102483.7,102483.8,101981.8,101989.8,1257.205");

        final List<ImportFixtures.Event> events = read(file);

        assertThat(events).extracting(e -> e.bar().timeframeSec()).containsExactly(300, 300);
        assertThat(events.get(1).timeNs()).isEqualTo(ns(1_750_551_000_000L));
        assertThat(catalog.venue(1)).isEqualTo(com.tradefinder.codecs.Venue.BYBIT_LINEAR);
    }

    @Test
    void shouldTakeTimeframeFromOverride()
    {
        final Path file = write(dir, "binance-futures-um-BTCUSDT-history.csv", CsvKlineSource.TRADE_HEADER, ROW_00);

        final List<ImportFixtures.Event> events = read(file, ImportOptions.defaults().timeframeSec(3600));

        assertThat(events.get(0).bar().timeframeSec()).isEqualTo(3600);
    }

    @Test
    void shouldFailWithOneLineWhenTimeframeIsUnknown()
    {
        final Path file = write(dir, "binance-futures-um-BTCUSDT-history.csv", CsvKlineSource.TRADE_HEADER, ROW_00);

        assertThatThrownBy(() -> new CsvKlineSource(file, catalog, ImportOptions.defaults(), report))
            .isInstanceOf(ImportException.class)
            .hasMessage(file + ": cannot tell the kline timeframe from the file name (no token such as -1m-, -1h- or " +
                "-4h-): set the timeframe override");
    }

    @Test
    void shouldFailWithOneLineOnWrongHeader()
    {
        final Path file = write(dir, NAME, "time,o,h,l,c,v", ROW_00);

        assertThatThrownBy(() -> new CsvKlineSource(file, catalog, ImportOptions.defaults(), report))
            .isInstanceOf(ImportException.class)
            .hasMessage(file + ": line 1: expected the header line 'open_time,open,high,low,close,volume' or " +
                "'open_time,open,high,low,close' but found 'time,o,h,l,c,v'")
            .hasMessageNotContaining("\n");
        assertThat(catalog.size()).isZero();
    }

    @Test
    void shouldFailWithOneLineOnMissingHeader()
    {
        final Path file = write(dir, NAME, ROW_00, ROW_01);

        assertThatThrownBy(() -> new CsvKlineSource(file, catalog, ImportOptions.defaults(), report))
            .isInstanceOf(ImportException.class)
            .hasMessageStartingWith(file + ": line 1: expected the header line")
            .hasMessageEndingWith("but found '" + ROW_00 + "'");
    }

    @Test
    void shouldFailWithOneLineOnEmptyFile()
    {
        final Path file = dir.resolve(NAME);
        write(dir, NAME);

        assertThatThrownBy(() -> new CsvKlineSource(file, catalog, ImportOptions.defaults(), report))
            .isInstanceOf(ImportException.class)
            .hasMessageStartingWith(file + ": ");
    }
}
