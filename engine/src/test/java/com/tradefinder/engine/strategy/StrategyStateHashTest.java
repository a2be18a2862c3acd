package com.tradefinder.engine.strategy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replay determinism: the same bars give the same state hash; one different bar gives a different one.
 */
class StrategyStateHashTest
{
    private static final int BARS = 5_000;

    static Stream<Map.Entry<String, Supplier<Strategy>>> strategies()
    {
        return StrategyRun.catalogue().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("strategies")
    void shouldHashEqualInputsEquallyAndDifferentInputsDifferently(final Map.Entry<String, Supplier<Strategy>> entry)
    {
        // arrange
        final long[][] bars = StrategyRun.syntheticBars(BARS, 5L);
        final long[][] changed = StrategyRun.syntheticBars(BARS, 5L);
        changed[3][BARS - 1] += 5 * StrategyRun.TICK;
        final StrategyRun first = new StrategyRun(entry.getValue().get());
        final StrategyRun replay = new StrategyRun(entry.getValue().get());
        final StrategyRun other = new StrategyRun(entry.getValue().get());
        final long fresh = first.strategy().stateHash(17L);

        // act
        first.run(bars, 0, BARS);
        replay.run(bars, 0, BARS);
        other.run(changed, 0, BARS);

        // assert
        final long hash = first.strategy().stateHash(17L);
        assertThat(hash).isEqualTo(replay.strategy().stateHash(17L)).isNotEqualTo(fresh);
        assertThat(other.strategy().stateHash(17L)).isNotEqualTo(hash);
        assertThat(first.context().entries()).isEqualTo(replay.context().entries());
    }
}
