package com.tradefinder.engine.strategy;

import com.tradefinder.engine.testsupport.BarSeries;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every strategy with its default parameters over the real 1h BTCUSDT perpetual history (2020-01 to 2026-05, about
 * 55,900 bars, from {@code ../shared}), with a paper venue that always allows entries: it must enter a plausible
 * number of times (at least once, far from every bar) and every entry's stop must lie on its losing side, on the
 * tick grid (0.10). The TradingView strategy gets a signal every 50 bars.
 */
class StrategySmokeTest
{
    static Stream<Map.Entry<String, Supplier<Strategy>>> strategies()
    {
        return StrategyRun.catalogue().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void shouldTradeRealHistoryPlausiblyWithStopsOnTheLosingSide(final Map.Entry<String, Supplier<Strategy>> entry,
        final TestReporter reporter)
    {
        // arrange
        final long[][] bars = bars(BarSeries.shared(BarSeries.BTCUSDT_1H));
        final int size = bars[0].length;
        final StrategyRun run = new StrategyRun(entry.getValue().get());

        // act
        run.run(bars, 0, size);

        // assert
        final PaperContext context = run.context();
        final String summary = entry.getKey() + " over BTCUSDT 1h: bars " + size + ", entries " + context.entries()
            + ", exits " + context.exits() + ", stop moves " + context.stopMoves() + ", stops hit "
            + context.stopsHit() + ", take-profits hit " + context.targetsHit();
        reporter.publishEntry(entry.getKey(), summary);
        System.out.println(summary);
        assertThat(context.violations()).as("entries with a stop off the losing side or off the grid").isZero();
        assertThat(context.entries()).isPositive().isLessThan(size / 4);
    }

    private static long[][] bars(final BarSeries series)
    {
        final double[][] columns = {series.open(), series.high(), series.low(), series.close(), series.volume()};
        final long[][] out = new long[5][series.size()];
        for (int row = 0; row < 4; row++)
        {
            for (int i = 0; i < series.size(); i++)
            {
                out[row][i] = Math.round(columns[row][i] * 100.0);
            }
        }
        for (int i = 0; i < series.size(); i++)
        {
            out[4][i] = Math.round(columns[4][i] * 1_000.0);
        }
        return out;
    }
}
