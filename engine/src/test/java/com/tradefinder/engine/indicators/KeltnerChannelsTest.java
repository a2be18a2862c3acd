package com.tradefinder.engine.indicators;

import com.tradefinder.engine.testsupport.BarSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class KeltnerChannelsTest
{
    static Stream<Arguments> parameters()
    {
        return Histories.crossedWith(new Object[]{20, 10, 2.0}, new Object[]{10, 20, 1.5}, new Object[]{50, 14, 3.0});
    }

    /**
     * Bars of {@link AtrTest#BARS}; EMA(3) of the close (k 0.5): bar 2 (9 + 11 + 10) / 3 = 10, bar 3
     * (13 - 10) * 0.5 + 10 = 11.5, bar 4 (10 - 11.5) * 0.5 + 11.5 = 10.75; ATR(3) 2.5 on bar 3 and 3 on bar 4. With a
     * multiplier of 2: bar 3 11.5 ± 5, bar 4 10.75 ± 6. Not ready on bar 2, where only the EMA is defined.
     */
    @Test
    void shouldPlaceChannelsMultiplierAtrsAroundTheEma()
    {
        // arrange
        final KeltnerChannels keltner = new KeltnerChannels(3, 3, 2.0);
        final double[][] bars = AtrTest.BARS;
        final double[][] values = new double[bars.length][];
        final boolean[] ready = new boolean[bars.length];

        // act
        for (int i = 0; i < bars.length; i++)
        {
            keltner.update(bars[i][0], bars[i][1], bars[i][2]);
            values[i] = new double[]{keltner.middle(), keltner.upper(), keltner.lower()};
            ready[i] = keltner.isReady();
        }

        // assert
        assertThat(ready).containsExactly(false, false, false, true, true);
        assertThat(values[2]).containsOnly(Double.NaN);
        assertThat(values[3]).containsExactly(11.5, 16.5, 6.5);
        assertThat(values[4]).containsExactly(10.75, 16.75, 4.75);
    }

    @Test
    void shouldRejectInvalidParameters()
    {
        assertThatIllegalArgumentException().isThrownBy(() -> new KeltnerChannels(0, 10, 2.0));
        assertThatIllegalArgumentException().isThrownBy(() -> new KeltnerChannels(20, 0, 2.0));
        assertThatIllegalArgumentException().isThrownBy(() -> new KeltnerChannels(20, 10, -2.0));
    }

    @ParameterizedTest(name = "{0}: Keltner(EMA {1}, ATR {2}, x{3})")
    @MethodSource("parameters")
    void shouldMatchTheTextbookDefinitionOverFullHistory(
        final String file, final int emaPeriod, final int atrPeriod, final double multiplier,
        final TestReporter reporter)
    {
        // arrange
        final BarSeries series = Histories.load(file);
        final double[] high = series.high();
        final double[] low = series.low();
        final double[] close = series.close();
        final int size = close.length;
        final KeltnerChannels keltner = new KeltnerChannels(emaPeriod, atrPeriod, multiplier);
        final double[] oursMiddle = new double[size];
        final double[] oursUpper = new double[size];
        final double[] oursLower = new double[size];
        final boolean[] ready = new boolean[size];

        // act
        for (int bar = 0; bar < size; bar++)
        {
            keltner.update(high[bar], low[bar], close[bar]);
            oursMiddle[bar] = keltner.middle();
            oursUpper[bar] = keltner.upper();
            oursLower[bar] = keltner.lower();
            ready[bar] = keltner.isReady();
        }
        final double[] ema = Textbook.ema(close, emaPeriod);
        final double[] atr = Textbook.atr(high, low, close, atrPeriod);
        final int begIdx = Math.max(emaPeriod - 1, atrPeriod);
        final int count = size - begIdx;
        final double[] middle = Arrays.copyOfRange(ema, begIdx, size);
        final double[] upper = new double[count];
        final double[] lower = new double[count];
        for (int i = 0; i < count; i++)
        {
            upper[i] = ema[begIdx + i] + multiplier * atr[begIdx + i];
            lower[i] = ema[begIdx + i] - multiplier * atr[begIdx + i];
        }

        // assert
        assertThat(Agreement.firstReady(ready)).isEqualTo(begIdx);
        final String label =
            Histories.symbol(file) + " Keltner(" + emaPeriod + ", " + atrPeriod + ", " + multiplier + ")";
        Agreement.assertAgrees(reporter, label + " middle", oursMiddle, middle, begIdx, count);
        Agreement.assertAgrees(reporter, label + " upper", oursUpper, upper, begIdx, count);
        Agreement.assertAgrees(reporter, label + " lower", oursLower, lower, begIdx, count);
    }
}
