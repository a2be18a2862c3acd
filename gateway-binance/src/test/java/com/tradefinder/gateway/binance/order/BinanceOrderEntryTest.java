package com.tradefinder.gateway.binance.order;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.tradefinder.codecs.GatewayStatusDecoder;
import com.tradefinder.codecs.MarginMode;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.OrderAcceptedDecoder;
import com.tradefinder.codecs.OrderRejectedDecoder;
import com.tradefinder.codecs.OrderType;
import com.tradefinder.codecs.PositionMode;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.Side;
import com.tradefinder.codecs.TimeInForce;
import com.tradefinder.gateway.binance.rest.BinanceRestClient;
import com.tradefinder.gateway.binance.rest.BinanceRestConfig;
import com.tradefinder.gateway.binance.rest.BinanceSigner;
import com.tradefinder.gateway.binance.rest.LoopbackBinance;
import com.tradefinder.gateway.binance.rest.LoopbackBinance.Reply;
import com.tradefinder.gateway.binance.rest.RateLimit;
import com.tradefinder.gateway.binance.rest.RateLimits;
import com.tradefinder.gateway.binance.rest.StatusRecorder;
import com.tradefinder.testsupport.SharedData;

import static com.tradefinder.gateway.binance.order.Commands.BTC;
import static com.tradefinder.gateway.binance.order.Commands.CLIENT_ORDER_ID;
import static org.assertj.core.api.Assertions.assertThat;

class BinanceOrderEntryTest
{
    private static final byte[] SECRET = OrderRequestEncoderTest.SECRET.getBytes(StandardCharsets.US_ASCII);
    private static final long T0 = 1_700_000_000_000L;
    private static final String ID = "tf" + CLIENT_ORDER_ID;

    private final AtomicLong localMs = new AtomicLong(T0);
    private final AtomicLong serverAheadMs = new AtomicLong();
    private final StatusRecorder sink = new StatusRecorder();
    private final List<String> alerts = new ArrayList<>();
    private final RateLimits rateLimits = new RateLimits(sink, (untilMs, detail) -> alerts.add(detail));
    private final Commands commands = new Commands();
    private LoopbackBinance venue;
    private BinanceRestClient client;
    private BinanceOrderEntry entry;

    private void start(final PositionMode mode) throws InterruptedException
    {
        venue = new LoopbackBinance(SECRET, () -> localMs.get() + serverAheadMs.get());
        client = new BinanceRestClient(
            new BinanceRestConfig().baseUrl(venue.baseUrl()).apiKey("key").secretKey(SECRET).requestTimeoutMs(2_000),
            localMs::get, rateLimits);
        rateLimits.configure(List.of(new RateLimit(RateLimit.ORDERS, 10_000, 300)));
        entry = new BinanceOrderEntry(client, rateLimits, Commands.instruments(), new BinanceSigner(SECRET),
            WorkingType.MARK_PRICE, mode, localMs::get, sink);
    }

    @AfterEach
    void stop()
    {
        if (client != null)
        {
            client.close();
        }
        if (venue != null)
        {
            venue.close();
        }
    }

    @Test
    void shouldPublishOrderAcceptedWithTheVenueOrderIdForALimit() throws Exception
    {
        // arrange
        start(PositionMode.HEDGE);
        venue.when("POST", BinanceOrderEntry.ORDER_PATH, Reply.ok(fixture("rest-order-response.json")));

        // act
        entry.onNewOrder(commands.limit(CLIENT_ORDER_ID, Side.BUY, PositionSide.LONG, TimeInForce.GTC,
            5_000_000_000_000L, 1));

        // assert
        assertThat(describe(sink.await(1))).containsExactly(
            "accepted bot=7 id=" + CLIENT_ORDER_ID + " venue=12345678 instrument=1 exchange=1625474304765000000 " +
            "receive=" + T0 * 1_000_000L);
        final LoopbackBinance.Received request = venue.received().get(0);
        assertThat(request.params()).containsEntry("newClientOrderId", ID).containsEntry("positionSide", "LONG")
            .containsEntry("price", "50000").containsEntry("quantity", "0.001").doesNotContainKey("reduceOnly");
        assertThat(entry.sent()).isEqualTo(1);
        assertThat(entry.accepted()).isEqualTo(1);
    }

