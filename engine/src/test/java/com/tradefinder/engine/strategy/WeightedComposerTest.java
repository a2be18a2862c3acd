package com.tradefinder.engine.strategy;

import com.tradefinder.codecs.ExitReason;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.engine.strategy.RecordingContext.Request;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Two scripted members of weight 1 and 1 with threshold 1 (both must agree), bars around 100.00, tick 0.10.
 */
class WeightedComposerTest
{
    private static final Consumer<StrategyContext> NOTHING = context -> { };

    private final TestBars bars = new TestBars();
    private final RecordingContext context = new RecordingContext();
    private final ScriptedStrategy first = new ScriptedStrategy();
    private final ScriptedStrategy second = new ScriptedStrategy();
    private final WeightedComposer composer = new WeightedComposer(8, TestBars.INSTRUMENT, TestBars.TIMEFRAME_SEC,
        new Strategy[]{first, second}, new double[]{1.0, 1.0}, 1.0);

    @Test
    void shouldEnterWhenTheVotesReachTheThresholdWithTheWidestStop()
    {
        // arrange
        first.then(enter(PositionSide.LONG, 9500, 0));
        second.then(NOTHING).then(enter(PositionSide.LONG, 9700, 10500));

        // act + assert: one vote of two is not enough
        composer.onBar(bars.close(100.0), context);
        assertThat(context.drain()).isEmpty();
        assertThat(composer.stance()).isZero();

        // both LONG: enter at the close, the widest (lowest) stop, the only take-profit
        composer.onBar(bars.close(100.0), context);
        assertThat(context.drain()).containsExactly(Request.enter(PositionSide.LONG, 10000, 9500, 10500, 0));
        assertThat(composer.stance()).isOne();
    }

    @Test
    void shouldTrailToTheWidestAgreeingStopAndExitWhenAMemberExits()
    {
        // arrange
        first.then(enter(PositionSide.LONG, 9500, 0));
        second.then(enter(PositionSide.LONG, 9700, 0));
        composer.onBar(bars.close(100.0), context);
        context.fill(context.drain().get(0));

        // act + assert: the first member raises its stop to 98: the widest agreeing stop is now 97
        first.then(c -> c.moveStop(PositionSide.LONG, 9800));
        second.then(NOTHING);
        composer.onBar(bars.close(100.5), context);
        assertThat(context.drain()).containsExactly(Request.moveStop(PositionSide.LONG, 9700));

        // the second member exits: the majority is gone
        first.then(NOTHING);
        second.then(c -> c.exit(PositionSide.LONG, ExitReason.STRATEGY_EXIT));
        composer.onBar(bars.close(100.5), context);
        assertThat(context.drain()).containsExactly(Request.exit(PositionSide.LONG));
        assertThat(composer.stance()).isZero();
    }

    @Test
    void shouldExitAndReverseWhenTheVoteFlips()
    {
        // arrange
        first.then(enter(PositionSide.LONG, 9500, 0)).then(flip(10300));
        second.then(enter(PositionSide.LONG, 9700, 0)).then(flip(10400));
        composer.onBar(bars.close(100.0), context);
        context.fill(context.drain().get(0));

        // act
        composer.onBar(bars.close(100.0), context);

        // assert: out of the LONG, into a SHORT with the widest (highest) agreeing stop
        assertThat(context.drain()).containsExactly(Request.exit(PositionSide.LONG),
            Request.enter(PositionSide.SHORT, 10000, 10400, 0, 0));
        assertThat(composer.stance()).isEqualTo(-1);
    }

    @Test
    void shouldCloseAShadowPositionWhoseStopTheBarReached()
    {
        // arrange
        first.then(enter(PositionSide.LONG, 9900, 0));
        second.then(enter(PositionSide.LONG, 9700, 0));
        composer.onBar(bars.close(100.0), context);
        context.fill(context.drain().get(0));

        // act: the bar's low 98.50 reaches the first member's shadow stop 99
        composer.onBar(bars.next(99.5, 98.5, 99.0), context);

        // assert
        assertThat(context.drain()).containsExactly(Request.exit(PositionSide.LONG));
    }

    @Test
    void shouldNotEnterWhenItMayNotOpenNorChaseTheStanceLater()
    {
        // arrange
        context.mayOpen(false);
        first.then(enter(PositionSide.LONG, 9500, 0));
        second.then(enter(PositionSide.LONG, 9700, 0));

        // act + assert
        composer.onBar(bars.close(100.0), context);
        assertThat(context.drain()).isEmpty();
        assertThat(composer.stance()).isOne();
        context.mayOpen(true);
        composer.onBar(bars.close(100.0), context);
        assertThat(context.drain()).isEmpty();
    }

    @Test
    void shouldReportItsMembersAndHashTheirState()
    {
        // arrange
        final Map<String, String> parameters = new TreeMap<>();
        final WeightedComposer twin = new WeightedComposer(8, TestBars.INSTRUMENT, TestBars.TIMEFRAME_SEC,
            new Strategy[]{new ScriptedStrategy(), new ScriptedStrategy()}, new double[]{1.0, 1.0}, 1.0);

        // act
        composer.parameters(parameters);
        composer.onBar(bars.close(100.0), context);

        // assert
        assertThat(parameters).containsEntry("threshold", "1.0").containsEntry("member0.type", "scripted")
            .containsEntry("member1.weight", "1.0").containsEntry("member1.script", "test");
        assertThat(composer.stateHash(3L)).isNotEqualTo(twin.stateHash(3L));
        twin.onBar(bars.close(100.0), context);
        assertThat(composer.stateHash(3L)).isEqualTo(twin.stateHash(3L));
    }

    @Test
    void shouldRejectInconsistentMembersWeightsAndThreshold()
    {
        final Strategy[] members = {first, second};
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new WeightedComposer(8, TestBars.INSTRUMENT, 3600, members, new double[]{1.0}, 0.5))
            .withMessage("strategy weighted: parameter 'weights' must give one weight per member (2), got 1");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new WeightedComposer(8, TestBars.INSTRUMENT, 3600, members, new double[]{1, 1}, 1.5))
            .withMessage("strategy weighted: parameter 'threshold' must be greater than 0 and at most 1, got 1.5");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new WeightedComposer(8, TestBars.INSTRUMENT, 3600, members, new double[]{1, -1}, 0.5))
            .withMessageContaining("parameter 'weights' must be a finite number greater than 0");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new WeightedComposer(8, TestBars.INSTRUMENT + 1, 3600, members, new double[]{1, 1}, 0.5))
            .withMessageContaining("parameter 'members' must trade the composer's instrument");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> new WeightedComposer(8, TestBars.INSTRUMENT, 3600, new Strategy[0], new double[0], 0.5))
            .withMessage("strategy weighted: parameter 'members' must name at least one strategy, got none");
    }

    private static Consumer<StrategyContext> flip(final long shortStop)
    {
        return c ->
        {
            c.exit(PositionSide.LONG, ExitReason.STRATEGY_EXIT);
            c.enter(PositionSide.SHORT, 0, shortStop, 0, 0);
        };
    }

    private static Consumer<StrategyContext> enter(final PositionSide side, final long stop, final long takeProfit)
    {
        return c -> c.enter(side, 0, stop, takeProfit, 0);
    }
}
