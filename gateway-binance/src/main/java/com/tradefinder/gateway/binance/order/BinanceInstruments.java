package com.tradefinder.gateway.binance.order;

import java.nio.charset.StandardCharsets;

import org.agrona.MutableDirectBuffer;

import com.tradefinder.numeric.FixedPoint;

/**
 * The instruments order entry may trade: engine instrument id to Binance symbol and the exponents of its price and
 * size mantissas, as the integrator configures them (normally the exponents of exchangeInfo's tick and step sizes, or
 * finer). Filled before order entry starts and read-only afterwards: register everything, then hand the registry to
 * {@link BinanceOrderEntry}, whose construction publishes it safely to the threads it uses.
 */
public final class BinanceInstruments
{
    private final byte[][] symbols;
    private final String[] names;
    private final int[] priceExponents;
    private final int[] sizeExponents;

    /**
     * @param capacity one more than the largest instrument id.
     */
    public BinanceInstruments(final int capacity)
    {
        symbols = new byte[capacity][];
        names = new String[capacity];
        priceExponents = new int[capacity];
        sizeExponents = new int[capacity];
    }

    /**
     * @param instrumentId  engine id, in [0, capacity).
     * @param symbol        Binance symbol, e.g. BTCUSDT.
     * @param priceExponent exponent of the engine's price mantissas for it.
     * @param sizeExponent  exponent of the engine's size mantissas for it.
     * @return this.
     */
    public BinanceInstruments register(
        final int instrumentId, final String symbol, final int priceExponent, final int sizeExponent)
    {
        if (instrumentId < 0 || instrumentId >= symbols.length)
        {
            throw new IllegalArgumentException(
                "instrument id " + instrumentId + " outside [0, " + symbols.length + ")");
        }
        if (!symbol.matches("[A-Z0-9_]{1,20}"))
        {
            throw new IllegalArgumentException("not a Binance symbol: '" + symbol + "'");
        }
        checkExponent(priceExponent, symbol);
        checkExponent(sizeExponent, symbol);
        symbols[instrumentId] = symbol.getBytes(StandardCharsets.US_ASCII);
        names[instrumentId] = symbol;
        priceExponents[instrumentId] = priceExponent;
        sizeExponents[instrumentId] = sizeExponent;
        return this;
    }

    /**
     * @param instrumentId engine id.
     * @return whether it is registered.
     */
    public boolean contains(final int instrumentId)
    {
        return instrumentId >= 0 && instrumentId < symbols.length && symbols[instrumentId] != null;
    }

    /**
     * @param instrumentId a registered id.
     * @return its symbol.
     */
    public String symbol(final int instrumentId)
    {
        return names[instrumentId];
    }

    /**
     * @param instrumentId a registered id.
     * @param dst          buffer.
     * @param offset       where the symbol goes.
     * @return bytes written.
     */
    public int writeSymbol(final int instrumentId, final MutableDirectBuffer dst, final int offset)
    {
        final byte[] symbol = symbols[instrumentId];
        dst.putBytes(offset, symbol);
        return symbol.length;
    }

    /**
     * @param instrumentId a registered id.
     * @return exponent of its price mantissas.
     */
    public int priceExponent(final int instrumentId)
    {
        return priceExponents[instrumentId];
    }

    /**
     * @param instrumentId a registered id.
     * @return exponent of its size mantissas.
     */
    public int sizeExponent(final int instrumentId)
    {
        return sizeExponents[instrumentId];
    }

    private static void checkExponent(final int exponent, final String symbol)
    {
        if (exponent > 0 || exponent < FixedPoint.MIN_EXPONENT)
        {
            throw new IllegalArgumentException(symbol + ": exponent " + exponent + " outside [-18, 0]");
        }
    }
}
