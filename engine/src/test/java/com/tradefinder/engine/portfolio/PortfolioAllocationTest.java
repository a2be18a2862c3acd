package com.tradefinder.engine.portfolio;

import org.junit.jupiter.api.Test;

import com.tradefinder.engine.testsupport.AllocationMeter;
import com.tradefinder.engine.util.Hashing;

import static com.tradefinder.codecs.PositionSide.LONG;
import static com.tradefinder.codecs.PositionSide.SHORT;
import static com.tradefinder.engine.testsupport.TestInstruments.BTC;
import static com.tradefinder.engine.testsupport.TestInstruments.ETH;
import static com.tradefinder.engine.testsupport.TestInstruments.btc;
import static com.tradefinder.engine.testsupport.TestInstruments.eth;
import static com.tradefinder.engine.testsupport.TestInstruments.m;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fills, funding, marks, stops and queries allocate nothing once the instruments are defined.
 */
class PortfolioAllocationTest
{
    private static final int EVENTS = 100_000;
    private static final long BTC_PRICE = m("60000");
    private static final long ETH_PRICE = m("3000");
    private static final long TICK = m("0.1");
    private static final long STOP_DISTANCE = m("600");
    private static final long BTC_SIZE = m("0.01");
    private static final long ETH_SIZE = m("0.1");
    private static final long FEE = m("0.12");

    private final Portfolio portfolio = new Portfolio(m("10000"), 4);
    private long checksum;

    @Test
    void shouldAllocateNothingPerFillFundingMarkOrStop()
    {
        // arrange
        portfolio.define(btc(), 10);
        portfolio.define(eth(), 20);
        run(0);

        // act: a round during which a collection ran is discarded (its accounting can show bytes nobody allocated)
        long best = Long.MAX_VALUE;
        int clean = 0;
        for (int round = 1; round < 12 && best != 0; round++)
        {
            final long collections = AllocationMeter.collections();
            final long before = AllocationMeter.currentThreadAllocatedBytes();
            run(round);
            final long allocated = AllocationMeter.currentThreadAllocatedBytes() - before;
            if (AllocationMeter.collections() == collections)
            {
                clean++;
                best = Math.min(best, allocated);
            }
        }

        // assert
        assertThat(clean).as("rounds without a collection").isPositive();
        assertThat(best).isZero();
        assertThat(checksum).isNotZero();
    }

    private void run(final int round)
    {
        for (int i = 0; i < EVENTS; i++)
        {
            final long timeNs = (long)round * EVENTS + i;
            final int strategy = i & 3;
            final long price = BTC_PRICE + (i % 1000) * TICK;
            portfolio.onFill(strategy, BTC, LONG, true, price, BTC_SIZE, FEE, timeNs);
            portfolio.stop(strategy, BTC, LONG, price - STOP_DISTANCE);
            portfolio.onFill(strategy, ETH, SHORT, true, ETH_PRICE, ETH_SIZE, FEE, timeNs);
            portfolio.mark(BTC, price + TICK);
            portfolio.mark(ETH, ETH_PRICE - TICK);
            portfolio.onFunding(BTC, LONG, -(i % 7) - 1, timeNs);
            portfolio.onFill(strategy, BTC, LONG, false, price + TICK, BTC_SIZE, FEE, timeNs);
            portfolio.onFill(strategy, ETH, SHORT, false, ETH_PRICE - TICK, ETH_SIZE, FEE, timeNs);
            checksum += portfolio.equity() + portfolio.openRisk() + portfolio.grossExposure() +
                portfolio.strategyExposure(strategy) + portfolio.lastRealizedPnl() +
                portfolio.liquidationPrice(strategy, BTC, LONG) + portfolio.averageEntry(strategy, BTC, LONG);
        }
        checksum = portfolio.stateHash(checksum == 0 ? Hashing.SEED : checksum);
    }
}
