package com.tradefinder.engine.strategy;

import com.tradefinder.codecs.OrderRole;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.engine.strategy.RecordingContext.Request;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A grid of 2 levels a side, spacing 1% of the mid, Donchian range of 3 bars, stop 3% of the mid (at least ATR(2)):
 * <pre>
 * bars (high, low, close): 102 98 100 / 101 99 100 / 101.5 98.5 100.3
 * range 98 to 102, mid 100, spacing 1, n = min(2, floor(2 / 1)) = 2; ATR(2) (2 + 3) / 2 = 2.5, buffer max(3, 2.5) = 3
 * buy 99 (take-profit 100) and 98 (take-profit 99), both stopped at 98 - 3 = 95
 * sell 101 (take-profit 100) and 102 (take-profit 101), both stopped at 102 + 3 = 105
 * break bounds 98 - 3 = 95 and 102 + 3 = 105
 * </pre>
 */
class GridStrategyTest
{
    private static final List<Request> GRID = List.of(
        Request.enter(PositionSide.LONG, 9900, 9500, 10000, 1),
        Request.enter(PositionSide.SHORT, 10100, 10500, 10000, 1),
        Request.enter(PositionSide.LONG, 9800, 9500, 9900, 2),
        Request.enter(PositionSide.SHORT, 10200, 10500, 10100, 2));

    private final TestBars bars = new TestBars();
    private final RecordingContext context = new RecordingContext();
    private final GridStrategy strategy =
        new GridStrategy(5, TestBars.INSTRUMENT, TestBars.TIMEFRAME_SEC, 2, 1.0, 3, 3.0, 2, true);

    @Test
    void shouldLayOutOneEntryPerLevelWithItsStopAndTakeProfit()
    {
        // act
        layOut();

        // assert
        assertThat(context.drain()).containsExactlyElementsOf(GRID);
        assertThat(strategy.phase()).isEqualTo(GridStrategy.Phase.ACTIVE);
    }

    @Test
    void shouldPlaceALevelAgainAfterItsTakeProfit()
    {
        // arrange
        layOut();
        context.drain();
        context.workingEntries(3).hold(PositionSide.LONG, 9900, 9500);
        strategy.onFill(OrderRole.ENTRY, PositionSide.LONG, 9900, 1_000, 1, 0L, context);
        context.flat(PositionSide.LONG);
        strategy.onFill(OrderRole.TAKE_PROFIT, PositionSide.LONG, 10000, 1_000, 1, 0L, context);

        // act
        strategy.onBar(bars.next(100.8, 100.2, 100.5), context);

        // assert: only buy level 1 is idle again; the others still work
        assertThat(context.drain()).containsExactly(Request.enter(PositionSide.LONG, 9900, 9500, 10000, 1));
    }

    @Test
    void shouldNotPlaceLevelsOnTheWrongSideOfTheClose()
    {
        // arrange
        layOut();
        context.drain();
        context.workingEntries(0);

        // act: at 98.5 buy level 1 (99) and both sell levels lie above the close; only buy level 2 (98) is below
        strategy.onBar(bars.next(99.0, 98.2, 98.5), context);

        // assert
        assertThat(context.drain()).containsExactly(
            Request.enter(PositionSide.SHORT, 10100, 10500, 10000, 1),
            Request.enter(PositionSide.LONG, 9800, 9500, 9900, 2),
            Request.enter(PositionSide.SHORT, 10200, 10500, 10100, 2));
    }

