package com.tradefinder.engine.execution;

import com.tradefinder.codecs.OrderState;
import com.tradefinder.codecs.OrderType;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.RejectReason;
import org.junit.jupiter.api.Test;

import static com.tradefinder.engine.execution.Fixture.INSTRUMENT;
import static com.tradefinder.engine.execution.Fixture.STRATEGY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entries stepped by hand with explicit event times: fills and the stop that follows them, rejects, market entries,
 * cancels racing fills and refused cancels.
 */
class EntryLifecycleTest
{
    private final Fixture f = new Fixture();

    @Test
    void shouldProtectAPartialFillAndResizeTheStopOnTheFullFill()
    {
        // arrange / act: limit entry, ack, partial fill
        final long entryId = f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 10_000, 9_500, 0, 10,
            10_000, 9, 100);
        f.accept(1, 110);
        f.fill(1, 10_000, 4, 6, 120);

        // assert: a stop for the 4 filled
        assertThat(entryId).isEqualTo(f.id(1));
        assertThat(f.commands.sent).containsExactly(
            "new #1 ENTRY LIMIT BUY LONG price=10000 stop=0 size=10 reduceOnly=false",
            "new #2 STOP_LOSS STOP_MARKET SELL LONG price=0 stop=9500 size=4 reduceOnly=false");
        assertThat(f.commands.updates).containsExactly("#1 PENDING_NEW->NEW", "#1 NEW->PARTIALLY_FILLED");
        assertThat(f.manager.protectedSize(STRATEGY, INSTRUMENT, PositionSide.LONG)).isEqualTo(4);
        assertThat(f.manager.stopPrice(STRATEGY, INSTRUMENT, PositionSide.LONG)).isEqualTo(9_500);

        // act: the stop is acknowledged, the entry fills the rest
        f.accept(2, 130);
        f.clear();
        f.fill(1, 9_990, 6, 0, 140);

        // assert: a stop for all 10 first, then the cancel of the one for 4
        assertThat(f.commands.sent).containsExactly(
            "new #3 STOP_LOSS STOP_MARKET SELL LONG price=0 stop=9500 size=10 reduceOnly=false",
            "cancel #2");
        assertThat(f.commands.updates).containsExactly("#1 PARTIALLY_FILLED->FILLED", "#2 NEW->PENDING_CANCEL");
        final Order entry = f.manager.order(entryId);
        assertThat(entry.state()).isEqualTo(OrderState.FILLED);
        assertThat(entry.averagePriceMantissa()).isEqualTo(9_994);
        assertThat(entry.slippageMantissa()).isEqualTo(-6);
        assertThat(entry.createdTimeNs()).isEqualTo(100);
        assertThat(entry.acceptedTimeNs()).isEqualTo(110);
        assertThat(entry.lastFillTimeNs()).isEqualTo(140);
        assertThat(f.manager.protectedSize(STRATEGY, INSTRUMENT, PositionSide.LONG)).isEqualTo(10);
        assertThat(f.manager.workingEntries(STRATEGY, INSTRUMENT)).isZero();
        assertThat(f.listener.events).containsExactly("entryFill s1 i5 LONG 9990x6 fee=0 tag=9 t=140");

        // act: the old stop's cancel is confirmed
        f.cancelConfirmed(2, 150);

