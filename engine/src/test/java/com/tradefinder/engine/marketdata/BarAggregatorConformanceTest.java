package com.tradefinder.engine.marketdata;

import com.tradefinder.engine.marketdata.RecordingBarListener.Bar;
import com.tradefinder.testsupport.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bars built by {@link BarAggregator} from real Binance USDⓈ-M data against the exchange's own klines
 * (see {@code shared/data/SOURCES.md}). Prices and sizes are mantissas with exponent -8, parsed exactly.
 */
class BarAggregatorConformanceTest
{
    private static final int EXPONENT = 8;
    private static final long NS_PER_MS = 1_000_000L;
    private static final int INSTRUMENT = 1;

    @ParameterizedTest
    @ValueSource(strings = { "BTCUSDT", "ETHUSDT" })
    void shouldRollOneMinuteKlinesUpToTheExchangesHourlyAndFourHourKlinesExactly(final String symbol)
        throws IOException
    {
        final List<Kline> minutes = readKlines(
            SharedData.data("binance-futures-um-" + symbol + "-1m-2023-07-19_2023-08-15.csv"));
        final Map<Long, Kline> hours = byOpenTime(readKlines(
            SharedData.data("binance-futures-um-" + symbol + "-1h-2020-01-01_2026-05-16.csv")));
        final Map<Long, Kline> fourHours = byOpenTime(readKlines(
            SharedData.data("binance-futures-um-" + symbol + "-4h-2023-01-01_2025-12-02.csv")));
        final RecordingBarListener listener = new RecordingBarListener();
        final BarAggregator aggregator = new BarAggregator(
            INSTRUMENT, new int[] { Timeframe.ONE_HOUR_SEC, Timeframe.FOUR_HOURS_SEC }, listener);

        for (final Kline minute : minutes)
        {
            feed(aggregator, minute, Timeframe.ONE_MINUTE_SEC);
        }

        assertThat(minutes).hasSize(40_320);
        assertThat(mismatches(listener.of(Timeframe.ONE_HOUR_SEC), hours, 672)).isEmpty();
        assertThat(mismatches(listener.of(Timeframe.FOUR_HOURS_SEC), fourHours, 168)).isEmpty();
        assertThat(aggregator.outOfOrderCount()).isZero();
        assertThat(aggregator.ignoredKlines()).isZero();
        assertThat(aggregator.mixedInputCount()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = { "BTCUSDT", "ETHUSDT" })
    void shouldRollHourlyKlinesUpToFourHourKlinesExceptTheTwoKnownBinanceQuirks(final String symbol)
        throws IOException
    {
        final long fromMs = Instant.parse("2023-01-01T00:00:00Z").toEpochMilli();
        final long toMs = Instant.parse("2025-12-03T00:00:00Z").toEpochMilli();
        final List<Kline> fourHourFile = readKlines(
            SharedData.data("binance-futures-um-" + symbol + "-4h-2023-01-01_2025-12-02.csv"));
        final RecordingBarListener listener = new RecordingBarListener();
        final BarAggregator aggregator =
            new BarAggregator(INSTRUMENT, new int[] { Timeframe.FOUR_HOURS_SEC }, listener);

        for (final Kline hour : readKlines(
            SharedData.data("binance-futures-um-" + symbol + "-1h-2020-01-01_2026-05-16.csv")))
        {
            if (hour.openTimeMs() >= fromMs && hour.openTimeMs() < toMs)
            {
                feed(aggregator, hour, Timeframe.ONE_HOUR_SEC);
            }
        }

        assertThat(fourHourFile).hasSize(6_402);
        assertThat(listener.bars).extracting(bar -> bar.openTimeNs() / NS_PER_MS)
            .containsExactlyElementsOf(fourHourFile.stream().map(Kline::openTimeMs).toList());
        assertThat(mismatches(listener.bars, byOpenTime(fourHourFile), 6_402)).containsExactly(
            Instant.parse("2023-11-10T12:00:00Z").toEpochMilli(),
            Instant.parse("2024-10-28T20:00:00Z").toEpochMilli());
        assertThat(aggregator.outOfOrderCount()).isZero();
    }

    @Test
    void shouldCloseTheTradeBuiltBarsAtMidnightOnTheTradesThatBinanceUsedForItsHourlyKlines() throws IOException
    {
        final List<Bar> bars =
            aggregateTrades("binance-futures-um-BTCUSDT-trades-from-ws-2024-07-18T2357_2024-07-19T0005.csv");
        final long midnightNs = Instant.parse("2024-07-19T00:00:00Z").toEpochMilli() * NS_PER_MS;

        final Bar lastMinute = find(bars, Timeframe.ONE_MINUTE_SEC, midnightNs - 60_000_000_000L);
        final Bar firstMinute = find(bars, Timeframe.ONE_MINUTE_SEC, midnightNs);

        assertThat(lastMinute.closeMantissa()).isEqualTo(mantissa("63959.9"));
        assertThat(firstMinute.openMantissa()).isEqualTo(mantissa("63960.0"));
        assertThat(bars).filteredOn(bar -> bar.timeframeSec() == Timeframe.ONE_MINUTE_SEC)
            .extracting(Bar::openTimeNs)
            .containsExactly(
                midnightNs - 180_000_000_000L, midnightNs - 120_000_000_000L, midnightNs - 60_000_000_000L,
                midnightNs, midnightNs + 60_000_000_000L, midnightNs + 120_000_000_000L,
                midnightNs + 180_000_000_000L, midnightNs + 240_000_000_000L, midnightNs + 300_000_000_000L);
    }

    @ParameterizedTest
    @CsvSource({
        "BTCUSDT, 2024-07-18T2357_2024-07-19T0005, 2024-07-19T00:00:00Z",
        "ETHUSDT, 2024-07-18T2357_2024-07-19T0005, 2024-07-19T00:00:00Z",
        "BTCUSDT, 2023-04-04T2358_2023-04-05T0006, 2023-04-05T00:00:00Z" })
    void shouldMatchTheHourlyKlineCloseAndOpenAroundTheHourBoundary(
        final String symbol, final String window, final String boundary) throws IOException
    {
        final String tradesFile = "binance-futures-um-" + symbol + "-trades-from-ws-" + window + ".csv";
        final Map<Long, Kline> hours = byOpenTime(readKlines(
            SharedData.data("binance-futures-um-" + symbol + "-1h-2020-01-01_2026-05-16.csv")));
        final long boundaryMs = Instant.parse(boundary).toEpochMilli();

        final List<Bar> bars = aggregateTrades(tradesFile);

        final long boundaryNs = boundaryMs * NS_PER_MS;
        assertThat(find(bars, Timeframe.ONE_HOUR_SEC, boundaryNs - 3_600_000_000_000L).closeMantissa())
            .isEqualTo(hours.get(boundaryMs - 3_600_000L).closeMantissa());
        assertThat(find(bars, Timeframe.ONE_HOUR_SEC, boundaryNs).openMantissa())
            .isEqualTo(hours.get(boundaryMs).openMantissa());
        assertThat(find(bars, Timeframe.ONE_MINUTE_SEC, boundaryNs - 60_000_000_000L).closeMantissa())
            .isEqualTo(hours.get(boundaryMs - 3_600_000L).closeMantissa());
        assertThat(find(bars, Timeframe.ONE_MINUTE_SEC, boundaryNs).openMantissa())
            .isEqualTo(hours.get(boundaryMs).openMantissa());
    }

    private static List<Bar> aggregateTrades(final String tradesFile) throws IOException
    {
        final RecordingBarListener listener = new RecordingBarListener();
        final BarAggregator aggregator = new BarAggregator(
            INSTRUMENT, new int[] { Timeframe.ONE_MINUTE_SEC, Timeframe.ONE_HOUR_SEC }, listener);
        final List<String> lines = Files.readAllLines(SharedData.data(tradesFile));
        assertThat(lines.get(0))
            .isEqualTo("trade_id,price,qty,trade_time,event_time,is_buyer_maker,exec_type,local_recv_time");

        long volumeMantissa = 0;
        long lastTimeNs = 0;
        for (int i = 1; i < lines.size(); i++)
        {
            final String[] fields = lines.get(i).split(",");
            final long sizeMantissa = mantissa(fields[2]);
            lastTimeNs = Long.parseLong(fields[3]) * NS_PER_MS;
            aggregator.onTrade(lastTimeNs, mantissa(fields[1]), sizeMantissa);
            volumeMantissa += sizeMantissa;
        }
        aggregator.onTime(lastTimeNs + 3_600_000_000_000L);

        assertThat(aggregator.outOfOrderCount()).isZero();
        long minuteVolumeMantissa = 0;
        for (final Bar bar : listener.of(Timeframe.ONE_MINUTE_SEC))
        {
            minuteVolumeMantissa += bar.volumeMantissa();
        }
        assertThat(minuteVolumeMantissa).isEqualTo(volumeMantissa);
        return listener.bars;
    }

    private static Bar find(final List<Bar> bars, final int timeframeSec, final long openTimeNs)
    {
        for (final Bar bar : bars)
        {
            if (bar.timeframeSec() == timeframeSec && bar.openTimeNs() == openTimeNs)
            {
                return bar;
            }
        }
        throw new AssertionError(
            "no " + Timeframe.label(timeframeSec) + " bar at " + Instant.ofEpochSecond(0, openTimeNs));
    }

    /**
     * @return open times (ms) of the bars that differ from the reference in any field; asserts every bar has a
     * reference row and that {@code expectedCount} bars were compared.
     */
    private static List<Long> mismatches(
        final List<Bar> bars, final Map<Long, Kline> reference, final int expectedCount)
    {
        assertThat(bars).hasSize(expectedCount);
        final List<Long> result = new ArrayList<>();
        for (final Bar bar : bars)
        {
            final long openTimeMs = bar.openTimeNs() / NS_PER_MS;
            final Kline expected = reference.get(openTimeMs);
            assertThat(expected).as("reference kline at %s", Instant.ofEpochMilli(openTimeMs)).isNotNull();
            if (expected.openMantissa() != bar.openMantissa() ||
                expected.highMantissa() != bar.highMantissa() ||
                expected.lowMantissa() != bar.lowMantissa() ||
                expected.closeMantissa() != bar.closeMantissa() ||
                expected.volumeMantissa() != bar.volumeMantissa())
            {
                result.add(openTimeMs);
            }
        }
        return result;
    }

    private static void feed(final BarAggregator aggregator, final Kline kline, final int timeframeSec)
    {
        aggregator.onKline(
            kline.openTimeMs() * NS_PER_MS,
            timeframeSec,
            kline.openMantissa(),
            kline.highMantissa(),
            kline.lowMantissa(),
            kline.closeMantissa(),
            kline.volumeMantissa());
    }

    private static List<Kline> readKlines(final Path file) throws IOException
    {
        final List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("open_time,open,high,low,close,volume");
        final List<Kline> klines = new ArrayList<>(lines.size());
        for (int i = 1; i < lines.size(); i++)
        {
            final String[] fields = lines.get(i).split(",");
            klines.add(new Kline(
                Long.parseLong(fields[0]),
                mantissa(fields[1]),
                mantissa(fields[2]),
                mantissa(fields[3]),
                mantissa(fields[4]),
                mantissa(fields[5])));
        }
        return klines;
    }

    private static Map<Long, Kline> byOpenTime(final List<Kline> klines)
    {
        final Map<Long, Kline> result = new HashMap<>();
        for (final Kline kline : klines)
        {
            result.put(kline.openTimeMs(), kline);
        }
        return result;
    }

    private static long mantissa(final String decimal)
    {
        return new BigDecimal(decimal).movePointRight(EXPONENT).longValueExact();
    }

    private record Kline(
        long openTimeMs,
        long openMantissa,
        long highMantissa,
        long lowMantissa,
        long closeMantissa,
        long volumeMantissa)
    {
    }
}
