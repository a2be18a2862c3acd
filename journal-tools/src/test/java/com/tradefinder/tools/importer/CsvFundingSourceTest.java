package com.tradefinder.tools.importer;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.tradefinder.codecs.FundingRateDecoder;
import com.tradefinder.codecs.Venue;

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

class CsvFundingSourceTest
{
    private static final String BINANCE = "binance-futures-um-BTCUSDT-fundingRate-8h-2020-01-01_2020-01-02.csv";
    private static final String BYBIT = "bybit-linear-ETHUSDT-fundingRate-8h-2025-06-22_2025-06-23.csv";
    private static final long T0 = 1_577_836_800_000L;
    private static final long EIGHT_HOURS_MS = 8 * HOUR_MS;

    @TempDir
    Path dir;

    private final ImportReport report = new ImportReport(100);
    private final InstrumentCatalog catalog = new InstrumentCatalog();

    private List<ImportFixtures.Event> read(final Path file)
    {
        try (CsvFundingSource source = new CsvFundingSource(file, catalog, ImportOptions.defaults(), report))
        {
            return drain(source);
        }
    }

    @Test
    void shouldKeepExactSettlementTimeAndConvertRateToPpb()
    {
        final Path file = write(dir, BINANCE, CsvFundingSource.BINANCE_HEADER,
            T0 + ",8,-0.00012359",
            (T0 + EIGHT_HOURS_MS + 5) + ",8,0.00010000",
            (T0 + 2 * EIGHT_HOURS_MS + 47) + ",8,0.003",
            (T0 + 3 * EIGHT_HOURS_MS) + ",8,8.4E-7",
            (T0 + 4 * EIGHT_HOURS_MS) + ",8,-3.5E-7");

        final List<ImportFixtures.Event> events = read(file);

        assertThat(events).hasSize(5);
        final FundingRateDecoder first = events.get(0).funding();
        assertThat(first.instrumentId()).isEqualTo(1);
        assertThat(first.fundingTimeNs()).isEqualTo(ns(T0));
        assertThat(first.receiveTimeNs()).isEqualTo(ns(T0));
        assertThat(first.fundingRatePpb()).isEqualTo(-123_590L);
        assertThat(first.intervalHours()).isEqualTo(8);
        final FundingRateDecoder second = events.get(1).funding();
        assertThat(second.fundingTimeNs()).isEqualTo(ns(T0 + EIGHT_HOURS_MS + 5));
        assertThat(second.fundingRatePpb()).isEqualTo(100_000L);
        assertThat(events.get(1).timeNs()).isEqualTo(ns(T0 + EIGHT_HOURS_MS + 5));
        assertThat(events.get(2).funding().fundingRatePpb()).isEqualTo(3_000_000L);
        assertThat(events.get(3).funding().fundingRatePpb()).isEqualTo(840L);
        assertThat(events.get(4).funding().fundingRatePpb()).isEqualTo(-350L);
        assertThat(report.details()).isEmpty();
        assertThat(report.events(BINANCE)).isEqualTo(5);
    }

    @Test
    void shouldReportMissingSettlementsAgainstTheRoundedHour()
    {
        final Path file = write(dir, BINANCE, CsvFundingSource.BINANCE_HEADER,
            (T0 + 3) + ",8,0.0001",
            (T0 + 3 * EIGHT_HOURS_MS + 12) + ",8,0.0001");

        final List<ImportFixtures.Event> events = read(file);

        assertThat(events).hasSize(2);
        assertThat(report.details()).containsExactly(BINANCE +
            ":3: gap: 2 missing 8h funding settlements in [2020-01-01T08:00:00Z, 2020-01-02T00:00:00Z)");
        assertThat(report.count(BINANCE, GAP)).isEqualTo(1);
    }

