package com.tradefinder.tools.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.tradefinder.codecs.Venue;

/**
 * A catalogue of a few Binance instruments for tests; remembers which symbols it was asked about.
 */
final class FixedCaptureInstruments implements CaptureInstruments
{
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<int[]> exponents = new ArrayList<>();
    private final List<String> asked = new ArrayList<>();

    FixedCaptureInstruments add(final String symbol, final int priceExponent, final int sizeExponent)
    {
        ids.put(symbol, exponents.size());
        exponents.add(new int[]{ priceExponent, sizeExponent });
        return this;
    }

    @Override
    public int instrumentId(final Venue venue, final String symbol)
    {
        asked.add(venue + ":" + symbol);
        return venue == Venue.BINANCE_USDM ? ids.getOrDefault(symbol, NOT_FOUND) : NOT_FOUND;
    }

    @Override
    public int priceExponent(final int instrumentId)
    {
        return exponents.get(instrumentId)[0];
    }

    @Override
    public int sizeExponent(final int instrumentId)
    {
        return exponents.get(instrumentId)[1];
    }

    List<String> asked()
    {
        return asked;
    }
}
