package com.tradefinder.gateway.binance.order;

import java.nio.charset.StandardCharsets;

import org.agrona.MutableDirectBuffer;

import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.CancelOrderDecoder;
import com.tradefinder.codecs.NewOrderDecoder;
import com.tradefinder.codecs.OrderType;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.Side;
import com.tradefinder.codecs.TimeInForce;
import com.tradefinder.gateway.binance.ClientOrderIdText;
import com.tradefinder.gateway.binance.rest.BinanceSigner;

/**
 * Turns engine order commands into the exact, signed parameter bytes of Binance's order endpoints, ready to send:
 * parameters, then {@code recvWindow} and {@code timestamp}, then {@code &signature=<hex>} computed over everything
 * before it. LIMIT and MARKET go to {@code POST /fapi/v1/order}; STOP_MARKET and TAKE_PROFIT_MARKET, since Binance's
 * 2025-12 migration, to {@code POST /fapi/v1/algoOrder} as CONDITIONAL algo orders.
 * <p>
 * In hedge mode {@code positionSide} is always sent and {@code reduceOnly} never (Binance refuses it there: -1106); in
 * one-way mode the reverse. {@code closePosition=true} replaces quantity and reduce-only. POST_ONLY is Binance's GTX.
 * <p>
 * Allocation-free; not thread-safe (it owns a signer): one instance per order-entry thread.
 */
public final class OrderRequestEncoder
{
    /** Result when the command names an instrument the registry lacks. */
    public static final int UNKNOWN_INSTRUMENT = -1;
    /** Result when the command has a side, type, position side or time in force Binance cannot take. */
    public static final int UNSUPPORTED = -2;
    /** Result when a price or size the order needs is not positive. */
    public static final int BAD_VALUE = -3;
    /** Longest parameter text any command produces, signature included. */
    public static final int MAX_LENGTH = 512;

    private static final byte[] SYMBOL = ascii("symbol=");
    private static final byte[] ALGO_TYPE = ascii("algoType=CONDITIONAL&symbol=");
    private static final byte[] SIDE = ascii("&side=");
    private static final byte[] POSITION_SIDE = ascii("&positionSide=");
    private static final byte[] TYPE = ascii("&type=");
    private static final byte[] TIME_IN_FORCE = ascii("&timeInForce=");
    private static final byte[] QUANTITY = ascii("&quantity=");
    private static final byte[] PRICE = ascii("&price=");
    private static final byte[] TRIGGER_PRICE = ascii("&triggerPrice=");
    private static final byte[] WORKING_TYPE = ascii("&workingType=");
    private static final byte[] REDUCE_ONLY = ascii("&reduceOnly=true");
    private static final byte[] CLOSE_POSITION = ascii("&closePosition=true");
    private static final byte[] NEW_CLIENT_ORDER_ID = ascii("&newClientOrderId=");
    private static final byte[] CLIENT_ALGO_ID = ascii("&clientAlgoId=");
    private static final byte[] ORIG_CLIENT_ORDER_ID = ascii("&origClientOrderId=");
    private static final byte[] CLIENT_ALGO_ID_FIRST = ascii("clientAlgoId=");
    private static final byte[] RESP_TYPE_ACK = ascii("&newOrderRespType=ACK");
    private static final byte[] RECV_WINDOW = ascii("&recvWindow=");
    private static final byte[] TIMESTAMP = ascii("&timestamp=");
    private static final byte[] SIGNATURE = ascii("&signature=");
    private static final byte[][] SIDES = {ascii("BUY"), ascii("SELL")};
    private static final byte[][] POSITION_SIDES = {ascii("BOTH"), ascii("LONG"), ascii("SHORT")};
    private static final byte[][] ORDER_TYPES =
        {ascii("LIMIT"), ascii("MARKET"), ascii("STOP_MARKET"), ascii("TAKE_PROFIT_MARKET")};
    private static final byte[][] TIMES_IN_FORCE = {ascii("GTC"), ascii("IOC"), ascii("FOK"), ascii("GTX")};
    private static final byte[][] WORKING_TYPES = {ascii("CONTRACT_PRICE"), ascii("MARK_PRICE")};

