package com.tradefinder.tools.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.tradefinder.codecs.BarDecoder;
import com.tradefinder.codecs.FundingRateDecoder;
import com.tradefinder.codecs.InstrumentDefinitionDecoder;
import com.tradefinder.codecs.TradeDecoder;
import com.tradefinder.codecs.Venue;

import static com.tradefinder.tools.importer.ImportFixtures.HOUR_MS;
import static com.tradefinder.tools.importer.ImportFixtures.drain;
import static com.tradefinder.tools.importer.ImportFixtures.ns;
import static com.tradefinder.tools.importer.ImportFixtures.write;
import static com.tradefinder.tools.importer.ImportReport.ProblemKind.UNSUPPORTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryImportTest
{
    private static final long T0 = 1_577_836_800_000L;
    private static final String BTC_1H = "binance-futures-um-BTCUSDT-1h-2020-01-01.csv";
    private static final String ETH_1H = "binance-futures-um-ETHUSDT-1h-2020-01-01.csv";
    private static final String BTC_FUNDING = "binance-futures-um-BTCUSDT-fundingRate-8h-2020-01-01.csv";

    @TempDir
    Path dir;

    private final ImportReport report = new ImportReport(100);

    private void writeKlines(final String name, final int hours, final String price)
    {
        final String[] lines = new String[hours + 1];
        lines[0] = CsvKlineSource.TRADE_HEADER;
        for (int i = 0; i < hours; i++)
        {
            lines[i + 1] = (T0 + i * HOUR_MS) + "," + price + "," + price + "," + price + "," + price + ",1";
        }
        write(dir, name, lines);
    }

    private List<ImportFixtures.Event> importAll(final List<Path> paths, final ImportOptions options)
    {
        try (HistoryImport history = HistoryImport.open(paths, options, report))
        {
            return drain(history);
        }
    }

    @Test
    void shouldImportFolderSortedByNameAndMergeByTime()
    {
        writeKlines(ETH_1H, 3, "130");
        writeKlines(BTC_1H, 3, "7200");
        write(dir, BTC_FUNDING, CsvFundingSource.BINANCE_HEADER, (T0 + 5) + ",8,0.0001");

        final List<ImportFixtures.Event> events = importAll(List.of(dir), ImportOptions.defaults());

        assertThat(events).hasSize(2 + 7);
        final InstrumentDefinitionDecoder btc = events.get(0).definition();
        assertThat(btc.symbol()).isEqualTo("BTCUSDT");
        assertThat(btc.instrumentId()).isEqualTo(1);
        assertThat(btc.timeNs()).isEqualTo(ns(T0 + 5));
        assertThat(events.get(1).definition().symbol()).isEqualTo("ETHUSDT");
        final FundingRateDecoder funding = events.get(2).funding();
        assertThat(funding.instrumentId()).isEqualTo(1);
        assertThat(funding.fundingTimeNs()).isEqualTo(ns(T0 + 5));
        final List<ImportFixtures.Event> bars = events.subList(3, events.size());
        assertThat(bars).extracting(ImportFixtures.Event::timeNs).containsExactly(
            ns(T0 + HOUR_MS), ns(T0 + HOUR_MS), ns(T0 + 2 * HOUR_MS), ns(T0 + 2 * HOUR_MS), ns(T0 + 3 * HOUR_MS),
            ns(T0 + 3 * HOUR_MS));
        assertThat(bars).extracting(e -> e.bar().instrumentId()).containsExactly(1, 2, 1, 2, 1, 2);
        assertThat(report.details()).isEmpty();
    }

    @Test
    void shouldBreakTimeTiesInTheOrderFilesWereGiven()
    {
        writeKlines(ETH_1H, 2, "130");
        writeKlines(BTC_1H, 2, "7200");

        final List<ImportFixtures.Event> events =
            importAll(List.of(dir.resolve(ETH_1H), dir.resolve(BTC_1H)), ImportOptions.defaults());

        assertThat(events.get(0).definition().symbol()).isEqualTo("ETHUSDT");
        assertThat(events.subList(2, events.size())).extracting(e -> e.bar().instrumentId())
            .containsExactly(1, 2, 1, 2);
    }

    @Test
    void shouldKeepOnlyEventsInsideTheWindow()
    {
        writeKlines(BTC_1H, 5, "7200");

        final ImportOptions window = ImportOptions.defaults().fromNs(ns(T0 + 2 * HOUR_MS)).toNs(ns(T0 + 4 * HOUR_MS));
        final List<ImportFixtures.Event> events = importAll(List.of(dir.resolve(BTC_1H)), window);

        assertThat(events).hasSize(1 + 2);
        assertThat(events.get(0).definition().timeNs()).isEqualTo(ns(T0 + 2 * HOUR_MS));
        final BarDecoder first = events.get(1).bar();
        assertThat(first.openTimeNs()).isEqualTo(ns(T0 + HOUR_MS));
        assertThat(events.get(2).bar().openTimeNs()).isEqualTo(ns(T0 + 2 * HOUR_MS));
        assertThat(report.events(BTC_1H)).isEqualTo(5);
    }

    @Test
    void shouldKeepOnlyFilteredInstruments()
    {
        writeKlines(ETH_1H, 2, "130");
        writeKlines(BTC_1H, 2, "7200");

        final List<ImportFixtures.Event> events =
            importAll(List.of(dir), ImportOptions.defaults().instruments(Set.of("ethusdt")));

        assertThat(events).hasSize(1 + 2);
        assertThat(events.get(0).definition().symbol()).isEqualTo("ETHUSDT");
        assertThat(events.get(1).bar().instrumentId()).isEqualTo(1);
    }

    @Test
    void shouldSkipUnsupportedFilesOfAFolderWithOneReportLineEach()
    {
        writeKlines(BTC_1H, 1, "7200");
        write(dir, "README.md", "# notes");
        write(dir, "binance-spot-BTCUSDT-1h-2018-01-01.csv", CsvKlineSource.TRADE_HEADER, T0 + ",1,1,1,1,1");
        write(dir, "bybit-linear-BTCUSDT-1m-quote-bars-2022-12-13.csv", "open_time,bid_open,bid_high");

        final List<ImportFixtures.Event> events = importAll(List.of(dir), ImportOptions.defaults());

        assertThat(events).hasSize(2);
        assertThat(report.details()).containsExactly(
            "README.md:0: unsupported: unsupported file type (expected .csv or .jsonl.gz): skipped",
            "binance-spot-BTCUSDT-1h-2018-01-01.csv:0: unsupported: cannot tell the venue and symbol from the file " +
                "name: skipped",
            "bybit-linear-BTCUSDT-1m-quote-bars-2022-12-13.csv:0: unsupported: unsupported CSV header " +
                "'open_time,bid_open,bid_high' (expected klines, funding rates or trades): skipped");
        assertThat(report.count(UNSUPPORTED)).isEqualTo(3);
    }

    @Test
    void shouldReadAFileNamedTwiceOnce()
    {
        writeKlines(BTC_1H, 2, "7200");

        final List<ImportFixtures.Event> events =
            importAll(List.of(dir.resolve(BTC_1H), dir, dir.resolve(".").resolve(BTC_1H)), ImportOptions.defaults());

        assertThat(events).hasSize(1 + 2);
    }

    @Test
    void shouldRouteTradeFilesByHeader()
    {
        write(dir, "binance-futures-um-ETHUSDT-trades-from-ws-2024.csv", CsvTradeSource.HEADER,
            "4217896584,3424.98,0.007,1721347022707,1721347022708,true,MARKET,1721347021186");

        final List<ImportFixtures.Event> events = importAll(List.of(dir), ImportOptions.defaults());

        final TradeDecoder trade = events.get(1).trade();
        assertThat(trade.priceMantissa()).isEqualTo(342_498_000_000L);
        assertThat(events.get(0).definition().venue()).isEqualTo(Venue.BINANCE_USDM);
    }

    @Test
    void shouldFailWithOneLineOnMissingPath()
    {
        final Path missing = dir.resolve("binance-futures-um-BTCUSDT-1h-2019.csv");

        assertThatThrownBy(() -> HistoryImport.open(List.of(missing), ImportOptions.defaults(), report))
            .isInstanceOf(ImportException.class)
            .hasMessage(missing + ": no such file or folder");
    }

    @Test
    void shouldFailWithOneLineOnUnsupportedFile()
    {
        final Path file = write(dir, "notes.txt", "hello");

        assertThatThrownBy(() -> HistoryImport.open(List.of(file), ImportOptions.defaults(), report))
            .isInstanceOf(ImportException.class)
            .hasMessage(file + ": unsupported file type (expected .csv or .jsonl.gz)");
    }

    @Test
    void shouldFailWithOneLineOnUnsupportedCsvHeader()
    {
        final Path file = write(dir, "binance-futures-um-BTCUSDT-depth-update-sample.csv",
            "symbol,timestamp,first_update_id,last_update_id,side,update_type,price,qty,pu");

        assertThatThrownBy(() -> HistoryImport.open(List.of(file), ImportOptions.defaults(), report))
            .isInstanceOf(ImportException.class)
            .hasMessage(file + ": unsupported CSV header " +
                "'symbol,timestamp,first_update_id,last_update_id,side,update_type,price,qty,pu' " +
                "(expected klines, funding rates or trades)");
    }

    @Test
    void shouldFailWithOneLineOnUnrecognisedFileName()
    {
        final Path file = write(dir, "btc-1h.csv", CsvKlineSource.TRADE_HEADER, T0 + ",1,1,1,1,1");

        assertThatThrownBy(() -> HistoryImport.open(List.of(file), ImportOptions.defaults(), report))
            .isInstanceOf(ImportException.class)
            .hasMessage(file + ": cannot tell the venue from the file name (expected binance-futures-um-SYMBOL-... or " +
                "bybit-linear-SYMBOL-...): set the venue and symbol overrides");
    }

    @Test
    void shouldImportUnrecognisedFileNameWithOverrides()
    {
        final Path file = write(dir, "btc-1h.csv", CsvKlineSource.TRADE_HEADER, T0 + ",1,1,1,1,1");

        final List<ImportFixtures.Event> events = importAll(List.of(file),
            ImportOptions.defaults().venue(Venue.BYBIT_LINEAR).symbol("BTCUSDT"));

        assertThat(events.get(0).definition().venue()).isEqualTo(Venue.BYBIT_LINEAR);
        assertThat(events.get(1).bar().timeframeSec()).isEqualTo(3600);
    }

    @Test
    void shouldRouteCapturesThroughTheFactory() throws IOException
    {
        final Path capture = dir.resolve("binance-futures-um-BTCUSDT-ws-2024.jsonl.gz");
        Files.write(capture, new byte[]{0x1f, (byte)0x8b});

        assertThatThrownBy(() -> HistoryImport.open(List.of(capture), ImportOptions.defaults(), report,
            CaptureSourceFactory.NOT_AVAILABLE))
            .isInstanceOf(ImportException.class)
            .hasMessage(capture + ": WebSocket capture import is not available in this build");
        assertThatThrownBy(() -> HistoryImport.open(List.of(capture), ImportOptions.defaults(), report))
            .isInstanceOf(ImportException.class)
            .hasMessageStartingWith(capture + ": cannot read the capture: ");
        assertThatThrownBy(() -> HistoryImport.open(List.of(capture), ImportOptions.defaults(), report,
            (file, catalog, r) ->
            {
                throw new IOException("Unexpected end of ZLIB input stream");
            }))
            .isInstanceOf(ImportException.class)
            .hasMessage(capture + ": cannot read the capture: Unexpected end of ZLIB input stream");
    }

    @Test
    void shouldFailWithOneLineOnEmptyWindow()
    {
        writeKlines(BTC_1H, 1, "7200");

        assertThatThrownBy(() -> HistoryImport.open(List.of(dir),
            ImportOptions.defaults().fromNs(5).toNs(5), report))
            .isInstanceOf(ImportException.class)
            .hasMessage("empty time window: from 5 ns is not before to 5 ns");
    }
}