    @Test
    void shouldDissolveWhenTheCloseLeavesTheRangeAndLayOutAgainAfterItResets()
    {
        // arrange
        layOut();
        context.drain();
        context.workingEntries(2).hold(PositionSide.LONG, 9850, 9500);

        // act + assert: 94.90 is below the break bound 95
        strategy.onBar(bars.next(95.5, 94.5, 94.9), context);
        assertThat(context.drain()).containsExactly(Request.cancelEntries(), Request.exit(PositionSide.LONG));
        assertThat(strategy.phase()).isEqualTo(GridStrategy.Phase.COOLDOWN);

        // three bars of cool-down (the range lookback), then a fresh range
        context.workingEntries(0).flat(PositionSide.LONG);
        strategy.onBar(bars.next(96.0, 94.0, 95.0), context);
        strategy.onBar(bars.next(96.5, 94.5, 95.2), context);
        strategy.onBar(bars.next(95.8, 94.2, 95.0), context);
        assertThat(context.drain()).isEmpty();
        assertThat(strategy.phase()).isEqualTo(GridStrategy.Phase.FLAT);

        // range 94 to 96.5, mid 95.25, spacing 0.9525: one level a side
        strategy.onBar(bars.next(96.0, 94.0, 95.1), context);
        final List<Request> grid = context.drain();
        assertThat(grid).extracting(Request::side).containsExactly(PositionSide.LONG, PositionSide.SHORT);
        assertThat(grid).extracting(Request::tag).containsExactly(1, 1);
        assertThat(grid.get(0).stop()).isLessThan(grid.get(0).limit());
        assertThat(grid.get(1).stop()).isGreaterThan(grid.get(1).limit());
        assertThat(grid).allSatisfy(request -> assertThat(request.stop() % 10).isZero());
    }

    @Test
    void shouldDissolveOnAStopLoss()
    {
        // arrange
        layOut();
        context.drain();
        context.workingEntries(2).hold(PositionSide.SHORT, 10100, 10500);

        // act
        strategy.onFill(OrderRole.STOP_LOSS, PositionSide.LONG, 9500, 1_000, 2, 0L, context);

        // assert
        assertThat(context.drain()).containsExactly(Request.cancelEntries(), Request.exit(PositionSide.SHORT));
        assertThat(strategy.phase()).isEqualTo(GridStrategy.Phase.COOLDOWN);
    }

    @Test
    void shouldNotLayOutWhenItMayNotOpenAndWithdrawWhenItMustStop()
    {
        // arrange + act: not allowed while the range forms
        context.mayOpen(false);
        layOut();

        // assert
        assertThat(context.drain()).isEmpty();
        assertThat(strategy.phase()).isEqualTo(GridStrategy.Phase.FLAT);

        // allowed: laid out; then closed with a LONG held: entries withdrawn, the grid kept for what it holds
        context.mayOpen(true);
        strategy.onBar(bars.next(102, 98, 100.3), context);
        assertThat(context.drain()).extracting(Request::tag).containsExactly(1, 1, 2, 2);
        context.mayOpen(false).workingEntries(3).hold(PositionSide.LONG, 9900, 9500);
        strategy.onBar(bars.next(100.5, 99.5, 100.0), context);
        assertThat(context.drain()).containsExactly(Request.cancelEntries());
        assertThat(strategy.phase()).isEqualTo(GridStrategy.Phase.ACTIVE);

        // flat again: the grid is forgotten
        context.workingEntries(0).flat(PositionSide.LONG);
        strategy.onBar(bars.next(100.5, 99.5, 100.0), context);
        assertThat(context.drain()).isEmpty();
        assertThat(strategy.phase()).isEqualTo(GridStrategy.Phase.FLAT);
    }

    @Test
    void shouldLayOutBuyLevelsOnlyWithoutShorts()
    {
        // arrange
        final GridStrategy longOnly =
            new GridStrategy(6, TestBars.INSTRUMENT, TestBars.TIMEFRAME_SEC, 2, 1.0, 3, 3.0, 2, false);

        // act
        longOnly.onBar(bars.next(102, 98, 100), context);
        longOnly.onBar(bars.next(101, 99, 100), context);
        longOnly.onBar(bars.next(101.5, 98.5, 100.3), context);

        // assert
        assertThat(context.drain()).containsExactly(GRID.get(0), GRID.get(2));
    }

    private void layOut()
    {
        strategy.onBar(bars.next(102, 98, 100), context);
        strategy.onBar(bars.next(101, 99, 100), context);
        strategy.onBar(bars.next(101.5, 98.5, 100.3), context);
    }
}
