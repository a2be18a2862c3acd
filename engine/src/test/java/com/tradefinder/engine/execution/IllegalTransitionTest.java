package com.tradefinder.engine.execution;

import com.tradefinder.codecs.OrderState;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.RejectReason;
import org.junit.jupiter.api.Test;

import static com.tradefinder.engine.execution.Fixture.INSTRUMENT;
import static com.tradefinder.engine.execution.Fixture.STRATEGY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Inbound events the table refuses are rejects (counted, published as ILLEGAL_TRANSITION, the order unchanged);
 * a transition the engine itself asks for that the table refuses throws.
 */
class IllegalTransitionTest
{
    private final Fixture f = new Fixture();

    private long canceledEntry()
    {
        final long id = f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 10_000, 9_500, 0, 10, 10_000, 0,
            100);
        f.accept(1, 101);
        f.manager.cancelEntries(STRATEGY, INSTRUMENT, 102);
        f.cancelConfirmed(1, 103);
        f.clear();
        return id;
    }

    @Test
    void shouldRefuseAFillForACanceledOrder()
    {
        final long id = canceledEntry();
        final long hash = f.manager.stateHash(0);

        f.fill(1, 10_000, 10, 0, 200);

        assertThat(f.commands.updates).containsExactly("#1 CANCELED->FILLED ILLEGAL_TRANSITION");
        assertThat(f.commands.sent).isEmpty();
        assertThat(f.listener.events).isEmpty();
        assertThat(f.manager.order(id).state()).isEqualTo(OrderState.CANCELED);
        assertThat(f.manager.order(id).filledSizeMantissa()).isZero();
        assertThat(f.manager.protectedSize(STRATEGY, INSTRUMENT, PositionSide.LONG)).isZero();
        assertThat(f.manager.illegalTransitions()).isEqualTo(1);
        assertThat(f.manager.stateHash(0)).isNotEqualTo(hash);
    }

    @Test
    void shouldRefuseEveryEventForATerminalOrder()
    {
        final long id = canceledEntry();

        f.manager.onAccepted(f.events.accepted(id, INSTRUMENT, 200));
        f.manager.onCanceled(f.events.canceled(id, INSTRUMENT, 201));
        f.manager.onExpired(f.events.expired(id, INSTRUMENT, 202));
        f.manager.onRejected(f.events.rejected(id, INSTRUMENT, RejectReason.MIN_NOTIONAL, 203));
        f.fill(1, 10_000, 3, 7, 204);

        assertThat(f.commands.updates).containsExactly("#1 CANCELED->NEW ILLEGAL_TRANSITION",
            "#1 CANCELED->CANCELED ILLEGAL_TRANSITION", "#1 CANCELED->EXPIRED ILLEGAL_TRANSITION",
            "#1 CANCELED->REJECTED ILLEGAL_TRANSITION", "#1 CANCELED->PARTIALLY_FILLED ILLEGAL_TRANSITION");
        assertThat(f.manager.illegalTransitions()).isEqualTo(5);
        assertThat(f.manager.order(id).state()).isEqualTo(OrderState.CANCELED);
        assertThat(f.listener.events).isEmpty();
    }

    @Test
    void shouldRefuseAnAckForAnUnknownIdOrAnotherBot()
    {
        f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 10_000, 9_500, 0, 10, 10_000, 0, 100);

        f.manager.onAccepted(f.events.accepted(ClientOrderIds.compose(ExecutionEvents.BOT, 1, 999), INSTRUMENT, 101));
        f.events.bot(ExecutionEvents.BOT + 1);
        f.manager.onAccepted(f.events.accepted(f.id(1), INSTRUMENT, 102));

        assertThat(f.commands.updates).containsExactly("#999 NULL_VAL->NEW ILLEGAL_TRANSITION",
            "#1 NULL_VAL->NEW ILLEGAL_TRANSITION");
        assertThat(f.order(1).state()).isEqualTo(OrderState.PENDING_NEW);
        assertThat(f.manager.illegalTransitions()).isEqualTo(2);
    }

    @Test
    void shouldRefuseASecondAckAndAnAckAfterAFill()
    {
        f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 10_000, 9_500, 0, 10, 10_000, 0, 100);
        f.manager.submitEntry(STRATEGY, f.spec, PositionSide.SHORT, 10_000, 10_500, 0, 10, 10_000, 0, 100);
        f.accept(1, 101);
        f.fill(2, 10_000, 4, 6, 101);
        f.clear();

        f.accept(1, 102);
        f.accept(2, 103);
        f.manager.cancelEntries(STRATEGY, INSTRUMENT, 104);
        f.accept(1, 105);

        assertThat(f.commands.updates).containsExactly("#1 NEW->NEW ILLEGAL_TRANSITION",
            "#2 PARTIALLY_FILLED->NEW ILLEGAL_TRANSITION", "#1 NEW->PENDING_CANCEL",
            "#2 PARTIALLY_FILLED->PENDING_CANCEL", "#1 PENDING_CANCEL->NEW ILLEGAL_TRANSITION");
        assertThat(f.order(1).state()).isEqualTo(OrderState.PENDING_CANCEL);
        assertThat(f.manager.illegalTransitions()).isEqualTo(3);
    }

    @Test
    void shouldRefuseAnOverfillAndAnEmptyFill()
    {
        f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 10_000, 9_500, 0, 10, 10_000, 0, 100);
        f.fill(1, 10_000, 6, 4, 101);
        f.clear();

        f.fill(1, 10_000, 5, 0, 102);
        f.fill(1, 10_000, 0, 4, 103);

        assertThat(f.commands.updates).containsExactly("#1 PARTIALLY_FILLED->FILLED ILLEGAL_TRANSITION",
            "#1 PARTIALLY_FILLED->PARTIALLY_FILLED ILLEGAL_TRANSITION");
        assertThat(f.order(1).filledSizeMantissa()).isEqualTo(6);
        assertThat(f.manager.protectedSize(STRATEGY, INSTRUMENT, PositionSide.LONG)).isEqualTo(6);
        assertThat(f.commands.sent).isEmpty();
        assertThat(f.manager.illegalTransitions()).isEqualTo(2);
    }

    @Test
    void shouldRefuseAnEventNamingTheWrongInstrument()
    {
        f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 10_000, 9_500, 0, 10, 10_000, 0, 100);

        f.manager.onCanceled(f.events.canceled(f.id(1), INSTRUMENT + 1, 101));

        assertThat(f.commands.updates).containsExactly("#1 PENDING_NEW->CANCELED ILLEGAL_TRANSITION");
        assertThat(f.order(1).state()).isEqualTo(OrderState.PENDING_NEW);
    }

    @Test
    void shouldRefuseARejectOfAWorkingOrder()
    {
        f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 10_000, 9_500, 0, 10, 10_000, 0, 100);
        f.accept(1, 101);
        f.clear();

        f.manager.onRejected(f.events.rejected(f.id(1), INSTRUMENT, RejectReason.PRICE_TICK, 102));

        assertThat(f.commands.updates).containsExactly("#1 NEW->REJECTED ILLEGAL_TRANSITION");
        assertThat(f.listener.events).isEmpty();
        assertThat(f.order(1).state()).isEqualTo(OrderState.NEW);
    }

    @Test
    void shouldStillRefuseEventsForOrdersLongSinceReused()
    {
        final Fixture small = new Fixture(Fixture.settings(), OrderManager.ENTRY_HEADROOM);
        for (int i = 1; i <= 6; i++)
        {
            small.manager.submitEntry(STRATEGY, small.spec, PositionSide.LONG, 10_000, 9_500, 0, 1, 10_000, 0, i);
            small.manager.onRejected(small.events.rejected(small.id(i), INSTRUMENT, RejectReason.MIN_NOTIONAL, i));
        }
        small.commands.clear();

        small.manager.onCanceled(small.events.canceled(small.id(1), INSTRUMENT, 10));
        small.manager.onCanceled(small.events.canceled(small.id(6), INSTRUMENT, 11));

        assertThat(small.manager.order(small.id(1))).isNull();
        assertThat(small.commands.updates).containsExactly("#1 NULL_VAL->CANCELED ILLEGAL_TRANSITION",
            "#6 REJECTED->CANCELED ILLEGAL_TRANSITION");
    }

    @Test
    void shouldThrowWhenTheEngineItselfAsksForAnIllegalTransition()
    {
        f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 10_000, 9_500, 0, 10, 10_000, 0, 100);
        f.accept(1, 101);
        final Order order = f.order(1);
        f.clear();

        assertThatThrownBy(() -> f.manager.transition(order, OrderState.PENDING_NEW, 102, RejectReason.NONE))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("NEW -> PENDING_NEW");
        f.cancelConfirmed(1, 103);
        assertThatThrownBy(() -> f.manager.transition(order, OrderState.PENDING_CANCEL, 104, RejectReason.NONE))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("CANCELED -> PENDING_CANCEL");

        assertThat(order.state()).isEqualTo(OrderState.CANCELED);
        assertThat(f.commands.updates).containsExactly("#1 NEW->CANCELED");
        assertThat(f.manager.illegalTransitions()).isZero();
    }

    @Test
    void shouldThrowOnEntriesThatBreakTheContract()
    {
        assertThatThrownBy(() -> f.manager.submitEntry(STRATEGY, f.spec, PositionSide.BOTH, 10_000, 9_500, 0, 10,
            10_000, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 10_000, 0, 0, 10,
            10_000, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 10_000, 9_500, 0, 0,
            10_000, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> f.manager.submitEntry(256, f.spec, PositionSide.LONG, 10_000, 9_500, 0, 1,
            10_000, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> f.manager.moveStop(STRATEGY, INSTRUMENT, PositionSide.LONG, 0, 1))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ExecutionSettings().maxReprices(-1).validate())
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(f.commands.sent).isEmpty();
    }
}
