package com.tradefinder.engine.execution;

import com.tradefinder.codecs.PositionSide;
import org.junit.jupiter.api.Test;

import static com.tradefinder.engine.execution.Fixture.INSTRUMENT;
import static com.tradefinder.engine.execution.Fixture.STRATEGY;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Entry timeouts in event time: cancel, re-price at the current price up to maxReprices times, give up, or abandon
 * when the price ran more than abandonAfterBps (100 bps here) against the first limit price.
 */
class EntryTimeoutTest
{
    private final Fixture f = new Fixture();

    @Test
    void shouldRepriceAtTheCurrentPriceUpToMaxRepricesThenGiveUp()
    {
        f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 10_000, 9_500, 0, 10, 10_000, 3, 0);
        f.accept(1, 5);

        f.manager.onMarketPrice(INSTRUMENT, 10_020, 999);
        assertThat(f.commands.sent).hasSize(1);
        f.manager.onMarketPrice(INSTRUMENT, 10_020, 1_000);
        f.cancelConfirmed(1, 1_010);
        f.accept(2, 1_015);
        f.manager.onMarketPrice(INSTRUMENT, 10_030, 2_009);
        f.manager.onMarketPrice(INSTRUMENT, 10_035, 2_010);
        f.cancelConfirmed(2, 2_020);
        f.manager.onMarketPrice(INSTRUMENT, 10_040, 3_020);
        f.cancelConfirmed(3, 3_030);

