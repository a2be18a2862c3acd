package com.tradefinder.engine.execution;

import com.tradefinder.codecs.ExitReason;
import com.tradefinder.codecs.OrderState;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.RejectReason;
import org.junit.jupiter.api.Test;

import static com.tradefinder.engine.execution.Fixture.INSTRUMENT;
import static com.tradefinder.engine.execution.Fixture.STRATEGY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Protective groups stepped by hand: one-cancels-other, exits, moved stops, hedge and one-way flags, rejected
 * protective orders and the end of a group.
 */
class ProtectionTest
{
    private final Fixture f = new Fixture();

    /**
     * A filled long of 10 at 100.00 with its stop (#2, 95.00) and take-profit (#3, 110.00) acknowledged.
     */
    private void openLong()
    {
        f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 10_000, 9_500, 11_000, 10, 10_000, 0, 100);
        f.accept(1, 101);
        f.fill(1, 10_000, 10, 0, 102);
        f.accept(2, 103);
        f.accept(3, 104);
        f.clear();
    }

    @Test
    void shouldPlaceStopAndTakeProfitForTheFilledSize()
    {
        f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 10_000, 9_500, 11_000, 10, 10_000, 0, 100);
        f.fill(1, 10_000, 10, 0, 102);

        assertThat(f.commands.sent).containsExactly(
            "new #1 ENTRY LIMIT BUY LONG price=10000 stop=0 size=10 reduceOnly=false",
            "new #2 STOP_LOSS STOP_MARKET SELL LONG price=0 stop=9500 size=10 reduceOnly=false",
            "new #3 TAKE_PROFIT TAKE_PROFIT_MARKET SELL LONG price=0 stop=11000 size=10 reduceOnly=false");
    }

    @Test
    void shouldNotPlaceATakeProfitWhenDisabled()
    {
        final Fixture noTakeProfit = new Fixture(Fixture.settings().takeProfitEnabled(false));

        noTakeProfit.manager.submitEntry(STRATEGY, noTakeProfit.spec, PositionSide.LONG, 10_000, 9_500, 11_000, 10,
            10_000, 0, 100);
        noTakeProfit.fill(1, 10_000, 10, 0, 102);

        assertThat(noTakeProfit.commands.sent).hasSize(2).last().asString().startsWith("new #2 STOP_LOSS");
    }

    @Test
    void shouldCancelTheStopWhenTheTakeProfitFillsAndEndTheGroup()
    {
        openLong();

        f.fill(3, 11_000, 10, 0, 200);
        f.cancelConfirmed(2, 201);

        assertThat(f.commands.sent).containsExactly("cancel #2");
        assertThat(f.commands.updates).containsExactly("#3 NEW->FILLED", "#2 NEW->PENDING_CANCEL",
            "#2 PENDING_CANCEL->CANCELED");
        assertThat(f.listener.events).containsExactly(
            "exitFill s1 i5 LONG TAKE_PROFIT/TAKE_PROFIT 11000x10 fee=0 t=200");
        assertThat(f.manager.protectedSize(STRATEGY, INSTRUMENT, PositionSide.LONG)).isZero();
        assertThat(f.manager.stopPrice(STRATEGY, INSTRUMENT, PositionSide.LONG)).isZero();
        assertThat(f.manager.group(STRATEGY, INSTRUMENT, PositionSide.LONG)).isNull();
        assertThat(f.manager.liveOrders()).isZero();
    }

    @Test
    void shouldCancelTheTakeProfitWhenTheStopStartsFillingAndKeepTheStopForTheRest()
    {
        openLong();

        f.fill(2, 9_490, 4, 6, 200);
        f.cancelConfirmed(3, 201);
        f.fill(2, 9_480, 6, 0, 202);

        assertThat(f.commands.sent).containsExactly("cancel #3");
        assertThat(f.listener.events).containsExactly(
            "exitFill s1 i5 LONG STOP_LOSS/STOP_LOSS 9490x4 fee=0 t=200",
            "exitFill s1 i5 LONG STOP_LOSS/STOP_LOSS 9480x6 fee=0 t=202");
        assertThat(f.manager.group(STRATEGY, INSTRUMENT, PositionSide.LONG)).isNull();
    }

    @Test
    void shouldRestoreFullProtectionWhenAFiredStopEndsWithPartOfThePositionLeft()
    {
        openLong();
        f.fill(2, 9_490, 4, 6, 200);
        f.cancelConfirmed(3, 201);

        f.manager.onExpired(f.events.expired(f.id(2), INSTRUMENT, 202));

        assertThat(f.commands.sent).containsExactly("cancel #3",
            "new #4 STOP_LOSS STOP_MARKET SELL LONG price=0 stop=9500 size=6 reduceOnly=false",
            "new #5 TAKE_PROFIT TAKE_PROFIT_MARKET SELL LONG price=0 stop=11000 size=6 reduceOnly=false");
        assertThat(f.manager.protectedSize(STRATEGY, INSTRUMENT, PositionSide.LONG)).isEqualTo(6);
    }

    @Test
    void shouldCancelProtectiveOrdersAndExitAtMarket()
    {
        openLong();

        f.manager.exit(STRATEGY, f.spec, PositionSide.LONG, 0, ExitReason.STRATEGY_EXIT, 300);
        f.cancelConfirmed(2, 301);
        f.cancelConfirmed(3, 302);
        f.fill(4, 10_200, 10, 0, 303);

        assertThat(f.commands.sent).containsExactly("cancel #2", "cancel #3",
            "new #4 EXIT MARKET SELL LONG price=0 stop=0 size=10 reduceOnly=false");
        assertThat(f.listener.events).containsExactly(
            "exitFill s1 i5 LONG EXIT/STRATEGY_EXIT 10200x10 fee=0 t=303");
        assertThat(f.manager.group(STRATEGY, INSTRUMENT, PositionSide.LONG)).isNull();
        assertThat(f.manager.liveOrders()).isZero();
    }

    @Test
    void shouldResizeProtectionToWhatAPartialExitLeaves()
    {
        openLong();

        f.manager.exit(STRATEGY, f.spec, PositionSide.LONG, 4, ExitReason.STRATEGY_EXIT, 300);

        assertThat(f.commands.sent).containsExactly(
            "new #4 STOP_LOSS STOP_MARKET SELL LONG price=0 stop=9500 size=6 reduceOnly=false",
            "cancel #2",
            "new #5 TAKE_PROFIT TAKE_PROFIT_MARKET SELL LONG price=0 stop=11000 size=6 reduceOnly=false",
            "cancel #3",
            "new #6 EXIT MARKET SELL LONG price=0 stop=0 size=4 reduceOnly=false");
        f.fill(6, 10_100, 4, 0, 301);
        assertThat(f.manager.protectedSize(STRATEGY, INSTRUMENT, PositionSide.LONG)).isEqualTo(6);
        assertThat(f.manager.group(STRATEGY, INSTRUMENT, PositionSide.LONG).exitWorkingSizeMantissa()).isZero();
    }

    @Test
    void shouldGiveARejectedExitsSizeBackToTheStop()
    {
        openLong();
        f.manager.exit(STRATEGY, f.spec, PositionSide.LONG, 0, ExitReason.FLATTEN, 300);
        f.cancelConfirmed(2, 301);
        f.cancelConfirmed(3, 302);
        f.clear();

        f.manager.onRejected(f.events.rejected(f.id(4), INSTRUMENT, RejectReason.RATE_LIMITED, 303));

        assertThat(f.commands.sent).containsExactly(
            "new #5 STOP_LOSS STOP_MARKET SELL LONG price=0 stop=9500 size=10 reduceOnly=false",
            "new #6 TAKE_PROFIT TAKE_PROFIT_MARKET SELL LONG price=0 stop=11000 size=10 reduceOnly=false");
    }

    @Test
    void shouldNotExitAFlatPositionOrMoreThanIsLeft()
    {
        f.manager.exit(STRATEGY, f.spec, PositionSide.LONG, 0, ExitReason.STRATEGY_EXIT, 1);
        openLong();

        f.manager.exit(STRATEGY, f.spec, PositionSide.LONG, 25, ExitReason.KILL_SWITCH, 300);
        f.manager.exit(STRATEGY, f.spec, PositionSide.LONG, 0, ExitReason.KILL_SWITCH, 301);

        assertThat(f.commands.sent).containsExactly("cancel #2", "cancel #3",
            "new #4 EXIT MARKET SELL LONG price=0 stop=0 size=10 reduceOnly=false");
    }

    @Test
    void shouldMoveTheStopMakeBeforeBreakAndNeverResendAnUnchangedStop()
    {
        openLong();

        f.manager.moveStop(STRATEGY, INSTRUMENT, PositionSide.LONG, 9_500, 400);
        f.manager.moveStop(STRATEGY, INSTRUMENT, PositionSide.LONG, 9_800, 401);
        f.manager.moveStop(STRATEGY, INSTRUMENT, PositionSide.LONG, 9_800, 402);
        f.cancelConfirmed(2, 403);

        assertThat(f.commands.sent).containsExactly(
            "new #4 STOP_LOSS STOP_MARKET SELL LONG price=0 stop=9800 size=10 reduceOnly=false", "cancel #2");
        assertThat(f.manager.stopPrice(STRATEGY, INSTRUMENT, PositionSide.LONG)).isEqualTo(9_800);
        assertThat(f.manager.group(STRATEGY, INSTRUMENT, PositionSide.LONG).stop()).isSameAs(f.order(4));
    }

    @Test
    void shouldIgnoreAStopMoveWhileFlat()
    {
        f.manager.moveStop(STRATEGY, INSTRUMENT, PositionSide.LONG, 9_800, 1);
        f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 10_000, 9_500, 0, 10, 10_000, 0, 2);
        f.manager.moveStop(STRATEGY, INSTRUMENT, PositionSide.LONG, 9_800, 3);

        assertThat(f.commands.sent).hasSize(1);
        assertThat(f.manager.stopPrice(STRATEGY, INSTRUMENT, PositionSide.LONG)).isZero();
    }

    @Test
    void shouldHoldLongAndShortOnOneInstrumentInHedgeMode()
    {
        f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 10_000, 9_500, 0, 10, 10_000, 0, 1);
        f.manager.submitEntry(STRATEGY, f.spec, PositionSide.SHORT, 10_050, 10_600, 9_000, 7, 10_050, 0, 2);

        f.fill(1, 10_000, 10, 0, 3);
        f.fill(2, 10_050, 7, 0, 4);

        assertThat(f.commands.sent).containsExactly(
            "new #1 ENTRY LIMIT BUY LONG price=10000 stop=0 size=10 reduceOnly=false",
            "new #2 ENTRY LIMIT SELL SHORT price=10050 stop=0 size=7 reduceOnly=false",
            "new #3 STOP_LOSS STOP_MARKET SELL LONG price=0 stop=9500 size=10 reduceOnly=false",
            "new #4 STOP_LOSS STOP_MARKET BUY SHORT price=0 stop=10600 size=7 reduceOnly=false",
            "new #5 TAKE_PROFIT TAKE_PROFIT_MARKET BUY SHORT price=0 stop=9000 size=7 reduceOnly=false");
        assertThat(f.manager.protectedSize(STRATEGY, INSTRUMENT, PositionSide.LONG)).isEqualTo(10);
        assertThat(f.manager.protectedSize(STRATEGY, INSTRUMENT, PositionSide.SHORT)).isEqualTo(7);
        assertThat(f.manager.stopPrice(STRATEGY, INSTRUMENT, PositionSide.SHORT)).isEqualTo(10_600);

        f.fill(4, 10_600, 7, 0, 5);
        assertThat(f.commands.sent).last().isEqualTo("cancel #5");
        assertThat(f.manager.protectedSize(STRATEGY, INSTRUMENT, PositionSide.LONG)).isEqualTo(10);
        assertThat(f.manager.protectedSize(STRATEGY, INSTRUMENT, PositionSide.SHORT)).isZero();
    }

    @Test
    void shouldSendBothAndReduceOnlyClosingOrdersInOneWayMode()
    {
        final Fixture oneWay = new Fixture(Fixture.settings().hedgeMode(false));
        oneWay.manager.submitEntry(STRATEGY, oneWay.spec, PositionSide.SHORT, 10_000, 10_500, 9_000, 5, 10_000, 0, 1);
        oneWay.fill(1, 10_000, 5, 0, 2);

        oneWay.manager.exit(STRATEGY, oneWay.spec, PositionSide.SHORT, 0, ExitReason.END_OF_DATA, 3);

        assertThat(oneWay.commands.sent).containsExactly(
            "new #1 ENTRY LIMIT SELL BOTH price=10000 stop=0 size=5 reduceOnly=false",
            "new #2 STOP_LOSS STOP_MARKET BUY BOTH price=0 stop=10500 size=5 reduceOnly=true",
            "new #3 TAKE_PROFIT TAKE_PROFIT_MARKET BUY BOTH price=0 stop=9000 size=5 reduceOnly=true",
            "cancel #2", "cancel #3",
            "new #4 EXIT MARKET BUY BOTH price=0 stop=0 size=5 reduceOnly=true");
        assertThat(oneWay.order(4).position()).isEqualTo(PositionSide.SHORT);
        assertThat(oneWay.order(4).exitReason()).isEqualTo(ExitReason.END_OF_DATA);
    }

    @Test
    void shouldAddAnotherEntryToTheGroupUnderItsExistingStop()
    {
        openLong();

        f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 10_100, 9_700, 12_000, 5, 10_100, 0, 500);
        f.fill(4, 10_100, 5, 0, 501);

        assertThat(f.commands.sent).containsExactly(
            "new #4 ENTRY LIMIT BUY LONG price=10100 stop=0 size=5 reduceOnly=false",
            "new #5 STOP_LOSS STOP_MARKET SELL LONG price=0 stop=9500 size=15 reduceOnly=false",
            "cancel #2",
            "new #6 TAKE_PROFIT TAKE_PROFIT_MARKET SELL LONG price=0 stop=11000 size=15 reduceOnly=false",
            "cancel #3");
    }

    @Test
    void shouldCloseAtMarketWhenTheStopIsRejected()
    {
        f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 10_000, 9_500, 11_000, 10, 10_000, 0, 100);
        f.fill(1, 10_000, 10, 0, 102);
        f.clear();

        f.manager.onRejected(f.events.rejected(f.id(2), INSTRUMENT, RejectReason.VENUE_UNKNOWN, 103));

        assertThat(f.commands.sent).containsExactly("cancel #3",
            "new #4 EXIT MARKET SELL LONG price=0 stop=0 size=10 reduceOnly=false");
        assertThat(f.order(4).exitReason()).isEqualTo(ExitReason.STOP_LOSS);
        assertThat(f.manager.protectiveRejects()).isEqualTo(1);
    }

    @Test
    void shouldDropARejectedTakeProfitAndKeepTheStop()
    {
        f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 10_000, 9_500, 11_000, 10, 10_000, 0, 100);
        f.fill(1, 10_000, 10, 0, 102);
        f.clear();

        f.manager.onRejected(f.events.rejected(f.id(3), INSTRUMENT, RejectReason.VENUE_UNKNOWN, 103));

        assertThat(f.commands.sent).isEmpty();
        assertThat(f.manager.group(STRATEGY, INSTRUMENT, PositionSide.LONG).takeProfitMantissa()).isZero();
        assertThat(f.manager.group(STRATEGY, INSTRUMENT, PositionSide.LONG).stop()).isSameAs(f.order(2));
    }

    @Test
    void shouldReplaceAStopTheVenueCanceledOnItsOwn()
    {
        openLong();

        f.cancelConfirmed(2, 200);

        assertThat(f.commands.sent).containsExactly(
            "new #4 STOP_LOSS STOP_MARKET SELL LONG price=0 stop=9500 size=10 reduceOnly=false");
    }

    @Test
    void shouldCancelEverythingAndLeavePositionsUnprotectedUntilTheStopMoves()
    {
        openLong();
        f.manager.submitEntry(STRATEGY, f.spec, PositionSide.SHORT, 10_000, 10_500, 0, 3, 10_000, 0, 200);

        f.manager.cancelAll(300);
        f.cancelConfirmed(2, 301);
        f.cancelConfirmed(3, 302);
        f.cancelConfirmed(4, 303);

        assertThat(f.commands.sent).containsExactly(
            "new #4 ENTRY LIMIT SELL SHORT price=10000 stop=0 size=3 reduceOnly=false",
            "cancel #2", "cancel #3", "cancel #4");
        assertThat(f.listener.events).containsExactly("entryEnded s1 i5 SHORT filled=0 NONE t=303");
        assertThat(f.manager.group(STRATEGY, INSTRUMENT, PositionSide.LONG).suspended()).isTrue();
        assertThat(f.manager.liveOrders()).isZero();

        f.manager.moveStop(STRATEGY, INSTRUMENT, PositionSide.LONG, 9_500, 400);
        assertThat(f.commands.sent).endsWith(
            "new #5 STOP_LOSS STOP_MARKET SELL LONG price=0 stop=9500 size=10 reduceOnly=false",
            "new #6 TAKE_PROFIT TAKE_PROFIT_MARKET SELL LONG price=0 stop=11000 size=10 reduceOnly=false");
        assertThat(f.manager.group(STRATEGY, INSTRUMENT, PositionSide.LONG).suspended()).isFalse();
    }

    @Test
    void shouldCancelEveryEntryButKeepTheProtectiveOrdersOnAnOrderlyShutdown()
    {
        openLong();
        f.manager.submitEntry(STRATEGY, f.spec, PositionSide.SHORT, 10_000, 10_500, 0, 3, 10_000, 0, 200);

        f.manager.cancelAllEntries(300);
        f.cancelConfirmed(4, 301);

        assertThat(f.commands.sent).containsExactly(
            "new #4 ENTRY LIMIT SELL SHORT price=10000 stop=0 size=3 reduceOnly=false", "cancel #4");
        assertThat(f.listener.events).containsExactly("entryEnded s1 i5 SHORT filled=0 NONE t=301");
        assertThat(f.manager.group(STRATEGY, INSTRUMENT, PositionSide.LONG).suspended()).isFalse();
        assertThat(f.manager.liveOrders()).isEqualTo(2);
    }

    @Test
    void shouldReportAStopThatFiredWhileBeingReplaced()
    {
        openLong();
        f.manager.moveStop(STRATEGY, INSTRUMENT, PositionSide.LONG, 9_800, 400);

        f.fill(2, 9_500, 10, 0, 401);

        assertThat(f.commands.sent).containsExactly(
            "new #4 STOP_LOSS STOP_MARKET SELL LONG price=0 stop=9800 size=10 reduceOnly=false", "cancel #2",
            "cancel #4", "cancel #3");
        assertThat(f.commands.updates).contains("#2 PENDING_CANCEL->FILLED");
        assertThat(f.listener.events).containsExactly("exitFill s1 i5 LONG STOP_LOSS/STOP_LOSS 9500x10 fee=0 t=401");
        assertThat(f.order(2).state()).isEqualTo(OrderState.FILLED);
        assertThat(f.manager.protectedSize(STRATEGY, INSTRUMENT, PositionSide.LONG)).isZero();
    }
}
