package com.tradefinder.gateway.binance.account;

/**
 * An order's status at the venue ({@code status} of {@code GET /fapi/v1/order}), plus {@link #NOT_FOUND} for an order
 * the venue does not know (error -2013), which the integrator reports with {@link VenueOrderStatus#notFound}.
 */
public enum VenueOrderState
{
    NEW,
    PARTIALLY_FILLED,
    FILLED,
    CANCELED,
    EXPIRED,
    EXPIRED_IN_MATCH,
    REJECTED,
    NOT_FOUND;

    /**
     * @return true if the order can still trade.
     */
    public boolean isOpen()
    {
        return this == NEW || this == PARTIALLY_FILLED;
    }
}
