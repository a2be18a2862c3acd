package com.tradefinder.tools.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.tradefinder.codecs.BestBidOfferDecoder;
import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.DepthUpdateDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.TradeDecoder;
import com.tradefinder.tools.importer.ImportReport.ProblemKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hand-made capture with one of each problem: the exact findings, with file and line, and the exact events.
 */
class BinanceCaptureSourceReportTest
{
    private static final String TRUNCATED = "{\"stream\":\"btcusdt@trade\",\"data\":{\"e\":\"trade\",\"E\":16806";

    @TempDir
    Path folder;

    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final TradeDecoder trade = new TradeDecoder();
    private final DepthUpdateDecoder depth = new DepthUpdateDecoder();

    @Test
    void shouldReportEveryBadLineWithFileAndLineAndImportTheRest() throws IOException
    {
        final Path file = capture("capture.jsonl.gz",
            "1680652700423575 " + bookTicker(100),
            "1680652700441533 " + trade("btcusdt", 10, "28145.10"),
            "1680652700441600 " + TRUNCATED,
            "garbage",
            "1680652700441700000 " + trade("btcusdt", 11, "28145.10"),
            "1680652700441800000 " + snapshot(1_000),
            "1680652700441900000 " + depthUpdate(990, 1_010, 980, 1, 1),
            "1680652700442000000 " + depthUpdate(1_011, 1_020, 1_010, 150, 100),
            "1680652700442100000 " + depthUpdate(1_025, 1_030, 1_022, 1, 0),
            "1680652700000000000 " + trade("btcusdt", 12, "28145.10"),
            "1680652700442200000 " + trade("btcusdt", 11, "28145.10"),
            "1680652700442300000 " + trade("btcusdt", 14, "28145.10"),
            "123 " + trade("btcusdt", 15, "28145.10"),
            "1680652700442400000 " + trade("xrpusdt", 1, "0.5"),
            "1680652700442500000 " + trade("btcusdt", 15, "28145.123456789"),
            "1680652700442600000 {\"result\":null,\"id\":1}",
            "1680652700442700000 " + depthUpdate(1_031, 1_040, 1_030, 0, 1),
            "1680652700442800000 " + depthUpdate(1_031, 1_040, 1_030, 0, 1),
            "1680652700442900000 " + bookTicker(100),
            "1680652700443000 " + trade("btcusdt", 15, "28145.10"));
        final ImportReport report = new ImportReport(100);
        final FixedCaptureInstruments instruments = new FixedCaptureInstruments().add("BTCUSDT", -8, -3);

        final List<String> events = readAll(file, instruments, report);

        assertThat(report.details()).containsExactly(
            "capture.jsonl.gz:3: malformed: bad frame: TRUNCATED at JSON byte " + TRUNCATED.length(),
            "capture.jsonl.gz:4: malformed: no space between timestamp and JSON",
            "capture.jsonl.gz:9: gap: depth continuity broken: pu=1022 but previous u=1020",
            "capture.jsonl.gz:10: out-of-order: receive time 1680652700000000000 ns before the previous line's " +
                "1680652700442100000 ns: skipped",
            "capture.jsonl.gz:11: duplicate: trade id 11 not after 11: skipped",
            "capture.jsonl.gz:12: gap: 2 trade ids 12 to 13 missing before 14",
            "capture.jsonl.gz:13: malformed: receive timestamp '123' is not 16 digits (us) or 19 digits (ns)",
            "capture.jsonl.gz:14: unsupported: unknown symbol XRPUSDT",
            "capture.jsonl.gz:15: malformed: bad frame: BAD_DECIMAL in field p",
            "capture.jsonl.gz:16: unsupported: not an imported event: UNSUPPORTED_EVENT",
            "capture.jsonl.gz:18: duplicate: depth update u=1040 not after previous u=1040: skipped",
            "capture.jsonl.gz:19: duplicate: bookTicker update id 100 not after 100: skipped");
        assertThat(report.count(ProblemKind.MALFORMED)).isEqualTo(4);
        assertThat(report.count(ProblemKind.UNSUPPORTED)).isEqualTo(2);
        assertThat(report.count(ProblemKind.OUT_OF_ORDER)).isEqualTo(1);
        assertThat(report.count(ProblemKind.DUPLICATE)).isEqualTo(3);
        assertThat(report.count(ProblemKind.GAP)).isEqualTo(2);
        assertThat(events).containsExactly(
            "bbo 1680652700423575000",
            "trade 10 1680652700441533000",
            "trade 11 1680652700441700000",
            "snapshot 1000 last 1 levels 1680652700441800000",
            "diff 1010 last 2 levels 1680652700441900000",
            "diff 1020 more 200 levels 1680652700442000000",
            "diff 1020 last 50 levels 1680652700442000000",
            "diff 1030 last 1 levels 1680652700442100000",
            "trade 14 1680652700442300000",
            "diff 1040 last 1 levels 1680652700442700000",
            "trade 15 1680652700443000000");
        assertThat(report.events("capture.jsonl.gz")).isEqualTo(events.size());
        assertThat(instruments.asked()).containsExactly("BINANCE_USDM:BTCUSDT", "BINANCE_USDM:XRPUSDT");
    }

