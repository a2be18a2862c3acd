package com.tradefinder.engine.strategy;

import com.tradefinder.codecs.PositionSide;
import com.tradefinder.engine.strategy.RecordingContext.Request;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SMA(2) against SMA(3), ATR(2), stop 1 ATR, over bars 0.5 either side of their close:
 * <pre>
 * closes 10 10 10 10: both averages 10, no cross; ATR 1 (true ranges of 1)
 * close 13: SMA2 11.5 above SMA3 11, both were 10 → cross up; TR max(1, 3.5, 2.5) = 3.5 → ATR (1 + 3.5) / 2 = 2.25
 *           LONG at 13.00, stop 13 - 2.25 = 10.75 snapped down to 10.70
 * close 13: SMA2 13, SMA3 12, no cross; ATR (2.25 + 1) / 2 = 1.625
 * close 7:  SMA2 10 below SMA3 11 → cross down; TR max(1, 5.5, 6.5) = 6.5 → ATR (1.625 + 6.5) / 2 = 4.0625
 *           exit LONG; SHORT at 7.00, stop 7 + 4.0625 = 11.0625 → 11.06 snapped up to 11.10
 * </pre>
 */
class MaCrossoverStrategyTest
{
    private final TestBars bars = new TestBars();
    private final RecordingContext context = new RecordingContext();
    private final MaCrossoverStrategy strategy =
        new MaCrossoverStrategy(2, TestBars.INSTRUMENT, TestBars.TIMEFRAME_SEC, 2, 3, "sma", 2, 1.0);

    @Test
    void shouldEnterOnCrossesAndExitTheOppositeSide()
    {
        // arrange
        feed(10, 10, 10, 10);
        assertThat(context.drain()).isEmpty();

        // act + assert
        feed(13);
        final List<Request> up = context.drain();
        assertThat(up).containsExactly(Request.enter(PositionSide.LONG, 1300, 1070, 0, 0));
        context.fill(up.get(0));

        feed(13);
        assertThat(context.drain()).isEmpty();

        feed(7);
        assertThat(context.drain()).containsExactly(
            Request.exit(PositionSide.LONG), Request.enter(PositionSide.SHORT, 700, 1110, 0, 0));
    }

    @Test
    void shouldNotEnterWhenItMayNotOpenButStillExit()
    {
        // arrange
        context.mayOpen(false);
        feed(10, 10, 10, 10);

        // act + assert
        feed(13);
        assertThat(context.drain()).isEmpty();
        context.hold(PositionSide.LONG, 1300, 1070);
        feed(13, 7);
        assertThat(context.drain()).containsExactly(Request.exit(PositionSide.LONG));
    }

    @Test
    void shouldTradeExponentialAveragesToo()
    {
        // arrange
        final MaCrossoverStrategy ema =
            new MaCrossoverStrategy(3, TestBars.INSTRUMENT, TestBars.TIMEFRAME_SEC, 2, 3, "ema", 2, 1.0);

        // act
        for (final double close : new double[]{10, 10, 10, 10, 13})
        {
            ema.onBar(bars.close(close), context);
        }

        // assert: EMA2 = 12 and EMA3 = 11.5 after 13, from 10 and 10: cross up
        assertThat(context.drain()).containsExactly(Request.enter(PositionSide.LONG, 1300, 1070, 0, 0));
    }

    private void feed(final double... closes)
    {
        for (final double close : closes)
        {
            strategy.onBar(bars.close(close), context);
        }
    }
}
