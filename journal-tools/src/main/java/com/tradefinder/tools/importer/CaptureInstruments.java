package com.tradefinder.tools.importer;

import com.tradefinder.codecs.Venue;

/**
 * What a capture importer needs to know about instruments: the id and exponents for a venue's symbol.
 * <p>
 * A stand-in for the instrument catalogue, which is meant to implement it. Called from the import thread only, once
 * per symbol a capture names for the first time (and again for every line of a symbol it does not know).
 */
public interface CaptureInstruments
{
    /** Returned by {@link #instrumentId(Venue, String)} for a symbol the catalogue does not know. */
    int NOT_FOUND = -1;

    /**
     * @param venue  the venue the capture comes from.
     * @param symbol the venue's symbol, upper case, e.g. {@code BTCUSDT}.
     * @return the instrument id, or {@link #NOT_FOUND}.
     */
    int instrumentId(Venue venue, String symbol);

    /**
     * @param instrumentId an id returned by {@link #instrumentId(Venue, String)}.
     * @return the decimal exponent of its prices (mark and index prices included), in [-18, 0].
     */
    int priceExponent(int instrumentId);

    /**
     * @param instrumentId an id returned by {@link #instrumentId(Venue, String)}.
     * @return the decimal exponent of its sizes, in [-18, 0].
     */
    int sizeExponent(int instrumentId);
}
