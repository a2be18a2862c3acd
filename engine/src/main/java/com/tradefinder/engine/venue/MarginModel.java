package com.tradefinder.engine.venue;

/**
 * Initial margin: {@code ceil(notional / leverage)}; an open order reserves its initial margin plus the taker fee on
 * its notional (the worst fee it can pay). Amounts at exponent -8. Stateless after construction, allocation-free.
 */
final class MarginModel
{
    private final FeeModel fees;

    /**
     * @param fees for the fee part of a reservation.
     */
    MarginModel(final FeeModel fees)
    {
        this.fees = fees;
    }

    /**
     * @param notionalMantissa notional, exponent -8, &gt;= 0.
     * @param leverage         &gt;= 1.
     * @return initial margin, rounded up.
     */
    long initialMargin(final long notionalMantissa, final int leverage)
    {
        return -Math.floorDiv(-notionalMantissa, (long)leverage);
    }

    /**
     * @param notionalMantissa notional of the part of an order that would open a position, exponent -8.
     * @param leverage         &gt;= 1.
     * @return what the order must find in, and reserves from, the available balance.
     */
    long orderReserve(final long notionalMantissa, final int leverage)
    {
        return notionalMantissa == 0 ? 0 : initialMargin(notionalMantissa, leverage) + fees.takerFee(notionalMantissa);
    }
}
