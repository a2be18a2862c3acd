package com.tradefinder.engine.risk;

import org.junit.jupiter.api.Test;

import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.RejectReason;
import com.tradefinder.engine.marketdata.InstrumentSpec;
import com.tradefinder.engine.portfolio.Portfolio;

import static com.tradefinder.codecs.PositionSide.LONG;
import static com.tradefinder.codecs.PositionSide.SHORT;
import static com.tradefinder.engine.risk.RiskFixture.T0;
import static com.tradefinder.engine.testsupport.TestInstruments.BTC;
import static com.tradefinder.engine.testsupport.TestInstruments.ETH;
import static com.tradefinder.engine.testsupport.TestInstruments.btc;
import static com.tradefinder.engine.testsupport.TestInstruments.m;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every per-request limit and its reject reason. Each test shows the reject and the same request passing once the
 * limit is relaxed or its condition removed, so it fails without the limit.
 */
class RiskEngineLimitsTest
{
    private final RiskFixture fixture = new RiskFixture();

    @Test
    void shouldRejectARequestAskingMoreThanTheRiskPerTrade()
    {
        // arrange
        final RiskEngine engine = new RiskEngine(RiskFixture.limits().riskPerTradeBps(1, 200));

        // act + assert: strategy 0 may risk 1%, strategy 1 2%
        assertThat(request(engine, 0, 101).reason()).isEqualTo(RejectReason.RISK_PER_TRADE);
        assertThat(request(engine, 0, -1).reason()).isEqualTo(RejectReason.RISK_PER_TRADE);
        assertThat(request(engine, 0, 100).accepted()).isTrue();
        assertThat(request(engine, 1, 101).accepted()).isTrue();
        assertThat(request(engine, 1, 201).reason()).isEqualTo(RejectReason.RISK_PER_TRADE);
        assertThat(engine.rejectCount(RejectReason.RISK_PER_TRADE)).isEqualTo(3);
    }

    @Test
    void shouldRejectWhenTheAllocationCapLeavesLessThanTheMinimums()
    {
        // arrange: strategy 0 holds 2,400 of its 2,500 cap
        fixture.hold(0, fixture.btc, LONG, "60000", "0.04", "59400");
        final RiskEngine capped = new RiskEngine(RiskFixture.limits());
        final RiskEngine uncapped = new RiskEngine(RiskFixture.limits().allocationCapBps(0, 30_000));

        // act: 100 of room buys 0.001 BTC, 60 of notional, under the 100 minimum
        final RiskDecision decision = fixture.longBtc(capped, 0, "60000", "59400");

        // assert
        assertThat(decision.accepted()).isFalse();
        assertThat(decision.reason()).isEqualTo(RejectReason.ALLOCATION_CAP);
        assertThat(decision.sizeMantissa()).isZero();
        assertThat(fixture.longBtc(capped, 1, "60000", "59400").accepted()).isTrue();
        assertThat(fixture.longBtc(uncapped, 0, "60000", "59400").sizeMantissa()).isEqualTo(m("0.166"));
    }

    @Test
    void shouldRejectAStrategyWithAZeroAllocationCap()
    {
        // arrange
        final RiskEngine engine = new RiskEngine(RiskFixture.limits().allocationCapBps(3, 0));

        // act + assert
        assertThat(fixture.longBtc(engine, 3, "60000", "59400").reason()).isEqualTo(RejectReason.ALLOCATION_CAP);
        assertThat(fixture.longBtc(engine, 2, "60000", "59400").accepted()).isTrue();
    }

    @Test
    void shouldRejectWhenTotalExposureLeavesLessThanTheMinimums()
    {
        // arrange: 4,950 held against a 5,000 total cap
        fixture.hold(1, fixture.btc, LONG, "60000", "0.0825", "59400");
        final RiskEngine capped = new RiskEngine(RiskFixture.limits().maxTotalExposureBps(5_000));
        final RiskEngine uncapped = new RiskEngine(RiskFixture.limits());

        // act + assert
        assertThat(fixture.longBtc(capped, 0, "60000", "59400").reason()).isEqualTo(RejectReason.TOTAL_EXPOSURE);
        assertThat(fixture.longBtc(uncapped, 0, "60000", "59400").accepted()).isTrue();
    }

