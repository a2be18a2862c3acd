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

class AtrTest
{
    /**
     * Bars (high, low, close) and their true ranges:
     * <pre>
     * bar 0: 10,   8,  9    range 2 (no previous close, not averaged)
     * bar 1: 12,  10, 11    max(2, |12 - 9| = 3, |10 - 9| = 1)        = 3
     * bar 2: 11,  10, 10    max(1, |11 - 11| = 0, |10 - 11| = 1)      = 1
     * bar 3: 13.5, 12, 13   max(1.5, |13.5 - 10| = 3.5, |12 - 10| = 2) = 3.5
     * bar 4: 13,   9, 10    max(4, |13 - 13| = 0, |9 - 13| = 4)        = 4
     * </pre>
     * ATR(3): bar 3 (3 + 1 + 3.5) / 3 = 2.5, NATR 100 * 2.5 / 13; bar 4 (2.5 * 2 + 4) / 3 = 3, NATR 100 * 3 / 10 = 30.
     */
    static final double[][] BARS = {{10, 8, 9}, {12, 10, 11}, {11, 10, 10}, {13.5, 12, 13}, {13, 9, 10}};

    static Stream<Arguments> parameters()
    {
        return Histories.crossedWith(new Object[]{14}, new Object[]{7}, new Object[]{30});
    }

    @Test
    void shouldAverageTrueRangesFromTheSecondBar()
    {
        // arrange
        final Atr atr = new Atr(3);
        final double[] values = new double[BARS.length];
        final double[] percents = new double[BARS.length];
        final double[] trueRanges = new double[BARS.length];
        final boolean[] ready = new boolean[BARS.length];

        // act
        for (int i = 0; i < BARS.length; i++)
        {
            atr.update(BARS[i][0], BARS[i][1], BARS[i][2]);
            values[i] = atr.value();
            percents[i] = atr.percent();
            trueRanges[i] = atr.trueRange();
            ready[i] = atr.isReady();
        }

        // assert
        assertThat(trueRanges).containsExactly(2.0, 3.0, 1.0, 3.5, 4.0);
        assertThat(ready).containsExactly(false, false, false, true, true);
        assertThat(values[2]).isNaN();
        assertThat(percents[2]).isNaN();
        assertThat(values[3]).isEqualTo(2.5);
        assertThat(values[4]).isEqualTo(3.0);
        assertThat(percents[3]).isCloseTo(250.0 / 13.0, within(1e-12));
        assertThat(percents[4]).isCloseTo(30.0, within(1e-12));
    }

    @Test
    void shouldReportZeroPercentForACloseOfZero()
    {
        // arrange
        final Atr atr = new Atr(1);

        // act
        atr.update(1.0, 0.0, 0.5);
        atr.update(1.0, 0.0, 0.0);

        // assert
        assertThat(atr.value()).isEqualTo(1.0);
        assertThat(atr.percent()).isZero();
    }

    @Test
    void shouldRejectPeriodBelowOne()
    {
        assertThatIllegalArgumentException().isThrownBy(() -> new Atr(0));
    }

    @ParameterizedTest(name = "{0}: ATR({1}), NATR({1}), TRANGE")
    @MethodSource("parameters")
    void shouldMatchTaLibAtrNatrAndTrueRangeOverFullHistory(
        final String file, final int period, final TestReporter reporter)
    {
        // arrange
        final BarSeries series = Histories.load(file);
        final double[] high = series.high();
        final double[] low = series.low();
        final double[] close = series.close();
        final int size = close.length;
        final Atr atr = new Atr(period);
        final double[] ours = new double[size];
        final double[] oursPercent = new double[size];
        final double[] oursTrueRange = new double[size];
        final boolean[] ready = new boolean[size];
        final Core core = new Core();
        final double[] reference = new double[size];
        final double[] referencePercent = new double[size];
        final double[] referenceTrueRange = new double[size];
        final MInteger begIdx = new MInteger();
        final MInteger count = new MInteger();
        final MInteger percentBegIdx = new MInteger();
        final MInteger percentCount = new MInteger();
        final MInteger trueRangeBegIdx = new MInteger();
        final MInteger trueRangeCount = new MInteger();

        // act
        for (int bar = 0; bar < size; bar++)
        {
            atr.update(high[bar], low[bar], close[bar]);
            ours[bar] = atr.value();
            oursPercent[bar] = atr.percent();
            oursTrueRange[bar] = atr.trueRange();
            ready[bar] = atr.isReady();
        }
        final RetCode atrCode = core.atr(0, size - 1, high, low, close, period, begIdx, count, reference);
        final RetCode natrCode = core.natr(
            0, size - 1, high, low, close, period, percentBegIdx, percentCount, referencePercent);
        final RetCode trueRangeCode = core.trueRange(
            0, size - 1, high, low, close, trueRangeBegIdx, trueRangeCount, referenceTrueRange);

        // assert
        assertThat(atrCode).isEqualTo(RetCode.Success);
        assertThat(natrCode).isEqualTo(RetCode.Success);
        assertThat(trueRangeCode).isEqualTo(RetCode.Success);
        assertThat(Agreement.firstReady(ready)).isEqualTo(begIdx.value).isEqualTo(percentBegIdx.value);
        final String symbol = Histories.symbol(file);
        Agreement.assertAgrees(reporter, symbol + " ATR(" + period + ")", ours, reference, begIdx.value, count.value);
        Agreement.assertAgrees(reporter, symbol + " NATR(" + period + ")",
            oursPercent, referencePercent, percentBegIdx.value, percentCount.value);
        assertThat(oursTrueRange[0]).isEqualTo(high[0] - low[0]);
        oursTrueRange[0] = Double.NaN;
        Agreement.assertAgrees(reporter, symbol + " TRANGE",
            oursTrueRange, referenceTrueRange, trueRangeBegIdx.value, trueRangeCount.value);
    }
}
