package com.tradefinder.engine.testsupport;

import com.tradefinder.engine.marketdata.InstrumentSpec;
import com.tradefinder.numeric.FixedPoint;

/**
 * Instruments with Binance USDⓈ-M filters at exponent -8 for prices and sizes, and exact decimal mantissas, for
 * portfolio and risk tests.
 */
public final class TestInstruments
{
    /** BTCUSDT id. */
    public static final int BTC = 1;
    /** ETHUSDT id. */
    public static final int ETH = 2;

    private TestInstruments()
    {
    }

    /**
     * @return BTCUSDT: tick 0.1, step 0.001, minimum size 0.001, minimum notional 100 USDT, leverage up to 125.
     */
    public static InstrumentSpec btc()
    {
        return new InstrumentSpec().set(BTC, -8, -8, m("0.1"), m("0.001"), m("0.001"), m("100"), 125);
    }

    /**
     * @return ETHUSDT: tick 0.01, step 0.001, minimum size 0.001, minimum notional 20 USDT, leverage up to 100.
     */
    public static InstrumentSpec eth()
    {
        return new InstrumentSpec().set(ETH, -8, -8, m("0.01"), m("0.001"), m("0.001"), m("20"), 100);
    }

    /**
     * @param decimal exact decimal text.
     * @return its mantissa at exponent -8 (prices, sizes and quote amounts of these instruments alike).
     */
    public static long m(final String decimal)
    {
        final long mantissa = FixedPoint.parse(decimal, -8);
        if (mantissa == FixedPoint.INVALID)
        {
            throw new IllegalArgumentException("not exact at exponent -8: " + decimal);
        }
        return mantissa;
    }
}
