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

class SupertrendTest
{
    static Stream<Arguments> parameters()
    {
        return Histories.crossedWith(new Object[]{10, 3.0}, new Object[]{7, 2.0}, new Object[]{22, 1.0});
    }

    /**
     * Supertrend(ATR 2, multiplier 1) by hand; bars (high, low, close), true range, ATR, hl2, basic and final bands:
     * <pre>
     * bar 0: 10,  8,  9
     * bar 1: 11,  9, 10     TR 2
     * bar 2: 12, 10, 11     TR 2    ATR (2 + 2) / 2 = 2        hl2 11    basic 13 / 9
     *        first ready bar: final 13 / 9, trend starts down → supertrend 13
     * bar 3: 15, 13, 14.5   TR 4    ATR (2 + 4) / 2 = 3        hl2 14    basic 17 / 11
     *        upper: 17 not below 13, previous close 11 not above 13 → keep 13; lower: 11 above 9 → 11
     *        close 14.5 above upper 13 → up → supertrend 11
     * bar 4: 15, 14, 14.5   TR 1    ATR (3 + 1) / 2 = 2        hl2 14.5  basic 16.5 / 12.5
     *        upper: previous close 14.5 above 13 → 16.5; lower: 12.5 above 11 → 12.5; close 14.5 not below 12.5
     *        → still up → supertrend 12.5
     * bar 5: 14, 10, 11     TR 4.5  ATR (2 + 4.5) / 2 = 3.25   hl2 12    basic 15.25 / 8.75
     *        upper: 15.25 below 16.5 → 15.25; lower: 8.75 not above 12.5, previous close 14.5 not below → keep 12.5
     *        close 11 below 12.5 → down → supertrend 15.25
     * bar 6: 12, 10, 11.5   TR 2    ATR (3.25 + 2) / 2 = 2.625 hl2 11    basic 13.625 / 8.375
     *        upper: 13.625 below 15.25 → 13.625; lower: previous close 11 below 12.5 → 8.375
     *        close 11.5 not above 13.625 → still down → supertrend 13.625
     * </pre>
     */
    @Test
    void shouldTrailTheBandsAndFlipOnCrosses()
    {
        // arrange
        final double[][] bars = {
            {10, 8, 9}, {11, 9, 10}, {12, 10, 11}, {15, 13, 14.5}, {15, 14, 14.5}, {14, 10, 11}, {12, 10, 11.5}};
        final Supertrend supertrend = new Supertrend(2, 1.0);
        final double[] values = new double[bars.length];
        final int[] directions = new int[bars.length];
        final double[] upper = new double[bars.length];
        final double[] lower = new double[bars.length];
        final boolean[] ready = new boolean[bars.length];

        // act
        for (int i = 0; i < bars.length; i++)
        {
            supertrend.update(bars[i][0], bars[i][1], bars[i][2]);
            values[i] = supertrend.value();
            directions[i] = supertrend.direction();
            upper[i] = supertrend.upperBand();
            lower[i] = supertrend.lowerBand();
            ready[i] = supertrend.isReady();
        }

        // assert
        assertThat(ready).containsExactly(false, false, true, true, true, true, true);
        assertThat(directions).containsExactly(0, 0, -1, 1, 1, -1, -1);
        assertThat(values).containsExactly(Double.NaN, Double.NaN, 13.0, 11.0, 12.5, 15.25, 13.625);
        assertThat(upper).containsExactly(Double.NaN, Double.NaN, 13.0, 13.0, 16.5, 15.25, 13.625);
        assertThat(lower).containsExactly(Double.NaN, Double.NaN, 9.0, 11.0, 12.5, 12.5, 8.375);
    }

