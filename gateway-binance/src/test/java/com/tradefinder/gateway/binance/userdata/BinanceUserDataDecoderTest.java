package com.tradefinder.gateway.binance.userdata;

import java.nio.charset.StandardCharsets;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import com.tradefinder.codecs.FillDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.OrderAcceptedDecoder;
import com.tradefinder.codecs.OrderCanceledDecoder;
import com.tradefinder.codecs.OrderExpiredDecoder;
import com.tradefinder.codecs.OrderRejectedDecoder;
import com.tradefinder.codecs.PositionUpdateDecoder;
import com.tradefinder.gateway.binance.marketdata.DecodeError;

import static com.tradefinder.gateway.binance.userdata.BinanceUserDataDecoderFixtureTest.OUR_ID;
import static com.tradefinder.gateway.binance.userdata.BinanceUserDataDecoderFixtureTest.OUR_TEXT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Edge cases of the user-data decoder: execution types, fees, ids, bad frames and what it says about them.
 */
class BinanceUserDataDecoderTest
{
    static final String FILL =
        "{\"e\":\"ORDER_TRADE_UPDATE\",\"E\":1700000000001,\"T\":1700000000000,\"o\":{\"s\":\"BTCUSDT\"," +
        "\"c\":\"" + OUR_TEXT + "\",\"S\":\"SELL\",\"o\":\"LIMIT\",\"q\":\"0.010\",\"p\":\"30000.10\",\"x\":\"TRADE\"," +
        "\"X\":\"PARTIALLY_FILLED\",\"i\":8389765739703625592,\"l\":\"0.004\",\"z\":\"0.004\",\"L\":\"30000.10\"," +
        "\"N\":\"USDT\",\"n\":\"-0.01200000\",\"T\":1700000000000,\"t\":77,\"m\":true,\"ps\":\"SHORT\",\"new\":[1,{}]}}";

    private final RecordingSink sink = new RecordingSink();
    private final RecordingListener listener = new RecordingListener();
    private final BinanceUserDataDecoder decoder =
        new BinanceUserDataDecoder(TestInstruments.lookup(), sink, listener, 9);

    @Test
    void shouldReportARebateAsANegativeFeeAndKeepIdsAboveTwoToTheFiftyThreeExact()
    {
        // act
        final int result = decode(FILL);

        // assert
        assertThat(result).isEqualTo(1);
        final FillDecoder fill = new FillDecoder().wrapAndApplyHeader(sink.message(0), 0, new MessageHeaderDecoder());
        assertThat(fill.venueOrderId()).isEqualTo(8_389_765_739_703_625_592L);
        assertThat(fill.feeMantissa()).isEqualTo(-1_200_000L);
        assertThat(fill.leavesSizeMantissa()).isEqualTo(6);
        assertThat(fill.clientOrderId()).isEqualTo(OUR_ID);
    }

    @Test
    void shouldCountACommissionInAnotherAssetAndStillReportTheFee()
    {
        // act
        final int result = decode(FILL.replace("\"N\":\"USDT\"", "\"N\":\"BNB\"").replace("-0.01200000", "0.00001234"));

        // assert
        assertThat(result).isEqualTo(1);
        assertThat(decoder.counters().unsupportedCommissionAsset()).isEqualTo(1);
        final FillDecoder fill = new FillDecoder().wrapAndApplyHeader(sink.message(0), 0, new MessageHeaderDecoder());
        assertThat(fill.feeMantissa()).isEqualTo(1_234L);
    }

    @Test
    void shouldDecodeTheSameWrappedOrBareWithKeysInAnyOrder()
    {
        // arrange
        final String reordered = "{\"o\":" + FILL.substring(FILL.indexOf("{\"s\"")) .replace("}}", "}") +
            ",\"T\":1700000000000,\"E\":1700000000001,\"e\":\"ORDER_TRADE_UPDATE\"}";

        // act
        final int bare = decode(FILL);
        final int wrapped = decode("{\"stream\":\"userdata\",\"data\":" + reordered + "}");

        // assert
        assertThat(bare).isEqualTo(1);
        assertThat(wrapped).isEqualTo(1);
        assertThat(sink.message(1).byteArray()).isEqualTo(sink.message(0).byteArray());
    }

