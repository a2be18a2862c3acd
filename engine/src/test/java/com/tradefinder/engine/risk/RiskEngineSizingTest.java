package com.tradefinder.engine.risk;

import org.junit.jupiter.api.Test;

import com.tradefinder.codecs.RejectReason;
import com.tradefinder.engine.portfolio.Portfolio;

import static com.tradefinder.codecs.PositionSide.LONG;
import static com.tradefinder.codecs.PositionSide.SHORT;
import static com.tradefinder.engine.risk.RiskFixture.T0;
import static com.tradefinder.engine.testsupport.TestInstruments.m;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Size = equity × risk% / |entry − stop|, rounded down to the step, then clipped by the exposure caps; every value
 * computed by hand.
 */
class RiskEngineSizingTest
{
    private final RiskFixture fixture = new RiskFixture();

    @Test
    void shouldSizeFromEquityRiskAndStopDistance()
    {
        // arrange: the strategy may hold up to 100% of equity, so only risk sizes the entry
        final RiskEngine engine = new RiskEngine(RiskFixture.limits().allocationCapBps(0, 10_000));

        // act: 10,000 × 1% / (60,000 − 59,400) = 0.1666… BTC
        final RiskDecision decision = fixture.longBtc(engine, 0, "60000", "59400");

        // assert: rounded down to the 0.001 step; 0.166 × 600 at risk
        assertThat(decision.accepted()).isTrue();
        assertThat(decision.reason()).isEqualTo(RejectReason.NONE);
        assertThat(decision.sizeMantissa()).isEqualTo(m("0.166"));
        assertThat(decision.riskAmountMantissa()).isEqualTo(m("99.6"));
        assertThat(decision.riskBudgetMantissa()).isEqualTo(m("100"));
        assertThat(decision.riskBps()).isEqualTo(100);
        assertThat(decision.equityMantissa()).isEqualTo(m("10000"));
        assertThat(decision.clippedBy()).isEqualTo(RejectReason.NONE);
    }

    @Test
    void shouldAnswerRatherThanOverflowWhenEquityTimesAnExposureCapExceedsALong()
    {
        // arrange: 30 billion USDT of equity (3e18 at exponent -8); 300 % of it does not fit a long
        final Portfolio rich = new Portfolio(3_000_000_000_000_000_000L, 4);
        rich.define(fixture.btc, 5);
        final RiskEngine engine = new RiskEngine(RiskFixture.limits());

        // act
        final RiskDecision decision = engine.evaluate(0, fixture.btc, LONG, m("60000"), m("59400"), 0, m("60000"),
            rich, RiskFixture.T0);

        // assert: a decision, sized and capped, instead of an ArithmeticException halting the bot
        assertThat(decision.accepted()).isTrue();
        assertThat(decision.sizeMantissa()).isPositive();
    }

    @Test
    void shouldSizeAShortDownToTheStep()
    {
        // arrange
        final RiskEngine engine = new RiskEngine(RiskFixture.limits().allocationCapBps(2, 10_000));

        // act: 100 / (3,060 − 3,000) = 1.6666… ETH
        final RiskDecision decision = engine.evaluate(2, fixture.eth, SHORT, m("3000"), m("3060"), 0, m("3000"),
            fixture.portfolio, T0);

        // assert
        assertThat(decision.accepted()).isTrue();
        assertThat(decision.sizeMantissa()).isEqualTo(m("1.666"));
        assertThat(decision.riskAmountMantissa()).isEqualTo(m("99.96"));
    }

    @Test
    void shouldSizeFromASmallerRequestedRisk()
    {
        // arrange
        final RiskEngine engine = new RiskEngine(RiskFixture.limits().allocationCapBps(0, 10_000));

        // act: 0.5% of 10,000 over 600
        final RiskDecision decision = engine.evaluate(0, fixture.btc, LONG, m("60000"), m("59400"), 50, m("60000"),
            fixture.portfolio, T0);

        // assert
        assertThat(decision.accepted()).isTrue();
        assertThat(decision.riskBps()).isEqualTo(50);
        assertThat(decision.riskBudgetMantissa()).isEqualTo(m("50"));
        assertThat(decision.sizeMantissa()).isEqualTo(m("0.083"));
        assertThat(decision.riskAmountMantissa()).isEqualTo(m("49.8"));
    }