    @Test
    void shouldReportSnapshotsThatCannotBeTiedToASymbolOrBridgedByADiff() throws IOException
    {
        final Path file = capture("snapshots.jsonl.gz",
            "1721347020984480942 " + snapshot(1_900),
            "1721347020984480943 " + bookTicker(7),
            "1721347020984480944 " + snapshot(2_000),
            "1721347020984480945 " + depthUpdate(1_950, 1_990, 1_940, 1, 0),
            "1721347020984480946 " + depthUpdate(2_050, 2_060, 1_990, 1, 0),
            "1721347020984480947 " + depthUpdate(3_000, 3_010, 2_060, 1, 0),
            "1721347020984480948 " + snapshot(2_055),
            "1721347020984480949 " + snapshot(2_070));
        final ImportReport report = new ImportReport(100);

        final List<String> events = readAll(file, new FixedCaptureInstruments().add("BTCUSDT", -8, -3), report);

        assertThat(report.details()).containsExactly(
            "snapshots.jsonl.gz:1: unsupported: depth snapshot before any stream line: its symbol is unknown",
            "snapshots.jsonl.gz:5: gap: depth snapshot lastUpdateId=2000 not bridged: the first diff reaching it has " +
                "U=2050 u=2060",
            "snapshots.jsonl.gz:8: gap: depth snapshot lastUpdateId=2070 not bridged: the first diff reaching it has " +
                "U=3000 u=3010");
        assertThat(events).hasSize(7);
        assertThat(report.count(ProblemKind.GAP)).isEqualTo(2);
    }

