package com.tradefinder.engine.risk;

import com.tradefinder.codecs.PositionSide;
import com.tradefinder.engine.marketdata.InstrumentSpec;
import com.tradefinder.engine.portfolio.Portfolio;

import static com.tradefinder.engine.testsupport.TestInstruments.btc;
import static com.tradefinder.engine.testsupport.TestInstruments.eth;
import static com.tradefinder.engine.testsupport.TestInstruments.m;

/**
 * A 10,000 USDT bot with four strategies, BTCUSDT and ETHUSDT at leverage 5, and helpers to ask for entries at an
 * explicit event time.
 */
final class RiskFixture
{
    static final long DAY_NS = 86_400_000_000_000L;
    static final long HOUR_NS = 3_600_000_000_000L;
    static final long SECOND_NS = 1_000_000_000L;
    /** 01:00 UTC on day 19,700 since the epoch (2023-12-09). */
    static final long T0 = 19_700L * DAY_NS + HOUR_NS;

    final InstrumentSpec btc = btc();
    final InstrumentSpec eth = eth();
    final Portfolio portfolio = new Portfolio(m("10000"), 4);

    RiskFixture()
    {
        portfolio.define(btc, 5);
        portfolio.define(eth, 5);
    }

    /**
     * @return default limits with both instruments whitelisted.
     */
    static RiskLimits limits()
    {
        return new RiskLimits().whitelist(btc().instrumentId()).whitelist(eth().instrumentId());
    }

    /**
     * A long BTC entry with the mark at the entry price, at {@link #T0}, asking for the strategy's own risk.
     */
    RiskDecision longBtc(final RiskEngine engine, final int strategyId, final String entry, final String stop)
    {
        return engine.evaluate(strategyId, btc, PositionSide.LONG, m(entry), m(stop), 0, m(entry), portfolio, T0);
    }

    /**
     * Opens a position for a strategy with its stop, and marks the instrument at the fill price.
     */
    void hold(final int strategyId, final InstrumentSpec spec, final PositionSide side, final String price,
        final String size, final String stop)
    {
        portfolio.onFill(strategyId, spec.instrumentId(), side, true, m(price), m(size), 0, T0);
        portfolio.stop(strategyId, spec.instrumentId(), side, m(stop));
        portfolio.mark(spec.instrumentId(), m(price));
    }
}
