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

class RsiTest
{
    static Stream<Arguments> parameters()
    {
        return Histories.crossedWith(new Object[]{14}, new Object[]{7}, new Object[]{2});
    }

    @Test
    void shouldSmoothGainsAndLossesTheWilderWay()
    {
        // arrange: RSI(2) of closes 10, 12, 11, 14, 13; changes +2, -1, +3, -1
        // bar 2: gain (2 + 0) / 2 = 1, loss (0 + 1) / 2 = 0.5          → 100 * 1 / 1.5    = 66.67
        // bar 3: gain (1 * 1 + 3) / 2 = 2, loss (0.5 * 1 + 0) / 2 = 0.25 → 100 * 2 / 2.25   = 88.89
        // bar 4: gain (2 * 1 + 0) / 2 = 1, loss (0.25 * 1 + 1) / 2 = 0.625 → 100 * 1 / 1.625 = 61.54
        final Rsi rsi = new Rsi(2);
        final double[] closes = {10, 12, 11, 14, 13};
        final double[] values = new double[closes.length];
        final boolean[] ready = new boolean[closes.length];

        // act
        for (int i = 0; i < closes.length; i++)
        {
            rsi.update(closes[i]);
            values[i] = rsi.value();
            ready[i] = rsi.isReady();
        }

        // assert
        assertThat(ready).containsExactly(false, false, true, true, true);
        assertThat(values[1]).isNaN();
        assertThat(values[2]).isCloseTo(100.0 / 1.5, within(1e-12));
        assertThat(values[3]).isCloseTo(200.0 / 2.25, within(1e-12));
        assertThat(values[4]).isCloseTo(100.0 / 1.625, within(1e-12));
    }

    @Test
    void shouldReportZeroWhenClosesDoNotMove()
    {
        // arrange: no gain and no loss: TA-Lib reports 0 rather than dividing 0 by 0
        final Rsi rsi = new Rsi(3);

        // act
        for (int i = 0; i < 5; i++)
        {
            rsi.update(42.0);
        }

        // assert
        assertThat(rsi.isReady()).isTrue();
        assertThat(rsi.value()).isZero();
    }

    @Test
    void shouldRejectPeriodBelowTwo()
    {
        assertThatIllegalArgumentException().isThrownBy(() -> new Rsi(1));
    }

    @ParameterizedTest(name = "{0}: RSI({1})")
    @MethodSource("parameters")
    void shouldMatchTaLibRsiOverFullHistory(final String file, final int period, final TestReporter reporter)
    {
        // arrange
        final BarSeries series = Histories.load(file);
        final double[] close = series.close();
        final int size = close.length;
        final Rsi rsi = new Rsi(period);
        final double[] ours = new double[size];
        final boolean[] ready = new boolean[size];
        final double[] reference = new double[size];
        final MInteger begIdx = new MInteger();
        final MInteger count = new MInteger();

        // act
        for (int bar = 0; bar < size; bar++)
        {
            rsi.update(close[bar]);
            ours[bar] = rsi.value();
            ready[bar] = rsi.isReady();
        }
        final RetCode retCode = new Core().rsi(0, size - 1, close, period, begIdx, count, reference);

        // assert
        assertThat(retCode).isEqualTo(RetCode.Success);
        assertThat(Agreement.firstReady(ready)).isEqualTo(begIdx.value);
        Agreement.assertAgrees(reporter, Histories.symbol(file) + " RSI(" + period + ")",
            ours, reference, begIdx.value, count.value);
    }
}