        // assert: one stop working, for the whole position
        assertThat(f.manager.liveOrders()).isEqualTo(1);
        assertThat(f.manager.group(STRATEGY, INSTRUMENT, PositionSide.LONG).stop()).isSameAs(f.order(3));
        assertThat(f.manager.illegalTransitions()).isZero();
        assertThat(f.manager.ordersSent()).isEqualTo(3);
        assertThat(f.manager.cancelsSent()).isEqualTo(1);
    }

    @Test
    void shouldEndARejectedEntryWithTheVenueReasonAndReleaseItsGroup()
    {
        final long id = f.manager.submitEntry(STRATEGY, f.spec, PositionSide.SHORT, 10_000, 10_500, 9_000, 10,
            10_000, 0, 100);

        f.manager.onRejected(f.events.rejected(id, INSTRUMENT, RejectReason.MIN_NOTIONAL, 105));

        assertThat(f.commands.updates).containsExactly("#1 PENDING_NEW->REJECTED MIN_NOTIONAL");
        assertThat(f.listener.events).containsExactly("entryEnded s1 i5 SHORT filled=0 MIN_NOTIONAL t=105");
        assertThat(f.manager.order(id).rejectReason()).isEqualTo(RejectReason.MIN_NOTIONAL);
        assertThat(f.manager.group(STRATEGY, INSTRUMENT, PositionSide.SHORT)).isNull();
        assertThat(f.manager.liveOrders()).isZero();
        assertThat(f.manager.workingEntries(STRATEGY, INSTRUMENT)).isZero();
    }

    @Test
    void shouldSendAMarketEntryAndProtectAFillThatCameBeforeTheAck()
    {
        final long id = f.manager.submitEntry(STRATEGY, f.spec, PositionSide.SHORT, 0, 10_500, 9_000, 3, 10_000, 0,
            100);

        f.manager.onFill(f.events.fill(id, INSTRUMENT, 9_990, 3, 0, 12, 101));

        assertThat(f.commands.sent).containsExactly(
            "new #1 ENTRY MARKET SELL SHORT price=0 stop=0 size=3 reduceOnly=false",
            "new #2 STOP_LOSS STOP_MARKET BUY SHORT price=0 stop=10500 size=3 reduceOnly=false",
            "new #3 TAKE_PROFIT TAKE_PROFIT_MARKET BUY SHORT price=0 stop=9000 size=3 reduceOnly=false");
        assertThat(f.commands.updates).containsExactly("#1 PENDING_NEW->FILLED");
        assertThat(f.manager.order(id).acknowledged()).isTrue();
        assertThat(f.manager.order(id).feesMantissa()).isEqualTo(12);
        assertThat(f.manager.order(id).slippageMantissa()).isEqualTo(10);
        assertThat(f.listener.events).containsExactly("entryFill s1 i5 SHORT 9990x3 fee=12 tag=0 t=101");
    }

    @Test
    void shouldSendEveryEntryAtMarketWhenTheSettingsSaySo()
    {
        final Fixture market = new Fixture(Fixture.settings().entryType(OrderType.MARKET));

        market.manager.submitEntry(STRATEGY, market.spec, PositionSide.LONG, 10_000, 9_500, 0, 2, 10_000, 0, 1);

        assertThat(market.commands.sent).containsExactly(
            "new #1 ENTRY MARKET BUY LONG price=0 stop=0 size=2 reduceOnly=false");
        assertThat(market.order(1).deadlineNs()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void shouldLetAFillWinTheRaceAgainstACancelAndIgnoreTheLateCancelReject()
    {
        final long id = f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 10_000, 9_500, 0, 10, 10_000, 0,
            100);
        f.accept(1, 110);
        f.manager.cancelEntries(STRATEGY, INSTRUMENT, 120);

        f.fill(1, 10_000, 10, 0, 121);
        f.manager.onRejected(f.events.rejected(id, INSTRUMENT, RejectReason.UNKNOWN_ORDER, 125));

        assertThat(f.commands.sent).containsExactly(
            "new #1 ENTRY LIMIT BUY LONG price=10000 stop=0 size=10 reduceOnly=false",
            "cancel #1",
            "new #2 STOP_LOSS STOP_MARKET SELL LONG price=0 stop=9500 size=10 reduceOnly=false");
        assertThat(f.commands.updates).containsExactly("#1 PENDING_NEW->NEW", "#1 NEW->PENDING_CANCEL",
            "#1 PENDING_CANCEL->FILLED");
        assertThat(f.listener.events).containsExactly("entryFill s1 i5 LONG 10000x10 fee=0 tag=0 t=121");
        assertThat(f.manager.lateCancelRejects()).isEqualTo(1);
        assertThat(f.manager.illegalTransitions()).isZero();
        assertThat(f.manager.protectedSize(STRATEGY, INSTRUMENT, PositionSide.LONG)).isEqualTo(10);
    }

    @Test
    void shouldKeepACancelPendingThroughAPartialFillAndEndTheEntryWithWhatFilled()
    {
        f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 10_000, 9_500, 0, 10, 10_000, 0, 100);
        f.accept(1, 110);
        f.manager.cancelEntries(STRATEGY, INSTRUMENT, 120);

        f.fill(1, 10_000, 4, 6, 121);
        f.cancelConfirmed(1, 130);

        assertThat(f.commands.updates).containsExactly("#1 PENDING_NEW->NEW", "#1 NEW->PENDING_CANCEL",
            "#1 PENDING_CANCEL->PENDING_CANCEL", "#1 PENDING_CANCEL->CANCELED");
        assertThat(f.listener.events).containsExactly("entryFill s1 i5 LONG 10000x4 fee=0 tag=0 t=121",
            "entryEnded s1 i5 LONG filled=4 NONE t=130");
        assertThat(f.manager.protectedSize(STRATEGY, INSTRUMENT, PositionSide.LONG)).isEqualTo(4);
        assertThat(f.manager.group(STRATEGY, INSTRUMENT, PositionSide.LONG).stop().sizeMantissa()).isEqualTo(4);
        assertThat(f.manager.workingEntries(STRATEGY, INSTRUMENT)).isZero();
    }

    @Test
    void shouldCancelBeforeTheAckAndStillAcceptTheLateAck()
    {
        f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 10_000, 9_500, 0, 10, 10_000, 0, 100);
        f.manager.cancelEntries(STRATEGY, INSTRUMENT, 101);

        f.accept(1, 105);
        f.cancelConfirmed(1, 106);

        assertThat(f.commands.updates).containsExactly("#1 PENDING_NEW->PENDING_CANCEL",
            "#1 PENDING_CANCEL->PENDING_CANCEL", "#1 PENDING_CANCEL->CANCELED");
        assertThat(f.listener.events).containsExactly("entryEnded s1 i5 LONG filled=0 NONE t=106");
        assertThat(f.manager.group(STRATEGY, INSTRUMENT, PositionSide.LONG)).isNull();
        assertThat(f.manager.illegalTransitions()).isZero();
    }

    @Test
    void shouldReturnAnOrderToWorkWhenItsCancelIsRefusedAndRetryLater()
    {
        final long id = f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 10_000, 9_500, 0, 10, 10_000, 0,
            100);
        f.accept(1, 110);
        f.manager.cancelEntries(STRATEGY, INSTRUMENT, 120);

        f.manager.onRejected(f.events.rejected(id, INSTRUMENT, RejectReason.RATE_LIMITED, 130));
        f.manager.onMarketPrice(INSTRUMENT, 10_000, 130 + OrderManager.CANCEL_RETRY_INTERVAL_NS - 1);
        final int sentBeforeRetry = f.commands.sent.size();
        f.manager.onMarketPrice(INSTRUMENT, 10_000, 130 + OrderManager.CANCEL_RETRY_INTERVAL_NS);
        f.cancelConfirmed(1, 2_000_000_000L);

        assertThat(f.commands.updates).containsExactly("#1 PENDING_NEW->NEW", "#1 NEW->PENDING_CANCEL",
            "#1 PENDING_CANCEL->NEW RATE_LIMITED", "#1 NEW->PENDING_CANCEL", "#1 PENDING_CANCEL->CANCELED");
        assertThat(sentBeforeRetry).isEqualTo(2);
        assertThat(f.commands.sent).containsExactly(
            "new #1 ENTRY LIMIT BUY LONG price=10000 stop=0 size=10 reduceOnly=false", "cancel #1", "cancel #1");
        assertThat(f.manager.cancelRejects()).isEqualTo(1);
        assertThat(f.listener.events).containsExactly("entryEnded s1 i5 LONG filled=0 NONE t=2000000000");
    }

    @Test
    void shouldTreatAnUnknownOrderRejectOfAnUnackedCancelAsARefusedCancel()
    {
        final long id = f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 10_000, 9_500, 0, 10, 10_000, 0,
            100);
        f.manager.cancelEntries(STRATEGY, INSTRUMENT, 101);

        f.manager.onRejected(f.events.rejected(id, INSTRUMENT, RejectReason.UNKNOWN_ORDER, 102));
        f.accept(1, 103);

        assertThat(f.commands.updates).containsExactly("#1 PENDING_NEW->PENDING_CANCEL",
            "#1 PENDING_CANCEL->PENDING_NEW UNKNOWN_ORDER", "#1 PENDING_NEW->NEW");
        assertThat(f.manager.order(id).state()).isEqualTo(OrderState.NEW);
        assertThat(f.listener.events).isEmpty();
    }

    @Test
    void shouldRejectANewOrderCanceledBeforeItsAck()
    {
        final long id = f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 10_000, 9_500, 0, 10, 10_000, 0,
            100);
        f.manager.cancelEntries(STRATEGY, INSTRUMENT, 101);

        f.manager.onRejected(f.events.rejected(id, INSTRUMENT, RejectReason.INSUFFICIENT_MARGIN, 102));

        assertThat(f.commands.updates).containsExactly("#1 PENDING_NEW->PENDING_CANCEL",
            "#1 PENDING_CANCEL->REJECTED INSUFFICIENT_MARGIN");
        assertThat(f.listener.events).containsExactly("entryEnded s1 i5 LONG filled=0 INSUFFICIENT_MARGIN t=102");
    }

    @Test
    void shouldEndAnExpiredEntryWithWhatFilled()
    {
        final long id = f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 0, 9_500, 0, 10, 10_000, 0, 100);
        f.fill(1, 10_010, 7, 3, 101);

        f.manager.onExpired(f.events.expired(id, INSTRUMENT, 102));

        assertThat(f.commands.updates).containsExactly("#1 PENDING_NEW->PARTIALLY_FILLED",
            "#1 PARTIALLY_FILLED->EXPIRED");
        assertThat(f.listener.events).containsExactly("entryFill s1 i5 LONG 10010x7 fee=0 tag=0 t=101",
            "entryEnded s1 i5 LONG filled=7 NONE t=102");
        assertThat(f.manager.protectedSize(STRATEGY, INSTRUMENT, PositionSide.LONG)).isEqualTo(7);
    }

    @Test
    void shouldRefuseEntriesWhenTooFewOrdersAreFree()
    {
        final Fixture small = new Fixture(Fixture.settings(), OrderManager.ENTRY_HEADROOM);

        final long first = small.manager.submitEntry(STRATEGY, small.spec, PositionSide.LONG, 10_000, 9_500, 0, 1,
            10_000, 0, 1);
        final long second = small.manager.submitEntry(STRATEGY, small.spec, PositionSide.LONG, 10_000, 9_500, 0, 1,
            10_000, 0, 2);

        assertThat(first).isPositive();
        assertThat(second).isZero();
        assertThat(small.manager.entriesRefused()).isEqualTo(1);
        assertThat(small.manager.workingEntries(STRATEGY, INSTRUMENT)).isEqualTo(1);
    }
}
