package com.tradefinder.engine.execution;

import com.tradefinder.codecs.OrderState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every one of the 64 (from, to) pairs against the table as the Javadoc draws it, typed here independently.
 */
class OrderTransitionsTest
{
    private static final OrderState[] STATES = {
        OrderState.PENDING_NEW, OrderState.NEW, OrderState.PARTIALLY_FILLED, OrderState.FILLED,
        OrderState.PENDING_CANCEL, OrderState.CANCELED, OrderState.REJECTED, OrderState.EXPIRED,
    };

    // columns: PENDING_NEW NEW PARTIALLY_FILLED FILLED PENDING_CANCEL CANCELED REJECTED EXPIRED
    private static final String[] EXPECTED = {
        ".YYYYYYY", // PENDING_NEW
        "..YYYY.Y", // NEW
        "..YYYY.Y", // PARTIALLY_FILLED
        "........", // FILLED
        "YYYYYYYY", // PENDING_CANCEL
        "........", // CANCELED
        "........", // REJECTED
        "........", // EXPIRED
    };

    static Stream<Arguments> allowed()
    {
        return pairs('Y');
    }

    static Stream<Arguments> refused()
    {
        return pairs('.');
    }

    @ParameterizedTest(name = "{0} -> {1} allowed")
    @MethodSource("allowed")
    void shouldAllowEveryTransitionOfTheTable(final OrderState from, final OrderState to)
    {
        assertThat(OrderTransitions.isAllowed(from, to)).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1} refused")
    @MethodSource("refused")
    void shouldRefuseEveryTransitionOutsideTheTable(final OrderState from, final OrderState to)
    {
        assertThat(OrderTransitions.isAllowed(from, to)).isFalse();
    }

    @Test
    void shouldCoverAllSixtyFourPairs()
    {
        assertThat(allowed().count() + refused().count()).isEqualTo(64);
        assertThat(allowed().count()).isEqualTo(25);
    }

    @Test
    void shouldRefuseNullAndNullValue()
    {
        for (final OrderState state : STATES)
        {
            assertThat(OrderTransitions.isAllowed(state, OrderState.NULL_VAL)).isFalse();
            assertThat(OrderTransitions.isAllowed(OrderState.NULL_VAL, state)).isFalse();
            assertThat(OrderTransitions.isAllowed(null, state)).isFalse();
            assertThat(OrderTransitions.isAllowed(state, null)).isFalse();
        }
    }

    @Test
    void shouldLeaveNoTransitionOutOfTerminalStates()
    {
        for (final OrderState from : STATES)
        {
            boolean any = false;
            for (final OrderState to : STATES)
            {
                any |= OrderTransitions.isAllowed(from, to);
            }
            assertThat(OrderTransitions.isTerminal(from)).as(from.name()).isEqualTo(!any);
        }
    }

    @Test
    void shouldCallOnlyUnpendingLiveStatesWorking()
    {
        final List<OrderState> working = new ArrayList<>();
        for (final OrderState state : STATES)
        {
            if (OrderTransitions.isWorking(state))
            {
                working.add(state);
            }
        }
        assertThat(working).containsExactly(OrderState.PENDING_NEW, OrderState.NEW, OrderState.PARTIALLY_FILLED);
        assertThat(OrderTransitions.isWorking(OrderState.NULL_VAL)).isFalse();
    }

    private static Stream<Arguments> pairs(final char mark)
    {
        final List<Arguments> pairs = new ArrayList<>();
        for (int from = 0; from < STATES.length; from++)
        {
            for (int to = 0; to < STATES.length; to++)
            {
                if (EXPECTED[from].charAt(to) == mark)
                {
                    pairs.add(Arguments.of(STATES[from], STATES[to]));
                }
            }
        }
        return pairs.stream();
    }
}