    @Test
    void shouldRejectAnEntryThatTakesGrossExposureAboveMaxLeverage()
    {
        // arrange: leverage at most 2, 18,000 held on 10,000 of equity
        fixture.portfolio.define(btc(), 2);
        fixture.hold(1, fixture.btc, LONG, "60000", "0.3", "59400");
        final RiskEngine twice = new RiskEngine(RiskFixture.limits().maxLeverage(2));
        final RiskEngine thrice = new RiskEngine(RiskFixture.limits().maxLeverage(3));

        // act: 0.041 BTC adds 2,460, 20,460 > 20,000
        final RiskDecision decision = fixture.longBtc(twice, 0, "60000", "59400");

        // assert
        assertThat(decision.reason()).isEqualTo(RejectReason.LEVERAGE);
        assertThat(fixture.longBtc(thrice, 0, "60000", "59400").accepted()).isTrue();
    }

    @Test
    void shouldRejectAnInstrumentWhoseLeverageExceedsMaxLeverage()
    {
        // arrange
        fixture.portfolio.define(btc(), 10);
        final RiskEngine engine = new RiskEngine(RiskFixture.limits());

        // act + assert
        assertThat(fixture.longBtc(engine, 0, "60000", "59400").reason()).isEqualTo(RejectReason.LEVERAGE);
        fixture.portfolio.define(btc(), 5);
        assertThat(fixture.longBtc(engine, 0, "60000", "59400").accepted()).isTrue();
    }

    @Test
    void shouldRejectAnEntryThatTakesPortfolioHeatAboveTheLimit()
    {
        // arrange: 600 already at risk, the whole 6% of 10,000
        fixture.hold(1, fixture.btc, LONG, "60000", "0.05", "48000");
        final RiskEngine engine = new RiskEngine(RiskFixture.limits());
        final RiskEngine hotter = new RiskEngine(RiskFixture.limits().maxPortfolioHeatBps(700));

        // act: 24.6 more
        final RiskDecision decision = fixture.longBtc(engine, 0, "60000", "59400");

        // assert
        assertThat(fixture.portfolio.openRisk()).isEqualTo(m("600"));
        assertThat(decision.reason()).isEqualTo(RejectReason.PORTFOLIO_HEAT);
        assertThat(fixture.longBtc(hotter, 0, "60000", "59400").accepted()).isTrue();
        fixture.portfolio.stop(1, BTC, LONG, m("49000"));
        assertThat(fixture.longBtc(engine, 0, "60000", "59400").accepted()).isTrue();
    }

    @Test
    void shouldRejectAnInstrumentOffTheWhitelist()
    {
        // arrange
        final RiskEngine btcOnly = new RiskEngine(new RiskLimits().whitelist(BTC));
        final RiskEngine both = new RiskEngine(RiskFixture.limits());
        final RiskEngine unknown = new RiskEngine(RiskFixture.limits().whitelist(3));
        final InstrumentSpec undefined = new InstrumentSpec().set(3, -8, -8, m("0.01"), m("0.001"), 1, 0, 20);

        // act + assert
        assertThat(shortEth(btcOnly).reason()).isEqualTo(RejectReason.NOT_WHITELISTED);
        assertThat(shortEth(both).accepted()).isTrue();
        assertThat(unknown.evaluate(0, undefined, LONG, m("100"), m("99"), 0, m("100"), fixture.portfolio, T0)
            .reason()).isEqualTo(RejectReason.NOT_WHITELISTED);
    }

    @Test
    void shouldRejectEveryEntryWhileTheKillSwitchIsEngaged()
    {
        // arrange
        final RiskEngine engine = new RiskEngine(RiskFixture.limits());

        // act
        engine.killSwitch(true);

        // assert
        assertThat(engine.entriesBlocked()).isTrue();
        assertThat(engine.blockedReason()).isEqualTo(RejectReason.KILL_SWITCH);
        assertThat(fixture.longBtc(engine, 0, "60000", "59400").reason()).isEqualTo(RejectReason.KILL_SWITCH);
        engine.killSwitch(false);
        assertThat(engine.entriesBlocked()).isFalse();
        assertThat(engine.blockedReason()).isEqualTo(RejectReason.NONE);
        assertThat(fixture.longBtc(engine, 0, "60000", "59400").accepted()).isTrue();
    }

