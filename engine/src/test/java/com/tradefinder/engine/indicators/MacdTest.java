package com.tradefinder.engine.indicators;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MInteger;
import com.tictactec.ta.lib.RetCode;
import com.tradefinder.engine.testsupport.BarSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class MacdTest
{
    static Stream<Arguments> parameters()
    {
        return Histories.crossedWith(new Object[]{12, 26, 9}, new Object[]{5, 35, 5}, new Object[]{19, 39, 9});
    }

    /**
     * MACD(2, 3, 2) of closes 6, 3, 9, 3, 12, with TA-Lib's alignment: the fast EMA skips the first
     * 3 - 2 = 1 close so that both EMAs are seeded on bar 2.
     * <pre>
     *                    bar 2              bar 3                  bar 4
     * slow EMA(3), k 1/2  (6 + 3 + 9) / 3 = 6  (3 - 6) / 2 + 6 = 4.5   (12 - 4.5) / 2 + 4.5 = 8.25
     * fast EMA(2), k 2/3  (3 + 9) / 2 = 6      (3 - 6) * 2/3 + 6 = 4   (12 - 4) * 2/3 + 4 = 28/3
     * macd                0                    -0.5                    28/3 - 8.25 = 13/12
     * signal EMA(2)                            (0 - 0.5) / 2 = -0.25   (13/12 + 0.25) * 2/3 - 0.25 = 23/36
     * histogram                                -0.25                   13/12 - 23/36 = 4/9
     * </pre>
     * Seeding the fast EMA from bar 0 instead would give a fast EMA of 7.5 on bar 2 and different values.
     */
    @Test
    void shouldAlignTheFastEmaOnTheSlowOneAsTaLibDoes()
    {
        // arrange
        final Macd macd = new Macd(2, 3, 2);
        final double[] closes = {6, 3, 9, 3, 12};
        final double[][] values = new double[closes.length][];
        final boolean[] ready = new boolean[closes.length];

        // act
        for (int i = 0; i < closes.length; i++)
        {
            macd.update(closes[i]);
            values[i] = new double[]{macd.macd(), macd.signal(), macd.histogram()};
            ready[i] = macd.isReady();
        }

        // assert
        assertThat(ready).containsExactly(false, false, false, true, true);
        assertThat(values[2]).containsOnly(Double.NaN);
        assertThat(values[3][0]).isCloseTo(-0.5, within(1e-12));
        assertThat(values[3][1]).isCloseTo(-0.25, within(1e-12));
        assertThat(values[3][2]).isCloseTo(-0.25, within(1e-12));
        assertThat(values[4][0]).isCloseTo(13.0 / 12.0, within(1e-12));
        assertThat(values[4][1]).isCloseTo(23.0 / 36.0, within(1e-12));
        assertThat(values[4][2]).isCloseTo(4.0 / 9.0, within(1e-12));
    }

    @Test
    void shouldRejectInvalidPeriods()
    {
        assertThatIllegalArgumentException().isThrownBy(() -> new Macd(1, 26, 9));
        assertThatIllegalArgumentException().isThrownBy(() -> new Macd(26, 12, 9));
        assertThatIllegalArgumentException().isThrownBy(() -> new Macd(12, 26, 0));
    }

    @ParameterizedTest(name = "{0}: MACD({1}, {2}, {3})")
    @MethodSource("parameters")
    void shouldMatchTaLibMacdOverFullHistory(
        final String file, final int fast, final int slow, final int signal, final TestReporter reporter)
    {
        // arrange
        final BarSeries series = Histories.load(file);
        final double[] close = series.close();
        final int size = close.length;
        final Macd macd = new Macd(fast, slow, signal);
        final double[] oursMacd = new double[size];
        final double[] oursSignal = new double[size];
        final double[] oursHistogram = new double[size];
        final boolean[] ready = new boolean[size];
        final double[] referenceMacd = new double[size];
        final double[] referenceSignal = new double[size];
        final double[] referenceHistogram = new double[size];
        final MInteger begIdx = new MInteger();
        final MInteger count = new MInteger();

        // act
        for (int bar = 0; bar < size; bar++)
        {
            macd.update(close[bar]);
            oursMacd[bar] = macd.macd();
            oursSignal[bar] = macd.signal();
            oursHistogram[bar] = macd.histogram();
            ready[bar] = macd.isReady();
        }
        final RetCode retCode = new Core().macd(
            0, size - 1, close, fast, slow, signal, begIdx, count, referenceMacd, referenceSignal, referenceHistogram);

        // assert
        assertThat(retCode).isEqualTo(RetCode.Success);
        assertThat(Agreement.firstReady(ready)).isEqualTo(begIdx.value);
        final String label = Histories.symbol(file) + " MACD(" + fast + ", " + slow + ", " + signal + ")";
        Agreement.assertAgrees(reporter, label + " macd", oursMacd, referenceMacd, begIdx.value, count.value);
        Agreement.assertAgrees(reporter, label + " signal", oursSignal, referenceSignal, begIdx.value, count.value);
        Agreement.assertAgrees(reporter, label + " histogram",
            oursHistogram, referenceHistogram, begIdx.value, count.value);
    }
}
