package com.tradefinder.engine.risk;

import org.junit.jupiter.api.Test;

import com.tradefinder.codecs.RejectReason;

import static com.tradefinder.codecs.PositionSide.LONG;
import static com.tradefinder.engine.risk.RiskFixture.DAY_NS;
import static com.tradefinder.engine.risk.RiskFixture.SECOND_NS;
import static com.tradefinder.engine.risk.RiskFixture.T0;
import static com.tradefinder.engine.testsupport.TestInstruments.BTC;
import static com.tradefinder.engine.testsupport.TestInstruments.m;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily loss limit, the drawdown circuit breaker and the order-rate limit, stepped by hand with explicit event
 * times; each also shows the same request passing without the limit.
 */
class RiskEngineBreakersTest
{
    /** 00:00 UTC of the day after {@link RiskFixture#T0}. */
    private static final long NEXT_DAY = (T0 / DAY_NS + 1) * DAY_NS;

    private final RiskFixture fixture = new RiskFixture();

    @Test
    void shouldStopEntriesForTheRestOfTheUtcDayAfterTheDailyLossLimit()
    {
        // arrange: the day starts at 10,000; strategy 1 holds 0.1 BTC bought at 60,000
        final RiskEngine engine = new RiskEngine(RiskFixture.limits());
        engine.onEquity(m("10000"), T0);
        fixture.hold(1, fixture.btc, LONG, "60000", "0.1", "59000");

        // act + assert: down exactly 3% is still allowed
        fixture.portfolio.mark(BTC, m("57000"));
        assertThat(entry(engine, T0 + SECOND_NS).accepted()).isTrue();

        // act + assert: down 310, more than 3% of 10,000
        fixture.portfolio.mark(BTC, m("56900"));
        assertThat(entry(engine, T0 + 2 * SECOND_NS).reason()).isEqualTo(RejectReason.DAILY_LOSS_LIMIT);
        assertThat(engine.entriesBlocked()).isTrue();
        assertThat(engine.blockedReason()).isEqualTo(RejectReason.DAILY_LOSS_LIMIT);

        // act + assert: recovering the same day does not lift it, up to the last nanosecond of the day
        fixture.portfolio.mark(BTC, m("60000"));
        assertThat(entry(engine, NEXT_DAY - 1).reason()).isEqualTo(RejectReason.DAILY_LOSS_LIMIT);

        // act + assert: the next UTC day starts again from its own equity
        fixture.portfolio.mark(BTC, m("56900"));
        assertThat(entry(engine, NEXT_DAY).accepted()).isTrue();
        assertThat(engine.dayStartEquity()).isEqualTo(m("9690"));
        assertThat(engine.entriesBlocked()).isFalse();
    }

    @Test
    void shouldTripTheDailyLossLimitFromEquitySnapshots()
    {
        // arrange
        final RiskEngine engine = new RiskEngine(RiskFixture.limits());
        final RiskEngine looser = new RiskEngine(RiskFixture.limits().dailyLossLimitBps(400));

        // act
        for (final RiskEngine e : new RiskEngine[]{ engine, looser })
        {
            e.onEquity(m("12000"), T0);
            e.onEquity(m("11639.99999999"), T0 + SECOND_NS);
        }

        // assert: 360.00000001 lost is more than 3% of 12,000, less than 4%
        assertThat(engine.blockedReason()).isEqualTo(RejectReason.DAILY_LOSS_LIMIT);
        assertThat(looser.entriesBlocked()).isFalse();
    }

    @Test
    void shouldNotLetTimeGoingBackwardsStartANewDay()
    {
        // arrange
        final RiskEngine engine = new RiskEngine(RiskFixture.limits());
        engine.onEquity(m("10000"), NEXT_DAY);
        engine.onEquity(m("9600"), NEXT_DAY + SECOND_NS);

        // act
        engine.onEquity(m("9600"), T0);

        // assert
        assertThat(engine.blockedReason()).isEqualTo(RejectReason.DAILY_LOSS_LIMIT);
        assertThat(engine.dayStartEquity()).isEqualTo(m("10000"));
    }

