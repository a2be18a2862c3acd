package com.tradefinder.gateway.binance.fake;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.tradefinder.testsupport.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders against the replayed market: a MARKET order fills at the best ask and pushes TRADE_LITE, ACCOUNT_UPDATE and
 * ORDER_TRADE_UPDATE; a resting LIMIT fills from the trade flow; Binance's order rejections.
 */
class FakeBinanceOrderTest
{
    private static final String CAPTURE =
        "binance-futures-um-BTCUSDT-ws-depth0ms-trade-bookTicker-markPrice-2023-04-04T2358_2023-04-05T0006.jsonl.gz";

    private final FakeBinanceContext context = new FakeBinanceContext().capture(SharedData.data(CAPTURE))
        .captureLineLimit(300).replaySpeed(0);
    private FakeBinance fake;
    private FakeBinanceTestClient client;
    private FakeBinanceTestClient.Frames user;

    @BeforeEach
    void launch() throws Exception
    {
        fake = FakeBinance.launch(context);
        client = new FakeBinanceTestClient(fake, context);
        final String listenKey = (String)JsonValues.object(
            client.send("POST", "/fapi/v1/listenKey", "", context.apiKey()).body()).get("listenKey");
        user = client.connect("/private/ws?listenKey=" + listenKey);
    }

    @AfterEach
    void close()
    {
        fake.close();
    }

    @Test
    void shouldFillAMarketOrderAtTheBestAskAndPushTheUserEvents() throws Exception
    {
        // arrange
        fake.startReplay();
        assertThat(fake.awaitReplayFinished(10, TimeUnit.SECONDS)).isTrue();

        // act
        final var response = client.signed("POST", "/fapi/v1/order",
            "symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.010&newClientOrderId=tf1&newOrderRespType=RESULT");

        // assert
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-MBX-ORDER-COUNT-10S")).hasValue("1");
        final String bestAsk = lastBookTickerAsk();
        final Map<String, Object> newEvent = order(user.nextContaining("ORDER_TRADE_UPDATE"));
        assertThat(newEvent).containsEntry("x", "NEW").containsEntry("X", "NEW").containsEntry("c", "tf1");
        assertThat(user.next()).contains("\"e\":\"TRADE_LITE\"").contains("\"L\":\"" + bestAsk + "\"");
        final String account = user.next();
        assertThat(account).contains("\"e\":\"ACCOUNT_UPDATE\"").contains("\"pa\":\"0.01\"").contains("\"ps\":\"BOTH\"");
        final Map<String, Object> trade = order(user.next());
        assertThat(trade).containsEntry("x", "TRADE").containsEntry("X", "FILLED").containsEntry("L", bestAsk)
            .containsEntry("l", "0.010").containsEntry("N", "USDT").containsEntry("m", false);
        assertThat(fake.order("tf1").status()).isEqualTo("FILLED");
        assertThat(fake.positions()).singleElement().satisfies(position ->
            assertThat(position.amount()).isEqualTo("0.01"));
        final long fee = Decimals.times(Decimals.notional(Decimals.parse(bestAsk), Decimals.parse("0.01")),
            Decimals.parse("0.0005"));
        assertThat(fake.walletBalance()).isEqualTo(Decimals.plain(Decimals.parse("10000") - fee));
    }

    @Test
    void shouldFillARestingLimitFromTradesThatPrintThroughIt() throws Exception
    {
        // arrange: before the replay there is no book, so the order rests
        client.signed("POST", "/fapi/v1/order",
            "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=28150.0&newClientOrderId=tf2");
        assertThat(fake.openOrders()).hasSize(1);

        // act
        fake.startReplay();

        // assert
        assertThat(order(user.nextContaining("ORDER_TRADE_UPDATE"))).containsEntry("x", "NEW");
        final Map<String, Object> fill = order(user.nextContaining("\"x\":\"TRADE\""));
        assertThat(fill).containsEntry("X", "FILLED").containsEntry("L", "28150.00").containsEntry("m", true);
        assertThat(fake.openOrders()).isEmpty();
    }

    @Test
    void shouldRejectOrdersTheWayBinanceDoes() throws Exception
    {
        // arrange
        final String limit = "symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=";

        // act
        final String conditional = client.signed("POST", "/fapi/v1/order",
            "symbol=BTCUSDT&side=SELL&type=STOP_MARKET&quantity=0.001&stopPrice=20000").body();
        final String tick = client.signed("POST", "/fapi/v1/order", limit + "20000.05").body();
        final String notional = client.signed("POST", "/fapi/v1/order", limit + "5000").body();
        final String step = client.signed("POST", "/fapi/v1/order", limit.replace("0.001", "0.0015") + "20000").body();
        final String symbol = client.signed("POST", "/fapi/v1/order", limit.replace("BTCUSDT", "XYZUSDT") + "1").body();
        client.signed("POST", "/fapi/v1/order", limit + "20000&newClientOrderId=dup");
        final String duplicate = client.signed("POST", "/fapi/v1/order", limit + "20000&newClientOrderId=dup").body();
        client.signed("DELETE", "/fapi/v1/order", "symbol=BTCUSDT&origClientOrderId=dup");
        final String dual = client.signed("POST", "/fapi/v1/positionSide/dual", "dualSidePosition=true").body();
        final String hedgeBoth = client.signed("POST", "/fapi/v1/order", limit + "20000").body();
        final String hedgeReduce = client.signed("POST", "/fapi/v1/order",
            limit + "20000&positionSide=LONG&reduceOnly=true").body();

        // assert
        assertThat(conditional).contains("-4120");
        assertThat(tick).contains("-4014");
        assertThat(notional).contains("-4164");
        assertThat(step).contains("-4023");
        assertThat(symbol).contains("-1121");
        assertThat(duplicate).contains("-4116");
        assertThat(fake.duplicateOrderAttempts()).isEqualTo(1);
        assertThat(dual).isEqualTo("{\"code\":200,\"msg\":\"success\"}");
        assertThat(hedgeBoth).contains("-4061");
        assertThat(hedgeReduce).contains("-1106");
        assertThat(fake.order("dup").status()).isEqualTo("CANCELED");
    }

    @Test
    void shouldTriggerAConditionalOrderOnTheTradePrice() throws Exception
    {
        // arrange: a buy stop below the market triggers on the first trade
        final var placed = client.signed("POST", "/fapi/v1/algoOrder", "algoType=CONDITIONAL&symbol=BTCUSDT&side=BUY" +
            "&type=STOP_MARKET&quantity=0.001&triggerPrice=28000.0&clientAlgoId=tfalgo");

        // act
        fake.startReplay();

        // assert
        assertThat(placed.body()).contains("\"algoStatus\":\"NEW\"");
        assertThat(order(user.nextContaining("ALGO_UPDATE"))).containsEntry("X", "NEW");
        assertThat(order(user.nextContaining("ALGO_UPDATE"))).containsEntry("X", "TRIGGERED");
        assertThat(order(user.nextContaining("\"x\":\"TRADE\""))).containsEntry("c", "tfalgo")
            .containsEntry("ot", "STOP_MARKET");
        assertThat(order(user.nextContaining("ALGO_UPDATE"))).containsEntry("X", "FINISHED");
    }

    private String lastBookTickerAsk()
    {
        String ask = null;
        for (final CaptureMessage message : fake.replayMessages())
        {
            if ("bookTicker".equals(message.eventType()))
            {
                ask = (String)JsonValues.object(message.payload()).get("a");
            }
        }
        return ask;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> order(final String event)
    {
        return (Map<String, Object>)JsonValues.object(event).get("o");
    }
}
