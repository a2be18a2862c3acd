package com.tradefinder.engine.indicators;

import com.tictactec.ta.lib.Core;
import com.tictactec.ta.lib.MAType;
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

class BollingerBandsTest
{
    static Stream<Arguments> parameters()
    {
        return Histories.crossedWith(new Object[]{20, 2.0}, new Object[]{10, 1.5}, new Object[]{50, 2.5});
    }

    @Test
    void shouldPlaceBandsAtPopulationStandardDeviations()
    {
        // arrange: 2, 4, 4, 4, 5, 5, 7, 9 has mean 5 and population standard deviation 2
        // (squared deviations 9 + 1 + 1 + 1 + 0 + 0 + 4 + 16 = 32, / 8 = 4): bands 5 ± 2 * 2, width (9 - 1) / 5
        final BollingerBands bands = new BollingerBands(8, 2.0);
        final double[] closes = {2, 4, 4, 4, 5, 5, 7, 9};

        // act
        for (final double close : closes)
        {
            bands.update(close);
        }

        // assert
        assertThat(bands.isReady()).isTrue();
        assertThat(bands.middle()).isEqualTo(5.0);
        assertThat(bands.upper()).isEqualTo(9.0);
        assertThat(bands.lower()).isEqualTo(1.0);
        assertThat(bands.width()).isEqualTo(1.6);
    }

    @Test
    void shouldSlideTheWindow()
    {
        // arrange: period 2, 2 deviations, closes 1, 3, 3, 7:
        // bar 1 (1, 3): middle 2, deviation 1 → 4 / 0, width 2
        // bar 2 (3, 3): middle 3, deviation 0 → 3 / 3, width 0
        // bar 3 (3, 7): middle 5, deviation 2 → 9 / 1, width 1.6
        final BollingerBands bands = new BollingerBands(2, 2.0);

        // act
        bands.update(1.0);
        final boolean readyAfterOne = bands.isReady();
        final double middleAfterOne = bands.middle();
        bands.update(3.0);
        final double[] first = {bands.middle(), bands.upper(), bands.lower(), bands.width()};
        bands.update(3.0);
        final double[] second = {bands.middle(), bands.upper(), bands.lower(), bands.width()};
        bands.update(7.0);
        final double[] third = {bands.middle(), bands.upper(), bands.lower(), bands.width()};

        // assert
        assertThat(readyAfterOne).isFalse();
        assertThat(middleAfterOne).isNaN();
        assertThat(first).containsExactly(2.0, 4.0, 0.0, 2.0);
        assertThat(second).containsExactly(3.0, 3.0, 3.0, 0.0);
        assertThat(third).containsExactly(5.0, 9.0, 1.0, 1.6);
    }

    @Test
    void shouldRejectInvalidParameters()
    {
        assertThatIllegalArgumentException().isThrownBy(() -> new BollingerBands(1, 2.0));
        assertThatIllegalArgumentException().isThrownBy(() -> new BollingerBands(20, -1.0));
        assertThatIllegalArgumentException().isThrownBy(() -> new BollingerBands(20, Double.NaN));
    }

    @ParameterizedTest(name = "{0}: BBANDS({1}, {2}, SMA)")
    @MethodSource("parameters")
    void shouldMatchTaLibBbandsOverFullHistory(
        final String file, final int period, final double stdDevs, final TestReporter reporter)
    {
        // arrange
        final BarSeries series = Histories.load(file);
        final double[] close = series.close();
        final int size = close.length;
        final BollingerBands bands = new BollingerBands(period, stdDevs);
        final double[] oursUpper = new double[size];
        final double[] oursMiddle = new double[size];
        final double[] oursLower = new double[size];
        final double[] oursWidth = new double[size];
        final boolean[] ready = new boolean[size];
        final double[] upper = new double[size];
        final double[] middle = new double[size];
        final double[] lower = new double[size];
        final MInteger begIdx = new MInteger();
        final MInteger count = new MInteger();

        // act
        for (int bar = 0; bar < size; bar++)
        {
            bands.update(close[bar]);
            oursUpper[bar] = bands.upper();
            oursMiddle[bar] = bands.middle();
            oursLower[bar] = bands.lower();
            oursWidth[bar] = bands.width();
            ready[bar] = bands.isReady();
        }
        final RetCode retCode = new Core().bbands(
            0, size - 1, close, period, stdDevs, stdDevs, MAType.Sma, begIdx, count, upper, middle, lower);

        // assert
        assertThat(retCode).isEqualTo(RetCode.Success);
        assertThat(Agreement.firstReady(ready)).isEqualTo(begIdx.value);
        final double[] width = new double[count.value];
        for (int i = 0; i < count.value; i++)
        {
            width[i] = (upper[i] - lower[i]) / middle[i];
        }
        final String label = Histories.symbol(file) + " BBANDS(" + period + ", " + stdDevs + ")";
        Agreement.assertAgrees(reporter, label + " upper", oursUpper, upper, begIdx.value, count.value);
        Agreement.assertAgrees(reporter, label + " middle", oursMiddle, middle, begIdx.value, count.value);
        Agreement.assertAgrees(reporter, label + " lower", oursLower, lower, begIdx.value, count.value);
        Agreement.assertAgrees(reporter, label + " width", oursWidth, width, begIdx.value, count.value);
    }
}
