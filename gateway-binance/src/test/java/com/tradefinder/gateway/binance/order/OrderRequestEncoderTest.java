package com.tradefinder.gateway.binance.order;

import java.nio.charset.StandardCharsets;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import com.tradefinder.codecs.OrderType;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.Side;
import com.tradefinder.codecs.TimeInForce;
import com.tradefinder.gateway.binance.rest.BinanceSigner;
import com.tradefinder.gateway.binance.rest.SignatureCheck;

import static com.tradefinder.gateway.binance.order.Commands.BTC;
import static com.tradefinder.gateway.binance.order.Commands.CLIENT_ORDER_ID;
import static com.tradefinder.gateway.binance.order.Commands.ETH;
import static org.assertj.core.api.Assertions.assertThat;

class OrderRequestEncoderTest
{
    static final String SECRET = "2b5eb11e18796d12d88f13dc27dbbd02c2cc51ff7059765ed9821957d82bb4d9";
    private static final long TS = 1_591_702_613_943L;
    private static final String ID = "tf" + CLIENT_ORDER_ID;

    private final Commands commands = new Commands();
    private final UnsafeBuffer out = new UnsafeBuffer(new byte[OrderRequestEncoder.MAX_LENGTH]);

    private OrderRequestEncoder encoder(final WorkingType workingType, final boolean hedge)
    {
        return new OrderRequestEncoder(Commands.instruments(),
            new BinanceSigner(SECRET.getBytes(StandardCharsets.US_ASCII)), 5000, workingType, hedge);
    }

    @Test
    void shouldEncodeAHedgeModeLimitWithPositionSideAndWithoutReduceOnly() throws Exception
    {
        // arrange
        final OrderRequestEncoder encoder = encoder(WorkingType.CONTRACT_PRICE, true);
        final var cmd = commands.newOrder(CLIENT_ORDER_ID, BTC, Side.SELL, PositionSide.LONG, OrderType.LIMIT,
            TimeInForce.GTC, 6_394_390_000_000L, 0, 1_500, true, false);

        // act
        final int length = encoder.encodeNewOrder(cmd, TS, out);

        // assert
        assertSigned(length, "symbol=BTCUSDT&side=SELL&positionSide=LONG&type=LIMIT&timeInForce=GTC&quantity=1.5" +
            "&price=63943.9&newClientOrderId=" + ID + "&newOrderRespType=ACK&recvWindow=5000&timestamp=" + TS);
    }

    @Test
    void shouldEncodeAOneWayMarketWithReduceOnlyAndNoPositionSide() throws Exception
    {
        // arrange
        final OrderRequestEncoder encoder = encoder(WorkingType.CONTRACT_PRICE, false);
        final var cmd = commands.newOrder(CLIENT_ORDER_ID, ETH, Side.BUY, PositionSide.BOTH, OrderType.MARKET,
            TimeInForce.GTC, 0, 0, 10, true, false);

        // act
        final int length = encoder.encodeNewOrder(cmd, TS, out);

        // assert
        assertSigned(length, "symbol=ETHUSDT&side=BUY&type=MARKET&quantity=0.01&reduceOnly=true" +
            "&newClientOrderId=" + ID + "&newOrderRespType=ACK&recvWindow=5000&timestamp=" + TS);
    }

    @Test
    void shouldSendPostOnlyAsGtx() throws Exception
    {
        // arrange
        final OrderRequestEncoder encoder = encoder(WorkingType.CONTRACT_PRICE, true);
        final var cmd = commands.limit(CLIENT_ORDER_ID, Side.BUY, PositionSide.LONG, TimeInForce.POST_ONLY,
            5_000_000_000_000L, 1);

        // act
        final int length = encoder.encodeNewOrder(cmd, TS, out);

        // assert
        assertSigned(length, "symbol=BTCUSDT&side=BUY&positionSide=LONG&type=LIMIT&timeInForce=GTX&quantity=0.001" +
            "&price=50000&newClientOrderId=" + ID + "&newOrderRespType=ACK&recvWindow=5000&timestamp=" + TS);
    }

    @Test
    void shouldSendAStopMarketClosePositionToTheAlgoEndpointByMarkPrice() throws Exception
    {
        // arrange
        final OrderRequestEncoder encoder = encoder(WorkingType.MARK_PRICE, true);
        final var cmd = commands.newOrder(CLIENT_ORDER_ID, BTC, Side.SELL, PositionSide.LONG, OrderType.STOP_MARKET,
            TimeInForce.GTC, 0, 6_000_012_345_678L, 0, false, true);

        // act
        final int length = encoder.encodeNewOrder(cmd, TS, out);

        // assert
        assertThat(OrderRequestEncoder.isAlgo(cmd.orderType())).isTrue();
        assertSigned(length, "algoType=CONDITIONAL&symbol=BTCUSDT&side=SELL&positionSide=LONG&type=STOP_MARKET" +
            "&closePosition=true&triggerPrice=60000.12345678&workingType=MARK_PRICE&clientAlgoId=" + ID +
            "&newOrderRespType=ACK&recvWindow=5000&timestamp=" + TS);
    }

