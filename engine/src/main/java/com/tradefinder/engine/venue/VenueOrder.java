package com.tradefinder.engine.venue;

import com.tradefinder.codecs.OrderType;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.TimeInForce;
import com.tradefinder.engine.util.Hashing;

/**
 * One open order at the simulated venue: a pooled, mutable record owned by the {@link OrderBook} while
 * {@link #live()}, returned to the {@link OrderPool} when it fills, is canceled or expires.
 * <p>
 * Prices and sizes are mantissas at the instrument's exponents, margin at exponent -8. Single-threaded.
 */
final class VenueOrder
{
    int botId;
    int instrumentId;
    long clientOrderId;
    long venueOrderId;
    boolean buy;
    PositionSide positionSide;
    OrderType type;
    TimeInForce timeInForce;
    long priceMantissa;
    long stopPriceMantissa;
    long sizeMantissa;
    long filledMantissa;
    /** Reduce-only: the one-way {@code reduceOnly} flag, a hedge-mode closing side, or {@code closePosition}. */
    boolean reduces;
    boolean closePosition;
    /** False until the order has met its first price (a limit or market accepted when no live price was known). */
    boolean arrived;
    boolean live;
    long acceptedTimeNs;
    int leverage;
    /** Price the open-order margin is reserved at: the limit, the stop, or the market reference at acceptance. */
    long reservePriceMantissa;
    /** Part of the order that would open a position, for the reservation; shrinks as fills eat into it. */
    long reserveSizeMantissa;
    /** Open-order margin currently reserved, exponent -8. */
    long reservedMantissa;
    /** Sequence number of the last market event that processed this order, so a path visits it once. */
    long lastMatchedEvent;

    /**
     * @return size not yet filled.
     */
    long leavesMantissa()
    {
        return sizeMantissa - filledMantissa;
    }

    /**
     * @return true while the order is open at the venue.
     */
    boolean live()
    {
        return live;
    }

    /**
     * Clears every field before the order goes back to the pool.
     */
    void reset()
    {
        botId = 0;
        instrumentId = 0;
        clientOrderId = 0;
        venueOrderId = 0;
        buy = false;
        positionSide = null;
        type = null;
        timeInForce = null;
        priceMantissa = 0;
        stopPriceMantissa = 0;
        sizeMantissa = 0;
        filledMantissa = 0;
        reduces = false;
        closePosition = false;
        arrived = false;
        live = false;
        acceptedTimeNs = 0;
        leverage = 0;
        reservePriceMantissa = 0;
        reserveSizeMantissa = 0;
        reservedMantissa = 0;
        lastMatchedEvent = 0;
    }

    /**
     * @param hash running hash.
     * @return the hash with every field folded in.
     */
    long stateHash(final long hash)
    {
        long h = Hashing.mix(hash, botId);
        h = Hashing.mix(h, instrumentId);
        h = Hashing.mix(h, clientOrderId);
        h = Hashing.mix(h, venueOrderId);
        h = Hashing.mix(h, buy);
        h = Hashing.mix(h, positionSide.value());
        h = Hashing.mix(h, type.value());
        h = Hashing.mix(h, timeInForce.value());
        h = Hashing.mix(h, priceMantissa);
        h = Hashing.mix(h, stopPriceMantissa);
        h = Hashing.mix(h, sizeMantissa);
        h = Hashing.mix(h, filledMantissa);
        h = Hashing.mix(h, reduces);
        h = Hashing.mix(h, closePosition);
        h = Hashing.mix(h, arrived);
        h = Hashing.mix(h, acceptedTimeNs);
        h = Hashing.mix(h, leverage);
        h = Hashing.mix(h, reservePriceMantissa);
        h = Hashing.mix(h, reserveSizeMantissa);
        return Hashing.mix(h, reservedMantissa);
    }
}
