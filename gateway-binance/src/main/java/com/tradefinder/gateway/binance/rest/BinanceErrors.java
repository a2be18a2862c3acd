package com.tradefinder.gateway.binance.rest;

import com.tradefinder.codecs.RejectReason;

/**
 * Maps Binance USDⓈ-M error codes (doc-error-codes.md) onto the {@link RejectReason}s the order state machine
 * understands. Codes with no engine meaning map to {@link RejectReason#VENUE_UNKNOWN}; the venue's own code and text
 * travel beside the reason in OrderRejected, so nothing is lost.
 * <p>
 * Stateless, allocation-free, thread-safe.
 */
public final class BinanceErrors
{
    /** Timestamp outside the recvWindow or ahead of the server: resynchronise the clock offset. */
    public static final int INVALID_TIMESTAMP = -1021;
    /** The listenKey does not exist: create a new one. */
    public static final int INVALID_LISTEN_KEY = -1125;
    /** Unknown order on a query or cancel. */
    public static final int NO_SUCH_ORDER = -2013;
    /** Margin type already as asked. */
    public static final int NO_NEED_TO_CHANGE_MARGIN_TYPE = -4046;
    /** Position mode already as asked. */
    public static final int NO_NEED_TO_CHANGE_POSITION_SIDE = -4059;

    private BinanceErrors()
    {
    }

    /**
     * @param code a Binance error code (negative).
     * @return the reason the engine acts on.
     */
    public static RejectReason reasonFor(final int code)
    {
        switch (code)
        {
            case -1021:
            case -5028:
                return RejectReason.TIMESTAMP_OUT_OF_WINDOW;

            case -2018:
            case -2019:
            case -4050:
            case -4051:
                return RejectReason.INSUFFICIENT_MARGIN;

            case -4164:
            case -5029:
                return RejectReason.MIN_NOTIONAL;

            case -4001:
            case -4002:
            case -4006:
            case -4007:
            case -4013:
            case -4014:
            case -4016:
            case -4024:
            case -4029:
            case -4184:
            case -4210:
            case -4211:
                return RejectReason.PRICE_TICK;

            case -1111:
            case -4003:
            case -4004:
            case -4005:
            case -4023:
            case -4030:
                return RejectReason.SIZE_STEP;

            case -4060:
            case -4061:
                return RejectReason.POSITION_SIDE_MISMATCH;

            case -2022:
            case -2026:
            case -4062:
            case -4118:
            case -4138:
                return RejectReason.REDUCE_ONLY_CONFLICT;

            case -5022:
                return RejectReason.WOULD_TAKE;

            case -4115:
            case -4116:
                return RejectReason.DUPLICATE_CLIENT_ORDER_ID;

            case -2011:
            case -2013:
                return RejectReason.UNKNOWN_ORDER;

            case -1003:
            case -1008:
            case -1015:
                return RejectReason.RATE_LIMITED;

            default:
                return RejectReason.VENUE_UNKNOWN;
        }
    }
}
