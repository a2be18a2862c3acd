package com.tradefinder.gateway.binance.rest;

/**
 * The trading filters of one symbol from exchangeInfo, as exact decimals. {@code pricePrecision} and
 * {@code quantityPrecision} are deliberately not read: Binance says to use the filters. A filter the symbol lacks is
 * {@link DecimalValue#ZERO}. Immutable, thread-safe.
 *
 * @param symbol         venue symbol, e.g. BTCUSDT.
 * @param status         e.g. TRADING.
 * @param tickSize       PRICE_FILTER tickSize.
 * @param minPrice       PRICE_FILTER minPrice.
 * @param maxPrice       PRICE_FILTER maxPrice.
 * @param stepSize       LOT_SIZE stepSize (limit orders).
 * @param minQty         LOT_SIZE minQty.
 * @param maxQty         LOT_SIZE maxQty.
 * @param marketStepSize MARKET_LOT_SIZE stepSize.
 * @param marketMinQty   MARKET_LOT_SIZE minQty.
 * @param marketMaxQty   MARKET_LOT_SIZE maxQty.
 * @param minNotional    MIN_NOTIONAL notional (quote amount).
 */
public record SymbolFilters(
    String symbol,
    String status,
    DecimalValue tickSize,
    DecimalValue minPrice,
    DecimalValue maxPrice,
    DecimalValue stepSize,
    DecimalValue minQty,
    DecimalValue maxQty,
    DecimalValue marketStepSize,
    DecimalValue marketMinQty,
    DecimalValue marketMaxQty,
    DecimalValue minNotional)
{
    /**
     * @return the exponent prices of this symbol need: that of the tick size.
     */
    public int priceExponent()
    {
        return tickSize.exponent();
    }

    /**
     * @return the exponent sizes of this symbol need: the finer of the limit and market step sizes.
     */
    public int sizeExponent()
    {
        return Math.min(stepSize.exponent(), marketStepSize.exponent());
    }
}