    @Test
    void shouldPlaceAndCancelAStopOnTheAlgoEndpoints() throws Exception
    {
        // arrange
        start(PositionMode.HEDGE);
        venue.when("POST", BinanceOrderEntry.ALGO_ORDER_PATH, Reply.ok(fixture("rest-algoOrder-response.doc.json")));
        venue.when("DELETE", BinanceOrderEntry.ALGO_ORDER_PATH, Reply.ok("{\"algoId\":2146760,\"code\":\"200\"}"));
        venue.when("DELETE", BinanceOrderEntry.ORDER_PATH, Reply.ok("{\"orderId\":1}"));
        entry.onNewOrder(commands.newOrder(CLIENT_ORDER_ID, BTC, Side.SELL, PositionSide.LONG, OrderType.STOP_MARKET,
            TimeInForce.GTC, 0, 4_500_000_000_000L, 0, false, true));
        sink.await(1);

        // act
        entry.onCancelOrder(commands.cancel(CLIENT_ORDER_ID, BTC));
        entry.onCancelOrder(commands.cancel(CLIENT_ORDER_ID + 1, BTC));

        // assert
        awaitRequests(3);
        assertThat(describe(sink.await(1))).containsExactly(
            "accepted bot=7 id=" + CLIENT_ORDER_ID + " venue=2146760 instrument=1 exchange=1750485492076000000 " +
            "receive=" + T0 * 1_000_000L);
        final List<LoopbackBinance.Received> received = venue.received();
        assertThat(received.get(0).params()).containsEntry("algoType", "CONDITIONAL")
            .containsEntry("closePosition", "true").containsEntry("triggerPrice", "45000")
            .containsEntry("workingType", "MARK_PRICE").containsEntry("clientAlgoId", ID);
        assertThat(received.subList(1, 3)).extracting(r -> r.method() + " " + r.path()).containsExactlyInAnyOrder(
            "DELETE " + BinanceOrderEntry.ALGO_ORDER_PATH, "DELETE " + BinanceOrderEntry.ORDER_PATH);
        assertThat(received.subList(1, 3)).extracting(r -> r.params().getOrDefault("clientAlgoId",
            r.params().get("origClientOrderId"))).containsExactlyInAnyOrder(ID, "tf" + (CLIENT_ORDER_ID + 1));
    }

    @Test
    void shouldPublishOrderRejectedWithTheMappedReasonAndVenueText() throws Exception
    {
        // arrange
        start(PositionMode.ONE_WAY);
        venue.when("POST", BinanceOrderEntry.ORDER_PATH, Reply.error(400, -2019, "Margin is insufficient."));

        // act
        entry.onNewOrder(commands.limit(CLIENT_ORDER_ID, Side.BUY, PositionSide.BOTH, TimeInForce.GTC, 100, 1));

        // assert
        assertThat(describe(sink.await(1))).containsExactly("rejected bot=7 id=" + CLIENT_ORDER_ID +
            " instrument=1 INSUFFICIENT_MARGIN code=-2019 receive=" + T0 * 1_000_000L + " Margin is insufficient.");
        assertThat(venue.received().get(0).params()).doesNotContainKey("positionSide");
    }

    @Test
    void shouldLookUpAnOrderWhoseStatusIsUnknownBeforeReportingIt() throws Exception
    {
        // arrange
        start(PositionMode.HEDGE);
        venue.when("POST", BinanceOrderEntry.ORDER_PATH,
            Reply.error(503, -1000, "Unknown error, please check your request or try again later."));
        venue.when("GET", BinanceOrderEntry.ORDER_PATH, Reply.ok(fixture("rest-order-response.json")));

        // act
        entry.onNewOrder(commands.limit(CLIENT_ORDER_ID, Side.BUY, PositionSide.LONG, TimeInForce.GTC, 100, 1));

        // assert
        assertThat(describe(sink.await(1))).containsExactly(
            "accepted bot=7 id=" + CLIENT_ORDER_ID + " venue=12345678 instrument=1 exchange=1625474304765000000 " +
            "receive=" + T0 * 1_000_000L);
        final LoopbackBinance.Received query = venue.received().get(1);
        assertThat(query.method() + " " + query.path()).isEqualTo("GET " + BinanceOrderEntry.ORDER_PATH);
        assertThat(query.params()).containsEntry("symbol", "BTCUSDT").containsEntry("origClientOrderId", ID);
        assertThat(entry.unknownStatus()).isEqualTo(1);
    }

