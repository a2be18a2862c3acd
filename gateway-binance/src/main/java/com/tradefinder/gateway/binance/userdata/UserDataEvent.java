package com.tradefinder.gateway.binance.userdata;

import org.agrona.DirectBuffer;

/**
 * The Binance USDⓈ-M user-data events the decoder reads, by their {@code "e"} name.
 */
public enum UserDataEvent
{
    /** An order's execution report: accepted, fill, canceled, expired, rejected. */
    ORDER_TRADE_UPDATE("ORDER_TRADE_UPDATE"),
    /** A low-latency fill notice; the decoder validates it and reports fills from ORDER_TRADE_UPDATE only. */
    TRADE_LITE("TRADE_LITE"),
    /** A conditional (algo) order's lifecycle since the 2025-12 migration. */
    ALGO_UPDATE("ALGO_UPDATE"),
    /** A triggered conditional order the venue could not place. */
    CONDITIONAL_ORDER_TRIGGER_REJECT("CONDITIONAL_ORDER_TRIGGER_REJECT"),
    /** Changed balances and positions. */
    ACCOUNT_UPDATE("ACCOUNT_UPDATE"),
    /** Positions near liquidation. */
    MARGIN_CALL("MARGIN_CALL"),
    /** The stream's listen key expired; no further events until a new key is used. */
    LISTEN_KEY_EXPIRED("listenKeyExpired");

    private static final UserDataEvent[] VALUES = values();

    private final String wireName;

    UserDataEvent(final String wireName)
    {
        this.wireName = wireName;
    }

    /**
     * @return the {@code "e"} value on the wire.
     */
    public String wireName()
    {
        return wireName;
    }

    /**
     * Allocation-free.
     *
     * @return the event named by the bytes (without quotes), or null if the decoder does not read it.
     */
    static UserDataEvent of(final DirectBuffer buffer, final int offset, final int length)
    {
        for (final UserDataEvent event : VALUES)
        {
            if (event.wireName.length() == length && UserDataFields.equals(buffer, offset, event.wireName))
            {
                return event;
            }
        }
        return null;
    }
}
