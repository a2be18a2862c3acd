package com.tradefinder.gateway.binance.session;

import com.tradefinder.gateway.binance.marketdata.InstrumentLookup;
import com.tradefinder.gateway.binance.order.BinanceInstruments;
import com.tradefinder.gateway.binance.rest.ExchangeInfo;
import com.tradefinder.gateway.binance.rest.SymbolFilters;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The instruments one engine trades on Binance USDⓈ-M, fixed at start from exchangeInfo: engine instrument ids
 * (1, 2, … in the order given), the engine's price and size exponents (the same for every instrument, as in
 * backtests, so strategies see the same numbers live), and the filters that become the instruments' definitions. Immutable once built; safe to share between the market-data and order threads.
 */
public final class BinanceSymbols
{
    /** Largest instrument id this registry hands out, and the capacity of its lookups. */
    private static final int CAPACITY = 1_024;

    private final List<SymbolFilters> filters;
    private final int priceExponent;
    private final int sizeExponent;
    private final InstrumentLookup lookup = new InstrumentLookup(CAPACITY);
    private final BinanceInstruments instruments = new BinanceInstruments(CAPACITY);

    private BinanceSymbols(final List<SymbolFilters> filters, final int priceExponent, final int sizeExponent)
    {
        this.filters = Collections.unmodifiableList(filters);
        this.priceExponent = priceExponent;
        this.sizeExponent = sizeExponent;
        for (int i = 0; i < filters.size(); i++)
        {
            final SymbolFilters symbol = filters.get(i);
            if (symbol.priceExponent() < priceExponent || symbol.sizeExponent() < sizeExponent)
            {
                throw new IllegalArgumentException(symbol.symbol() + " has a tick or step finer than the engine's " +
                    "exponents " + priceExponent + "/" + sizeExponent);
            }
            lookup.register(symbol.symbol(), instrumentId(i), priceExponent, sizeExponent);
            instruments.register(instrumentId(i), symbol.symbol(), priceExponent, sizeExponent);
        }
    }

    /**
     * @param exchangeInfo the venue's answer to {@code GET /fapi/v1/exchangeInfo}.
     * @param symbols      the symbols to trade, e.g. {@code BTCUSDT}; duplicates ignored.
     * @param priceExponent the engine's price exponent (e.g. -8).
     * @param sizeExponent  the engine's size exponent (e.g. -8).
     * @return the registry.
     * @throws IllegalArgumentException naming the first symbol the venue does not list or does not trade.
     */
    public static BinanceSymbols of(final ExchangeInfo exchangeInfo, final List<String> symbols,
        final int priceExponent, final int sizeExponent)
    {
        final List<SymbolFilters> chosen = new ArrayList<>();
        final List<String> seen = new ArrayList<>();
        for (final String name : symbols)
        {
            final String symbol = name.toUpperCase(Locale.ROOT);
            if (seen.contains(symbol))
            {
                continue;
            }
            seen.add(symbol);
            final SymbolFilters filters = exchangeInfo.symbol(symbol);
            if (filters == null)
            {
                throw new IllegalArgumentException("exchangeInfo does not list " + symbol);
            }
            if (filters.status() != null && !"TRADING".equals(filters.status()))
            {
                throw new IllegalArgumentException(symbol + " is not trading on the venue (status " +
                    filters.status() + ")");
            }
            chosen.add(filters);
        }
        if (chosen.size() >= CAPACITY)
        {
            throw new IllegalArgumentException("at most " + (CAPACITY - 1) + " symbols per engine");
        }
        return new BinanceSymbols(chosen, priceExponent, sizeExponent);
    }

    private static int instrumentId(final int index)
    {
        return index + 1;
    }

    /**
     * @return filters of every symbol, in instrument-id order (id = index + 1).
     */
    public List<SymbolFilters> filters()
    {
        return filters;
    }

    /**
     * @param index position in {@link #filters()}.
     * @return the engine's instrument id for that symbol.
     */
    public int instrumentIdAt(final int index)
    {
        return instrumentId(index);
    }

    /**
     * @return the engine's price exponent for every instrument.
     */
    public int priceExponent()
    {
        return priceExponent;
    }

    /**
     * @return the engine's size exponent for every instrument.
     */
    public int sizeExponent()
    {
        return sizeExponent;
    }

    /**
     * @return venue symbols in instrument-id order.
     */
    public List<String> symbols()
    {
        final List<String> names = new ArrayList<>(filters.size());
        for (final SymbolFilters symbol : filters)
        {
            names.add(symbol.symbol());
        }
        return names;
    }

    /**
     * @return the symbol lookup the frame decoders use.
     */
    public InstrumentLookup lookup()
    {
        return lookup;
    }

    /**
     * @return the id → symbol registry order entry uses.
     */
    public BinanceInstruments instruments()
    {
        return instruments;
    }
}
