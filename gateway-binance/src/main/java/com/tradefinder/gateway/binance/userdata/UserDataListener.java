package com.tradefinder.gateway.binance.userdata;

import org.agrona.DirectBuffer;

/**
 * What the user-data decoder reports besides SBE messages: events the connection layer acts on and orders that no
 * bot placed.
 * <p>
 * Called on the decoder's thread, during {@link BinanceUserDataDecoder#decode}; the buffer ranges are valid only
 * for the duration of the call. Implementations must not block.
 */
public interface UserDataListener
{
    /**
     * The listen key in use expired: create a new key, reconnect and reconcile.
     *
     * @param eventTimeNs the venue's event time, epoch nanoseconds.
     * @param buffer      holding the expired key's text.
     * @param keyOffset   of the key's first byte.
     * @param keyLength   of the key, 0 if the event named none.
     */
    void onListenKeyExpired(long eventTimeNs, DirectBuffer buffer, int keyOffset, int keyLength);

    /**
     * An execution of an order that is not TradeFinder's: placed by hand, a liquidation ({@code autoclose-}), an
     * auto-deleveraging ({@code adl_autoclose}), a settlement, or a trigger reject for an order the decoder cannot
     * map. No SBE message is published for it; the position change arrives through ACCOUNT_UPDATE.
     *
     * @param event          the event that carried it.
     * @param buffer         holding the client id text.
     * @param clientIdOffset of its first byte.
     * @param clientIdLength of the text, 0 when the event carries none.
     * @param venueOrderId   the venue's order (or algo) id.
     * @param instrumentId   the engine's instrument id.
     * @param exchangeTimeNs the venue's time of the event, epoch nanoseconds.
     */
    void onForeignOrder(
        UserDataEvent event,
        DirectBuffer buffer,
        int clientIdOffset,
        int clientIdLength,
        long venueOrderId,
        int instrumentId,
        long exchangeTimeNs);
}
