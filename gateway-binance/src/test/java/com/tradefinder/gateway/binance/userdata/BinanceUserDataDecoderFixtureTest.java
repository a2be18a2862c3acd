package com.tradefinder.gateway.binance.userdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.tradefinder.codecs.BalanceUpdateDecoder;
import com.tradefinder.codecs.FillDecoder;
import com.tradefinder.codecs.Liquidity;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.OrderAcceptedDecoder;
import com.tradefinder.codecs.OrderCanceledDecoder;
import com.tradefinder.codecs.OrderExpiredDecoder;
import com.tradefinder.codecs.OrderRejectedDecoder;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.PositionUpdateDecoder;
import com.tradefinder.codecs.Side;
import com.tradefinder.gateway.binance.ClientOrderIdText;
import com.tradefinder.gateway.binance.marketdata.InstrumentLookup;

import static com.tradefinder.gateway.binance.userdata.UserDataFixtureText.bool;
import static com.tradefinder.gateway.binance.userdata.UserDataFixtureText.fixture;
import static com.tradefinder.gateway.binance.userdata.UserDataFixtureText.integer;
import static com.tradefinder.gateway.binance.userdata.UserDataFixtureText.jsonOfDoc;
import static com.tradefinder.gateway.binance.userdata.UserDataFixtureText.mantissa;
import static com.tradefinder.gateway.binance.userdata.UserDataFixtureText.msToNs;
import static com.tradefinder.gateway.binance.userdata.UserDataFixtureText.nested;
import static com.tradefinder.gateway.binance.userdata.UserDataFixtureText.objects;
import static com.tradefinder.gateway.binance.userdata.UserDataFixtureText.string;
import static com.tradefinder.gateway.binance.userdata.UserDataFixtureText.truncatedMantissa;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Binance user-data fixture in {@code shared/fixtures/binance}, decoded and checked field by field against the
 * fixture's own text, once as it is (most carry ids that are not ours) and once with the engine's id in place.
 */
class BinanceUserDataDecoderFixtureTest
{
    static final int ACCOUNT_BOT = 9;
    static final int ORDER_BOT = 7;
    static final long OUR_ID = ((long)ORDER_BOT << 48) | 4_000_000_123L;
    static final String OUR_TEXT = ClientOrderIdText.format(OUR_ID);
    private static final long RECEIVE_TIME_NS = 1_759_347_763_300_000_123L;
    private static final int FRAME_OFFSET = 5;

    private final InstrumentLookup instruments = TestInstruments.lookup();
    private final RecordingSink sink = new RecordingSink();
    private final RecordingListener listener = new RecordingListener();
    private final UnsafeBuffer frame = new UnsafeBuffer(new byte[64 * 1024]);
    private BinanceUserDataDecoder decoder;

