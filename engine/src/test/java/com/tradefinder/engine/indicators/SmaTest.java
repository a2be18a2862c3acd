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

class SmaTest
{
    static Stream<Arguments> parameters()
    {
        return Histories.crossedWith(new Object[]{20}, new Object[]{50}, new Object[]{200});
    }

    @Test
    void shouldAverageTheLastPeriodInputs()
    {
        // arrange: SMA(3) of 1, 2, 3, 4, 10 is -, -, (1+2+3)/3 = 2, (2+3+4)/3 = 3, (3+4+10)/3 = 17/3
        final Sma sma = new Sma(3);
        final double[] inputs = {1, 2, 3, 4, 10};
        final double[] values = new double[inputs.length];
        final boolean[] ready = new boolean[inputs.length];

        // act
        for (int i = 0; i < inputs.length; i++)
        {
            sma.update(inputs[i]);
            values[i] = sma.value();
            ready[i] = sma.isReady();
        }

        // assert
        assertThat(values[0]).isNaN();
        assertThat(values[1]).isNaN();
        assertThat(values[2]).isEqualTo(2.0);
        assertThat(values[3]).isEqualTo(3.0);
        assertThat(values[4]).isEqualTo(17.0 / 3.0);
        assertThat(ready).containsExactly(false, false, true, true, true);
    }

    @Test
    void shouldFollowTheInputWithPeriodOne()
    {
        // arrange
        final Sma sma = new Sma(1);

        // act
        sma.update(5.0);
        sma.update(-2.5);

        // assert
        assertThat(sma.isReady()).isTrue();
        assertThat(sma.value()).isEqualTo(-2.5);
    }

    @Test
    void shouldRejectPeriodBelowOne()
    {
        assertThatIllegalArgumentException().isThrownBy(() -> new Sma(0));
    }

    @ParameterizedTest(name = "{0}: SMA({1})")
    @MethodSource("parameters")
    void shouldMatchTaLibSmaOverFullHistory(final String file, final int period, final TestReporter reporter)
    {
        // arrange
        final BarSeries series = Histories.load(file);
        final double[] close = series.close();
        final int size = close.length;
        final Sma sma = new Sma(period);
        final double[] ours = new double[size];
        final boolean[] ready = new boolean[size];
        final double[] reference = new double[size];
        final MInteger begIdx = new MInteger();
        final MInteger count = new MInteger();

        // act
        for (int bar = 0; bar < size; bar++)
        {
            sma.update(close[bar]);
            ours[bar] = sma.value();
            ready[bar] = sma.isReady();
        }
        final RetCode retCode = new Core().sma(0, size - 1, close, period, begIdx, count, reference);

        // assert
        assertThat(retCode).isEqualTo(RetCode.Success);
        assertThat(Agreement.firstReady(ready)).isEqualTo(begIdx.value);
        Agreement.assertAgrees(reporter, Histories.symbol(file) + " SMA(" + period + ")",
            ours, reference, begIdx.value, count.value);
    }
}