    @Test
    void shouldUseTheStrategyRiskOverride()
    {
        // arrange
        final RiskEngine engine = new RiskEngine(RiskFixture.limits()
            .riskPerTradeBps(1, 200).allocationCapBps(1, 30_000));

        // act: 2% of 10,000 over 600
        final RiskDecision decision = fixture.longBtc(engine, 1, "60000", "59400");

        // assert
        assertThat(decision.accepted()).isTrue();
        assertThat(decision.riskBps()).isEqualTo(200);
        assertThat(decision.sizeMantissa()).isEqualTo(m("0.333"));
        assertThat(decision.riskAmountMantissa()).isEqualTo(m("199.8"));
    }

    @Test
    void shouldSizeFromEquityIncludingUnrealizedProfit()
    {
        // arrange: strategy 1 is 200 up at the mark, its stop above its entry (no open risk)
        fixture.hold(1, fixture.btc, LONG, "60000", "0.1", "61000");
        fixture.portfolio.mark(fixture.btc.instrumentId(), m("62000"));
        final RiskEngine engine = new RiskEngine(RiskFixture.limits().allocationCapBps(0, 20_000));

        // act: 1% of 10,200 over 600
        final RiskDecision decision = fixture.longBtc(engine, 0, "62000", "61400");

        // assert
        assertThat(decision.accepted()).isTrue();
        assertThat(decision.equityMantissa()).isEqualTo(m("10200"));
        assertThat(decision.sizeMantissa()).isEqualTo(m("0.17"));
    }

    @Test
    void shouldClipToTheStrategyAllocationCap()
    {
        // arrange: default cap 25% of 10,000
        final RiskEngine engine = new RiskEngine(RiskFixture.limits());

        // act: 0.166 BTC would be 9,960 of notional
        final RiskDecision decision = fixture.longBtc(engine, 0, "60000", "59400");

        // assert: 2,500 / 60,000 = 0.041666… → 0.041
        assertThat(decision.accepted()).isTrue();
        assertThat(decision.clippedBy()).isEqualTo(RejectReason.ALLOCATION_CAP);
        assertThat(decision.sizeMantissa()).isEqualTo(m("0.041"));
        assertThat(decision.riskAmountMantissa()).isEqualTo(m("24.6"));
    }

    @Test
    void shouldCountTheStrategyExposureAlreadyHeldAgainstItsCap()
    {
        // arrange: strategy 0 already holds 1,500 of notional
        fixture.hold(0, fixture.eth, LONG, "3000", "0.5", "2970");
        final RiskEngine engine = new RiskEngine(RiskFixture.limits());

        // act
        final RiskDecision decision = fixture.longBtc(engine, 0, "60000", "59400");

        // assert: 1,000 of room / 60,000 = 0.01666… → 0.016
        assertThat(decision.accepted()).isTrue();
        assertThat(decision.sizeMantissa()).isEqualTo(m("0.016"));
        assertThat(decision.clippedBy()).isEqualTo(RejectReason.ALLOCATION_CAP);
    }

    @Test
    void shouldClipToTotalExposure()
    {
        // arrange: total exposure 50% of equity, 4,500 already held by another strategy
        fixture.hold(1, fixture.btc, LONG, "60000", "0.075", "59400");
        final RiskEngine capped = new RiskEngine(RiskFixture.limits().maxTotalExposureBps(5_000));
        final RiskEngine uncapped = new RiskEngine(RiskFixture.limits());

        // act
        final RiskDecision decision = fixture.longBtc(capped, 0, "60000", "59400");

        // assert: 500 of room / 60,000 = 0.00833… → 0.008
        assertThat(decision.accepted()).isTrue();
        assertThat(decision.sizeMantissa()).isEqualTo(m("0.008"));
        assertThat(decision.clippedBy()).isEqualTo(RejectReason.TOTAL_EXPOSURE);

        // without the limit only the allocation cap clips
        final RiskDecision free = fixture.longBtc(uncapped, 0, "60000", "59400");
        assertThat(free.sizeMantissa()).isEqualTo(m("0.041"));
        assertThat(free.clippedBy()).isEqualTo(RejectReason.ALLOCATION_CAP);
    }
}
