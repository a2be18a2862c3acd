package com.tradefinder.engine.ops;

import com.tradefinder.codecs.InstrumentDefinitionDecoder;
import com.tradefinder.codecs.Venue;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The instruments the engine knows, by venue and symbol, with the exponents their prices and sizes are written at:
 * what the webhook receiver needs to turn a ticker and decimal prices into an instrument id and mantissas. Filled from
 * the journaled InstrumentDefinition events (by the status view) or by the host directly. Thread-safe.
 */
public final class InstrumentDirectory
{
    /**
     * One instrument.
     *
     * @param instrumentId  the engine's id.
     * @param venue         where it trades.
     * @param symbol        the venue symbol.
     * @param priceExponent exponent of its prices.
     * @param sizeExponent  exponent of its sizes.
     */
    public record Instrument(int instrumentId, Venue venue, String symbol, int priceExponent, int sizeExponent)
    {
    }

    private final Map<String, Instrument> bySymbol = new ConcurrentHashMap<>();
    private final Map<Integer, Instrument> byId = new ConcurrentHashMap<>();

    /**
     * @param instrument an instrument; replaces one with the same venue and symbol.
     */
    public void define(final Instrument instrument)
    {
        bySymbol.put(key(instrument.venue(), instrument.symbol()), instrument);
        byId.put(instrument.instrumentId(), instrument);
    }

    /**
     * @param definition a decoded InstrumentDefinition.
     */
    public void define(final InstrumentDefinitionDecoder definition)
    {
        define(new Instrument(definition.instrumentId(), definition.venue(), definition.symbol().trim(),
            definition.priceExponent(), definition.sizeExponent()));
    }

    /**
     * @param venue  a venue.
     * @param symbol its symbol, e.g. BTCUSDT.
     * @return the instrument, or null when not defined.
     */
    public Instrument find(final Venue venue, final String symbol)
    {
        return bySymbol.get(key(venue, symbol));
    }

    /**
     * @param instrumentId an engine instrument id.
     * @return the instrument, or null when not defined.
     */
    public Instrument find(final int instrumentId)
    {
        return byId.get(instrumentId);
    }

    private static String key(final Venue venue, final String symbol)
    {
        return venue.name() + ':' + symbol;
    }
}