    private final BinanceInstruments instruments;
    private final BinanceSigner signer;
    private final long recvWindowMs;
    private final byte[] workingType;
    private volatile boolean hedgeMode;

    /**
     * @param instruments  instrument id to symbol and exponents.
     * @param signer       this encoder's own signer.
     * @param recvWindowMs sent with every request.
     * @param workingType  trigger price of conditional orders.
     * @param hedgeMode    whether the account starts in hedge (dual-side) position mode.
     */
    public OrderRequestEncoder(
        final BinanceInstruments instruments,
        final BinanceSigner signer,
        final long recvWindowMs,
        final WorkingType workingType,
        final boolean hedgeMode)
    {
        this.instruments = instruments;
        this.signer = signer;
        this.recvWindowMs = recvWindowMs;
        this.workingType = WORKING_TYPES[workingType.ordinal()];
        this.hedgeMode = hedgeMode;
    }

    /**
     * @param hedgeMode whether the account is now in hedge (dual-side) position mode; may be set from any thread.
     */
    public void hedgeMode(final boolean hedgeMode)
    {
        this.hedgeMode = hedgeMode;
    }

    /**
     * @return whether orders are encoded for hedge mode.
     */
    public boolean hedgeMode()
    {
        return hedgeMode;
    }

    /**
     * @param orderType a NewOrder's type.
     * @return whether it goes to the algo endpoint.
     */
    public static boolean isAlgo(final OrderType orderType)
    {
        return orderType == OrderType.STOP_MARKET || orderType == OrderType.TAKE_PROFIT_MARKET;
    }

    /**
     * Encodes a new order's signed parameters; the endpoint is {@code /fapi/v1/algoOrder} when
     * {@link #isAlgo(OrderType)}, else {@code /fapi/v1/order}, both POST. Allocation-free.
     *
     * @param cmd         the NewOrder command, wrapped.
     * @param timestampMs venue time in epoch milliseconds.
     * @param out         at least {@link #MAX_LENGTH} bytes.
     * @return bytes written from offset 0, or {@link #UNKNOWN_INSTRUMENT}, {@link #UNSUPPORTED}, {@link #BAD_VALUE}.
     */
    public int encodeNewOrder(final NewOrderDecoder cmd, final long timestampMs, final MutableDirectBuffer out)
    {
        final int instrumentId = cmd.instrumentId();
        if (!instruments.contains(instrumentId))
        {
            return UNKNOWN_INSTRUMENT;
        }
        final Side side = cmd.side();
        final PositionSide positionSide = cmd.positionSide();
        final OrderType type = cmd.orderType();
        final TimeInForce timeInForce = cmd.timeInForce();
        if (side == Side.NULL_VAL || positionSide == PositionSide.NULL_VAL || type == OrderType.NULL_VAL ||
            type == OrderType.LIMIT && timeInForce == TimeInForce.NULL_VAL || cmd.clientOrderId() <= 0)
        {
            return UNSUPPORTED;
        }
        final boolean algo = isAlgo(type);
        final boolean closePosition = algo && cmd.closePosition() == BooleanType.TRUE;
        if (!closePosition && cmd.sizeMantissa() <= 0 || type == OrderType.LIMIT && cmd.priceMantissa() <= 0 ||
            algo && cmd.stopPriceMantissa() <= 0)
        {
            return BAD_VALUE;
        }
        final boolean hedge = hedgeMode;
        final int priceExponent = instruments.priceExponent(instrumentId);

        int at = put(out, 0, algo ? ALGO_TYPE : SYMBOL);
        at += instruments.writeSymbol(instrumentId, out, at);
        at = put(out, at, SIDE);
        at = put(out, at, SIDES[side.ordinal()]);
        if (hedge)
        {
            at = put(out, at, POSITION_SIDE);
            at = put(out, at, POSITION_SIDES[positionSide.ordinal()]);
        }
        at = put(out, at, TYPE);
        at = put(out, at, ORDER_TYPES[type.ordinal()]);
        if (type == OrderType.LIMIT)
        {
            at = put(out, at, TIME_IN_FORCE);
            at = put(out, at, TIMES_IN_FORCE[timeInForce.ordinal()]);
        }
        if (closePosition)
        {
            at = put(out, at, CLOSE_POSITION);
        }
        else
        {
            at = put(out, at, QUANTITY);
            at += DecimalText.write(cmd.sizeMantissa(), instruments.sizeExponent(instrumentId), out, at);
            if (!hedge && cmd.reduceOnly() == BooleanType.TRUE)
            {
                at = put(out, at, REDUCE_ONLY);
            }
        }
        if (type == OrderType.LIMIT)
        {
            at = put(out, at, PRICE);
            at += DecimalText.write(cmd.priceMantissa(), priceExponent, out, at);
        }
        if (algo)
        {
            at = put(out, at, TRIGGER_PRICE);
            at += DecimalText.write(cmd.stopPriceMantissa(), priceExponent, out, at);
            at = put(out, at, WORKING_TYPE);
            at = put(out, at, workingType);
        }
        at = put(out, at, algo ? CLIENT_ALGO_ID : NEW_CLIENT_ORDER_ID);
        at += ClientOrderIdText.write(cmd.clientOrderId(), out, at);
        at = put(out, at, RESP_TYPE_ACK);
        return signed(out, at, timestampMs);
    }

