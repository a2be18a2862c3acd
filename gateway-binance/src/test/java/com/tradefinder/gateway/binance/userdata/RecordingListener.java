package com.tradefinder.gateway.binance.userdata;

import java.util.ArrayList;
import java.util.List;

import org.agrona.DirectBuffer;

/**
 * A {@link UserDataListener} for tests: keeps what it was told as text.
 */
public final class RecordingListener implements UserDataListener
{
    /** One foreign order report. */
    public record ForeignOrder(UserDataEvent event, String clientId, long venueOrderId, int instrumentId, long timeNs)
    {
    }

    public final List<ForeignOrder> foreignOrders = new ArrayList<>();
    public final List<String> expiredKeys = new ArrayList<>();
    public final List<Long> expiredTimesNs = new ArrayList<>();

    @Override
    public void onListenKeyExpired(
        final long eventTimeNs, final DirectBuffer buffer, final int keyOffset, final int keyLength)
    {
        expiredTimesNs.add(eventTimeNs);
        expiredKeys.add(buffer.getStringWithoutLengthAscii(keyOffset, keyLength));
    }

    @Override
    public void onForeignOrder(
        final UserDataEvent event,
        final DirectBuffer buffer,
        final int clientIdOffset,
        final int clientIdLength,
        final long venueOrderId,
        final int instrumentId,
        final long exchangeTimeNs)
    {
        foreignOrders.add(new ForeignOrder(event, buffer.getStringWithoutLengthAscii(clientIdOffset, clientIdLength),
            venueOrderId, instrumentId, exchangeTimeNs));
    }
}
