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

class WilderAverageTest
{
    static Stream<Arguments> parameters()
    {
        return Histories.crossedWith(new Object[]{14}, new Object[]{5}, new Object[]{50});
    }

    @Test
    void shouldSeedWithTheSimpleAverageThenSmoothWithOneOverPeriod()
    {
        // arrange: RMA(3) of 3, 6, 9, 12, 2:
        // seed (3 + 6 + 9) / 3 = 6, then (6 * 2 + 12) / 3 = 8, then (8 * 2 + 2) / 3 = 6
        final WilderAverage average = new WilderAverage(3);
        final double[] inputs = {3, 6, 9, 12, 2};
        final double[] values = new double[inputs.length];
        final boolean[] ready = new boolean[inputs.length];

        // act
        for (int i = 0; i < inputs.length; i++)
        {
            average.update(inputs[i]);
            values[i] = average.value();
            ready[i] = average.isReady();
        }

        // assert
        assertThat(values[0]).isNaN();
        assertThat(values[1]).isNaN();
        assertThat(values[2]).isEqualTo(6.0);
        assertThat(values[3]).isEqualTo(8.0);
        assertThat(values[4]).isEqualTo(6.0);
        assertThat(ready).containsExactly(false, false, true, true, true);
    }

    @Test
    void shouldRejectPeriodBelowOne()
    {
        assertThatIllegalArgumentException().isThrownBy(() -> new WilderAverage(0));
    }

    /**
     * TA-Lib has no stand-alone RMA, but its ATR is exactly the Wilder average of TA-Lib's own true ranges (TRANGE),
     * so feeding TRANGE into ours must reproduce ATR.
     */
    @ParameterizedTest(name = "{0}: RMA({1}) of TRANGE = ATR({1})")
    @MethodSource("parameters")
    void shouldReproduceTaLibAtrFromTaLibTrueRanges(final String file, final int period, final TestReporter reporter)
    {
        // arrange
        final BarSeries series = Histories.load(file);
        final double[] high = series.high();
        final double[] low = series.low();
        final double[] close = series.close();
        final int size = close.length;
        final Core core = new Core();
        final double[] trueRanges = new double[size];
        final MInteger trBegIdx = new MInteger();
        final MInteger trCount = new MInteger();
        assertThat(core.trueRange(0, size - 1, high, low, close, trBegIdx, trCount, trueRanges))
            .isEqualTo(RetCode.Success);
        final WilderAverage average = new WilderAverage(period);
        final double[] ours = new double[size];
        final boolean[] ready = new boolean[size];
        final double[] reference = new double[size];
        final MInteger begIdx = new MInteger();
        final MInteger count = new MInteger();

        // act
        ours[0] = Double.NaN;
        for (int i = 0; i < trCount.value; i++)
        {
            average.update(trueRanges[i]);
            ours[trBegIdx.value + i] = average.value();
            ready[trBegIdx.value + i] = average.isReady();
        }
        final RetCode retCode = core.atr(0, size - 1, high, low, close, period, begIdx, count, reference);

        // assert
        assertThat(retCode).isEqualTo(RetCode.Success);
        assertThat(Agreement.firstReady(ready)).isEqualTo(begIdx.value);
        Agreement.assertAgrees(reporter, Histories.symbol(file) + " RMA(" + period + ")",
            ours, reference, begIdx.value, count.value);
    }
}