    @Test
    void shouldStopEntriesAfterMaxDrawdownUntilAnAdminReset()
    {
        // arrange: peak 12,000 on day 2; 20% of it is 2,400
        final RiskEngine engine = new RiskEngine(RiskFixture.limits());
        final RiskEngine looser = new RiskEngine(RiskFixture.limits().maxDrawdownBps(2_500));
        for (final RiskEngine e : new RiskEngine[]{ engine, looser })
        {
            e.onEquity(m("10000"), T0);
            e.onEquity(m("12000"), T0 + DAY_NS);
            e.onEquity(m("9600"), T0 + 2 * DAY_NS);
        }

        // act + assert: exactly 20% down is allowed
        assertThat(engine.entriesBlocked()).isFalse();
        engine.onEquity(m("9599.99999999"), T0 + 2 * DAY_NS + 1);
        looser.onEquity(m("9599.99999999"), T0 + 2 * DAY_NS + 1);
        assertThat(engine.blockedReason()).isEqualTo(RejectReason.MAX_DRAWDOWN);
        assertThat(looser.entriesBlocked()).isFalse();

        // act + assert: recovery and new days do not lift it (the portfolio's 10,000 is still 16.7% down)
        assertThat(entry(engine, T0 + 3 * DAY_NS).reason()).isEqualTo(RejectReason.MAX_DRAWDOWN);
        assertThat(entry(looser, T0 + 3 * DAY_NS).accepted()).isTrue();

        // act + assert: the admin reset lifts it and re-bases the peak
        engine.resetDrawdownBreaker(T0 + 3 * DAY_NS + 1);
        assertThat(engine.entriesBlocked()).isFalse();
        assertThat(engine.breakerPeakEquity()).isEqualTo(m("10000"));
        assertThat(entry(engine, T0 + 3 * DAY_NS + 2).accepted()).isTrue();
    }

    @Test
    void shouldReportTheDrawdownBreakerBeforeTheDailyLossLimit()
    {
        // arrange
        final RiskEngine engine = new RiskEngine(RiskFixture.limits());

        // act: 25% down within one day trips both
        engine.onEquity(m("10000"), T0);
        engine.onEquity(m("7500"), T0 + SECOND_NS);

        // assert
        assertThat(engine.blockedReason()).isEqualTo(RejectReason.MAX_DRAWDOWN);
        engine.resetDrawdownBreaker(T0 + 2 * SECOND_NS);
        assertThat(engine.blockedReason()).isEqualTo(RejectReason.DAILY_LOSS_LIMIT);
    }

    @Test
    void shouldLimitOrdersInASlidingSixtySecondWindowOfEventTime()
    {
        // arrange: three orders a minute
        final RiskEngine engine = new RiskEngine(RiskFixture.limits().maxOrdersPerMinute(3));
        final RiskEngine looser = new RiskEngine(RiskFixture.limits().maxOrdersPerMinute(4));
        for (final RiskEngine e : new RiskEngine[]{ engine, looser })
        {
            e.onOrderSent(T0);
            e.onOrderSent(T0 + 10 * SECOND_NS);
            e.onOrderSent(T0 + 20 * SECOND_NS);
        }

        // act + assert
        assertThat(engine.ordersInWindow(T0 + 30 * SECOND_NS)).isEqualTo(3);
        assertThat(entry(engine, T0 + 30 * SECOND_NS).reason()).isEqualTo(RejectReason.ORDER_RATE);
        assertThat(entry(looser, T0 + 30 * SECOND_NS).accepted()).isTrue();
        assertThat(entry(engine, T0 + 60 * SECOND_NS - 1).reason()).isEqualTo(RejectReason.ORDER_RATE);

        // act + assert: the first order leaves the window 60 s after it was sent
        assertThat(engine.ordersInWindow(T0 + 60 * SECOND_NS)).isEqualTo(2);
        assertThat(entry(engine, T0 + 60 * SECOND_NS).accepted()).isTrue();

        // act + assert: a fourth order fills the window again
        engine.onOrderSent(T0 + 60 * SECOND_NS);
        assertThat(entry(engine, T0 + 61 * SECOND_NS).reason()).isEqualTo(RejectReason.ORDER_RATE);
        assertThat(entry(engine, T0 + 70 * SECOND_NS).accepted()).isTrue();
    }

    private RiskDecision entry(final RiskEngine engine, final long timeNs)
    {
        return engine.evaluate(0, fixture.eth, LONG, m("3000"), m("2970"), 0, m("3000"), fixture.portfolio, timeNs);
    }
}
