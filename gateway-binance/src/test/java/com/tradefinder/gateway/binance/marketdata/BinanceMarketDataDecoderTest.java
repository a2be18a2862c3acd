package com.tradefinder.gateway.binance.marketdata;

import java.nio.charset.StandardCharsets;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.tradefinder.codecs.BarDecoder;
import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.DepthUpdateDecoder;
import com.tradefinder.codecs.MarkPriceDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.Side;
import com.tradefinder.codecs.TradeDecoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decoder's rules on hand-made frames: exact ids and decimals, lenient on unknown keys and key order, strict on
 * everything it reads, chunking of large books, outcomes and counters.
 */
class BinanceMarketDataDecoderTest
{
    private static final int OUT_OFFSET = 5;
    private static final long RECEIVE_TIME_NS = 1_680_652_700_423_575_000L;
    private static final int BTC_ID = 7;
    private static final String TRADE =
        "{\"e\":\"trade\",\"E\":1680652700455,\"T\":1680652700452,\"s\":\"BTCUSDT\",\"t\":3535186032," +
        "\"p\":\"28145.10\",\"q\":\"0.020\",\"X\":\"MARKET\",\"m\":true}";
    private static final String MARK_PRICE =
        "{\"e\":\"markPriceUpdate\",\"E\":1680652701000,\"s\":\"BTCUSDT\",\"p\":\"28147.27373413\"," +
        "\"P\":\"28142.15563565\",\"i\":\"28159.75642857\",\"r\":\"%s\",\"T\":1680652800000}";
    private static final String KLINE =
        "{\"e\":\"kline\",\"E\":1680652701000,\"s\":\"BTCUSDT\",\"k\":{\"t\":1680652680000,\"T\":1680652739999," +
        "\"s\":\"BTCUSDT\",\"i\":\"%s\",\"o\":\"28145.1\",\"c\":\"28147.2\",\"h\":\"28150.0\",\"l\":\"28140.3\"," +
        "\"v\":\"12.345\",\"n\":100,\"x\":false,\"q\":\"1.0\"}}";

    private final InstrumentLookup instruments = new InstrumentLookup(4);
    private final UnsafeBuffer frame = new UnsafeBuffer(new byte[256 * 1024]);
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final TradeDecoder trade = new TradeDecoder();
    private final DepthUpdateDecoder depth = new DepthUpdateDecoder();
    private BinanceMarketDataDecoder decoder;
    private UnsafeBuffer out;

    @BeforeEach
    void setUp()
    {
        instruments.register("BTCUSDT", BTC_ID, -8, -3);
        decoder = new BinanceMarketDataDecoder(instruments);
        out = new UnsafeBuffer(new byte[OUT_OFFSET + decoder.maxOutputLength()]);
    }

    @Test
    void shouldDecodeIdsAboveTwoToTheFiftyThreeAndUpToInt64MaxExactly()
    {
        final String frameText = TRADE.replace("3535186032", "8389765739703625592");
        final String depthText = depthUpdate(4_984_028_367_545L, Long.MAX_VALUE, 9_007_199_254_740_993L, 1, 1);

        final int tradeLength = decode(frameText);
        final long tradeId = trade.wrapAndApplyHeader(out, OUT_OFFSET, header).tradeId();
        final int depthLength = decode(depthText);
        depth.wrapAndApplyHeader(out, OUT_OFFSET, header);

        assertThat(tradeLength).isPositive();
        assertThat(tradeId).isEqualTo(8_389_765_739_703_625_592L);
        assertThat(depthLength).isPositive();
        assertThat(depth.firstUpdateId()).isEqualTo(4_984_028_367_545L);
        assertThat(depth.finalUpdateId()).isEqualTo(Long.MAX_VALUE);
        assertThat(depth.previousFinalUpdateId()).isEqualTo(9_007_199_254_740_993L);
    }

