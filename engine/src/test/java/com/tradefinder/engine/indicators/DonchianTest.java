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

class DonchianTest
{
    static Stream<Arguments> parameters()
    {
        return Histories.crossedWith(new Object[]{20}, new Object[]{55}, new Object[]{2});
    }

    @Test
    void shouldTrackTheExtremesOfTheLastPeriodBars()
    {
        // arrange: period 3
        // highs 5, 7, 6, 4, 3, 8 → upper from bar 2: max(5,7,6) 7, max(7,6,4) 7, max(6,4,3) 6, max(4,3,8) 8
        // lows  1, 3, 2, 2, 3, 0 → lower from bar 2: min(1,3,2) 1, min(3,2,2) 2, min(2,2,3) 2, min(2,3,0) 0
        final Donchian donchian = new Donchian(3);
        final double[] highs = {5, 7, 6, 4, 3, 8};
        final double[] lows = {1, 3, 2, 2, 3, 0};
        final double[] upper = new double[highs.length];
        final double[] lower = new double[highs.length];
        final double[] middle = new double[highs.length];
        final boolean[] ready = new boolean[highs.length];

        // act
        for (int i = 0; i < highs.length; i++)
        {
            donchian.update(highs[i], lows[i]);
            upper[i] = donchian.upper();
            lower[i] = donchian.lower();
            middle[i] = donchian.middle();
            ready[i] = donchian.isReady();
        }

        // assert
        assertThat(ready).containsExactly(false, false, true, true, true, true);
        assertThat(upper).containsExactly(Double.NaN, Double.NaN, 7.0, 7.0, 6.0, 8.0);
        assertThat(lower).containsExactly(Double.NaN, Double.NaN, 1.0, 2.0, 2.0, 0.0);
        assertThat(middle).containsExactly(Double.NaN, Double.NaN, 4.0, 4.5, 4.0, 4.0);
    }

    @Test
    void shouldDropAnExtremeWhenItLeavesTheWindowOnAFallingMarket()
    {
        // arrange: period 2, strictly falling highs and rising lows: every bar the old extreme must expire
        final Donchian donchian = new Donchian(2);

        // act
        donchian.update(10, 1);
        donchian.update(9, 2);
        donchian.update(8, 3);

        // assert
        assertThat(donchian.upper()).isEqualTo(9.0);
        assertThat(donchian.lower()).isEqualTo(2.0);
    }

    @Test
    void shouldRejectPeriodBelowOne()
    {
        assertThatIllegalArgumentException().isThrownBy(() -> new Donchian(0));
    }

    @ParameterizedTest(name = "{0}: MAX/MIN/MIDPRICE({1})")
    @MethodSource("parameters")
    void shouldMatchTaLibMaxMinAndMidpriceOverFullHistory(
        final String file, final int period, final TestReporter reporter)
    {
        // arrange
        final BarSeries series = Histories.load(file);
        final double[] high = series.high();
        final double[] low = series.low();
        final int size = high.length;
        final Donchian donchian = new Donchian(period);
        final double[] oursUpper = new double[size];
        final double[] oursLower = new double[size];
        final double[] oursMiddle = new double[size];
        final boolean[] ready = new boolean[size];
        final Core core = new Core();
        final double[] max = new double[size];
        final double[] min = new double[size];
        final double[] midPrice = new double[size];
        final MInteger maxBegIdx = new MInteger();
        final MInteger maxCount = new MInteger();
        final MInteger minBegIdx = new MInteger();
        final MInteger minCount = new MInteger();
        final MInteger midBegIdx = new MInteger();
        final MInteger midCount = new MInteger();

        // act
        for (int bar = 0; bar < size; bar++)
        {
            donchian.update(high[bar], low[bar]);
            oursUpper[bar] = donchian.upper();
            oursLower[bar] = donchian.lower();
            oursMiddle[bar] = donchian.middle();
            ready[bar] = donchian.isReady();
        }
        final RetCode maxCode = core.max(0, size - 1, high, period, maxBegIdx, maxCount, max);
        final RetCode minCode = core.min(0, size - 1, low, period, minBegIdx, minCount, min);
        final RetCode midCode = core.midPrice(0, size - 1, high, low, period, midBegIdx, midCount, midPrice);

        // assert
        assertThat(maxCode).isEqualTo(RetCode.Success);
        assertThat(minCode).isEqualTo(RetCode.Success);
        assertThat(midCode).isEqualTo(RetCode.Success);
        assertThat(Agreement.firstReady(ready)).isEqualTo(maxBegIdx.value).isEqualTo(minBegIdx.value);
        final String label = Histories.symbol(file) + " Donchian(" + period + ")";
        Agreement.assertAgrees(reporter, label + " upper/MAX", oursUpper, max, maxBegIdx.value, maxCount.value);
        Agreement.assertAgrees(reporter, label + " lower/MIN", oursLower, min, minBegIdx.value, minCount.value);
        Agreement.assertAgrees(reporter, label + " middle/MIDPRICE",
            oursMiddle, midPrice, midBegIdx.value, midCount.value);
    }
}