    @Test
    void shouldRejectAnUnknownStatusOrderThatTheLookUpDoesNotFind() throws Exception
    {
        // arrange
        start(PositionMode.HEDGE);
        venue.when("POST", BinanceOrderEntry.ORDER_PATH,
            Reply.error(503, -1000, "Unknown error, please check your request or try again later."));
        venue.when("GET", BinanceOrderEntry.ORDER_PATH, Reply.error(400, -2013, "Order does not exist."));

        // act
        entry.onNewOrder(commands.limit(CLIENT_ORDER_ID, Side.BUY, PositionSide.LONG, TimeInForce.GTC, 100, 1));

        // assert
        assertThat(describe(sink.await(1))).containsExactly("rejected bot=7 id=" + CLIENT_ORDER_ID +
            " instrument=1 UNKNOWN_ORDER code=-2013 receive=" + T0 * 1_000_000L +
            " status unknown (HTTP 503 unknown error), look-up: Order does not exist.");
    }

    @Test
    void shouldLookUpAnUnansweredAlgoOrderOnTheAlgoEndpoint() throws Exception
    {
        // arrange
        start(PositionMode.HEDGE);
        venue.when("POST", BinanceOrderEntry.ALGO_ORDER_PATH, LoopbackBinance.SILENCE);
        venue.when("GET", BinanceOrderEntry.ALGO_ORDER_PATH, Reply.ok(fixture("rest-algoOrder-response.doc.json")));
        client.close();
        client = new BinanceRestClient(
            new BinanceRestConfig().baseUrl(venue.baseUrl()).apiKey("key").secretKey(SECRET).requestTimeoutMs(200),
            localMs::get, rateLimits);
        entry = new BinanceOrderEntry(client, rateLimits, Commands.instruments(), new BinanceSigner(SECRET),
            WorkingType.CONTRACT_PRICE, PositionMode.HEDGE, localMs::get, sink);

        // act
        entry.onNewOrder(commands.newOrder(CLIENT_ORDER_ID, BTC, Side.BUY, PositionSide.SHORT,
            OrderType.TAKE_PROFIT_MARKET, TimeInForce.GTC, 0, 4_000_000_000_000L, 5, false, false));

        // assert
        assertThat(describe(sink.await(1))).containsExactly(
            "accepted bot=7 id=" + CLIENT_ORDER_ID + " venue=2146760 instrument=1 exchange=1750485492076000000 " +
            "receive=" + T0 * 1_000_000L);
        final LoopbackBinance.Received query = venue.received().get(1);
        assertThat(query.method() + " " + query.path()).isEqualTo("GET " + BinanceOrderEntry.ALGO_ORDER_PATH);
        assertThat(query.params()).containsEntry("clientAlgoId", ID).doesNotContainKey("symbol");
    }

    @Test
    void shouldGiveUpAfterThreeLookUpsThatStayUnknown() throws Exception
    {
        // arrange
        start(PositionMode.HEDGE);
        final Reply unknown = Reply.error(503, -1000, "Unknown error, please check your request or try again later.");
        venue.when("POST", BinanceOrderEntry.ORDER_PATH, unknown);
        venue.when("GET", BinanceOrderEntry.ORDER_PATH, unknown);

        // act
        entry.onNewOrder(commands.limit(CLIENT_ORDER_ID, Side.BUY, PositionSide.LONG, TimeInForce.GTC, 100, 1));

        // assert
        assertThat(describe(sink.await(1))).containsExactly("rejected bot=7 id=" + CLIENT_ORDER_ID +
            " instrument=1 VENUE_UNKNOWN code=0 receive=" + T0 * 1_000_000L +
            " status unknown (HTTP 503 unknown error) after 3 look-ups");
        assertThat(venue.received()).extracting(LoopbackBinance.Received::method)
            .containsExactly("POST", "GET", "GET", "GET");
    }

