package com.tradefinder.engine.strategy;

import com.tradefinder.codecs.PositionSide;
import com.tradefinder.engine.strategy.RecordingContext.Request;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bollinger(4, 1 deviation) against Keltner(EMA 4, ATR 4, 1 ATR); ATR(2) stop of 1 ATR; take-profit 2R; volume
 * at least 1.5 times the average of the previous 2 bars. Bars 0.5 either side of their close:
 * <pre>
 * bars 0-7: closes 100.0 / 100.2 alternating, volume 10: Bollinger 100.0 / 100.1 / 100.2 lies inside Keltner
 *           (about 99.1 / 100.1 / 101.1) from bar 4, when Keltner is defined: a squeeze of 4 bars
 * bar 8:    close 104, volume 40: Bollinger 99.42 / 101.1 / 102.78, Keltner 99.85 / 101.67 / 103.50; the lower
 *           band left the channel: released; 104 above 102.78 with volume 40 ≥ 15: LONG at 104.00;
 *           ATR(2) 2.65 → stop 101.35 snapped down to 101.30; risk 2.70 → take-profit 104 + 5.40 = 109.40
 * bar 9:    close 104.2, middle 102.1: hold
 * bar 10:   close 101, middle 102.35: exit
 * </pre>
 */
class SqueezeBreakoutStrategyTest
{
    private final TestBars bars = new TestBars();
    private final RecordingContext context = new RecordingContext();
    private final SqueezeBreakoutStrategy strategy = new SqueezeBreakoutStrategy(
        4, TestBars.INSTRUMENT, TestBars.TIMEFRAME_SEC, 4, 1.0, 4, 1.0, 2, 2, 1.5, 1.0, 2.0);

    @Test
    void shouldBreakOutOfASqueezeWithVolumeAndExitAtTheMiddleBand()
    {
        // arrange
        squeeze();
        assertThat(context.drain()).isEmpty();

        // act + assert
        bar(104.0, 40);
        final List<Request> breakout = context.drain();
        assertThat(breakout).containsExactly(Request.enter(PositionSide.LONG, 10400, 10130, 10940, 0));
        context.fill(breakout.get(0));

        bar(104.2, 10);
        assertThat(context.drain()).isEmpty();

        bar(101.0, 10);
        assertThat(context.drain()).containsExactly(Request.exit(PositionSide.LONG));
    }

    @Test
    void shouldBreakDownToo()
    {
        // arrange
        squeeze();

        // act: Bollinger 97.44 / 99.15 / 100.86 against Keltner 96.68 / 98.55 / 100.43 → released; ATR(2) 2.75
        bar(96.2, 40);

        // assert: stop 96.2 + 2.75 = 98.95 snapped up to 99.00; risk 2.80 → take-profit 96.20 - 5.60 = 90.60
        assertThat(context.drain()).containsExactly(Request.enter(PositionSide.SHORT, 9620, 9900, 9060, 0));
    }

    @Test
    void shouldNotBreakOutWithoutVolume()
    {
        // arrange
        squeeze();

        // act: 14 is under 1.5 times 10
        bar(104.0, 14);

        // assert
        assertThat(context.drain()).isEmpty();
    }

    @Test
    void shouldNotBreakOutWhenItMayNotOpen()
    {
        // arrange
        squeeze();
        context.mayOpen(false);

        // act
        bar(104.0, 40);

        // assert
        assertThat(context.drain()).isEmpty();
    }

    @Test
    void shouldLeaveOutTheTakeProfitWhenItsMultipleIsZero()
    {
        // arrange
        final SqueezeBreakoutStrategy noTarget = new SqueezeBreakoutStrategy(
            5, TestBars.INSTRUMENT, TestBars.TIMEFRAME_SEC, 4, 1.0, 4, 1.0, 2, 2, 1.5, 1.0, 0.0);
        for (int i = 0; i < 8; i++)
        {
            noTarget.onBar(next(i % 2 == 0 ? 100.0 : 100.2, 10), context);
        }

        // act
        noTarget.onBar(next(104.0, 40), context);

        // assert
        assertThat(context.drain()).containsExactly(Request.enter(PositionSide.LONG, 10400, 10130, 0, 0));
    }

    private void squeeze()
    {
        for (int i = 0; i < 8; i++)
        {
            bar(i % 2 == 0 ? 100.0 : 100.2, 10);
        }
    }

    private void bar(final double close, final double volume)
    {
        strategy.onBar(next(close, volume), context);
    }

    private BarClose next(final double close, final double volume)
    {
        return bars.next(close, close + 0.5, close - 0.5, close, volume);
    }
}
