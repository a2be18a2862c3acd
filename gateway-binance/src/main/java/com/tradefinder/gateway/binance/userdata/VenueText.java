package com.tradefinder.gateway.binance.userdata;

import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.Side;
import com.tradefinder.gateway.binance.marketdata.DecodeError;
import com.tradefinder.gateway.binance.marketdata.InstrumentLookup;

/**
 * Binance's enumerated texts ({@code BUY}, {@code LONG}, ...) to the schema's enums, read from a field in place.
 * <p>
 * Stateless; allocation-free; thread-safe.
 */
final class VenueText
{
    private VenueText()
    {
    }

    /**
     * @return the side, or null with an error recorded.
     */
    static Side side(final UserDataFields fields, final int slot)
    {
        if (!fields.require(slot, UserDataFields.STRING))
        {
            return null;
        }
        if (fields.isText(slot, "BUY"))
        {
            return Side.BUY;
        }
        if (fields.isText(slot, "SELL"))
        {
            return Side.SELL;
        }
        fields.unknownValue(slot);
        return null;
    }

    /**
     * @return the position side, or null with an error recorded.
     */
    static PositionSide positionSide(final UserDataFields fields, final int slot)
    {
        if (!fields.require(slot, UserDataFields.STRING))
        {
            return null;
        }
        if (fields.isText(slot, "BOTH"))
        {
            return PositionSide.BOTH;
        }
        if (fields.isText(slot, "LONG"))
        {
            return PositionSide.LONG;
        }
        if (fields.isText(slot, "SHORT"))
        {
            return PositionSide.SHORT;
        }
        fields.unknownValue(slot);
        return null;
    }

    /**
     * @return the symbol's lookup entry, or a negative value with an error recorded (missing, or not registered).
     */
    static int instrument(final InstrumentLookup instruments, final UserDataFields fields, final int slot)
    {
        if (!fields.require(slot, UserDataFields.STRING))
        {
            return -1;
        }
        final int entry = instruments.find(fields.buffer(), fields.offset(slot), fields.length(slot));
        if (entry == InstrumentLookup.NOT_FOUND)
        {
            fields.fail(DecodeError.UNKNOWN_SYMBOL, slot);
            return -1;
        }
        return entry;
    }
}