    @Test
    void shouldRejectEveryEntryWhileTheBotIsPaused()
    {
        // arrange
        final RiskEngine engine = new RiskEngine(RiskFixture.limits());

        // act
        engine.pause(true);

        // assert
        assertThat(engine.blockedReason()).isEqualTo(RejectReason.BOT_PAUSED);
        assertThat(fixture.longBtc(engine, 0, "60000", "59400").reason()).isEqualTo(RejectReason.BOT_PAUSED);
        engine.killSwitch(true);
        assertThat(fixture.longBtc(engine, 0, "60000", "59400").reason()).isEqualTo(RejectReason.KILL_SWITCH);
        engine.killSwitch(false);
        engine.pause(false);
        assertThat(fixture.longBtc(engine, 0, "60000", "59400").accepted()).isTrue();
    }

    @Test
    void shouldRejectAMissingStopOrOneOnTheWrongSide()
    {
        // arrange
        final RiskEngine engine = new RiskEngine(RiskFixture.limits());

        // act + assert
        assertThat(fixture.longBtc(engine, 0, "60000", "0").reason()).isEqualTo(RejectReason.NO_STOP);
        assertThat(fixture.longBtc(engine, 0, "60000", "60000").reason()).isEqualTo(RejectReason.NO_STOP);
        assertThat(fixture.longBtc(engine, 0, "60000", "60600").reason()).isEqualTo(RejectReason.NO_STOP);
        assertThat(shortEth(engine, "3000", "2970").reason()).isEqualTo(RejectReason.NO_STOP);
        assertThat(shortEth(engine, "3000", "3030").accepted()).isTrue();
        assertThat(fixture.longBtc(engine, 0, "60000", "59400").accepted()).isTrue();
    }

    @Test
    void shouldRejectAStopCloserThanOneTick()
    {
        // arrange: BTC tick 0.1
        final RiskEngine engine = new RiskEngine(RiskFixture.limits());

        // act + assert
        assertThat(fixture.longBtc(engine, 0, "60000", "59999.95").reason()).isEqualTo(RejectReason.STOP_TOO_CLOSE);
        assertThat(shortEth(engine, "3000", "3000.005").reason()).isEqualTo(RejectReason.STOP_TOO_CLOSE);
        assertThat(fixture.longBtc(engine, 0, "60000", "59999.9").accepted()).isTrue();
    }

    @Test
    void shouldRejectAnEntryOutsideThePriceBandAroundTheMark()
    {
        // arrange: 2% of a 60,000 mark is 1,200
        final RiskEngine engine = new RiskEngine(RiskFixture.limits());
        final RiskEngine wider = new RiskEngine(RiskFixture.limits().priceBandBps(300));

        // act + assert
        assertThat(band(engine, "61200", "60000").accepted()).isTrue();
        assertThat(band(engine, "61200.1", "60000").reason()).isEqualTo(RejectReason.PRICE_BAND);
        assertThat(band(engine, "58799.9", "60000").reason()).isEqualTo(RejectReason.PRICE_BAND);
        assertThat(band(engine, "58800", "60000").accepted()).isTrue();
        assertThat(band(engine, "60000", "0").reason()).isEqualTo(RejectReason.PRICE_BAND);
        assertThat(band(wider, "61200.1", "60000").accepted()).isTrue();
    }

    @Test
    void shouldRejectASizeBelowTheMinimumNotional()
    {
        // arrange: 100 of risk over a 59,000 stop distance is 0.001 BTC, 60 of notional
        final RiskEngine engine = new RiskEngine(RiskFixture.limits());
        final InstrumentSpec lowMinimum = btc().set(BTC, -8, -8, m("0.1"), m("0.001"), m("0.001"), m("50"), 125);

        // act + assert
        assertThat(fixture.longBtc(engine, 0, "60000", "1000").reason()).isEqualTo(RejectReason.MIN_NOTIONAL);
        final RiskDecision decision = engine.evaluate(0, lowMinimum, LONG, m("60000"), m("1000"), 0, m("60000"),
            fixture.portfolio, T0);
        assertThat(decision.accepted()).isTrue();
        assertThat(decision.sizeMantissa()).isEqualTo(m("0.001"));
        assertThat(decision.riskAmountMantissa()).isEqualTo(m("59"));
    }

