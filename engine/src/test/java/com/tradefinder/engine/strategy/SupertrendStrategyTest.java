package com.tradefinder.engine.strategy;

import com.tradefinder.codecs.PositionSide;
import com.tradefinder.engine.strategy.RecordingContext.Request;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Supertrend(ATR 2, multiplier 1) over the bars worked by hand in {@code SupertrendTest}: ready on bar 2 pointing
 * down at 13; bar 3 flips up with the line at 11; bar 4 stays up, line 12.5; bar 5 flips down, line 15.25; bar 6
 * stays down, line 13.625. Prices at exponent -2, tick 0.10.
 */
class SupertrendStrategyTest
{
    private static final double[][] BARS = {
        {10, 8, 9}, {11, 9, 10}, {12, 10, 11}, {15, 13, 14.5}, {15, 14, 14.5}, {14, 10, 11}, {12, 10, 11.5}};

    private final TestBars bars = new TestBars();
    private final RecordingContext context = new RecordingContext();
    private final SupertrendStrategy strategy =
        new SupertrendStrategy(1, TestBars.INSTRUMENT, TestBars.TIMEFRAME_SEC, 2, 1.0);

    @Test
    void shouldEnterOnFlipsTrailTheStopAndExitOnTheOppositeFlip()
    {
        // arrange
        feed(0, 2);
        assertThat(context.drain()).as("no flip yet: the first defined direction is not a flip").isEmpty();

        // act + assert: flip up enters LONG with the line (11) as stop
        feed(3, 3);
        final java.util.List<Request> flipUp = context.drain();
        assertThat(flipUp).containsExactly(Request.enter(PositionSide.LONG, 1450, 1100, 0, 0));
        context.fill(flipUp.get(0));

        // still up: the stop trails to the line 12.5
        feed(4, 4);
        assertThat(context.drain()).containsExactly(Request.moveStop(PositionSide.LONG, 1250));

        // flip down: exit the LONG, enter SHORT at 11 with the line 15.25 snapped up to 15.30
        feed(5, 5);
        final java.util.List<Request> flipDown = context.drain();
        assertThat(flipDown).containsExactly(
            Request.exit(PositionSide.LONG), Request.enter(PositionSide.SHORT, 1100, 1530, 0, 0));
        context.flat(PositionSide.LONG).fill(flipDown.get(1));

        // still down: the stop trails down to 13.625, rounded to 13.63 then snapped up to 13.70
        feed(6, 6);
        assertThat(context.drain()).containsExactly(Request.moveStop(PositionSide.SHORT, 1370));
    }

    @Test
    void shouldOnlyTightenTheStop()
    {
        // arrange: the held LONG already has a stop above the line of bar 4 (12.5)
        feed(0, 3);
        context.drain();
        context.hold(PositionSide.LONG, 1450, 1300);

        // act
        feed(4, 4);

        // assert
        assertThat(context.drain()).isEmpty();
    }

    @Test
    void shouldNotEnterWhenItMayNotOpenButStillManageWhatItHolds()
    {
        // arrange
        context.mayOpen(false);
        feed(0, 2);

        // act + assert: the flip up opens nothing
        feed(3, 3);
        assertThat(context.drain()).isEmpty();

        // a LONG held from before still trails and is exited on the flip down, with no SHORT opened
        context.hold(PositionSide.LONG, 1450, 1100);
        feed(4, 4);
        assertThat(context.drain()).containsExactly(Request.moveStop(PositionSide.LONG, 1250));
        feed(5, 5);
        assertThat(context.drain()).containsExactly(Request.exit(PositionSide.LONG));
    }

    @Test
    void shouldCancelStaleEntriesOnAFlipAndWhenClosedForEntries()
    {
        // arrange
        feed(0, 4);
        context.drain();
        context.workingEntries(1);

        // act + assert: the flip down cancels the working entry before entering SHORT
        feed(5, 5);
        assertThat(context.drain()).containsExactly(
            Request.cancelEntries(), Request.enter(PositionSide.SHORT, 1100, 1530, 0, 0));

        // no longer allowed to open: the working entry is withdrawn
        context.mayOpen(false);
        feed(6, 6);
        assertThat(context.drain()).containsExactly(Request.cancelEntries());
    }

    @Test
    void shouldFoldItsStateIntoTheHash()
    {
        // arrange
        final SupertrendStrategy twin = new SupertrendStrategy(1, TestBars.INSTRUMENT, TestBars.TIMEFRAME_SEC, 2, 1.0);
        final long fresh = strategy.stateHash(7L);

        // act
        feed(0, 3);
        final TestBars otherBars = new TestBars();
        for (int i = 0; i <= 3; i++)
        {
            twin.onBar(otherBars.next(BARS[i][0], BARS[i][1], BARS[i][2]), new RecordingContext());
        }

        // assert
        assertThat(strategy.stateHash(7L)).isEqualTo(twin.stateHash(7L)).isNotEqualTo(fresh);
        twin.onBar(otherBars.next(15, 14, 14.5), new RecordingContext());
        assertThat(strategy.stateHash(7L)).isNotEqualTo(twin.stateHash(7L));
    }

    private void feed(final int from, final int to)
    {
        for (int i = from; i <= to; i++)
        {
            strategy.onBar(bars.next(BARS[i][0], BARS[i][1], BARS[i][2]), context);
        }
    }
}