    @BeforeEach
    void setUp()
    {
        decoder = new BinanceUserDataDecoder(instruments, sink, listener, ACCOUNT_BOT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ws-ORDER_TRADE_UPDATE-limit-expired-long.json",
        "ws-ORDER_TRADE_UPDATE-limit-filled-reduceonly-both.json",
        "ws-ORDER_TRADE_UPDATE-limit-partially-filled-long.json",
        "ws-ORDER_TRADE_UPDATE-liquidation-calculated.json",
        "ws-ORDER_TRADE_UPDATE-new-trailing-long.json",
        "ws-ORDER_TRADE_UPDATE-new-trailing.doc.json",
        "ws-ORDER_TRADE_UPDATE-stop-new-short.json" })
    void shouldReportOrderTradeUpdateOfAnotherClientToTheListener(final String name) throws IOException
    {
        // arrange
        final String json = fixture(name);
        final String order = nested(json, "o");

        // act
        final int result = decode(json);

        // assert
        assertThat(result).isZero();
        assertThat(sink.size()).isZero();
        assertThat(listener.foreignOrders).containsExactly(new RecordingListener.ForeignOrder(
            UserDataEvent.ORDER_TRADE_UPDATE, string(order, "c"), integer(order, "i"),
            TestInstruments.id(string(order, "s")), msToNs(integer(order, "T"))));
        assertThat(decoder.counters().foreignOrders()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ws-ORDER_TRADE_UPDATE-limit-expired-long.json",
        "ws-ORDER_TRADE_UPDATE-limit-filled-reduceonly-both.json",
        "ws-ORDER_TRADE_UPDATE-limit-partially-filled-long.json",
        "ws-ORDER_TRADE_UPDATE-liquidation-calculated.json",
        "ws-ORDER_TRADE_UPDATE-new-trailing-long.json",
        "ws-ORDER_TRADE_UPDATE-new-trailing.doc.json",
        "ws-ORDER_TRADE_UPDATE-stop-new-short.json" })
    void shouldDecodeOrderTradeUpdateOfOurs(final String name) throws IOException
    {
        // arrange
        final String json = ours(fixture(name), "c");
        final String order = nested(json, "o");
        final String symbol = string(order, "s");
        final int instrumentId = TestInstruments.id(symbol);
        final long timeNs = msToNs(integer(order, "T"));

        // act
        final int result = decode(json);

        // assert
        assertThat(result).isEqualTo(1);
        assertThat(listener.foreignOrders).isEmpty();
        final String execution = string(order, "x");
        switch (execution)
        {
            case "NEW" ->
            {
                final OrderAcceptedDecoder accepted = new OrderAcceptedDecoder();
                accepted.wrapAndApplyHeader(sink.message(0), 0, new MessageHeaderDecoder());
                assertThat(accepted.botId()).isEqualTo(ORDER_BOT);
                assertThat(accepted.clientOrderId()).isEqualTo(OUR_ID);
                assertThat(accepted.venueOrderId()).isEqualTo(integer(order, "i"));
                assertThat(accepted.instrumentId()).isEqualTo(instrumentId);
                assertThat(accepted.exchangeTimeNs()).isEqualTo(timeNs);
                assertThat(accepted.receiveTimeNs()).isEqualTo(RECEIVE_TIME_NS);
            }
            case "EXPIRED" ->
            {
                final OrderExpiredDecoder expired = new OrderExpiredDecoder();
                expired.wrapAndApplyHeader(sink.message(0), 0, new MessageHeaderDecoder());
                assertThat(expired.clientOrderId()).isEqualTo(OUR_ID);
                assertThat(expired.botId()).isEqualTo(ORDER_BOT);
                assertThat(expired.instrumentId()).isEqualTo(instrumentId);
                assertThat(expired.exchangeTimeNs()).isEqualTo(timeNs);
            }
            case "TRADE", "CALCULATED" -> assertFill(order, sink.message(0), instrumentId, timeNs);
            default -> throw new AssertionError("fixture with execution type " + execution);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "ws-TRADE_LITE.json", "ws-TRADE_LITE.doc.jsonc" })
    void shouldValidateTradeLiteWithoutPublishingAFill(final String name) throws IOException
    {
        // arrange
        final String json = jsonOfDoc(fixture(name));

        // act
        final int result = decode(json);

        // assert
        assertThat(result).isZero();
        assertThat(sink.size()).isZero();
        assertThat(decoder.counters().tradeLites()).isEqualTo(1);
        assertThat(decoder.lastEvent()).isEqualTo(UserDataEvent.TRADE_LITE);
    }

    @Test
    void shouldDecodeTradeLiteOrderIdAboveTwoToTheFiftyThreeAndRejectOneBeyondInt64() throws IOException
    {
        // arrange
        final String json = fixture("ws-TRADE_LITE.json");
        assertThat(integer(json, "i")).isGreaterThan(1L << 53);

        // act
        final int valid = decode(json);
        final int overflow = decode(json.replace("8389765739703625592", "9389765739703625592123"));

        // assert
        assertThat(valid).isZero();
        assertThat(overflow).isEqualTo(BinanceUserDataDecoder.MALFORMED);
        assertThat(decoder.lastErrorField()).isEqualTo("i");
    }