    @Test
    void shouldStopOrderEntryOn418AndRefuseTheNextOrderWithoutARequest() throws Exception
    {
        // arrange
        start(PositionMode.HEDGE);
        venue.when("POST", BinanceOrderEntry.ORDER_PATH,
            Reply.error(418, -1003, "Way too many requests; IP banned.").header("Retry-After", "120"));
        entry.onNewOrder(commands.limit(CLIENT_ORDER_ID, Side.BUY, PositionSide.LONG, TimeInForce.GTC, 100, 1));
        sink.await(2);

        // act
        entry.onNewOrder(commands.limit(CLIENT_ORDER_ID + 1, Side.BUY, PositionSide.LONG, TimeInForce.GTC, 100, 1));

        // assert
        assertThat(describe(sink.await(3))).containsExactly(
            "status ORDER_ENTRY_BANNED 418",
            "rejected bot=7 id=" + CLIENT_ORDER_ID + " instrument=1 RATE_LIMITED code=-1003 receive=" +
                T0 * 1_000_000L + " Way too many requests; IP banned.",
            "rejected bot=7 id=" + (CLIENT_ORDER_ID + 1) + " instrument=1 RATE_LIMITED code=0 receive=" +
                T0 * 1_000_000L + " refused locally: ORDER_ENTRY_BANNED until " + (T0 + 120_000) +
                " or order count limit reached");
        assertThat(venue.received()).hasSize(1);
        assertThat(alerts).hasSize(1);
        assertThat(entry.refusedLocally()).isEqualTo(1);
    }

    @Test
    void shouldRejectOnMinus1021AndResyncTheClockForTheResend() throws Exception
    {
        // arrange
        start(PositionMode.HEDGE);
        serverAheadMs.set(9_000);
        venue.when("POST", BinanceOrderEntry.ORDER_PATH, Reply.ok(fixture("rest-order-response.json")));
        entry.onNewOrder(commands.limit(CLIENT_ORDER_ID, Side.BUY, PositionSide.LONG, TimeInForce.GTC, 100, 1));
        assertThat(describe(sink.await(1))).singleElement().asString()
            .contains("TIMESTAMP_OUT_OF_WINDOW code=-1021");
        final long deadline = System.nanoTime() + 5_000_000_000L;
        while (client.serverTimeOffsetMs() != 9_000)
        {
            assertThat(System.nanoTime()).as("clock resynchronised within 5 s").isLessThan(deadline);
            Thread.sleep(5);
        }

        // act
        entry.onNewOrder(commands.limit(CLIENT_ORDER_ID, Side.BUY, PositionSide.LONG, TimeInForce.GTC, 100, 1));

        // assert
        assertThat(describe(sink.await(2)).get(1)).startsWith("accepted bot=7 id=" + CLIENT_ORDER_ID);
        assertThat(venue.received()).extracting(LoopbackBinance.Received::path).containsExactly(
            BinanceOrderEntry.ORDER_PATH, BinanceRestClient.TIME_PATH, BinanceOrderEntry.ORDER_PATH);
        assertThat(venue.received().get(2).params()).containsEntry("timestamp", Long.toString(T0 + 9_000));
    }

    @Test
    void shouldTreatNoChangeAnswersAsSuccessAndSwitchToHedgeEncoding() throws Exception
    {
        // arrange
        start(PositionMode.ONE_WAY);
        venue.when("POST", BinanceOrderEntry.POSITION_SIDE_DUAL_PATH,
            Reply.error(400, -4059, "No need to change position side."));
        venue.when("POST", BinanceOrderEntry.MARGIN_TYPE_PATH,
            Reply.error(400, -4046, "No need to change margin type."));
        venue.when("POST", BinanceOrderEntry.LEVERAGE_PATH,
            Reply.ok("{\"leverage\":20,\"maxNotionalValue\":\"1000000\",\"symbol\":\"BTCUSDT\"}"));

        // act
        entry.onVenueSetup(commands.setup(7, BTC, PositionMode.HEDGE, MarginMode.ISOLATED, 20));

        // assert
        awaitRequests(3);
        assertThat(venue.received()).extracting(r -> r.path() + " " + r.body().replaceAll("&recvWindow.*", ""))
            .containsExactly(
                BinanceOrderEntry.POSITION_SIDE_DUAL_PATH + " dualSidePosition=true",
                BinanceOrderEntry.MARGIN_TYPE_PATH + " symbol=BTCUSDT&marginType=ISOLATED",
                BinanceOrderEntry.LEVERAGE_PATH + " symbol=BTCUSDT&leverage=20");
        assertThat(entry.encoder().hedgeMode()).isTrue();
        assertThat(sink.messages).isEmpty();
    }

