package com.tradefinder.gateway.binance.account;

/**
 * One order's final word from the venue ({@code GET /fapi/v1/order}). Immutable.
 *
 * @param clientOrderId        the engine id from {@code clientOrderId}, or
 *                             {@link com.tradefinder.gateway.binance.ClientOrderIdText#NOT_OURS}.
 * @param venueOrderId         {@code orderId}, 0 when not found.
 * @param instrumentId         the engine's instrument id, -1 when not found.
 * @param state                {@code status}.
 * @param sizeMantissa         {@code origQty} at the instrument's size exponent.
 * @param executedSizeMantissa {@code executedQty}.
 * @param averagePriceMantissa {@code avgPrice} cut to the instrument's price exponent.
 * @param updateTimeNs         {@code updateTime} in epoch nanoseconds.
 */
public record VenueOrderStatus(
    long clientOrderId,
    long venueOrderId,
    int instrumentId,
    VenueOrderState state,
    long sizeMantissa,
    long executedSizeMantissa,
    long averagePriceMantissa,
    long updateTimeNs)
{
    /**
     * @param clientOrderId the engine id the venue answered "Unknown order sent." (-2013) for.
     * @return the status of an order the venue never had or no longer knows.
     */
    public static VenueOrderStatus notFound(final long clientOrderId)
    {
        return new VenueOrderStatus(clientOrderId, 0, -1, VenueOrderState.NOT_FOUND, 0, 0, 0, 0);
    }
}
