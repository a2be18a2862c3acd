package com.tradefinder.gateway.binance.userdata;

import com.tradefinder.gateway.binance.marketdata.InstrumentLookup;

/**
 * The instruments of the user-data fixtures, with exponents at their venue tick and step sizes.
 */
public final class TestInstruments
{
    public static final int DOGE_PRICE_EXPONENT = -5;
    public static final int DOGE_SIZE_EXPONENT = 0;

    private static final String[] SYMBOLS = { "BTCUSDT", "ETHUSDT", "DOGEUSDT", "BNBUSDT" };
    private static final int[] IDS = { 101, 102, 103, 104 };
    private static final int[] PRICE_EXPONENTS = { -2, -2, DOGE_PRICE_EXPONENT, -3 };
    private static final int[] SIZE_EXPONENTS = { -3, -3, DOGE_SIZE_EXPONENT, -2 };

    private TestInstruments()
    {
    }

    public static InstrumentLookup lookup()
    {
        final InstrumentLookup lookup = new InstrumentLookup(SYMBOLS.length);
        for (int i = 0; i < SYMBOLS.length; i++)
        {
            lookup.register(SYMBOLS[i], IDS[i], PRICE_EXPONENTS[i], SIZE_EXPONENTS[i]);
        }
        return lookup;
    }

    public static int id(final String symbol)
    {
        return IDS[index(symbol)];
    }

    public static int priceExponent(final String symbol)
    {
        return PRICE_EXPONENTS[index(symbol)];
    }

    public static int sizeExponent(final String symbol)
    {
        return SIZE_EXPONENTS[index(symbol)];
    }

    private static int index(final String symbol)
    {
        for (int i = 0; i < SYMBOLS.length; i++)
        {
            if (SYMBOLS[i].equals(symbol))
            {
                return i;
            }
        }
        throw new AssertionError("no test instrument " + symbol);
    }
}