    @Test
    void shouldDecodeTradeValuesAndTurnBuyerIsMakerIntoASellAggressor()
    {
        final int sellLength = decode(TRADE);
        trade.wrapAndApplyHeader(out, OUT_OFFSET, header);
        final Side sellSide = trade.aggressorSide();
        final long price = trade.priceMantissa();
        final long size = trade.sizeMantissa();
        final long exchangeTimeNs = trade.exchangeTimeNs();
        final int buyLength = decode(TRADE.replace("\"m\":true", "\"m\":false"));
        final Side buySide = trade.wrapAndApplyHeader(out, OUT_OFFSET, header).aggressorSide();

        assertThat(sellLength).isEqualTo(buyLength).isPositive();
        assertThat(sellSide).isEqualTo(Side.SELL);
        assertThat(buySide).isEqualTo(Side.BUY);
        assertThat(price).isEqualTo(2_814_510_000_000L);
        assertThat(size).isEqualTo(20L);
        assertThat(exchangeTimeNs).isEqualTo(1_680_652_700_452_000_000L);
        assertThat(trade.instrumentId()).isEqualTo(BTC_ID);
        assertThat(trade.receiveTimeNs()).isEqualTo(RECEIVE_TIME_NS);
    }

    @Test
    void shouldIgnoreUnknownFieldsOfEveryShapeAndAcceptAnyKeyOrderAndWhitespace()
    {
        final byte[] expected = decodedBytes(TRADE);
        final String noisy = "{ \"zz\" : {\"a\":[1,-2.5e+3,{\"b\":null}],\"c\":\"x\\\"y\\\\\"},\r\n\t\"m\":true,\"q\":\"0.020\"," +
            "\"nq\":\"0.020\",\"st\":1,\"ps\":\"BTCUSDT\",\"p\":\"28145.10\",\"t\":3535186032,\"X\":\"MARKET\"," +
            "\"T\":1680652700452,\"E\":1680652700455,\"Z\":[],\"z\":{},\"s\":\"BTCUSDT\",\"e\":\"trade\" }\n";
        final String combinedDataFirst = "{\"data\":" + TRADE + ",\"stream\":\"btcusdt@trade\"}";

        assertThat(decodedBytes(noisy)).isEqualTo(expected);
        assertThat(decodedBytes(combinedDataFirst)).isEqualTo(expected);
        assertThat(decoder.decoded()).isEqualTo(3);
    }

    @Test
    void shouldTakeTheSymbolFromTheStreamNameWhenThePayloadHasNone()
    {
        final String combined = "{\"stream\":\"btcusdt@trade\",\"data\":" + TRADE.replace("\"s\":\"BTCUSDT\",", "") + "}";

        final int length = decode(combined);

        assertThat(length).isPositive();
        assertThat(trade.wrapAndApplyHeader(out, OUT_OFFSET, header).instrumentId()).isEqualTo(BTC_ID);
        assertThat(decoder.lastInstrumentEntry()).isEqualTo(instruments.find("BTCUSDT"));
    }

