package com.tradefinder.engine.venue;

import com.tradefinder.codecs.RejectReason;

import java.nio.charset.StandardCharsets;

/**
 * The refusals the simulated venue answers with, as Binance USDⓈ-M reports them: the venue's numeric code, the
 * engine's {@link RejectReason} and the venue's message text (../shared/reference/binance/doc-error-codes.md).
 * <p>
 * Texts are encoded to ASCII once, at class initialisation. Two errors carry a value in their text:
 * {@link #MIN_NOTIONAL} (the instrument's minimum, rendered when the instrument is defined) and
 * {@link #INVALID_LEVERAGE} (the leverage asked for, rendered per refusal without allocating); their {@link #text()}
 * is the template's fixed part.
 */
enum VenueError
{
    /** The instrument id is not defined at the venue. */
    BAD_SYMBOL(-1121, RejectReason.VENUE_UNKNOWN, "Invalid symbol."),
    /** The bot id is negative or beyond the venue's bot table. */
    INVALID_BOT(-1130, RejectReason.VENUE_UNKNOWN, "Data sent for parameter 'botId' is not valid."),
    /** A VenueSetup field the venue cannot read (position or margin mode). */
    INVALID_PARAMETER(-1130, RejectReason.VENUE_UNKNOWN, "Invalid data sent for a parameter."),
    /** An order type the venue does not know. */
    INVALID_ORDER_TYPE(-1116, RejectReason.VENUE_UNKNOWN, "Invalid orderType."),
    /** A time in force the venue does not know. */
    INVALID_TIME_IN_FORCE(-1115, RejectReason.VENUE_UNKNOWN, "Invalid timeInForce."),
    /** A side the venue does not know. */
    INVALID_SIDE(-1117, RejectReason.VENUE_UNKNOWN, "Invalid side."),
    /** A position side the venue does not know. */
    INVALID_POSITION_SIDE(-4060, RejectReason.POSITION_SIDE_MISMATCH, "Invalid position side."),
    /** Position side BOTH in hedge mode, or LONG/SHORT in one-way mode. */
    POSITION_SIDE_NOT_MATCH(-4061, RejectReason.POSITION_SIDE_MISMATCH,
        "Order's position side does not match user's setting."),
    /** {@code reduceOnly} sent in hedge mode or together with {@code closePosition}. */
    REDUCE_ONLY_NOT_REQUIRED(-1106, RejectReason.REDUCE_ONLY_CONFLICT,
        "Parameter 'reduceOnly' sent when not required."),
    /** {@code closePosition} sent with an order type other than STOP_MARKET / TAKE_PROFIT_MARKET. */
    CLOSE_POSITION_NOT_REQUIRED(-1106, RejectReason.REDUCE_ONLY_CONFLICT,
        "Parameter 'closePosition' sent when not required."),
    /** {@code closePosition} with a non-zero quantity. */
    QUANTITY_EXISTS_WITH_CLOSE_POSITION(-4137, RejectReason.SIZE_STEP,
        "Quantity must be zero with closePosition equals true"),
    /** Limit price zero or negative. */
    PRICE_LESS_THAN_ZERO(-4001, RejectReason.PRICE_TICK, "Price less than 0."),
    /** Stop price zero or negative. */
    STOP_PRICE_LESS_THAN_ZERO(-4006, RejectReason.PRICE_TICK, "Stop price less than zero."),
    /** Price with more decimals than the tick size has. */
    PRICE_PRECISION(-1111, RejectReason.PRICE_TICK, "Precision is over the maximum defined for this asset."),
    /** Price within the tick's decimals but not a multiple of the tick. */
    PRICE_NOT_ON_TICK(-4014, RejectReason.PRICE_TICK, "Price not increased by tick size."),
    /** Quantity zero or negative. */
    QUANTITY_LESS_THAN_ZERO(-4003, RejectReason.SIZE_STEP, "Quantity less than zero."),
    /** Quantity with more decimals than the step size has. */
    QUANTITY_PRECISION(-1111, RejectReason.SIZE_STEP, "Precision is over the maximum defined for this asset."),
    /** Quantity within the step's decimals but not a multiple of the step. */
    QUANTITY_NOT_ON_STEP(-4023, RejectReason.SIZE_STEP, "Qty not increased by step size."),
    /** Quantity below the instrument's minimum. */
    QUANTITY_LESS_THAN_MIN(-4004, RejectReason.SIZE_STEP, "Quantity less than min quantity."),
    /** Another open order of the bot has the same client order id. */
    DUPLICATED_CLIENT_ORDER_ID(-4116, RejectReason.DUPLICATE_CLIENT_ORDER_ID, "clientOrderId is duplicated"),
    /** A stop or take-profit whose trigger the current price has already reached. */
    WOULD_IMMEDIATELY_TRIGGER(-2021, RejectReason.WOULD_TAKE, "Order would immediately trigger."),
    /** A reduce-only or closing order with no position to reduce. */
    REDUCE_ONLY_REJECT(-2022, RejectReason.REDUCE_ONLY_CONFLICT, "ReduceOnly Order is rejected."),
    /** A market order before the venue has seen any price for the instrument. */
    NO_DEPTH(-1112, RejectReason.VENUE_UNKNOWN, "No orders on book for symbol."),
    /** Notional below the instrument's minimum; the text ends with the minimum. */
    MIN_NOTIONAL(-4164, RejectReason.MIN_NOTIONAL, "Order's notional must be no smaller than "),
    /** Initial margin plus fees above the available balance. */
    MARGIN_INSUFFICIENT(-2019, RejectReason.INSUFFICIENT_MARGIN, "Margin is insufficient."),
    /** A post-only (GTX) order that would take on arrival. */
    GTX_ORDER_REJECT(-5022, RejectReason.WOULD_TAKE,
        "Due to the order could not be executed as maker, the Post Only order will be rejected."),
    /** A fill-or-kill order that cannot fill on arrival. */
    FOK_ORDER_REJECT(-5021, RejectReason.VENUE_UNKNOWN,
        "Due to the order could not be filled immediately, the FOK order has been rejected."),
    /** Cancel of an order that is not open. */
    UNKNOWN_ORDER(-2011, RejectReason.UNKNOWN_ORDER, "Unknown order sent."),
    /** Leverage outside [1, max]; the text is "Leverage n is not valid". */
    INVALID_LEVERAGE(-4028, RejectReason.LEVERAGE, "Leverage "),
    /** Leverage lowered on an isolated position that is open. */
    ISOLATED_LEVERAGE_REJECT_WITH_POSITION(-4161, RejectReason.LEVERAGE,
        "Leverage reduction is not supported in Isolated Margin Mode with open positions"),
    /** Position mode change while orders are open. */
    POSITION_SIDE_CHANGE_EXISTS_OPEN_ORDERS(-4067, RejectReason.ILLEGAL_TRANSITION,
        "Position side cannot be changed if there exists open orders."),
    /** Position mode change while a position is open. */
    POSITION_SIDE_CHANGE_EXISTS_QUANTITY(-4068, RejectReason.ILLEGAL_TRANSITION,
        "Position side cannot be changed if there exists position."),
    /** Margin mode change while orders are open. */
    MARGIN_TYPE_EXISTS_OPEN_ORDERS(-4047, RejectReason.ILLEGAL_TRANSITION,
        "Margin type cannot be changed if there exists open orders."),
    /** Margin mode change while a position is open. */
    MARGIN_TYPE_EXISTS_QUANTITY(-4048, RejectReason.ILLEGAL_TRANSITION,
        "Margin type cannot be changed if there exists position.");

    /** Suffix of the {@link #MIN_NOTIONAL} text, after the minimum. */
    static final byte[] MIN_NOTIONAL_SUFFIX = " (unless you choose reduce only)".getBytes(StandardCharsets.US_ASCII);
    /** Suffix of the {@link #INVALID_LEVERAGE} text, after the leverage. */
    static final byte[] INVALID_LEVERAGE_SUFFIX = " is not valid".getBytes(StandardCharsets.US_ASCII);

    private final int code;
    private final RejectReason reason;
    private final byte[] text;

    VenueError(final int code, final RejectReason reason, final String text)
    {
        this.code = code;
        this.reason = reason;
        this.text = text.getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * @return the venue's error code, e.g. -4164.
     */
    int code()
    {
        return code;
    }

    /**
     * @return the engine's reason.
     */
    RejectReason reason()
    {
        return reason;
    }

    /**
     * @return the venue's message as ASCII; shared, never modify.
     */
    byte[] text()
    {
        return text;
    }
}