    @Test
    void shouldReportTriggeredAlgoOrderFillsAgainstTheClientAlgoId() throws IOException
    {
        // arrange
        final String triggering = ours(fixture("ws-ALGO_UPDATE-stop-market-triggering.nautilus.json"), "caid");
        final String accepted = triggering.replace("\"X\":\"TRIGGERING\"", "\"X\":\"NEW\"");
        final String triggered = ours(fixture("ws-ALGO_UPDATE-stop-market-triggered.nautilus.json"), "caid");
        final String finished = ours(fixture("ws-ALGO_UPDATE-stop-market-finished.nautilus.json"), "caid");
        final String algo = nested(triggered, "o");
        final long placedOrderId = Long.parseLong(string(algo, "ai"));
        final String plainFill = fixture("ws-ORDER_TRADE_UPDATE-limit-partially-filled-long.json")
            .replace("\"BTCUSDT\"", "\"DOGEUSDT\"")
            .replace("\"i\": 8886774", "\"i\": " + placedOrderId)
            .replace("\"c\": \"TEST\"", "\"c\": \"venue-made-id\"")
            .replace("\"7100.50\"", "\"0.13856\"")
            .replace("\"0.002\"", "\"38\"").replace("\"0.001\"", "\"38\"");

        // act
        final int[] results = { decode(accepted), decode(triggering), decode(triggered), decode(plainFill),
            decode(finished) };

        // assert
        assertThat(results).containsExactly(1, 0, 0, 1, 0);
        assertThat(sink.templateIds()).containsExactly(OrderAcceptedDecoder.TEMPLATE_ID, FillDecoder.TEMPLATE_ID);
        final OrderAcceptedDecoder acceptance = new OrderAcceptedDecoder();
        acceptance.wrapAndApplyHeader(sink.message(0), 0, new MessageHeaderDecoder());
        assertThat(acceptance.clientOrderId()).isEqualTo(OUR_ID);
        assertThat(acceptance.venueOrderId()).isEqualTo(integer(algo, "aid"));
        assertThat(acceptance.instrumentId()).isEqualTo(TestInstruments.id(string(algo, "s")));
        final FillDecoder fill = new FillDecoder();
        fill.wrapAndApplyHeader(sink.message(1), 0, new MessageHeaderDecoder());
        assertThat(fill.clientOrderId()).isEqualTo(OUR_ID);
        assertThat(fill.venueOrderId()).isEqualTo(placedOrderId);
        assertThat(fill.priceMantissa()).isEqualTo(mantissa("0.13856", TestInstruments.DOGE_PRICE_EXPONENT));
        assertThat(fill.sizeMantissa()).isEqualTo(mantissa("38", TestInstruments.DOGE_SIZE_EXPONENT));
        assertThat(listener.foreignOrders).isEmpty();
    }

    @Test
    void shouldDecodeAlgoUpdateCanceledOfOursAndReportTheDocumentsOwnIdAsForeign() throws IOException
    {
        // arrange
        final String doc = fixture("ws-ALGO_UPDATE.doc.json");
        final String algo = nested(doc, "o");

        // act
        final int foreign = decode(doc);
        final int ours = decode(ours(doc, "caid"));

        // assert
        assertThat(foreign).isZero();
        assertThat(listener.foreignOrders).containsExactly(new RecordingListener.ForeignOrder(UserDataEvent.ALGO_UPDATE,
            string(algo, "caid"), integer(algo, "aid"), TestInstruments.id(string(algo, "s")), msToNs(integer(doc, "T"))));
        assertThat(ours).isEqualTo(1);
        final OrderCanceledDecoder canceled = new OrderCanceledDecoder();
        canceled.wrapAndApplyHeader(sink.message(0), 0, new MessageHeaderDecoder());
        assertThat(canceled.clientOrderId()).isEqualTo(OUR_ID);
        assertThat(canceled.instrumentId()).isEqualTo(TestInstruments.id(string(algo, "s")));
        assertThat(canceled.exchangeTimeNs()).isEqualTo(msToNs(integer(doc, "T")));
    }