        assertThat(f.commands.sent).containsExactly(
            "new #1 ENTRY LIMIT BUY LONG price=10000 stop=0 size=10 reduceOnly=false",
            "cancel #1",
            "new #2 ENTRY LIMIT BUY LONG price=10020 stop=0 size=10 reduceOnly=false",
            "cancel #2",
            "new #3 ENTRY LIMIT BUY LONG price=10030 stop=0 size=10 reduceOnly=false",
            "cancel #3");
        assertThat(f.order(3).reprices()).isEqualTo(2);
        assertThat(f.order(3).firstLimitPriceMantissa()).isEqualTo(10_000);
        assertThat(f.order(3).intendedPriceMantissa()).isEqualTo(10_000);
        assertThat(f.listener.events).containsExactly("entryEnded s1 i5 LONG filled=0 NONE t=3030");
        assertThat(f.manager.workingEntries(STRATEGY, INSTRUMENT)).isZero();
        assertThat(f.manager.group(STRATEGY, INSTRUMENT, PositionSide.LONG)).isNull();
    }

    @Test
    void shouldAbandonWhenThePriceRanMoreThanTheLimitAtTheTimeout()
    {
        f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 10_000, 9_500, 0, 10, 10_000, 0, 0);

        f.manager.onMarketPrice(INSTRUMENT, 10_101, 1_000);
        f.cancelConfirmed(1, 1_010);

        assertThat(f.commands.sent).containsExactly(
            "new #1 ENTRY LIMIT BUY LONG price=10000 stop=0 size=10 reduceOnly=false", "cancel #1");
        assertThat(f.listener.events).containsExactly("entryEnded s1 i5 LONG filled=0 PRICE_RAN_AWAY t=1010");
    }

    @Test
    void shouldLeaveARestingEntryWorkingPastTheTimeout()
    {
        f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 10_000, 9_500, 0, 10, 10_000, 2, true, 0);
        final int sent = f.commands.sent.size();

        f.manager.onMarketPrice(INSTRUMENT, 10_101, 1_000);
        f.manager.onMarketPrice(INSTRUMENT, 10_500, 50_000);

        assertThat(f.commands.sent).hasSize(sent);
        assertThat(f.listener.events).isEmpty();
        assertThat(f.manager.workingEntries(STRATEGY, INSTRUMENT)).isEqualTo(1);
    }

    @Test
    void shouldRepriceAMoveOfExactlyTheLimit()
    {
        f.manager.submitEntry(STRATEGY, f.spec, PositionSide.SHORT, 10_000, 10_500, 0, 10, 10_000, 0, 0);

        f.manager.onMarketPrice(INSTRUMENT, 9_900, 1_000);
        f.cancelConfirmed(1, 1_010);

        assertThat(f.commands.sent).containsExactly(
            "new #1 ENTRY LIMIT SELL SHORT price=10000 stop=0 size=10 reduceOnly=false",
            "cancel #1",
            "new #2 ENTRY LIMIT SELL SHORT price=9900 stop=0 size=10 reduceOnly=false");
        assertThat(f.listener.events).isEmpty();
    }

    @Test
    void shouldAbandonWhenThePriceRanBetweenTheTimeoutAndTheConfirmedCancel()
    {
        f.manager.submitEntry(STRATEGY, f.spec, PositionSide.SHORT, 10_000, 10_500, 0, 10, 10_000, 0, 0);
        f.manager.onMarketPrice(INSTRUMENT, 9_950, 1_000);

        f.manager.onMarketPrice(INSTRUMENT, 9_899, 1_005);
        f.cancelConfirmed(1, 1_010);

        assertThat(f.commands.sent).containsExactly(
            "new #1 ENTRY LIMIT SELL SHORT price=10000 stop=0 size=10 reduceOnly=false", "cancel #1");
        assertThat(f.listener.events).containsExactly("entryEnded s1 i5 SHORT filled=0 PRICE_RAN_AWAY t=1010");
    }

    @Test
    void shouldRepriceOnlyTheRestAndRestartTheTimeoutOnEveryFill()
    {
        f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 10_000, 9_500, 0, 10, 10_000, 0, 0);
        f.accept(1, 1);
        f.fill(1, 10_000, 4, 6, 800);

        f.manager.onMarketPrice(INSTRUMENT, 10_004, 1_500);
        f.manager.onMarketPrice(INSTRUMENT, 10_004, 1_800);
        f.cancelConfirmed(1, 1_810);

        assertThat(f.commands.sent).containsExactly(
            "new #1 ENTRY LIMIT BUY LONG price=10000 stop=0 size=10 reduceOnly=false",
            "new #2 STOP_LOSS STOP_MARKET SELL LONG price=0 stop=9500 size=4 reduceOnly=false",
            "cancel #1",
            "new #3 ENTRY LIMIT BUY LONG price=10000 stop=0 size=6 reduceOnly=false");
        assertThat(f.order(3).earlierFilledSizeMantissa()).isEqualTo(4);
        assertThat(f.order(3).deadlineNs()).isEqualTo(2_810);

        f.fill(3, 10_000, 6, 0, 1_900);
        assertThat(f.manager.protectedSize(STRATEGY, INSTRUMENT, PositionSide.LONG)).isEqualTo(10);
        assertThat(f.listener.events).containsExactly("entryFill s1 i5 LONG 10000x4 fee=0 tag=0 t=800",
            "entryFill s1 i5 LONG 10000x6 fee=0 tag=0 t=1900");
    }

    @Test
    void shouldNotRepriceAnEntryThatFilledWhileItsCancelWasPending()
    {
        f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 10_000, 9_500, 0, 10, 10_000, 0, 0);
        f.accept(1, 1);
        f.manager.onMarketPrice(INSTRUMENT, 10_010, 1_000);

        f.fill(1, 10_000, 10, 0, 1_001);

        assertThat(f.commands.sent).containsExactly(
            "new #1 ENTRY LIMIT BUY LONG price=10000 stop=0 size=10 reduceOnly=false",
            "cancel #1",
            "new #2 STOP_LOSS STOP_MARKET SELL LONG price=0 stop=9500 size=10 reduceOnly=false");
        assertThat(f.listener.events).containsExactly("entryFill s1 i5 LONG 10000x10 fee=0 tag=0 t=1001");
    }

    @Test
    void shouldEndInsteadOfRepricingWhenTheStrategyCancelsDuringATimeout()
    {
        f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 10_000, 9_500, 0, 10, 10_000, 0, 0);
        f.manager.onMarketPrice(INSTRUMENT, 10_010, 1_000);

        f.manager.cancelEntries(STRATEGY, INSTRUMENT, 1_001);
        f.cancelConfirmed(1, 1_002);

        assertThat(f.commands.sent).containsExactly(
            "new #1 ENTRY LIMIT BUY LONG price=10000 stop=0 size=10 reduceOnly=false", "cancel #1");
        assertThat(f.listener.events).containsExactly("entryEnded s1 i5 LONG filled=0 NONE t=1002");
    }

    @Test
    void shouldRoundARepriceOntoTheTickGridAwayFromPayingMore()
    {
        f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 10_000, 9_500, 0, 10, 10_000, 0, 0);
        f.manager.submitEntry(STRATEGY, f.spec, PositionSide.SHORT, 10_100, 10_500, 0, 10, 10_100, 0, 0);

        f.manager.onMarketPrice(INSTRUMENT, 10_047, 1_000);
        f.cancelConfirmed(1, 1_001);
        f.cancelConfirmed(2, 1_002);

        assertThat(f.commands.sent).containsExactly(
            "new #1 ENTRY LIMIT BUY LONG price=10000 stop=0 size=10 reduceOnly=false",
            "new #2 ENTRY LIMIT SELL SHORT price=10100 stop=0 size=10 reduceOnly=false",
            "cancel #1",
            "cancel #2",
            "new #3 ENTRY LIMIT BUY LONG price=10040 stop=0 size=10 reduceOnly=false",
            "new #4 ENTRY LIMIT SELL SHORT price=10050 stop=0 size=10 reduceOnly=false");
    }

    @Test
    void shouldNeverTimeOutWhenTheTimeoutIsZeroOrTheEntryIsAtMarket()
    {
        final Fixture untimed = new Fixture(Fixture.settings().entryTimeoutNs(0));
        untimed.manager.submitEntry(STRATEGY, untimed.spec, PositionSide.LONG, 10_000, 9_500, 0, 10, 10_000, 0, 0);
        f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 0, 9_500, 0, 10, 10_000, 0, 0);

        untimed.manager.onMarketPrice(INSTRUMENT, 10_000, Long.MAX_VALUE - 1);
        f.manager.onMarketPrice(INSTRUMENT, 10_000, Long.MAX_VALUE - 1);

        assertThat(untimed.commands.sent).hasSize(1);
        assertThat(f.commands.sent).hasSize(1);
    }

    @Test
    void shouldIgnorePricesOfOtherInstruments()
    {
        f.manager.submitEntry(STRATEGY, f.spec, PositionSide.LONG, 10_000, 9_500, 0, 10, 10_000, 0, 0);

        f.manager.onMarketPrice(INSTRUMENT + 1, 10_000, 5_000);

        assertThat(f.commands.sent).hasSize(1);
        assertThat(f.order(1).marketPriceMantissa()).isZero();
    }
}
