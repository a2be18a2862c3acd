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

class AdxTest
{
    static Stream<Arguments> parameters()
    {
        return Histories.crossedWith(new Object[]{14}, new Object[]{7}, new Object[]{28});
    }

    /**
     * ADX(2) by hand; bars (high, low, close), directional movements, true ranges and the Wilder sums
     * ({@code sum - sum / 2 + new} from bar 2 on):
     * <pre>
     * bar 0: 10,  8,  9
     * bar 1: 12,  9, 11   up 2, down -1 → +DM 2;  TR max(3, 3, 0) = 3     sums +DM 2, -DM 0, TR 3
     * bar 2: 11,  8,  9   up -1, down 1 → -DM 1;  TR max(3, 0, 3) = 3     +DM 1, -DM 1, TR 4.5
     *                     +DI = -DI = 100 / 4.5 = 22.22, DX 0
     * bar 3: 14, 10, 13   up 3, down -2 → +DM 3;  TR max(4, 5, 1) = 5     +DM 3.5, -DM 0.5, TR 7.25
     *                     +DI 350 / 7.25 = 48.28, -DI 50 / 7.25 = 6.90, DX 100 * 300 / 400 = 75,
     *                     ADX (0 + 75) / 2 = 37.5
     * bar 4: 13, 11, 12   up -1, down -1 → none;  TR max(2, 0, 2) = 2     +DM 1.75, -DM 0.25, TR 5.625
     *                     +DI 175 / 5.625 = 31.11, -DI 25 / 5.625 = 4.44, DX 75, ADX (37.5 * 1 + 75) / 2 = 56.25
     * </pre>
     */
    @Test
    void shouldComputeDirectionalIndicatorsAndAdxByWilder()
    {
        // arrange
        final double[][] bars = {{10, 8, 9}, {12, 9, 11}, {11, 8, 9}, {14, 10, 13}, {13, 11, 12}};
        final Adx adx = new Adx(2);
        final double[] values = new double[bars.length];
        final double[] plusDi = new double[bars.length];
        final double[] minusDi = new double[bars.length];
        final boolean[] ready = new boolean[bars.length];
        final boolean[] diReady = new boolean[bars.length];

        // act
        for (int i = 0; i < bars.length; i++)
        {
            adx.update(bars[i][0], bars[i][1], bars[i][2]);
            values[i] = adx.adx();
            plusDi[i] = adx.plusDi();
            minusDi[i] = adx.minusDi();
            ready[i] = adx.isReady();
            diReady[i] = adx.isDiReady();
        }

        // assert
        assertThat(diReady).containsExactly(false, false, true, true, true);
        assertThat(ready).containsExactly(false, false, false, true, true);
        assertThat(plusDi[1]).isNaN();
        assertThat(minusDi[1]).isNaN();
        assertThat(values[2]).isNaN();
        assertThat(plusDi[2]).isCloseTo(100.0 / 4.5, within(1e-12));
        assertThat(minusDi[2]).isCloseTo(100.0 / 4.5, within(1e-12));
        assertThat(plusDi[3]).isCloseTo(350.0 / 7.25, within(1e-12));
        assertThat(minusDi[3]).isCloseTo(50.0 / 7.25, within(1e-12));
        assertThat(values[3]).isCloseTo(37.5, within(1e-12));
        assertThat(plusDi[4]).isCloseTo(175.0 / 5.625, within(1e-12));
        assertThat(minusDi[4]).isCloseTo(25.0 / 5.625, within(1e-12));
        assertThat(values[4]).isCloseTo(56.25, within(1e-12));
    }

    @Test
    void shouldReportZeroWhenPricesDoNotMove()
    {
        // arrange: no range at all: TR is 0, so both DI are 0 and every DX is undefined; the first ADX is 0 / period
        final Adx adx = new Adx(3);

        // act
        for (int i = 0; i < 6; i++)
        {
            adx.update(100.0, 100.0, 100.0);
        }

        // assert
        assertThat(adx.isReady()).isTrue();
        assertThat(adx.plusDi()).isZero();
        assertThat(adx.minusDi()).isZero();
        assertThat(adx.adx()).isZero();
    }

    @Test
    void shouldRejectPeriodBelowTwo()
    {
        assertThatIllegalArgumentException().isThrownBy(() -> new Adx(1));
    }

    @ParameterizedTest(name = "{0}: ADX({1}), PLUS_DI({1}), MINUS_DI({1})")
    @MethodSource("parameters")
    void shouldMatchTaLibAdxAndDirectionalIndicatorsOverFullHistory(
        final String file, final int period, final TestReporter reporter)
    {
        // arrange
        final BarSeries series = Histories.load(file);
        final double[] high = series.high();
        final double[] low = series.low();
        final double[] close = series.close();
        final int size = close.length;
        final Adx adx = new Adx(period);
        final double[] ours = new double[size];
        final double[] oursPlus = new double[size];
        final double[] oursMinus = new double[size];
        final boolean[] ready = new boolean[size];
        final boolean[] diReady = new boolean[size];
        final Core core = new Core();
        final double[] reference = new double[size];
        final double[] referencePlus = new double[size];
        final double[] referenceMinus = new double[size];
        final MInteger begIdx = new MInteger();
        final MInteger count = new MInteger();
        final MInteger plusBegIdx = new MInteger();
        final MInteger plusCount = new MInteger();
        final MInteger minusBegIdx = new MInteger();
        final MInteger minusCount = new MInteger();

        // act
        for (int bar = 0; bar < size; bar++)
        {
            adx.update(high[bar], low[bar], close[bar]);
            ours[bar] = adx.adx();
            oursPlus[bar] = adx.plusDi();
            oursMinus[bar] = adx.minusDi();
            ready[bar] = adx.isReady();
            diReady[bar] = adx.isDiReady();
        }
        final RetCode adxCode = core.adx(0, size - 1, high, low, close, period, begIdx, count, reference);
        final RetCode plusCode = core.plusDI(
            0, size - 1, high, low, close, period, plusBegIdx, plusCount, referencePlus);
        final RetCode minusCode = core.minusDI(
            0, size - 1, high, low, close, period, minusBegIdx, minusCount, referenceMinus);

        // assert
        assertThat(adxCode).isEqualTo(RetCode.Success);
        assertThat(plusCode).isEqualTo(RetCode.Success);
        assertThat(minusCode).isEqualTo(RetCode.Success);
        assertThat(Agreement.firstReady(ready)).isEqualTo(begIdx.value);
        assertThat(Agreement.firstReady(diReady)).isEqualTo(plusBegIdx.value).isEqualTo(minusBegIdx.value);
        final String symbol = Histories.symbol(file);
        Agreement.assertAgrees(reporter, symbol + " ADX(" + period + ")", ours, reference, begIdx.value, count.value);
        Agreement.assertAgrees(reporter, symbol + " PLUS_DI(" + period + ")",
            oursPlus, referencePlus, plusBegIdx.value, plusCount.value);
        Agreement.assertAgrees(reporter, symbol + " MINUS_DI(" + period + ")",
            oursMinus, referenceMinus, minusBegIdx.value, minusCount.value);
    }
}
