package com.tradefinder.gateway.binance.fake;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One symbol's trading filters as {@code GET /fapi/v1/exchangeInfo} publishes them (PRICE_FILTER, LOT_SIZE,
 * MARKET_LOT_SIZE, MIN_NOTIONAL), as mantissas at {@link Decimals#EXPONENT}, plus the print precisions Binance uses
 * for the symbol's prices and quantities in responses.
 * <p>
 * Immutable; safe on any thread.
 */
record SymbolRules(
    String symbol,
    int pricePrecision,
    int quantityPrecision,
    long tickSize,
    long minPrice,
    long maxPrice,
    long stepSize,
    long minQty,
    long maxQty,
    long marketStepSize,
    long marketMinQty,
    long marketMaxQty,
    long minNotional)
{
    /**
     * @param exchangeInfo the exchangeInfo JSON (the fixture the fake also serves).
     * @return rules by symbol, for every symbol listed.
     */
    @SuppressWarnings("unchecked")
    static Map<String, SymbolRules> fromExchangeInfo(final String exchangeInfo)
    {
        final Map<String, SymbolRules> rules = new HashMap<>();
        for (final Object item : (List<Object>)JsonValues.object(exchangeInfo).get("symbols"))
        {
            final Map<String, Object> symbol = (Map<String, Object>)item;
            final Map<String, Map<String, Object>> filters = new HashMap<>();
            for (final Object filter : (List<Object>)symbol.get("filters"))
            {
                final Map<String, Object> fields = (Map<String, Object>)filter;
                filters.put((String)fields.get("filterType"), fields);
            }
            final Map<String, Object> price = filters.get("PRICE_FILTER");
            final Map<String, Object> lot = filters.get("LOT_SIZE");
            final Map<String, Object> marketLot = filters.getOrDefault("MARKET_LOT_SIZE", lot);
            final String name = (String)symbol.get("symbol");
            rules.put(name, new SymbolRules(
                name,
                Integer.parseInt((String)symbol.get("pricePrecision")),
                Integer.parseInt((String)symbol.get("quantityPrecision")),
                decimal(price, "tickSize"),
                decimal(price, "minPrice"),
                decimal(price, "maxPrice"),
                decimal(lot, "stepSize"),
                decimal(lot, "minQty"),
                decimal(lot, "maxQty"),
                decimal(marketLot, "stepSize"),
                decimal(marketLot, "minQty"),
                decimal(marketLot, "maxQty"),
                decimal(filters.get("MIN_NOTIONAL"), "notional")));
        }
        return rules;
    }

    String price(final long mantissa)
    {
        return Decimals.format(mantissa, pricePrecision);
    }

    String quantity(final long mantissa)
    {
        return Decimals.format(mantissa, quantityPrecision);
    }

    private static long decimal(final Map<String, Object> filter, final String key)
    {
        final long value = Decimals.parse((String)filter.get(key));
        if (value == com.tradefinder.numeric.FixedPoint.INVALID)
        {
            throw new IllegalArgumentException("exchangeInfo filter field " + key + " is not a decimal: " + filter);
        }
        return value;
    }
}