    @Test
    void shouldSendAOneWayTakeProfitWithQuantityAndReduceOnly() throws Exception
    {
        // arrange
        final OrderRequestEncoder encoder = encoder(WorkingType.CONTRACT_PRICE, false);
        final var cmd = commands.newOrder(CLIENT_ORDER_ID, ETH, Side.SELL, PositionSide.BOTH,
            OrderType.TAKE_PROFIT_MARKET, TimeInForce.GTC, 0, 350_050, 2_000, true, false);

        // act
        final int length = encoder.encodeNewOrder(cmd, TS, out);

        // assert
        assertSigned(length, "algoType=CONDITIONAL&symbol=ETHUSDT&side=SELL&type=TAKE_PROFIT_MARKET&quantity=2" +
            "&reduceOnly=true&triggerPrice=3500.5&workingType=CONTRACT_PRICE&clientAlgoId=" + ID +
            "&newOrderRespType=ACK&recvWindow=5000&timestamp=" + TS);
    }

    @Test
    void shouldEncodeCancelsByClientIdForBothEndpoints() throws Exception
    {
        // arrange
        final OrderRequestEncoder encoder = encoder(WorkingType.CONTRACT_PRICE, true);

        // act
        final int plain = encoder.encodeCancel(commands.cancel(CLIENT_ORDER_ID, BTC), false, TS, out);
        assertSigned(plain, "symbol=BTCUSDT&origClientOrderId=" + ID + "&recvWindow=5000&timestamp=" + TS);
        final int algo = encoder.encodeCancel(commands.cancel(CLIENT_ORDER_ID, BTC), true, TS, out);

        // assert
        assertSigned(algo, "clientAlgoId=" + ID + "&recvWindow=5000&timestamp=" + TS);
    }

    @Test
    void shouldRefuseWhatBinanceCannotTake()
    {
        // arrange
        final OrderRequestEncoder encoder = encoder(WorkingType.CONTRACT_PRICE, true);

        // act / assert
        assertThat(encoder.encodeNewOrder(commands.newOrder(CLIENT_ORDER_ID, 3, Side.BUY, PositionSide.LONG,
            OrderType.MARKET, TimeInForce.GTC, 0, 0, 1, false, false), TS, out))
            .isEqualTo(OrderRequestEncoder.UNKNOWN_INSTRUMENT);
        assertThat(encoder.encodeNewOrder(commands.limit(CLIENT_ORDER_ID, Side.BUY, PositionSide.LONG,
            TimeInForce.GTC, 0, 1), TS, out)).isEqualTo(OrderRequestEncoder.BAD_VALUE);
        assertThat(encoder.encodeNewOrder(commands.limit(CLIENT_ORDER_ID, Side.BUY, PositionSide.LONG,
            TimeInForce.GTC, 1, 0), TS, out)).isEqualTo(OrderRequestEncoder.BAD_VALUE);
        assertThat(encoder.encodeNewOrder(commands.newOrder(CLIENT_ORDER_ID, BTC, Side.BUY, PositionSide.LONG,
            OrderType.STOP_MARKET, TimeInForce.GTC, 0, 0, 1, false, false), TS, out))
            .isEqualTo(OrderRequestEncoder.BAD_VALUE);
        assertThat(encoder.encodeNewOrder(commands.limit(0, Side.BUY, PositionSide.LONG,
            TimeInForce.GTC, 1, 1), TS, out)).isEqualTo(OrderRequestEncoder.UNSUPPORTED);
        assertThat(encoder.encodeNewOrder(commands.limit(CLIENT_ORDER_ID, Side.NULL_VAL, PositionSide.LONG,
            TimeInForce.GTC, 1, 1), TS, out)).isEqualTo(OrderRequestEncoder.UNSUPPORTED);
    }

    private void assertSigned(final int length, final String expectedParams) throws Exception
    {
        final String text = out.getStringWithoutLengthAscii(0, length);
        final String prefix = expectedParams + "&signature=";
        assertThat(text).startsWith(prefix).hasSize(prefix.length() + BinanceSigner.SIGNATURE_LENGTH);
        final String expectedSignature = SignatureCheck.hmac(
            SECRET.getBytes(StandardCharsets.US_ASCII), expectedParams.getBytes(StandardCharsets.US_ASCII));
        assertThat(text.substring(prefix.length())).isEqualTo(expectedSignature);
    }
}