    @Test
    void shouldRejectInvalidParameters()
    {
        assertThatIllegalArgumentException().isThrownBy(() -> new Supertrend(0, 3.0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Supertrend(10, Double.POSITIVE_INFINITY));
    }

    @ParameterizedTest(name = "{0}: Supertrend(ATR {1}, x{2})")
    @MethodSource("parameters")
    void shouldMatchTheTextbookDefinitionOverFullHistory(
        final String file, final int atrPeriod, final double multiplier, final TestReporter reporter)
    {
        // arrange
        final BarSeries series = Histories.load(file);
        final double[] high = series.high();
        final double[] low = series.low();
        final double[] close = series.close();
        final int size = close.length;
        final Supertrend supertrend = new Supertrend(atrPeriod, multiplier);
        final double[] ours = new double[size];
        final double[] oursDirection = new double[size];
        final double[] oursUpper = new double[size];
        final double[] oursLower = new double[size];
        final boolean[] ready = new boolean[size];

        // act
        for (int bar = 0; bar < size; bar++)
        {
            supertrend.update(high[bar], low[bar], close[bar]);
            ours[bar] = supertrend.value();
            oursDirection[bar] = supertrend.direction() == 0 ? Double.NaN : supertrend.direction();
            oursUpper[bar] = supertrend.upperBand();
            oursLower[bar] = supertrend.lowerBand();
            ready[bar] = supertrend.isReady();
        }
        final Reference reference = Reference.compute(high, low, close, atrPeriod, multiplier);

        // assert
        final int begIdx = atrPeriod;
        final int count = size - begIdx;
        assertThat(Agreement.firstReady(ready)).isEqualTo(begIdx);
        final String label = Histories.symbol(file) + " Supertrend(" + atrPeriod + ", " + multiplier + ")";
        Agreement.assertAgrees(reporter, label + " direction",
            oursDirection, Arrays.copyOfRange(reference.direction, begIdx, size), begIdx, count);
        Agreement.assertAgrees(reporter, label + " value",
            ours, Arrays.copyOfRange(reference.supertrend, begIdx, size), begIdx, count);
        Agreement.assertAgrees(reporter, label + " upper",
            oursUpper, Arrays.copyOfRange(reference.upper, begIdx, size), begIdx, count);
        Agreement.assertAgrees(reporter, label + " lower",
            oursLower, Arrays.copyOfRange(reference.lower, begIdx, size), begIdx, count);
        assertThat(Arrays.stream(reference.direction, begIdx, size).filter(d -> d > 0).count())
            .as("the history has both up- and downtrends").isPositive().isLessThan(count);
    }

    /**
     * The definition over whole arrays, straight from the textbook, with the same initial state as documented on
     * {@link Supertrend}: on the first bar with an ATR the final bands are the basic bands and the trend is down.
     */
    private static final class Reference
    {
        final double[] upper;
        final double[] lower;
        final double[] direction;
        final double[] supertrend;

        private Reference(final int size)
        {
            upper = new double[size];
            lower = new double[size];
            direction = new double[size];
            supertrend = new double[size];
            Arrays.fill(upper, Double.NaN);
            Arrays.fill(lower, Double.NaN);
            Arrays.fill(direction, Double.NaN);
            Arrays.fill(supertrend, Double.NaN);
        }

        static Reference compute(
            final double[] high, final double[] low, final double[] close, final int atrPeriod, final double multiplier)
        {
            final int size = close.length;
            final double[] atr = Textbook.atr(high, low, close, atrPeriod);
            final Reference reference = new Reference(size);
            for (int i = atrPeriod; i < size; i++)
            {
                final double hl2 = (high[i] + low[i]) / 2.0;
                final double basicUpper = hl2 + multiplier * atr[i];
                final double basicLower = hl2 - multiplier * atr[i];
                if (i == atrPeriod)
                {
                    reference.upper[i] = basicUpper;
                    reference.lower[i] = basicLower;
                    reference.direction[i] = -1;
                }
                else
                {
                    final double previousUpper = reference.upper[i - 1];
                    final double previousLower = reference.lower[i - 1];
                    final double previousClose = close[i - 1];
                    reference.upper[i] = basicUpper < previousUpper || previousClose > previousUpper
                        ? basicUpper : previousUpper;
                    reference.lower[i] = basicLower > previousLower || previousClose < previousLower
                        ? basicLower : previousLower;
                    final double previousDirection = reference.direction[i - 1];
                    if (previousDirection > 0)
                    {
                        reference.direction[i] = close[i] < reference.lower[i] ? -1 : 1;
                    }
                    else
                    {
                        reference.direction[i] = close[i] > reference.upper[i] ? 1 : -1;
                    }
                }
                reference.supertrend[i] = reference.direction[i] > 0 ? reference.lower[i] : reference.upper[i];
            }
            return reference;
        }
    }
}