    @Test
    void shouldReportACaptureCutShortAndEndThere() throws IOException
    {
        final Path whole = capture("whole.jsonl.gz",
            "1680652700423575 " + bookTicker(100),
            "1680652700441533 " + trade("btcusdt", 10, "28145.10"),
            "1680652700441534 " + trade("btcusdt", 11, "28145.10"));
        final byte[] bytes = Files.readAllBytes(whole);
        final Path cut = folder.resolve("cut.jsonl.gz");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length - 8));
        final ImportReport report = new ImportReport(100);

        final List<String> events = readAll(cut, new FixedCaptureInstruments().add("BTCUSDT", -8, -3), report);

        assertThat(events).containsExactly(
            "bbo 1680652700423575000", "trade 10 1680652700441533000", "trade 11 1680652700441534000");
        assertThat(report.details()).singleElement().asString()
            .startsWith("cut.jsonl.gz:4: malformed: capture unreadable from here: java.io.EOFException");
    }

    @Test
    void shouldReadCrLfLinesAndALastLineWithoutNewlineAndReportAnEmptyLine() throws IOException
    {
        final Path file = folder.resolve("crlf.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file)))
        {
            final String text = "1680652700423575 " + bookTicker(100) + "\r\n\r\n" +
                "1680652700441533 " + trade("btcusdt", 10, "28145.10");
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        final ImportReport report = new ImportReport(100);

        final List<String> events = readAll(file, new FixedCaptureInstruments().add("BTCUSDT", -8, -3), report);

        assertThat(events).containsExactly("bbo 1680652700423575000", "trade 10 1680652700441533000");
        assertThat(report.details()).containsExactly("crlf.jsonl.gz:2: malformed: empty line");
    }

    private List<String> readAll(final Path file, final CaptureInstruments instruments, final ImportReport report)
    {
        final List<String> events = new ArrayList<>();
        try (BinanceCaptureSource source = new BinanceCaptureSource(file, instruments, report))
        {
            while (source.next())
            {
                header.wrap(source.buffer(), source.offset());
                switch (header.templateId())
                {
                    case TradeDecoder.TEMPLATE_ID:
                        trade.wrapAndApplyHeader(source.buffer(), source.offset(), header);
                        assertThat(trade.receiveTimeNs()).isEqualTo(source.timeNs());
                        events.add("trade " + trade.tradeId() + " " + source.timeNs());
                        break;
                    case BestBidOfferDecoder.TEMPLATE_ID:
                        events.add("bbo " + source.timeNs());
                        break;
                    case DepthUpdateDecoder.TEMPLATE_ID:
                        depth.wrapAndApplyHeader(source.buffer(), source.offset(), header);
                        assertThat(depth.receiveTimeNs()).isEqualTo(source.timeNs());
                        events.add((depth.snapshot() == BooleanType.TRUE ? "snapshot " : "diff ") + depth.finalUpdateId() +
                            (depth.lastChunk() == BooleanType.TRUE ? " last " : " more ") + depth.levels().count() +
                            " levels " + source.timeNs());
                        break;
                    default:
                        events.add("template " + header.templateId());
                        break;
                }
            }
        }
        return events;
    }

    private Path capture(final String name, final String... lines) throws IOException
    {
        final Path file = folder.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file)))
        {
            out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    private static String bookTicker(final long updateId)
    {
        return "{\"stream\":\"btcusdt@bookTicker\",\"data\":{\"e\":\"bookTicker\",\"u\":" + updateId + ",\"s\":\"BTCUSDT\"," +
            "\"b\":\"28145.10\",\"B\":\"3.868\",\"a\":\"28145.20\",\"A\":\"6.887\",\"T\":1680652700430,\"E\":1680652700435}}";
    }

    private static String trade(final String symbol, final long tradeId, final String price)
    {
        return "{\"stream\":\"" + symbol + "@trade\",\"data\":{\"e\":\"trade\",\"E\":1680652700455,\"T\":1680652700452," +
            "\"s\":\"" + symbol.toUpperCase() + "\",\"t\":" + tradeId + ",\"p\":\"" + price + "\",\"q\":\"0.002\"," +
            "\"X\":\"MARKET\",\"m\":true}}";
    }

    private static String snapshot(final long lastUpdateId)
    {
        return "{\"lastUpdateId\":" + lastUpdateId + ",\"E\":1680652700590,\"T\":1680652700580," +
            "\"bids\":[[\"28145.10\",\"1.000\"]],\"asks\":[]}";
    }

    private static String depthUpdate(
        final long firstUpdateId, final long finalUpdateId, final long previousFinalUpdateId, final int bids, final int asks)
    {
        final StringBuilder json = new StringBuilder("{\"stream\":\"btcusdt@depth@0ms\",\"data\":{\"e\":\"depthUpdate\"," +
            "\"E\":1680652700594,\"T\":1680652700586,\"s\":\"BTCUSDT\",\"U\":" + firstUpdateId + ",\"u\":" + finalUpdateId +
            ",\"pu\":" + previousFinalUpdateId + ",\"b\":[");
        for (int i = 0; i < bids; i++)
        {
            json.append(i == 0 ? "" : ",").append("[\"").append(20_000 + i).append(".10\",\"0.001\"]");
        }
        json.append("],\"a\":[");
        for (int i = 0; i < asks; i++)
        {
            json.append(i == 0 ? "" : ",").append("[\"").append(30_000 + i).append(".20\",\"0.000\"]");
        }
        return json.append("]}}").toString();
    }
}