    @Test
    void shouldSkipIdenticalAndConflictingDuplicates()
    {
        final Path file = write(dir, BINANCE, CsvFundingSource.BINANCE_HEADER,
            T0 + ",8,0.0001",
            T0 + ",8,0.0001",
            (T0 + 4) + ",8,0.0001",
            (T0 + EIGHT_HOURS_MS) + ",8,0.0002");

        final List<ImportFixtures.Event> events = read(file);

        assertThat(events).extracting(e -> e.funding().fundingTimeNs()).containsExactly(ns(T0), ns(T0 + EIGHT_HOURS_MS));
        assertThat(report.details()).containsExactly(
            BINANCE + ":3: duplicate: settlement 2020-01-01T00:00:00Z repeats line 2, identical: skipped, line 2 kept",
            BINANCE + ":4: duplicate: settlement 2020-01-01T00:00:00Z repeats line 2 with different values: " +
                "skipped, line 2 kept");
        assertThat(report.count(BINANCE, DUPLICATE)).isEqualTo(2);
    }

    @Test
    void shouldSkipOutOfOrderAndMalformedRows()
    {
        final Path file = write(dir, BINANCE, CsvFundingSource.BINANCE_HEADER,
            (T0 + EIGHT_HOURS_MS) + ",8,0.0001",
            T0 + ",8,0.0001",
            (T0 + 2 * EIGHT_HOURS_MS) + ",8,1.5E-10",
            (T0 + 2 * EIGHT_HOURS_MS) + ",0,0.0001",
            (T0 + 2 * EIGHT_HOURS_MS) + ",8",
            (T0 + 2 * EIGHT_HOURS_MS) + ",8,0.0003");

        final List<ImportFixtures.Event> events = read(file);

        assertThat(events).extracting(e -> e.funding().fundingRatePpb()).containsExactly(100_000L, 300_000L);
        assertThat(report.details()).containsExactly(
            BINANCE + ":3: out-of-order: settlement 2020-01-01T00:00:00Z is before 2020-01-01T08:00:00Z of line 2: " +
                "skipped",
            BINANCE + ":4: malformed: unparsable or inexact last_funding_rate '1.5E-10'",
            BINANCE + ":5: malformed: funding_interval_hours '0' is not a whole number of hours in [1, 168]",
            BINANCE + ":6: malformed: expected 3 columns, found 2");
        assertThat(report.count(BINANCE, OUT_OF_ORDER)).isEqualTo(1);
        assertThat(report.count(BINANCE, MALFORMED)).isEqualTo(3);
    }

    @Test
    void shouldReadBybitFundingWithEightHourInterval()
    {
        final Path file = write(dir, BYBIT, CsvFundingSource.BYBIT_HEADER,
            "1750550400000,-0.00006108",
            "1750579200000,-0.00001823");

        final List<ImportFixtures.Event> events = read(file);

        assertThat(events).hasSize(2);
        final FundingRateDecoder first = events.get(0).funding();
        assertThat(first.fundingRatePpb()).isEqualTo(-61_080L);
        assertThat(first.intervalHours()).isEqualTo(8);
        assertThat(first.fundingTimeNs()).isEqualTo(ns(1_750_550_400_000L));
        assertThat(events.get(1).funding().fundingRatePpb()).isEqualTo(-18_230L);
        assertThat(catalog.venue(first.instrumentId())).isEqualTo(Venue.BYBIT_LINEAR);
        assertThat(catalog.symbol(first.instrumentId())).isEqualTo("ETHUSDT");
        assertThat(report.details()).isEmpty();
    }

    @Test
    void shouldFailWithOneLineOnWrongHeader()
    {
        final Path file = write(dir, BYBIT, "time_utc,funding_rate", "20221213 00:00:00,-0.0002016");

        assertThatThrownBy(() -> new CsvFundingSource(file, catalog, ImportOptions.defaults(), report))
            .isInstanceOf(ImportException.class)
            .hasMessage(file + ": line 1: expected the header line " +
                "'calc_time,funding_interval_hours,last_funding_rate' or 'funding_time,funding_rate' but found " +
                "'time_utc,funding_rate'");
    }
}
