package com.tradefinder.tools.importer;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.tradefinder.codecs.BestBidOfferDecoder;
import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.DepthUpdateDecoder;
import com.tradefinder.codecs.MarkPriceDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.TradeDecoder;
import com.tradefinder.testsupport.SharedData;
import com.tradefinder.tools.importer.ImportReport.ProblemKind;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each real Binance capture in {@code shared/data} imports completely: per-type event counts, no finding of any
 * kind (the captures' trade ids and depth chains are unbroken and their receive clocks never step back, as
 * {@code shared/data/SOURCES.md} states), times that never decrease, chunks that share their frame's time.
 */
@Tag("slow")
class BinanceCaptureSourceTest
{
    /**
     * @return per capture: its name, its symbol, then events expected: trades, book tickers, diff chunks (with the
     * diff frames they come from), snapshot chunks, mark prices, and the diffs' levels.
     */
    static Stream<Arguments> captures()
    {
        return Stream.of(
            Arguments.of("binance-futures-um-BTCUSDT-ws-depth0ms-trade-bookTicker-markPrice-2023-04-04T2358_2023-04-05T0006",
                "BTCUSDT", 12_935L, 44_205L, 16_163L, 16_110L, 10L, 514L, 322_682L),
            Arguments.of("binance-futures-um-BTCUSDT-ws-depth0ms-trade-bookTicker-2024-07-18T2357_2024-07-19T0005",
                "BTCUSDT", 10_701L, 52_260L, 9_471L, 9_022L, 10L, 0L, 400_859L),
            Arguments.of("binance-futures-um-ETHUSDT-ws-depth0ms-trade-bookTicker-2024-07-18T2357_2024-07-19T0005",
                "ETHUSDT", 13_655L, 47_328L, 9_265L, 8_929L, 10L, 0L, 355_138L),
            Arguments.of("binance-futures-um-BTCUSDT-ws-depth0ms-trade-bookTicker-2024-08-08T2354_2024-08-09T0000",
                "BTCUSDT", 21_313L, 66_089L, 7_257L, 6_551L, 10L, 0L, 443_521L));
    }

    @ParameterizedTest
    @MethodSource("captures")
    void shouldImportEveryLineOfTheCaptureWithoutFindings(
        final String name,
        final String symbol,
        final long trades,
        final long bookTickers,
        final long diffChunks,
        final long diffFrames,
        final long snapshotChunks,
        final long markPrices,
        final long diffLevels)
    {
        final Path file = SharedData.data(name + ".jsonl.gz");
        final ImportReport report = new ImportReport(20);
        final FixedCaptureInstruments instruments = new FixedCaptureInstruments().add(symbol, -8, -3);
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        final DepthUpdateDecoder depth = new DepthUpdateDecoder();
        long tradeEvents = 0;
        long bookTickerEvents = 0;
        long diffChunkEvents = 0;
        long lastDiffChunks = 0;
        long snapshotChunkEvents = 0;
        long markPriceEvents = 0;
        long levels = 0;
        long events = 0;
        long previousTimeNs = Long.MIN_VALUE;
        boolean chunkOpen = false;
        long chunkTimeNs = 0;

        try (BinanceCaptureSource source = new BinanceCaptureSource(file, instruments, report))
        {
            while (source.next())
            {
                events++;
                assertThat(source.timeNs()).isGreaterThanOrEqualTo(previousTimeNs);
                previousTimeNs = source.timeNs();
                header.wrap(source.buffer(), source.offset());
                switch (header.templateId())
                {
                    case TradeDecoder.TEMPLATE_ID:
                        tradeEvents++;
                        assertThat(source.length()).isEqualTo(MessageHeaderDecoder.ENCODED_LENGTH + TradeDecoder.BLOCK_LENGTH);
                        break;
                    case BestBidOfferDecoder.TEMPLATE_ID:
                        bookTickerEvents++;
                        break;
                    case MarkPriceDecoder.TEMPLATE_ID:
                        markPriceEvents++;
                        break;
                    case DepthUpdateDecoder.TEMPLATE_ID:
                    {
                        depth.wrapAndApplyHeader(source.buffer(), source.offset(), header);
                        final int chunkLevels = depth.levels().count();
                        assertThat(source.length()).isEqualTo(MessageHeaderDecoder.ENCODED_LENGTH +
                            DepthUpdateDecoder.BLOCK_LENGTH + 4 + chunkLevels * DepthUpdateDecoder.LevelsDecoder.sbeBlockLength());
                        if (chunkOpen)
                        {
                            assertThat(source.timeNs()).isEqualTo(chunkTimeNs);
                        }
                        chunkOpen = depth.lastChunk() == BooleanType.FALSE;
                        chunkTimeNs = source.timeNs();
                        if (depth.snapshot() == BooleanType.TRUE)
                        {
                            snapshotChunkEvents++;
                        }
                        else
                        {
                            diffChunkEvents++;
                            lastDiffChunks += depth.lastChunk() == BooleanType.TRUE ? 1 : 0;
                            levels += chunkLevels;
                        }
                        break;
                    }
                    default:
                        throw new AssertionError("unexpected template " + header.templateId());
                }
                assertThat(depth.sbeSchemaId()).isEqualTo(header.schemaId());
            }
            assertThat(source.name()).isEqualTo(file.getFileName().toString());
        }

        assertThat(report.details()).isEmpty();
        for (final ProblemKind kind : ProblemKind.values())
        {
            assertThat(report.count(kind)).as(kind.name()).isZero();
        }
        assertThat(tradeEvents).isEqualTo(trades);
        assertThat(bookTickerEvents).isEqualTo(bookTickers);
        assertThat(diffChunkEvents).isEqualTo(diffChunks);
        assertThat(lastDiffChunks).isEqualTo(diffFrames);
        assertThat(snapshotChunkEvents).isEqualTo(snapshotChunks);
        assertThat(markPriceEvents).isEqualTo(markPrices);
        assertThat(levels).isEqualTo(diffLevels);
        assertThat(chunkOpen).isFalse();
        assertThat(report.events(file.getFileName().toString())).isEqualTo(events)
            .isEqualTo(trades + bookTickers + diffChunks + snapshotChunks + markPrices);
        assertThat(instruments.asked()).containsExactly("BINANCE_USDM:" + symbol);
    }
}