    @Test
    void shouldMapEachExecutionType()
    {
        // act
        final int canceled = decode(FILL.replace("\"x\":\"TRADE\"", "\"x\":\"CANCELED\""));
        final int expired = decode(FILL.replace("\"x\":\"TRADE\"", "\"x\":\"EXPIRED\""));
        final int expiredInMatch = decode(FILL.replace("\"x\":\"TRADE\"", "\"x\":\"EXPIRED_IN_MATCH\""));
        final int rejected = decode(FILL.replace("\"x\":\"TRADE\"", "\"x\":\"REJECTED\""));
        final int accepted = decode(FILL.replace("\"x\":\"TRADE\"", "\"x\":\"NEW\""));
        final int amended = decode(FILL.replace("\"x\":\"TRADE\"", "\"x\":\"AMENDMENT\""));

        // assert
        assertThat(new int[]{ canceled, expired, expiredInMatch, rejected, accepted, amended })
            .containsExactly(1, 1, 1, 1, 1, 0);
        assertThat(sink.templateIds()).containsExactly(OrderCanceledDecoder.TEMPLATE_ID,
            OrderExpiredDecoder.TEMPLATE_ID, OrderExpiredDecoder.TEMPLATE_ID, OrderRejectedDecoder.TEMPLATE_ID,
            OrderAcceptedDecoder.TEMPLATE_ID);
        assertThat(decoder.counters().ignoredExecutions()).isEqualTo(1);
    }

    @Test
    void shouldReportLiquidationAndAutoDeleveragingOrdersAsForeign()
    {
        // act
        final int adl = decode(FILL.replace(OUR_TEXT, "adl_autoclose"));
        final int manual = decode(FILL.replace(OUR_TEXT, "web_AbCdEf"));

        // assert
        assertThat(adl).isZero();
        assertThat(manual).isZero();
        assertThat(sink.size()).isZero();
        assertThat(listener.foreignOrders).extracting(RecordingListener.ForeignOrder::clientId)
            .containsExactly("adl_autoclose", "web_AbCdEf");
        assertThat(decoder.counters().foreignOrders()).isEqualTo(2);
    }

    @Test
    void shouldNameTheFieldAndPositionOfABadDecimal()
    {
        // arrange
        final String json = FILL.replace("\"l\":\"0.004\"", "\"l\":\"0.0041\"");

        // act
        final int result = decode(json);

        // assert
        assertThat(result).isEqualTo(BinanceUserDataDecoder.MALFORMED);
        assertThat(decoder.lastError()).isEqualTo(DecodeError.BAD_DECIMAL);
        assertThat(decoder.lastErrorField()).isEqualTo("o.l");
        assertThat(decoder.lastErrorPosition()).isEqualTo(json.indexOf("0.0041"));
        assertThat(decoder.describeLastError())
            .isEqualTo("ORDER_TRADE_UPDATE: BAD_DECIMAL in field o.l at byte " + json.indexOf("0.0041"));
        assertThat(sink.size()).isZero();
        assertThat(decoder.counters().malformed()).isEqualTo(1);
    }

