package com.tradefinder.engine.strategy;

import com.tradefinder.codecs.PositionSide;
import com.tradefinder.engine.strategy.RecordingContext.Request;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bollinger(3, 1 deviation), RSI(2) with 30 / 70, ATR(2), stop 1 ATR, over bars 0.5 either side of their close:
 * <pre>
 * close  lower / middle / upper      RSI     ATR
 * 10     -                           -       -
 * 11     -                           -       -
 * 10      9.862 / 10.333 / 10.805   50      1.5
 * 11     10.195 / 10.667 / 11.138   75      1.5     11 below the upper band: no SHORT
 *  8      8.419 /  9.667 / 10.914   18.75   2.5     8 under the lower band, RSI under 30: LONG, stop 8 - 2.5 = 5.50
 *  9      8.086 /  9.333 / 10.581   45.8    2.0     below the mean: hold
 * 10      8.184 /  9     /  9.816   67.5    1.75    at or above the mean: exit LONG
 * 13      8.967 / 10.667 / 12.366   90.4    2.625   above the upper band, RSI over 70: SHORT, stop 13 + 2.625
 *                                                   = 15.625, rounded to 15.63, snapped up to 15.70
 * </pre>
 */
class MeanReversionStrategyTest
{
    private final TestBars bars = new TestBars();
    private final RecordingContext context = new RecordingContext();
    private final MeanReversionStrategy strategy = new MeanReversionStrategy(
        3, TestBars.INSTRUMENT, TestBars.TIMEFRAME_SEC, 3, 1.0, 2, 30.0, 70.0, 2, 1.0);

    @Test
    void shouldFadeTheBandsAndExitAtTheMean()
    {
        // arrange
        feed(10, 11, 10, 11);
        assertThat(context.drain()).isEmpty();

        // act + assert
        feed(8);
        final List<Request> buy = context.drain();
        assertThat(buy).containsExactly(Request.enter(PositionSide.LONG, 800, 550, 0, 0));
        context.fill(buy.get(0));

        feed(9);
        assertThat(context.drain()).isEmpty();

        feed(10);
        assertThat(context.drain()).containsExactly(Request.exit(PositionSide.LONG));
        context.flat(PositionSide.LONG);

        feed(13);
        assertThat(context.drain()).containsExactly(Request.enter(PositionSide.SHORT, 1300, 1570, 0, 0));
    }

    @Test
    void shouldNotOpenWhileHoldingOrWorkingOrClosed()
    {
        // arrange
        feed(10, 11, 10, 11);
        context.workingEntries(1);

        // act + assert: an entry still works, nothing new
        feed(8);
        assertThat(context.drain()).isEmpty();

        // not allowed to open: the working entry is withdrawn and the SHORT setup opens nothing
        context.mayOpen(false);
        feed(9, 10);
        assertThat(context.drain()).containsExactly(Request.cancelEntries(), Request.cancelEntries());
        context.workingEntries(0).hold(PositionSide.SHORT, 1400, 1500);
        feed(13);
        assertThat(context.drain()).isEmpty();
    }

    @Test
    void shouldExitAShortAtTheMeanEvenWhenClosedForEntries()
    {
        // arrange
        feed(10, 11, 10, 11, 8, 9, 10, 13);
        context.drain();
        context.mayOpen(false).hold(PositionSide.SHORT, 1300, 1570);

        // act: 10 is at or below the mean of 10, 13, 10 (11)
        feed(10);

        // assert
        assertThat(context.drain()).containsExactly(Request.exit(PositionSide.SHORT));
    }

    private void feed(final double... closes)
    {
        for (final double close : closes)
        {
            strategy.onBar(bars.close(close), context);
        }
    }
}