    /**
     * Encodes a cancel's signed parameters: {@code DELETE /fapi/v1/order} by {@code origClientOrderId}, or
     * {@code DELETE /fapi/v1/algoOrder} by {@code clientAlgoId}. Allocation-free.
     *
     * @param cmd         the CancelOrder command, wrapped.
     * @param algo        whether the order was placed as an algo order.
     * @param timestampMs venue time in epoch milliseconds.
     * @param out         at least {@link #MAX_LENGTH} bytes.
     * @return bytes written from offset 0, or {@link #UNKNOWN_INSTRUMENT}, {@link #UNSUPPORTED}.
     */
    public int encodeCancel(
        final CancelOrderDecoder cmd, final boolean algo, final long timestampMs, final MutableDirectBuffer out)
    {
        return encodeByClientId(cmd.clientOrderId(), cmd.instrumentId(), algo, timestampMs, out);
    }

    /**
     * Encodes the signed parameters that name one order by its client id: for a cancel ({@code DELETE}) or a query
     * ({@code GET}) of {@code /fapi/v1/order} ({@code symbol} and {@code origClientOrderId}) or
     * {@code /fapi/v1/algoOrder} ({@code clientAlgoId}). Allocation-free.
     *
     * @param clientOrderId engine id of the order.
     * @param instrumentId  its instrument.
     * @param algo          whether it was placed as an algo order.
     * @param timestampMs   venue time in epoch milliseconds.
     * @param out           at least {@link #MAX_LENGTH} bytes.
     * @return bytes written from offset 0, or {@link #UNKNOWN_INSTRUMENT}, {@link #UNSUPPORTED}.
     */
    public int encodeByClientId(
        final long clientOrderId,
        final int instrumentId,
        final boolean algo,
        final long timestampMs,
        final MutableDirectBuffer out)
    {
        if (!instruments.contains(instrumentId))
        {
            return UNKNOWN_INSTRUMENT;
        }
        if (clientOrderId <= 0)
        {
            return UNSUPPORTED;
        }
        int at;
        if (algo)
        {
            at = put(out, 0, CLIENT_ALGO_ID_FIRST);
        }
        else
        {
            at = put(out, 0, SYMBOL);
            at += instruments.writeSymbol(instrumentId, out, at);
            at = put(out, at, ORIG_CLIENT_ORDER_ID);
        }
        at += ClientOrderIdText.write(clientOrderId, out, at);
        return signed(out, at, timestampMs);
    }

    private int signed(final MutableDirectBuffer out, final int length, final long timestampMs)
    {
        int at = put(out, length, RECV_WINDOW);
        at += out.putLongAscii(at, recvWindowMs);
        at = put(out, at, TIMESTAMP);
        at += out.putLongAscii(at, timestampMs);
        final int signedLength = at;
        at = put(out, at, SIGNATURE);
        at += signer.sign(out, 0, signedLength, out, at);
        return at;
    }

    private static int put(final MutableDirectBuffer out, final int at, final byte[] bytes)
    {
        out.putBytes(at, bytes);
        return at + bytes.length;
    }

    private static byte[] ascii(final String text)
    {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
