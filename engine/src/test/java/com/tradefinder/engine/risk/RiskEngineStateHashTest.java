package com.tradefinder.engine.risk;

import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import com.tradefinder.engine.util.Hashing;

import static com.tradefinder.engine.risk.RiskFixture.SECOND_NS;
import static com.tradefinder.engine.risk.RiskFixture.T0;
import static com.tradefinder.engine.testsupport.TestInstruments.m;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same inputs give the same hash; every kind of state change shows in it.
 */
class RiskEngineStateHashTest
{
    @Test
    void shouldHashEqualHistoriesEqually()
    {
        // arrange
        final RiskFixture fixture = new RiskFixture();
        final RiskEngine first = new RiskEngine(RiskFixture.limits());
        final RiskEngine second = new RiskEngine(RiskFixture.limits());

        // act
        for (final RiskEngine engine : new RiskEngine[]{ first, second })
        {
            engine.onEquity(m("10000"), T0);
            engine.onOrderSent(T0 + SECOND_NS);
            fixture.longBtc(engine, 0, "60000", "59400");
            fixture.longBtc(engine, 0, "60000", "0");
        }

        // assert
        assertThat(first.stateHash(Hashing.SEED)).isEqualTo(second.stateHash(Hashing.SEED));
    }

    @Test
    void shouldChangeTheHashWithEveryKindOfState()
    {
        final RiskFixture fixture = new RiskFixture();
        assertChanges(engine -> engine.onOrderSent(T0));
        assertChanges(engine -> engine.onEquity(m("9000"), T0));
        assertChanges(engine -> engine.killSwitch(true));
        assertChanges(engine -> engine.pause(true));
        assertChanges(engine -> engine.resetDrawdownBreaker(T0));
        assertChanges(engine -> fixture.longBtc(engine, 0, "60000", "59400"));
        assertThat(new RiskEngine(RiskFixture.limits().maxLeverage(4)).stateHash(Hashing.SEED))
            .isNotEqualTo(new RiskEngine(RiskFixture.limits()).stateHash(Hashing.SEED));
    }

    private static void assertChanges(final Consumer<RiskEngine> change)
    {
        final RiskEngine engine = new RiskEngine(RiskFixture.limits());
        final long before = engine.stateHash(Hashing.SEED);
        change.accept(engine);
        assertThat(engine.stateHash(Hashing.SEED)).isNotEqualTo(before);
    }
}