    @Test
    void shouldRejectTheAlgoOrderNamedByAConditionalOrderTriggerReject() throws IOException
    {
        // arrange
        final String reject = jsonOfDoc(fixture("ws-CONDITIONAL_ORDER_TRIGGER_REJECT.doc.jsonc"));
        final String rejected = nested(reject, "or");
        final String accepted = ours(fixture("ws-ALGO_UPDATE.doc.json"), "caid")
            .replace("\"X\": \"CANCELED\"", "\"X\": \"NEW\"")
            .replace("\"aid\": 2148719", "\"aid\": " + integer(rejected, "i"))
            .replace("\"BNBUSDT\"", "\"" + string(rejected, "s") + "\"")
            .replace("\"0.01\"", "\"0.010\"");

        // act
        final int unknown = decode(reject);
        final int acceptedResult = decode(accepted);
        final int known = decode(reject);

        // assert
        assertThat(unknown).isZero();
        assertThat(listener.foreignOrders).hasSize(1);
        assertThat(listener.foreignOrders.get(0).venueOrderId()).isEqualTo(integer(rejected, "i"));
        assertThat(acceptedResult).isEqualTo(1);
        assertThat(known).isEqualTo(1);
        final OrderRejectedDecoder decoded = new OrderRejectedDecoder();
        decoded.wrapAndApplyHeader(sink.message(1), 0, new MessageHeaderDecoder());
        assertThat(decoded.clientOrderId()).isEqualTo(OUR_ID);
        assertThat(decoded.instrumentId()).isEqualTo(TestInstruments.id(string(rejected, "s")));
        assertThat(decoded.exchangeTimeNs()).isEqualTo(msToNs(integer(reject, "T")));
        assertThat(decoded.venueText()).isEqualTo(string(rejected, "r"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "ws-ACCOUNT_UPDATE-hedge.json", "ws-ACCOUNT_UPDATE.doc.jsonc" })
    void shouldDecodeAccountUpdateIntoBalancesAndPositions(final String name) throws IOException
    {
        // arrange
        final String json = jsonOfDoc(fixture(name));
        final List<String> balances = objects(nested(json, "B"));
        final List<String> positions = objects(nested(json, "P"));
        final long timeNs = msToNs(integer(json, "T"));

        // act
        final int result = decode(json);

        // assert
        assertThat(result).isEqualTo(balances.size() + positions.size());
        final BalanceUpdateDecoder balance = new BalanceUpdateDecoder();
        for (int i = 0; i < balances.size(); i++)
        {
            final String expected = balances.get(i);
            balance.wrapAndApplyHeader(sink.message(i), 0, new MessageHeaderDecoder());
            assertThat(balance.botId()).isEqualTo(ACCOUNT_BOT);
            assertThat(balance.asset()).isEqualTo(string(expected, "a"));
            assertThat(balance.walletBalanceMantissa()).isEqualTo(mantissa(string(expected, "wb"), -8));
            assertThat(balance.availableBalanceMantissa()).isEqualTo(mantissa(string(expected, "cw"), -8));
            assertThat(balance.exchangeTimeNs()).isEqualTo(timeNs);
            assertThat(balance.receiveTimeNs()).isEqualTo(RECEIVE_TIME_NS);
        }
        for (int i = 0; i < positions.size(); i++)
        {
            assertPosition(positions.get(i), sink.message(balances.size() + i), true, timeNs);
        }
    }

    @Test
    void shouldDecodeMarginCallIntoCountedPositionUpdates() throws IOException
    {
        // arrange
        final String json = fixture("ws-MARGIN_CALL.doc.json");
        final List<String> positions = objects(nested(json, "p"));

        // act
        final int result = decode(json);

        // assert
        assertThat(result).isEqualTo(positions.size());
        assertThat(decoder.counters().marginCalls()).isEqualTo(1);
        for (int i = 0; i < positions.size(); i++)
        {
            assertPosition(positions.get(i), sink.message(i), false, msToNs(integer(json, "E")));
        }
    }

    @Test
    void shouldReportListenKeyExpiredToTheListener() throws IOException
    {
        // arrange
        final String json = fixture("ws-listenKeyExpired.doc.json");

        // act
        final int result = decode(json);

        // assert
        assertThat(result).isZero();
        assertThat(listener.expiredKeys).containsExactly(string(json, "listenKey"));
        assertThat(listener.expiredTimesNs).containsExactly(msToNs(integer(json, "E")));
        assertThat(decoder.counters().listenKeyExpired()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ws-ACCOUNT_UPDATE.doc.jsonc", "ws-CONDITIONAL_ORDER_TRIGGER_REJECT.doc.jsonc", "ws-TRADE_LITE.doc.jsonc" })
    void shouldRejectTheDocumentationsCommentedTextAsMalformedWithAPosition(final String name) throws IOException
    {
        // arrange
        final String jsonc = fixture(name);

        // act
        final int result = decode(jsonc);

        // assert
        assertThat(result).isEqualTo(BinanceUserDataDecoder.MALFORMED);
        assertThat(decoder.lastErrorPosition()).isPositive();
        assertThat(decoder.describeLastError()).contains("at byte " + decoder.lastErrorPosition());
        assertThat(sink.size()).isZero();
    }

    private void assertFill(final String order, final UnsafeBuffer message, final int instrumentId, final long timeNs)
    {
        final String symbol = string(order, "s");
        final int priceExponent = TestInstruments.priceExponent(symbol);
        final int sizeExponent = TestInstruments.sizeExponent(symbol);
        final FillDecoder fill = new FillDecoder();
        fill.wrapAndApplyHeader(message, 0, new MessageHeaderDecoder());
        assertThat(fill.botId()).isEqualTo(ORDER_BOT);
        assertThat(fill.clientOrderId()).isEqualTo(OUR_ID);
        assertThat(fill.venueOrderId()).isEqualTo(integer(order, "i"));
        assertThat(fill.tradeId()).isEqualTo(integer(order, "t"));
        assertThat(fill.instrumentId()).isEqualTo(instrumentId);
        assertThat(fill.side()).isEqualTo(Side.valueOf(string(order, "S")));
        assertThat(fill.positionSide()).isEqualTo(PositionSide.valueOf(string(order, "ps")));
        assertThat(fill.priceMantissa()).isEqualTo(mantissa(string(order, "L"), priceExponent));
        assertThat(fill.sizeMantissa()).isEqualTo(mantissa(string(order, "l"), sizeExponent));
        assertThat(fill.cumulativeSizeMantissa()).isEqualTo(mantissa(string(order, "z"), sizeExponent));
        assertThat(fill.leavesSizeMantissa()).isEqualTo(
            mantissa(string(order, "q"), sizeExponent) - mantissa(string(order, "z"), sizeExponent));
        assertThat(fill.feeMantissa()).isEqualTo(mantissa(string(order, "n"), -8));
        assertThat(fill.liquidity()).isEqualTo(bool(order, "m") ? Liquidity.MAKER : Liquidity.TAKER);
        assertThat(fill.exchangeTimeNs()).isEqualTo(timeNs);
        assertThat(fill.receiveTimeNs()).isEqualTo(RECEIVE_TIME_NS);
    }

    private static void assertPosition(
        final String expected, final UnsafeBuffer message, final boolean hasEntryPrice, final long timeNs)
    {
        final String symbol = string(expected, "s");
        final PositionUpdateDecoder position = new PositionUpdateDecoder();
        position.wrapAndApplyHeader(message, 0, new MessageHeaderDecoder());
        assertThat(position.botId()).isEqualTo(ACCOUNT_BOT);
        assertThat(position.instrumentId()).isEqualTo(TestInstruments.id(symbol));
        assertThat(position.positionSide()).isEqualTo(PositionSide.valueOf(string(expected, "ps")));
        assertThat(position.sizeMantissa()).isEqualTo(
            mantissa(string(expected, "pa"), TestInstruments.sizeExponent(symbol)));
        assertThat(position.entryPriceMantissa()).isEqualTo(hasEntryPrice ?
            truncatedMantissa(string(expected, "ep"), TestInstruments.priceExponent(symbol)) : 0);
        assertThat(position.unrealizedPnlMantissa()).isEqualTo(truncatedMantissa(string(expected, "up"), -8));
        assertThat(position.exchangeTimeNs()).isEqualTo(timeNs);
    }

    /**
     * @return the fixture with the client id under the key replaced by the engine's.
     */
    static String ours(final String json, final String key)
    {
        return json.replaceFirst("\"" + key + "\"(\\s*):(\\s*)\"[^\"]*\"", "\"" + key + "\"$1:$2\"" + OUR_TEXT + "\"");
    }

    private int decode(final String json)
    {
        final byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        frame.putBytes(FRAME_OFFSET, bytes);
        return decoder.decode(frame, FRAME_OFFSET, bytes.length, RECEIVE_TIME_NS);
    }
}