    @Test
    void shouldPublishARefusedSetUpAsOrderRejectedWithClientOrderIdZero() throws Exception
    {
        // arrange
        start(PositionMode.ONE_WAY);
        venue.when("POST", BinanceOrderEntry.POSITION_SIDE_DUAL_PATH, Reply.ok("{\"code\":200,\"msg\":\"success\"}"));
        venue.when("POST", BinanceOrderEntry.MARGIN_TYPE_PATH, Reply.ok("{\"code\":200,\"msg\":\"success\"}"));
        venue.when("POST", BinanceOrderEntry.LEVERAGE_PATH, Reply.error(400, -4028, "Leverage 200 is not valid"));

        // act
        entry.onVenueSetup(commands.setup(7, BTC, PositionMode.ONE_WAY, MarginMode.CROSSED, 200));

        // assert
        assertThat(describe(sink.await(1))).containsExactly("rejected bot=7 id=0 instrument=1 VENUE_UNKNOWN " +
            "code=-4028 receive=" + T0 * 1_000_000L + " /fapi/v1/leverage: Leverage 200 is not valid");
        assertThat(venue.received().get(0).body()).startsWith("dualSidePosition=false&");
        assertThat(venue.received().get(1).body()).startsWith("symbol=BTCUSDT&marginType=CROSSED&");
        assertThat(entry.encoder().hedgeMode()).isFalse();
    }

    @Test
    void shouldRejectARefusedCancelForTheOrder() throws Exception
    {
        // arrange
        start(PositionMode.HEDGE);
        venue.when("DELETE", BinanceOrderEntry.ORDER_PATH, Reply.error(400, -2011, "Unknown order sent."));

        // act
        entry.onCancelOrder(commands.cancel(CLIENT_ORDER_ID, BTC));

        // assert
        assertThat(describe(sink.await(1))).containsExactly("rejected bot=7 id=" + CLIENT_ORDER_ID +
            " instrument=1 UNKNOWN_ORDER code=-2011 receive=" + T0 * 1_000_000L + " cancel: Unknown order sent.");
    }

    @Test
    void shouldRefuseAnUnregisteredInstrumentWithoutARequest() throws Exception
    {
        // arrange
        start(PositionMode.HEDGE);

        // act
        entry.onNewOrder(commands.newOrder(CLIENT_ORDER_ID, 3, Side.BUY, PositionSide.LONG, OrderType.MARKET,
            TimeInForce.GTC, 0, 0, 1, false, false));

        // assert
        assertThat(describe(sink.await(1))).containsExactly("rejected bot=7 id=" + CLIENT_ORDER_ID +
            " instrument=3 VENUE_UNKNOWN code=0 receive=" + T0 * 1_000_000L +
            " refused locally: instrument 3 is not registered with Binance order entry");
        assertThat(venue.received()).isEmpty();
    }

    private void awaitRequests(final int count) throws InterruptedException
    {
        final long deadline = System.nanoTime() + 5_000_000_000L;
        while (venue.received().size() < count)
        {
            assertThat(System.nanoTime()).as("requests within 5 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }

    private static String fixture(final String name) throws IOException
    {
        return Files.readString(SharedData.fixture("binance/" + name), StandardCharsets.UTF_8);
    }

    private static List<String> describe(final List<UnsafeBuffer> messages)
    {
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        final OrderAcceptedDecoder accepted = new OrderAcceptedDecoder();
        final OrderRejectedDecoder rejected = new OrderRejectedDecoder();
        final GatewayStatusDecoder status = new GatewayStatusDecoder();
        final List<String> out = new ArrayList<>();
        for (final UnsafeBuffer message : messages)
        {
            header.wrap(message, 0);
            switch (header.templateId())
            {
                case OrderAcceptedDecoder.TEMPLATE_ID ->
                {
                    accepted.wrapAndApplyHeader(message, 0, header);
                    out.add("accepted bot=" + accepted.botId() + " id=" + accepted.clientOrderId() + " venue=" +
                        accepted.venueOrderId() + " instrument=" + accepted.instrumentId() + " exchange=" +
                        accepted.exchangeTimeNs() + " receive=" + accepted.receiveTimeNs());
                }
                case OrderRejectedDecoder.TEMPLATE_ID ->
                {
                    rejected.wrapAndApplyHeader(message, 0, header);
                    out.add("rejected bot=" + rejected.botId() + " id=" + rejected.clientOrderId() + " instrument=" +
                        rejected.instrumentId() + " " + rejected.reason() + " code=" + rejected.venueCode() +
                        " receive=" + rejected.receiveTimeNs() + " " + rejected.venueText());
                }
                case GatewayStatusDecoder.TEMPLATE_ID ->
                {
                    status.wrapAndApplyHeader(message, 0, header);
                    out.add("status " + status.state() + " " + status.detailCode());
                }
                default -> out.add("template " + header.templateId());
            }
        }
        return out;
    }
}
