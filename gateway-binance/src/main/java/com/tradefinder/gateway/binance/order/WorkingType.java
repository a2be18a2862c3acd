package com.tradefinder.gateway.binance.order;

/**
 * Which price triggers a conditional (algo) order: Binance's {@code workingType}.
 */
public enum WorkingType
{
    /** The last traded price (Binance's default). */
    CONTRACT_PRICE,
    /** The mark price: not moved by a single wick on the book. */
    MARK_PRICE
}
