package com.tradefinder.tools.importer;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.tradefinder.codecs.Side;
import com.tradefinder.codecs.TradeDecoder;

import static com.tradefinder.tools.importer.ImportFixtures.drain;
import static com.tradefinder.tools.importer.ImportFixtures.ns;
import static com.tradefinder.tools.importer.ImportFixtures.write;
import static com.tradefinder.tools.importer.ImportReport.ProblemKind.DUPLICATE;
import static com.tradefinder.tools.importer.ImportReport.ProblemKind.GAP;
import static com.tradefinder.tools.importer.ImportReport.ProblemKind.MALFORMED;
import static com.tradefinder.tools.importer.ImportReport.ProblemKind.OUT_OF_ORDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvTradeSourceTest
{
    private static final String NAME = "binance-futures-um-BTCUSDT-trades-from-ws-2024-07-18T2357_2024-07-19T0005.csv";
    private static final String T1 = "5182005737,63943.90,0.003,1721347022956,1721347022956,true,MARKET,1721347021434";
    private static final String T2 = "5182005738,63943.90,0.017,1721347023018,1721347023019,false,MARKET,1721347021498";
    private static final String T3 = "5182005739,63944.00,1.5,1721347023100,1721347023101,true,INSURANCE_FUND,1721347021600";

    @TempDir
    Path dir;

    private final ImportReport report = new ImportReport(100);
    private final InstrumentCatalog catalog = new InstrumentCatalog();

    private List<ImportFixtures.Event> read(final Path file)
    {
        try (CsvTradeSource source = new CsvTradeSource(file, catalog, ImportOptions.defaults(), report))
        {
            return drain(source);
        }
    }

    @Test
    void shouldEmitTradesWithReceiveTimeAndAggressorSide()
    {
        final Path file = write(dir, NAME, CsvTradeSource.HEADER, T1, T2, T3);

        final List<ImportFixtures.Event> events = read(file);

        assertThat(events).hasSize(3);
        final TradeDecoder first = events.get(0).trade();
        assertThat(first.instrumentId()).isEqualTo(1);
        assertThat(first.tradeId()).isEqualTo(5_182_005_737L);
        assertThat(first.exchangeTimeNs()).isEqualTo(ns(1_721_347_022_956L));
        assertThat(first.receiveTimeNs()).isEqualTo(ns(1_721_347_021_434L));
        assertThat(first.priceMantissa()).isEqualTo(6_394_390_000_000L);
        assertThat(first.sizeMantissa()).isEqualTo(300_000L);
        assertThat(first.aggressorSide()).isEqualTo(Side.SELL);
        assertThat(events.get(0).timeNs()).isEqualTo(ns(1_721_347_021_434L));
        final TradeDecoder second = events.get(1).trade();
        assertThat(second.aggressorSide()).isEqualTo(Side.BUY);
        assertThat(second.sizeMantissa()).isEqualTo(1_700_000L);
        final TradeDecoder third = events.get(2).trade();
        assertThat(third.tradeId()).isEqualTo(5_182_005_739L);
        assertThat(third.sizeMantissa()).isEqualTo(150_000_000L);
        assertThat(report.details()).isEmpty();
    }

    @Test
    void shouldReportTradeIdGapAndKeepTheRow()
    {
        final String later = "5182005742,63950.1,0.1,1721347024000,1721347024001,false,MARKET,1721347022500";
        final Path file = write(dir, NAME, CsvTradeSource.HEADER, T1, T2, later);

        final List<ImportFixtures.Event> events = read(file);

        assertThat(events).extracting(e -> e.trade().tradeId()).containsExactly(5_182_005_737L, 5_182_005_738L,
            5_182_005_742L);
        assertThat(report.details()).containsExactly(NAME + ":4: gap: 3 missing trade ids [5182005739, 5182005741] " +
            "between 2024-07-18T23:57:03.018Z and 2024-07-18T23:57:04Z");
        assertThat(report.count(NAME, GAP)).isEqualTo(1);
    }

    @Test
    void shouldSkipDuplicatesAndOutOfOrderIds()
    {
        final String conflicting = "5182005738,63943.80,0.017,1721347023018,1721347023019,false,MARKET,1721347021498";
        final Path file = write(dir, NAME, CsvTradeSource.HEADER, T1, T2, T2, conflicting, T1, T3);

        final List<ImportFixtures.Event> events = read(file);

        assertThat(events).extracting(e -> e.trade().tradeId()).containsExactly(5_182_005_737L, 5_182_005_738L,
            5_182_005_739L);
        assertThat(events.get(1).trade().priceMantissa()).isEqualTo(6_394_390_000_000L);
        assertThat(report.details()).containsExactly(
            NAME + ":4: duplicate: trade_id 5182005738 repeats line 3, identical: skipped, line 3 kept",
            NAME + ":5: duplicate: trade_id 5182005738 repeats line 3 with different values: skipped, line 3 kept",
            NAME + ":6: out-of-order: trade_id 5182005737 is below 5182005738 of line 3: skipped");
        assertThat(report.count(NAME, DUPLICATE)).isEqualTo(2);
        assertThat(report.count(NAME, OUT_OF_ORDER)).isEqualTo(1);
    }

    @Test
    void shouldSkipMalformedTrades()
    {
        final Path file = write(dir, NAME, CsvTradeSource.HEADER, T1,
            "5182005738,63943.90,0.017,1721347023018,1721347023019,yes,MARKET,1721347021498",
            "5182005738,63943.90,0,1721347023018,1721347023019,false,MARKET,1721347021498",
            "5182005738,63943.90,0.017,1721347023018,1721347023019,false,,1721347021498",
            "5182005738,63943.90,0.017,1721347023018,1721347023019,false,MARKET,soon",
            "x5182005738,63943.90,0.017,1721347023018,1721347023019,false,MARKET,1721347021498",
            T2);

        final List<ImportFixtures.Event> events = read(file);

        assertThat(events).extracting(e -> e.trade().tradeId()).containsExactly(5_182_005_737L, 5_182_005_738L);
        assertThat(report.details()).containsExactly(
            NAME + ":3: malformed: is_buyer_maker 'yes' is neither true nor false",
            NAME + ":4: malformed: qty 0 is not positive",
            NAME + ":5: malformed: exec_type '' is empty or longer than 32 characters",
            NAME + ":6: malformed: local_recv_time 'soon' is not epoch milliseconds",
            NAME + ":7: malformed: unparsable or inexact trade_id 'x5182005738'");
        assertThat(report.count(NAME, MALFORMED)).isEqualTo(5);
    }

    @Test
    void shouldFailWithOneLineOnSpotTradeHeader()
    {
        final Path file = write(dir, NAME, "trade_id,price,quantity,trade_time,buyer_maker",
            "553287559,39432.48,0.000263,1610064000278,true");

        assertThatThrownBy(() -> new CsvTradeSource(file, catalog, ImportOptions.defaults(), report))
            .isInstanceOf(ImportException.class)
            .hasMessage(file + ": line 1: expected the header line '" + CsvTradeSource.HEADER +
                "' but found 'trade_id,price,quantity,trade_time,buyer_maker'");
    }
}