    @Test
    void shouldRejectASizeBelowTheStepOrMinimumSize()
    {
        // arrange: 10 of risk over 59,000 is 0.000169 BTC
        final RiskEngine engine = new RiskEngine(RiskFixture.limits());
        final InstrumentSpec fineSteps = btc().set(BTC, -8, -8, m("0.1"), m("0.0001"), m("0.0001"), 0, 125);
        final InstrumentSpec largeMinimum = btc().set(BTC, -8, -8, m("0.1"), m("0.001"), m("0.01"), 0, 125);

        // act + assert
        assertThat(engine.evaluate(0, fixture.btc, LONG, m("60000"), m("1000"), 10, m("60000"), fixture.portfolio,
            T0).reason()).isEqualTo(RejectReason.SIZE_STEP);
        final RiskDecision decision = engine.evaluate(0, fineSteps, LONG, m("60000"), m("1000"), 10, m("60000"),
            fixture.portfolio, T0);
        assertThat(decision.accepted()).isTrue();
        assertThat(decision.sizeMantissa()).isEqualTo(m("0.0001"));
        assertThat(engine.evaluate(0, largeMinimum, LONG, m("60000"), m("1000"), 0, m("60000"), fixture.portfolio,
            T0).reason()).isEqualTo(RejectReason.SIZE_STEP);
    }

    @Test
    void shouldRejectAMalformedRequest()
    {
        // arrange
        final RiskEngine engine = new RiskEngine(RiskFixture.limits());
        final Portfolio portfolio = fixture.portfolio;

        // act + assert
        assertThat(engine.evaluate(0, fixture.btc, PositionSide.BOTH, m("60000"), m("59400"), 0, m("60000"),
            portfolio, T0).reason()).isEqualTo(RejectReason.BAD_SIGNAL);
        assertThat(engine.evaluate(0, fixture.btc, LONG, 0, m("59400"), 0, m("60000"), portfolio, T0).reason())
            .isEqualTo(RejectReason.BAD_SIGNAL);
        assertThat(engine.evaluate(4, fixture.btc, LONG, m("60000"), m("59400"), 0, m("60000"), portfolio, T0)
            .reason()).isEqualTo(RejectReason.BAD_SIGNAL);
        assertThat(engine.evaluate(-1, fixture.btc, LONG, m("60000"), m("59400"), 0, m("60000"), portfolio, T0)
            .reason()).isEqualTo(RejectReason.BAD_SIGNAL);
    }

    @Test
    void shouldReuseOneDecisionAndCountOutcomes()
    {
        // arrange
        final RiskEngine engine = new RiskEngine(RiskFixture.limits());

        // act
        final RiskDecision first = fixture.longBtc(engine, 0, "60000", "0");
        final RiskDecision second = fixture.longBtc(engine, 0, "60000", "59400");

        // assert
        assertThat(second).isSameAs(first).isSameAs(engine.decision());
        assertThat(second.accepted()).isTrue();
        assertThat(second.reason()).isEqualTo(RejectReason.NONE);
        assertThat(second.strategyId()).isZero();
        assertThat(second.instrumentId()).isEqualTo(BTC);
        assertThat(second.side()).isEqualTo(LONG);
        assertThat(second.entryPriceMantissa()).isEqualTo(m("60000"));
        assertThat(second.stopPriceMantissa()).isEqualTo(m("59400"));
        assertThat(second.timeNs()).isEqualTo(T0);
        assertThat(engine.evaluations()).isEqualTo(2);
        assertThat(engine.acceptedCount()).isEqualTo(1);
        assertThat(engine.rejectCount(RejectReason.NO_STOP)).isEqualTo(1);
    }

    private RiskDecision request(final RiskEngine engine, final int strategyId, final int riskBps)
    {
        return engine.evaluate(strategyId, fixture.btc, LONG, m("60000"), m("59400"), riskBps, m("60000"),
            fixture.portfolio, T0);
    }

    private RiskDecision shortEth(final RiskEngine engine)
    {
        return shortEth(engine, "3000", "3060");
    }

    private RiskDecision shortEth(final RiskEngine engine, final String entry, final String stop)
    {
        return engine.evaluate(0, fixture.eth, SHORT, m(entry), m(stop), 0, m(entry), fixture.portfolio, T0);
    }

    private RiskDecision band(final RiskEngine engine, final String entry, final String mark)
    {
        final long entryMantissa = m(entry);
        return engine.evaluate(0, fixture.btc, LONG, entryMantissa, entryMantissa - m("600"), 0, m(mark),
            fixture.portfolio, T0);
    }
}
