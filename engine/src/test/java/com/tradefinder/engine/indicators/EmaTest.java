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

class EmaTest
{
    static Stream<Arguments> parameters()
    {
        return Histories.crossedWith(new Object[]{12}, new Object[]{26}, new Object[]{200});
    }

    @Test
    void shouldSeedWithTheSimpleAverageThenSmooth()
    {
        // arrange: EMA(3), k = 2 / (3 + 1) = 0.5, of 1, 2, 3, 4, 10:
        // seed (1 + 2 + 3) / 3 = 2, then (4 - 2) * 0.5 + 2 = 3, then (10 - 3) * 0.5 + 3 = 6.5
        final Ema ema = new Ema(3);
        final double[] inputs = {1, 2, 3, 4, 10};
        final double[] values = new double[inputs.length];
        final boolean[] ready = new boolean[inputs.length];

        // act
        for (int i = 0; i < inputs.length; i++)
        {
            ema.update(inputs[i]);
            values[i] = ema.value();
            ready[i] = ema.isReady();
        }

        // assert
        assertThat(values[0]).isNaN();
        assertThat(values[1]).isNaN();
        assertThat(values[2]).isEqualTo(2.0);
        assertThat(values[3]).isEqualTo(3.0);
        assertThat(values[4]).isEqualTo(6.5);
        assertThat(ready).containsExactly(false, false, true, true, true);
    }

    @Test
    void shouldRejectPeriodBelowOne()
    {
        assertThatIllegalArgumentException().isThrownBy(() -> new Ema(0));
    }

    @ParameterizedTest(name = "{0}: EMA({1})")
    @MethodSource("parameters")
    void shouldMatchTaLibEmaOverFullHistory(final String file, final int period, final TestReporter reporter)
    {
        // arrange
        final BarSeries series = Histories.load(file);
        final double[] close = series.close();
        final int size = close.length;
        final Ema ema = new Ema(period);
        final double[] ours = new double[size];
        final boolean[] ready = new boolean[size];
        final double[] reference = new double[size];
        final MInteger begIdx = new MInteger();
        final MInteger count = new MInteger();

        // act
        for (int bar = 0; bar < size; bar++)
        {
            ema.update(close[bar]);
            ours[bar] = ema.value();
            ready[bar] = ema.isReady();
        }
        final RetCode retCode = new Core().ema(0, size - 1, close, period, begIdx, count, reference);

        // assert
        assertThat(retCode).isEqualTo(RetCode.Success);
        assertThat(Agreement.firstReady(ready)).isEqualTo(begIdx.value);
        Agreement.assertAgrees(reporter, Histories.symbol(file) + " EMA(" + period + ")",
            ours, reference, begIdx.value, count.value);
    }
}