    @Test
    void shouldCountTruncatedMissingUnknownAndUnsupportedFrames()
    {
        // act
        final int truncated = decode(FILL.substring(0, 100));
        final int missing = decode(FILL.replace("\"ps\":\"SHORT\",", ""));
        final int badSide = decode(FILL.replace("\"S\":\"SELL\"", "\"S\":\"SHORT\""));
        final int unknownSymbol = decode(FILL.replace("BTCUSDT", "XRPUSDT"));
        final int unsupported = decode("{\"e\":\"ACCOUNT_CONFIG_UPDATE\",\"E\":1,\"ac\":{\"s\":\"BTCUSDT\",\"l\":25}}");
        final int reply = decode("{\"result\":null,\"id\":1}");

        // assert
        assertThat(truncated).isEqualTo(BinanceUserDataDecoder.MALFORMED);
        assertThat(missing).isEqualTo(BinanceUserDataDecoder.MALFORMED);
        assertThat(badSide).isEqualTo(BinanceUserDataDecoder.MALFORMED);
        assertThat(unknownSymbol).isEqualTo(BinanceUserDataDecoder.UNKNOWN_INSTRUMENT);
        assertThat(unsupported).isEqualTo(BinanceUserDataDecoder.UNSUPPORTED);
        assertThat(reply).isEqualTo(BinanceUserDataDecoder.UNSUPPORTED);
        assertThat(decoder.counters().malformed()).isEqualTo(3);
        assertThat(decoder.counters().unknownInstrument()).isEqualTo(1);
        assertThat(decoder.counters().unsupported()).isEqualTo(2);
        assertThat(sink.size()).isZero();
    }

    @Test
    void shouldSkipPositionsOfUnknownSymbolsAndPublishNothingWhenAnEntryIsBad()
    {
        // arrange
        final String account = "{\"e\":\"ACCOUNT_UPDATE\",\"E\":2,\"T\":1,\"a\":{\"m\":\"FUNDING_FEE\",\"B\":[]," +
            "\"P\":[{\"s\":\"XRPUSDT\",\"pa\":\"5\",\"ep\":\"0.5\",\"up\":\"0\",\"ps\":\"BOTH\"}," +
            "{\"s\":\"ETHUSDT\",\"pa\":\"-0.500\",\"ep\":\"2000.123456\",\"up\":\"1.123456789\",\"ps\":\"SHORT\"}]}}";

        // act
        final int good = decode(account);
        final int bad = decode(account.replace("\"-0.500\"", "\"-0.5005\""));

        // assert
        assertThat(good).isEqualTo(1);
        assertThat(bad).isEqualTo(BinanceUserDataDecoder.MALFORMED);
        assertThat(decoder.lastErrorField()).isEqualTo("a.P[].pa");
        assertThat(sink.size()).isEqualTo(1);
        assertThat(decoder.counters().skippedPositions()).isEqualTo(1);
        final PositionUpdateDecoder position =
            new PositionUpdateDecoder().wrapAndApplyHeader(sink.message(0), 0, new MessageHeaderDecoder());
        assertThat(position.sizeMantissa()).isEqualTo(-500);
        assertThat(position.entryPriceMantissa()).isEqualTo(200_012);
        assertThat(position.unrealizedPnlMantissa()).isEqualTo(112_345_678);
        assertThat(position.botId()).isEqualTo(9);
    }

    @Test
    void shouldRefuseMorePositionEntriesThanConfigured()
    {
        // arrange
        final BinanceUserDataDecoder small =
            new BinanceUserDataDecoder(TestInstruments.lookup(), new ExecutionPublisher(sink), listener, 9, 1);
        final String two = "{\"e\":\"MARGIN_CALL\",\"E\":1,\"p\":[" +
            "{\"s\":\"ETHUSDT\",\"pa\":\"1\",\"up\":\"0\",\"ps\":\"LONG\"}," +
            "{\"s\":\"ETHUSDT\",\"pa\":\"1\",\"up\":\"0\",\"ps\":\"LONG\"}]}";
        final byte[] bytes = two.getBytes(StandardCharsets.US_ASCII);

        // act
        final int result = small.decode(new UnsafeBuffer(bytes), 0, bytes.length, 0);

        // assert
        assertThat(result).isEqualTo(BinanceUserDataDecoder.UNSUPPORTED);
        assertThat(small.lastError()).isEqualTo(DecodeError.TOO_MANY_LEVELS);
        assertThat(small.lastErrorField()).isEqualTo("p");
        assertThat(sink.size()).isZero();
    }

    private int decode(final String json)
    {
        final byte[] bytes = json.getBytes(StandardCharsets.US_ASCII);
        return decoder.decode(new UnsafeBuffer(bytes), 0, bytes.length, 5);
    }
}