    @Test
    void shouldReportAnUnknownSymbolWithItsBytes()
    {
        final String json = TRADE.replace("BTCUSDT", "XRPUSDT");

        final int result = decode(json);

        assertThat(result).isEqualTo(BinanceMarketDataDecoder.UNKNOWN_INSTRUMENT);
        assertThat(decoder.lastError()).isEqualTo(DecodeError.UNKNOWN_SYMBOL);
        assertThat(frame.getStringWithoutLengthAscii(decoder.lastSymbolOffset(), decoder.lastSymbolLength()))
            .isEqualTo("XRPUSDT");
        assertThat(decoder.unknownInstrument()).isEqualTo(1);
        assertThat(decoder.messageCount()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"t\":3535186032|\"t\":9223372036854775808|BAD_INTEGER|t",
        "\"t\":3535186032|\"t\":9999999999999999999|BAD_INTEGER|t",
        "\"t\":3535186032|\"t\":10000000000000000000|BAD_INTEGER|t",
        "\"t\":3535186032|\"t\":1.5|BAD_INTEGER|t",
        "\"t\":3535186032|\"t\":-1|BAD_INTEGER|t",
        "\"t\":3535186032|\"t\":\"3535186032\"|WRONG_TYPE|t",
        "\"t\":3535186032,|''|MISSING_FIELD|t",
        "\"p\":\"28145.10\"|\"p\":\"28145.000000001\"|BAD_DECIMAL|p",
        "\"p\":\"28145.10\"|\"p\":\"2.8e4\"|BAD_DECIMAL|p",
        "\"p\":\"28145.10\"|\"p\":\"\"|BAD_DECIMAL|p",
        "\"p\":\"28145.10\"|\"p\":\"1.2.3\"|BAD_DECIMAL|p",
        "\"p\":\"28145.10\"|\"p\":\"NaN\"|BAD_DECIMAL|p",
        "\"p\":\"28145.10\"|\"p\":\"-28145.10\"|BAD_DECIMAL|p",
        "\"p\":\"28145.10\"|\"p\":28145.10|WRONG_TYPE|p",
        "\"q\":\"0.020\"|\"q\":\"0.0201\"|BAD_DECIMAL|q",
        "\"q\":\"0.020\"|\"q\":\"99999999999999999999\"|BAD_DECIMAL|q",
        "\"m\":true|\"m\":\"true\"|WRONG_TYPE|m",
        "\"m\":true|\"m\":null|WRONG_TYPE|m",
        "\"T\":1680652700452|\"T\":9223372036854775|BAD_TIME|T",
        "\"s\":\"BTCUSDT\"|\"s\":42|WRONG_TYPE|s",
        "\"s\":\"BTCUSDT\",|''|MISSING_FIELD|s",
        "\"e\":\"trade\"|\"e\":1|WRONG_TYPE|e",
        "\"X\":\"MARKET\"|\"p\":\"28145.10\"|DUPLICATE_KEY|p",
    })
    void shouldRejectBadFieldsAsMalformedNamingTheField(
        final String original, final String replacement, final DecodeError error, final String field)
    {
        final String json = TRADE.replace(original, replacement);

        final int result = decode(json);

        assertThat(result).isEqualTo(BinanceMarketDataDecoder.MALFORMED);
        assertThat(decoder.lastError()).isEqualTo(error);
        assertThat(decoder.lastErrorField()).isEqualTo(field);
        assertThat(decoder.malformed()).isEqualTo(1);
        assertThat(decoder.decoded()).isZero();
        assertThat(decoder.messageCount()).isZero();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|TRUNCATED",
        "'   '|TRUNCATED",
        "{|TRUNCATED",
        "{\"e\":\"tra|TRUNCATED",
        "{\"e\":\"trade\",\"m\":tr|TRUNCATED",
        "{\"e\":\"trade\",\"t\":12|TRUNCATED",
        "{\"e\":\"trade\" \"t\":12}|UNEXPECTED_BYTE",
        "{\"e\":\"trade\",}|UNEXPECTED_BYTE",
        "{\"e\":\"trade\",\"t\":012}|UNEXPECTED_BYTE",
        "{\"e\":\"trade\",\"t\":1-2}|UNEXPECTED_BYTE",
        "{\"e\":\"trade\",\"zz\":-}|UNEXPECTED_BYTE",
        "{\"e\":\"trade\",\"m\":truth}|UNEXPECTED_BYTE",
        "{\"e\":\"trade\",\"zz\":[1,2}|UNEXPECTED_BYTE",
        "{\"e\":\"trade\",\"zz\":'x'}|UNEXPECTED_BYTE",
        "{\"e\":\"trade\"}x|TRAILING_BYTES",
        "{\"e\":\"trade\"} {}|TRAILING_BYTES",
        "hello|UNEXPECTED_BYTE",
    })
    void shouldRejectBadSyntaxAsMalformed(final String json, final DecodeError error)
    {
        final int result = decode(json);

        assertThat(result).isEqualTo(BinanceMarketDataDecoder.MALFORMED);
        assertThat(decoder.lastError()).isEqualTo(error);
        assertThat(decoder.malformed()).isEqualTo(1);
    }

    @Test
    void shouldRejectNestingDeeperThanTheCursorFollows()
    {
        final String deep = "[".repeat(JsonCursor.MAX_DEPTH + 1) + "]".repeat(JsonCursor.MAX_DEPTH + 1);

        final int result = decode(TRADE.replace("\"X\":\"MARKET\"", "\"zz\":" + deep));

        assertThat(result).isEqualTo(BinanceMarketDataDecoder.MALFORMED);
        assertThat(decoder.lastError()).isEqualTo(DecodeError.TOO_DEEP);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"result\":null,\"id\":1}",
        "{\"code\":-1121,\"msg\":\"Invalid symbol.\"}",
        "{}",
        "[]",
        "[{\"e\":\"markPriceUpdate\"}]",
        "{\"stream\":\"!markPrice@arr\",\"data\":[{\"e\":\"markPriceUpdate\",\"s\":\"BTCUSDT\"}]}",
        "{\"e\":\"24hrTicker\",\"E\":123456789,\"s\":\"BTCUSDT\",\"p\":\"0.0015\"}",
        "{\"e\":\"continuous_kline\",\"E\":1607443058651,\"ps\":\"BTCUSDT\",\"ct\":\"PERPETUAL\",\"k\":{}}",
        "{\"e\":\"TRADE_LITE\",\"E\":1727683915920,\"s\":\"ETHUSDT\",\"i\":8389765739703625592}",
    })
    void shouldReportWellFormedFramesThatAreNotMarketDataAsUnsupported(final String json)
    {
        final int result = decode(json);

        assertThat(result).isEqualTo(BinanceMarketDataDecoder.UNSUPPORTED);
        assertThat(decoder.lastError()).isEqualTo(DecodeError.UNSUPPORTED_EVENT);
        assertThat(decoder.unsupported()).isEqualTo(1);
        assertThat(decoder.malformed()).isZero();
    }

    @ParameterizedTest
    @CsvSource({ "1s,1", "1m,60", "3m,180", "15m,900", "2h,7200", "12h,43200", "1d,86400", "3d,259200", "1w,604800" })
    void shouldTurnKlineIntervalsIntoSeconds(final String interval, final int seconds)
    {
        final int length = decode(KLINE.formatted(interval));

        assertThat(length).isPositive();
        assertThat(new BarDecoder().wrapAndApplyHeader(out, OUT_OFFSET, header).timeframeSec()).isEqualTo(seconds);
    }

    @Test
    void shouldRejectACalendarMonthKlineAsUnsupportedAndNonsenseIntervalsAsMalformed()
    {
        final int month = decode(KLINE.formatted("1M"));
        final DecodeError monthError = decoder.lastError();
        final int zero = decode(KLINE.formatted("0m"));
        final int noUnit = decode(KLINE.formatted("15"));
        final int badUnit = decode(KLINE.formatted("1y"));
        final int overflow = decode(KLINE.formatted("9999w"));

        assertThat(month).isEqualTo(BinanceMarketDataDecoder.UNSUPPORTED);
        assertThat(monthError).isEqualTo(DecodeError.UNSUPPORTED_INTERVAL);
        assertThat(zero).isEqualTo(noUnit).isEqualTo(badUnit).isEqualTo(overflow)
            .isEqualTo(BinanceMarketDataDecoder.MALFORMED);
        assertThat(decoder.lastError()).isEqualTo(DecodeError.BAD_INTERVAL);
        assertThat(decoder.lastErrorField()).isEqualTo("k.i");
    }

    @Test
    void shouldNameTheInnerKlineFieldThatIsMissing()
    {
        final int result = decode(KLINE.formatted("1m").replace(",\"x\":false", ""));

        assertThat(result).isEqualTo(BinanceMarketDataDecoder.MALFORMED);
        assertThat(decoder.lastError()).isEqualTo(DecodeError.MISSING_FIELD);
        assertThat(decoder.lastErrorField()).isEqualTo("k.x");
    }

    @ParameterizedTest
    @CsvSource({ "0.00002754,27540", "-0.00012359,-123590", "0.0001,100000", "0,0", "-0.000000001,-1" })
    void shouldExpressFundingRatesInPartsPerBillion(final String rate, final long ppb)
    {
        final int length = decode(MARK_PRICE.formatted(rate));

        assertThat(length).isPositive();
        assertThat(new MarkPriceDecoder().wrapAndApplyHeader(out, OUT_OFFSET, header).fundingRatePpb()).isEqualTo(ppb);
    }

    @Test
    void shouldRejectAFundingRateFinerThanOnePartPerBillion()
    {
        final int result = decode(MARK_PRICE.formatted("0.0000000001"));

        assertThat(result).isEqualTo(BinanceMarketDataDecoder.MALFORMED);
        assertThat(decoder.lastError()).isEqualTo(DecodeError.BAD_DECIMAL);
        assertThat(decoder.lastErrorField()).isEqualTo("r");
    }

    @Test
    void shouldSplitALargeDiffIntoChunksOfTwoHundredLevelsBidsFirstWithOneLastChunk()
    {
        final String json = depthUpdate(100L, 200L, 99L, 201, 249);

        final int length = decode(json);

        assertThat(decoder.messageCount()).isEqualTo(3);
        final int[] expectedCounts = { 200, 200, 50 };
        int offset = OUT_OFFSET;
        int level = 0;
        for (int chunk = 0; chunk < 3; chunk++)
        {
            depth.wrapAndApplyHeader(out, offset, header);
            assertThat(depth.firstUpdateId()).isEqualTo(100L);
            assertThat(depth.finalUpdateId()).isEqualTo(200L);
            assertThat(depth.previousFinalUpdateId()).isEqualTo(99L);
            assertThat(depth.exchangeTimeNs()).isEqualTo(1_721_347_022_504_000_000L);
            assertThat(depth.receiveTimeNs()).isEqualTo(RECEIVE_TIME_NS);
            assertThat(depth.snapshot()).isEqualTo(BooleanType.FALSE);
            assertThat(depth.lastChunk()).isEqualTo(chunk == 2 ? BooleanType.TRUE : BooleanType.FALSE);
            final DepthUpdateDecoder.LevelsDecoder levels = depth.levels();
            assertThat(levels.count()).isEqualTo(expectedCounts[chunk]);
            for (final DepthUpdateDecoder.LevelsDecoder l : levels)
            {
                final boolean bid = level < 201;
                final int index = bid ? level : level - 201;
                assertThat(l.side()).isEqualTo(bid ? Side.BUY : Side.SELL);
                assertThat(l.priceMantissa()).isEqualTo(levelPrice(bid, index) * 100_000_000L);
                assertThat(l.sizeMantissa()).isEqualTo((index + 1L) * 1_000L);
                level++;
            }
            final int messageLength = MessageHeaderDecoder.ENCODED_LENGTH + depth.encodedLength();
            assertThat(decoder.messageLength(chunk)).isEqualTo(messageLength).isLessThanOrEqualTo(4096);
            offset += messageLength;
        }
        assertThat(level).isEqualTo(450);
        assertThat(offset - OUT_OFFSET).isEqualTo(length);
        assertThat(decoder.decoded()).isEqualTo(1);
    }

    @Test
    void shouldKeepExactlyTwoHundredLevelsInOneChunkAndGiveAnEmptyDiffOneEmptyChunk()
    {
        final int fullLength = decode(depthUpdate(1L, 2L, 0L, 120, 80));
        final int fullCount = decoder.messageCount();
        final int fullLevels = depth.wrapAndApplyHeader(out, OUT_OFFSET, header).levels().count();
        final int emptyLength = decode(depthUpdate(3L, 4L, 2L, 0, 0));
        depth.wrapAndApplyHeader(out, OUT_OFFSET, header);

        assertThat(fullCount).isEqualTo(1);
        assertThat(fullLevels).isEqualTo(200);
        assertThat(fullLength).isEqualTo(DepthTranslator.MAX_CHUNK_LENGTH);
        assertThat(decoder.messageCount()).isEqualTo(1);
        assertThat(emptyLength).isEqualTo(DepthTranslator.CHUNK_OVERHEAD);
        assertThat(depth.levels().count()).isZero();
        assertThat(depth.lastChunk()).isEqualTo(BooleanType.TRUE);
    }

    @Test
    void shouldSplitAThousandLevelRestSnapshotIntoTenChunksWithTheSameUpdateIds()
    {
        final String json = snapshot(1_000, 1_000);
        final byte[] bytes = json.getBytes(StandardCharsets.US_ASCII);
        frame.putBytes(0, bytes);

        final int length = decoder.decode(
            frame, 0, bytes.length, RECEIVE_TIME_NS, instruments.find("btcusdt"), out, OUT_OFFSET);

        assertThat(decoder.messageCount()).isEqualTo(10);
        assertThat(decoder.lastEvent()).isEqualTo(BinanceEvent.DEPTH_SNAPSHOT);
        int offset = OUT_OFFSET;
        for (int chunk = 0; chunk < 10; chunk++)
        {
            depth.wrapAndApplyHeader(out, offset, header);
            assertThat(depth.firstUpdateId()).isEqualTo(4_984_028_384_061L);
            assertThat(depth.finalUpdateId()).isEqualTo(4_984_028_384_061L);
            assertThat(depth.previousFinalUpdateId()).isZero();
            assertThat(depth.exchangeTimeNs()).isEqualTo(1_721_347_022_750_000_000L);
            assertThat(depth.snapshot()).isEqualTo(BooleanType.TRUE);
            assertThat(depth.lastChunk()).isEqualTo(chunk == 9 ? BooleanType.TRUE : BooleanType.FALSE);
            final DepthUpdateDecoder.LevelsDecoder levels = depth.levels();
            assertThat(levels.count()).isEqualTo(200);
            assertThat(levels.next().side()).isEqualTo(chunk < 5 ? Side.BUY : Side.SELL);
            offset += decoder.messageLength(chunk);
        }
        assertThat(offset - OUT_OFFSET).isEqualTo(length);
    }

    @Test
    void shouldRejectMoreLevelsThanConfiguredAsUnsupported()
    {
        final BinanceMarketDataDecoder small = new BinanceMarketDataDecoder(instruments, 10);
        final byte[] bytes = depthUpdate(1L, 2L, 0L, 11, 0).getBytes(StandardCharsets.US_ASCII);
        frame.putBytes(0, bytes);

        final int result = small.decode(frame, 0, bytes.length, RECEIVE_TIME_NS, out, OUT_OFFSET);

        assertThat(result).isEqualTo(BinanceMarketDataDecoder.UNSUPPORTED);
        assertThat(small.lastError()).isEqualTo(DecodeError.TOO_MANY_LEVELS);
        assertThat(small.unsupported()).isEqualTo(1);
        assertThat(small.maxOutputLength()).isEqualTo(DepthTranslator.MAX_CHUNK_LENGTH);
    }

    @Test
    void shouldRejectAMalformedLevelAnywhereInTheBook()
    {
        final String json = depthUpdate(1L, 2L, 0L, 300, 300);
        final String badPrice = json.replace("[\"2299.0\",\"300.000\"]", "[\"2299.0\",\"300.0001\"]");
        final String numberPrice = json.replace("[\"2299.0\",", "[2299.0,");
        final String singleElement = json.replace("[\"2299.0\",\"300.000\"]", "[\"2299.0\"]");
        final String extraElements = json.replace("[\"2299.0\",\"300.000\"]", "[\"2299.0\",\"300.000\",7,[]]");

        final int badPriceResult = decode(badPrice);
        final DecodeError badPriceError = decoder.lastError();
        final String badPriceField = decoder.lastErrorField();
        final int numberPriceResult = decode(numberPrice);
        final int singleElementResult = decode(singleElement);
        final int extraElementsResult = decode(extraElements);

        assertThat(json).contains("[\"2299.0\",\"300.000\"]");
        assertThat(badPriceResult).isEqualTo(numberPriceResult).isEqualTo(singleElementResult)
            .isEqualTo(BinanceMarketDataDecoder.MALFORMED);
        assertThat(badPriceError).isEqualTo(DecodeError.BAD_DECIMAL);
        assertThat(badPriceField).isEqualTo("a");
        assertThat(extraElementsResult).isPositive();
    }

    @Test
    void shouldRefuseADestinationTooSmallWithoutTouchingItsOtherCounters()
    {
        final UnsafeBuffer tiny = new UnsafeBuffer(new byte[40]);
        final byte[] bytes = TRADE.getBytes(StandardCharsets.US_ASCII);
        frame.putBytes(0, bytes);

        final int result = decoder.decode(frame, 0, bytes.length, RECEIVE_TIME_NS, tiny, 0);

        assertThat(result).isEqualTo(BinanceMarketDataDecoder.OUTPUT_TOO_SMALL);
        assertThat(decoder.outputTooSmall()).isEqualTo(1);
        assertThat(decoder.malformed() + decoder.unsupported() + decoder.unknownInstrument() + decoder.decoded()).isZero();
    }

    @Test
    void shouldCountEveryOutcome()
    {
        decode(TRADE);
        decode(TRADE);
        decode("{\"result\":null,\"id\":1}");
        decode(TRADE.replace("BTCUSDT", "ETHUSDT"));
        decode(TRADE.substring(0, 40));
        decode(TRADE.substring(0, 41));
        decode(TRADE.substring(0, 42));

        assertThat(decoder.decoded()).isEqualTo(2);
        assertThat(decoder.unsupported()).isEqualTo(1);
        assertThat(decoder.unknownInstrument()).isEqualTo(1);
        assertThat(decoder.malformed()).isEqualTo(3);
        assertThat(decoder.outputTooSmall()).isZero();
    }

    private int decode(final String json)
    {
        final byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        frame.putBytes(3, bytes);
        return decoder.decode(frame, 3, bytes.length, RECEIVE_TIME_NS, out, OUT_OFFSET);
    }

    private byte[] decodedBytes(final String json)
    {
        final int length = decode(json);
        assertThat(length).as(json).isPositive();
        final byte[] bytes = new byte[length];
        out.getBytes(OUT_OFFSET, bytes);
        return bytes;
    }

    private static long levelPrice(final boolean bid, final int index)
    {
        return bid ? 1_000 + index : 2_000 + index;
    }

    private static String levels(final boolean bid, final int count)
    {
        final StringBuilder levels = new StringBuilder("[");
        for (int i = 0; i < count; i++)
        {
            if (i > 0)
            {
                levels.append(',');
            }
            levels.append("[\"").append(levelPrice(bid, i)).append(".0\",\"").append(i + 1).append(".000\"]");
        }
        return levels.append(']').toString();
    }

    static String depthUpdate(
        final long firstUpdateId, final long finalUpdateId, final long previousFinalUpdateId, final int bids, final int asks)
    {
        return "{\"e\":\"depthUpdate\",\"E\":1721347022504,\"T\":1721347022504,\"s\":\"BTCUSDT\",\"U\":" + firstUpdateId +
            ",\"u\":" + finalUpdateId + ",\"pu\":" + previousFinalUpdateId + ",\"b\":" + levels(true, bids) +
            ",\"a\":" + levels(false, asks) + "}";
    }

    static String snapshot(final int bids, final int asks)
    {
        return "{\"lastUpdateId\":4984028384061,\"E\":1721347022759,\"T\":1721347022750,\"bids\":" + levels(true, bids) +
            ",\"asks\":" + levels(false, asks) + "}";
    }
}
