package com.tradefinder.gateway.binance.marketdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.tradefinder.codecs.BarDecoder;
import com.tradefinder.codecs.BestBidOfferDecoder;
import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.DepthUpdateDecoder;
import com.tradefinder.codecs.MarkPriceDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.PriceSource;
import com.tradefinder.codecs.Side;
import com.tradefinder.codecs.TradeDecoder;
import com.tradefinder.testsupport.SharedData;

import static com.tradefinder.gateway.binance.marketdata.FixtureText.bool;
import static com.tradefinder.gateway.binance.marketdata.FixtureText.integer;
import static com.tradefinder.gateway.binance.marketdata.FixtureText.levels;
import static com.tradefinder.gateway.binance.marketdata.FixtureText.mantissa;
import static com.tradefinder.gateway.binance.marketdata.FixtureText.msToNs;
import static com.tradefinder.gateway.binance.marketdata.FixtureText.nested;
import static com.tradefinder.gateway.binance.marketdata.FixtureText.string;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Binance market-data fixture in {@code shared/fixtures/binance}, decoded and checked field by field against
 * the fixture's own text; truncations of each are malformed; the other (non market-data) fixtures are unsupported.
 */
class BinanceMarketDataDecoderFixtureTest
{
    private static final int FRAME_OFFSET = 7;
    private static final int OUT_OFFSET = 13;
    private static final long RECEIVE_TIME_NS = 1_721_347_020_984_480_942L;
    private static final int PRICE_EXPONENT = -8;
    private static final int BTC_ID = 101;
    private static final int BTC_SIZE_EXPONENT = -3;
    private static final int BNB_ID = 202;
    private static final int BNB_SIZE_EXPONENT = -2;

    private static final List<String> TRADES = List.of("ws-trade.json", "ws-aggTrade.json", "ws-aggTrade-with-st.json");
    private static final List<String> BOOK_TICKERS =
        List.of("ws-bookTicker.json", "ws-bookTicker.doc.json", "ws-bookTicker-with-st-ps.json");
    private static final List<String> DEPTH_UPDATES = List.of("ws-depthUpdate.doc.json", "ws-depthUpdate-5levels.json");
    private static final List<String> MARK_PRICES = List.of("ws-markPriceUpdate.json", "ws-markPriceUpdate.doc.json");
    private static final List<String> KLINES = List.of("ws-kline.doc.json", "ws-kline-open.json", "ws-kline-closed.json");
    private static final List<String> SNAPSHOTS = List.of("rest-depth-snapshot.json", "rest-depth-snapshot.doc.json");
    private static final String AGG_TRADE_DOC = "ws-aggTrade.doc.jsonc";

    private final InstrumentLookup instruments = new InstrumentLookup(4);
    private final UnsafeBuffer frame = new UnsafeBuffer(new byte[64 * 1024]);
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private BinanceMarketDataDecoder decoder;
    private UnsafeBuffer out;

    @BeforeEach
    void setUp()
    {
        instruments.register("BTCUSDT", BTC_ID, PRICE_EXPONENT, BTC_SIZE_EXPONENT);
        instruments.register("BNBUSDT", BNB_ID, PRICE_EXPONENT, BNB_SIZE_EXPONENT);
        decoder = new BinanceMarketDataDecoder(instruments);
        out = new UnsafeBuffer(new byte[OUT_OFFSET + decoder.maxOutputLength()]);
    }

    @ParameterizedTest
    @ValueSource(strings = { "ws-trade.json", "ws-aggTrade.json", "ws-aggTrade-with-st.json" })
    void shouldDecodeTradeFixtures(final String name) throws IOException
    {
        final String json = fixture(name);

        final int length = decode(json);

        assertTrade(json, length, name.contains("aggTrade"));
    }

    @Test
    void shouldRejectTheCommentedAggTradeDocExampleButDecodeItOnceCommentsAreStripped() throws IOException
    {
        final String jsonc = fixture(AGG_TRADE_DOC);
        final String json = jsonc.replaceAll("//[^\n]*", "").replaceAll(",\\s*}", "}");

        final int rawResult = decode(jsonc);
        final int length = decode(json);

        assertThat(rawResult).isEqualTo(BinanceMarketDataDecoder.MALFORMED);
        assertThat(json).contains("\"nq\"");
        assertTrade(json, length, true);
        assertThat(decoder.malformed()).isEqualTo(1);
        assertThat(decoder.decoded()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = { "ws-bookTicker.json", "ws-bookTicker.doc.json", "ws-bookTicker-with-st-ps.json" })
    void shouldDecodeBookTickerFixtures(final String name) throws IOException
    {
        final String json = fixture(name);
        final int sizeExponent = sizeExponent(json);

        final int length = decode(json);

        assertThat(length).isEqualTo(MessageHeaderDecoder.ENCODED_LENGTH + BestBidOfferDecoder.BLOCK_LENGTH);
        assertHeader(BestBidOfferDecoder.TEMPLATE_ID, BestBidOfferDecoder.BLOCK_LENGTH);
        final BestBidOfferDecoder bbo = new BestBidOfferDecoder().wrapAndApplyHeader(out, OUT_OFFSET, header);
        assertThat(bbo.instrumentId()).isEqualTo(instrumentId(json));
        assertThat(bbo.exchangeTimeNs()).isEqualTo(msToNs(integer(json, "T")));
        assertThat(bbo.receiveTimeNs()).isEqualTo(RECEIVE_TIME_NS);
        assertThat(bbo.updateId()).isEqualTo(integer(json, "u"));
        assertThat(bbo.bidPriceMantissa()).isEqualTo(mantissa(string(json, "b"), PRICE_EXPONENT));
        assertThat(bbo.bidSizeMantissa()).isEqualTo(mantissa(string(json, "B"), sizeExponent));
        assertThat(bbo.askPriceMantissa()).isEqualTo(mantissa(string(json, "a"), PRICE_EXPONENT));
        assertThat(bbo.askSizeMantissa()).isEqualTo(mantissa(string(json, "A"), sizeExponent));
        assertSingleMessage(length, BinanceEvent.BOOK_TICKER);
    }

    @ParameterizedTest
    @ValueSource(strings = { "ws-depthUpdate.doc.json", "ws-depthUpdate-5levels.json" })
    void shouldDecodeDepthUpdateFixtures(final String name) throws IOException
    {
        final String json = fixture(name);
        final List<String[]> bids = levels(json, "b");
        final List<String[]> asks = levels(json, "a");

        final int length = decode(json);

        assertThat(length).isEqualTo(MessageHeaderDecoder.ENCODED_LENGTH + DepthUpdateDecoder.BLOCK_LENGTH + 4 +
            (bids.size() + asks.size()) * DepthUpdateDecoder.LevelsDecoder.sbeBlockLength());
        assertHeader(DepthUpdateDecoder.TEMPLATE_ID, DepthUpdateDecoder.BLOCK_LENGTH);
        final DepthUpdateDecoder depth = new DepthUpdateDecoder().wrapAndApplyHeader(out, OUT_OFFSET, header);
        assertThat(depth.instrumentId()).isEqualTo(BTC_ID);
        assertThat(depth.exchangeTimeNs()).isEqualTo(msToNs(integer(json, "T")));
        assertThat(depth.receiveTimeNs()).isEqualTo(RECEIVE_TIME_NS);
        assertThat(depth.firstUpdateId()).isEqualTo(integer(json, "U"));
        assertThat(depth.finalUpdateId()).isEqualTo(integer(json, "u"));
        assertThat(depth.previousFinalUpdateId()).isEqualTo(integer(json, "pu"));
        assertThat(depth.snapshot()).isEqualTo(BooleanType.FALSE);
        assertThat(depth.lastChunk()).isEqualTo(BooleanType.TRUE);
        assertLevels(depth.levels(), bids, asks, BTC_SIZE_EXPONENT);
        assertSingleMessage(length, BinanceEvent.DEPTH_UPDATE);
    }

    @ParameterizedTest
    @ValueSource(strings = { "rest-depth-snapshot.json", "rest-depth-snapshot.doc.json" })
    void shouldDecodeRestDepthSnapshotFixturesForTheInstrumentTheCallerNames(final String name) throws IOException
    {
        final String json = fixture(name);
        final List<String[]> bids = levels(json, "bids");
        final List<String[]> asks = levels(json, "asks");
        final byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        frame.putBytes(FRAME_OFFSET, bytes);

        final int withoutInstrument = decoder.decode(frame, FRAME_OFFSET, bytes.length, RECEIVE_TIME_NS, out, OUT_OFFSET);
        final int length = decoder.decode(
            frame, FRAME_OFFSET, bytes.length, RECEIVE_TIME_NS, instruments.find("BTCUSDT"), out, OUT_OFFSET);

        assertThat(withoutInstrument).isEqualTo(BinanceMarketDataDecoder.UNKNOWN_INSTRUMENT);
        assertThat(length).isPositive();
        assertHeader(DepthUpdateDecoder.TEMPLATE_ID, DepthUpdateDecoder.BLOCK_LENGTH);
        final DepthUpdateDecoder depth = new DepthUpdateDecoder().wrapAndApplyHeader(out, OUT_OFFSET, header);
        assertThat(depth.instrumentId()).isEqualTo(BTC_ID);
        assertThat(depth.exchangeTimeNs()).isEqualTo(msToNs(integer(json, "T")));
        assertThat(depth.receiveTimeNs()).isEqualTo(RECEIVE_TIME_NS);
        assertThat(depth.firstUpdateId()).isEqualTo(integer(json, "lastUpdateId"));
        assertThat(depth.finalUpdateId()).isEqualTo(integer(json, "lastUpdateId"));
        assertThat(depth.previousFinalUpdateId()).isZero();
        assertThat(depth.snapshot()).isEqualTo(BooleanType.TRUE);
        assertThat(depth.lastChunk()).isEqualTo(BooleanType.TRUE);
        assertLevels(depth.levels(), bids, asks, BTC_SIZE_EXPONENT);
        assertSingleMessage(length, BinanceEvent.DEPTH_SNAPSHOT);
        assertThat(decoder.unknownInstrument()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = { "ws-markPriceUpdate.json", "ws-markPriceUpdate.doc.json" })
    void shouldDecodeMarkPriceFixtures(final String name) throws IOException
    {
        final String json = fixture(name);

        final int length = decode(json);

        assertThat(length).isEqualTo(MessageHeaderDecoder.ENCODED_LENGTH + MarkPriceDecoder.BLOCK_LENGTH);
        assertHeader(MarkPriceDecoder.TEMPLATE_ID, MarkPriceDecoder.BLOCK_LENGTH);
        final MarkPriceDecoder mark = new MarkPriceDecoder().wrapAndApplyHeader(out, OUT_OFFSET, header);
        assertThat(mark.instrumentId()).isEqualTo(BTC_ID);
        assertThat(mark.exchangeTimeNs()).isEqualTo(msToNs(integer(json, "E")));
        assertThat(mark.receiveTimeNs()).isEqualTo(RECEIVE_TIME_NS);
        assertThat(mark.markPriceMantissa()).isEqualTo(mantissa(string(json, "p"), PRICE_EXPONENT));
        assertThat(mark.indexPriceMantissa()).isEqualTo(mantissa(string(json, "i"), PRICE_EXPONENT));
        assertThat(mark.fundingRatePpb()).isEqualTo(mantissa(string(json, "r"), -9));
        assertThat(mark.nextFundingTimeNs()).isEqualTo(msToNs(integer(json, "T")));
        assertSingleMessage(length, BinanceEvent.MARK_PRICE_UPDATE);
    }

    @ParameterizedTest
    @ValueSource(strings = { "ws-kline.doc.json", "ws-kline-open.json", "ws-kline-closed.json" })
    void shouldDecodeKlineFixtures(final String name) throws IOException
    {
        final String json = fixture(name);
        final String k = nested(json, "k");

        final int length = decode(json);

        assertThat(length).isEqualTo(MessageHeaderDecoder.ENCODED_LENGTH + BarDecoder.BLOCK_LENGTH);
        assertHeader(BarDecoder.TEMPLATE_ID, BarDecoder.BLOCK_LENGTH);
        final BarDecoder bar = new BarDecoder().wrapAndApplyHeader(out, OUT_OFFSET, header);
        assertThat(bar.instrumentId()).isEqualTo(BTC_ID);
        assertThat(bar.priceSource()).isEqualTo(PriceSource.TRADE);
        assertThat(string(k, "i")).isEqualTo("1m");
        assertThat(bar.timeframeSec()).isEqualTo(60);
        assertThat(bar.openTimeNs()).isEqualTo(msToNs(integer(k, "t")));
        assertThat(bar.receiveTimeNs()).isEqualTo(RECEIVE_TIME_NS);
        assertThat(bar.openMantissa()).isEqualTo(mantissa(string(k, "o"), PRICE_EXPONENT));
        assertThat(bar.highMantissa()).isEqualTo(mantissa(string(k, "h"), PRICE_EXPONENT));
        assertThat(bar.lowMantissa()).isEqualTo(mantissa(string(k, "l"), PRICE_EXPONENT));
        assertThat(bar.closeMantissa()).isEqualTo(mantissa(string(k, "c"), PRICE_EXPONENT));
        assertThat(bar.volumeMantissa()).isEqualTo(mantissa(string(k, "v"), BTC_SIZE_EXPONENT));
        assertThat(bar.closed()).isEqualTo(bool(k, "x") ? BooleanType.TRUE : BooleanType.FALSE);
        assertSingleMessage(length, BinanceEvent.KLINE);
    }

    @Test
    void shouldDecodeEveryWebSocketFixtureToTheSameBytesInsideACombinedStreamEnvelope() throws IOException
    {
        for (final String name : webSocketFixtures())
        {
            final String json = fixture(name);
            final int rawLength = decode(json);
            final byte[] raw = new byte[rawLength];
            out.getBytes(OUT_OFFSET, raw);

            final String stream = string(json, "s").toLowerCase() + "@" + string(json, "e");
            final int wrappedLength = decode("{\"stream\":\"" + stream + "\",\"data\":" + json + "}");
            final byte[] wrapped = new byte[Math.max(0, wrappedLength)];
            out.getBytes(OUT_OFFSET, wrapped);

            assertThat(wrapped).as(name).isEqualTo(raw);
        }
    }

    @Test
    void shouldRejectEveryTruncationOfEveryMarketDataFixtureAsMalformed() throws IOException
    {
        long truncations = 0;
        for (final String name : marketDataFixtures())
        {
            final String json = fixture(name);
            final int end = json.lastIndexOf('}');
            for (int length = 0; length < end; length++)
            {
                final byte[] bytes = json.substring(0, length).getBytes(StandardCharsets.UTF_8);
                frame.putBytes(FRAME_OFFSET, bytes);

                final int result = decoder.decode(
                    frame, FRAME_OFFSET, bytes.length, RECEIVE_TIME_NS, instruments.find("BTCUSDT"), out, OUT_OFFSET);

                assertThat(result).as(name + " cut to " + length).isEqualTo(BinanceMarketDataDecoder.MALFORMED);
                assertThat(decoder.lastError()).as(name + " cut to " + length)
                    .isIn(DecodeError.TRUNCATED, DecodeError.UNEXPECTED_BYTE);
                truncations++;
            }
        }

        assertThat(decoder.malformed()).isEqualTo(truncations);
        assertThat(decoder.decoded()).isZero();
        assertThat(decoder.unsupported()).isZero();
    }

    @Test
    void shouldReportEveryOtherStrictJsonBinanceFixtureAsUnsupported() throws IOException
    {
        final Set<String> marketData = Set.copyOf(marketDataFixtures());
        final Path folder = SharedData.root().resolve("fixtures").resolve("binance");
        final List<Path> others;
        try (Stream<Path> files = Files.list(folder))
        {
            others = files.filter(p -> p.getFileName().toString().endsWith(".json"))
                .filter(p -> !marketData.contains(p.getFileName().toString()))
                .sorted()
                .toList();
        }

        for (final Path file : others)
        {
            final int result = decode(Files.readString(file));

            assertThat(result).as(file.getFileName().toString()).isEqualTo(BinanceMarketDataDecoder.UNSUPPORTED);
        }
        assertThat(others).hasSizeGreaterThan(30);
        assertThat(decoder.unsupported()).isEqualTo(others.size());
        assertThat(decoder.malformed()).isZero();
    }

    private void assertTrade(final String json, final int length, final boolean aggregate)
    {
        assertThat(length).isEqualTo(MessageHeaderDecoder.ENCODED_LENGTH + TradeDecoder.BLOCK_LENGTH);
        assertHeader(TradeDecoder.TEMPLATE_ID, TradeDecoder.BLOCK_LENGTH);
        final TradeDecoder trade = new TradeDecoder().wrapAndApplyHeader(out, OUT_OFFSET, header);
        assertThat(trade.instrumentId()).isEqualTo(BTC_ID);
        assertThat(trade.exchangeTimeNs()).isEqualTo(msToNs(integer(json, "T")));
        assertThat(trade.receiveTimeNs()).isEqualTo(RECEIVE_TIME_NS);
        assertThat(trade.tradeId()).isEqualTo(integer(json, aggregate ? "a" : "t"));
        assertThat(trade.priceMantissa()).isEqualTo(mantissa(string(json, "p"), PRICE_EXPONENT));
        assertThat(trade.sizeMantissa()).isEqualTo(mantissa(string(json, "q"), BTC_SIZE_EXPONENT));
        assertThat(trade.aggressorSide()).isEqualTo(bool(json, "m") ? Side.SELL : Side.BUY);
        assertSingleMessage(length, aggregate ? BinanceEvent.AGG_TRADE : BinanceEvent.TRADE);
    }

    private void assertLevels(
        final DepthUpdateDecoder.LevelsDecoder levels,
        final List<String[]> bids,
        final List<String[]> asks,
        final int sizeExponent)
    {
        assertThat(levels.count()).isEqualTo(bids.size() + asks.size());
        for (final String[] bid : bids)
        {
            levels.next();
            assertThat(levels.side()).isEqualTo(Side.BUY);
            assertThat(levels.priceMantissa()).isEqualTo(mantissa(bid[0], PRICE_EXPONENT));
            assertThat(levels.sizeMantissa()).isEqualTo(mantissa(bid[1], sizeExponent));
        }
        for (final String[] ask : asks)
        {
            levels.next();
            assertThat(levels.side()).isEqualTo(Side.SELL);
            assertThat(levels.priceMantissa()).isEqualTo(mantissa(ask[0], PRICE_EXPONENT));
            assertThat(levels.sizeMantissa()).isEqualTo(mantissa(ask[1], sizeExponent));
        }
    }

    private void assertHeader(final int templateId, final int blockLength)
    {
        header.wrap(out, OUT_OFFSET);
        assertThat(header.templateId()).isEqualTo(templateId);
        assertThat(header.blockLength()).isEqualTo(blockLength);
        assertThat(header.schemaId()).isEqualTo(TradeDecoder.SCHEMA_ID);
        assertThat(header.version()).isEqualTo(TradeDecoder.SCHEMA_VERSION);
    }

    private void assertSingleMessage(final int length, final BinanceEvent event)
    {
        assertThat(decoder.messageCount()).isEqualTo(1);
        assertThat(decoder.messageLength(0)).isEqualTo(length);
        assertThat(decoder.lastEvent()).isEqualTo(event);
        assertThat(decoder.lastError()).isEqualTo(DecodeError.NONE);
        assertThat(decoder.decoded()).isEqualTo(1);
    }

    private int decode(final String json)
    {
        final byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        frame.putBytes(FRAME_OFFSET, bytes);
        return decoder.decode(frame, FRAME_OFFSET, bytes.length, RECEIVE_TIME_NS, out, OUT_OFFSET);
    }

    private int instrumentId(final String json)
    {
        return "BNBUSDT".equals(string(json, "s")) ? BNB_ID : BTC_ID;
    }

    private int sizeExponent(final String json)
    {
        return "BNBUSDT".equals(string(json, "s")) ? BNB_SIZE_EXPONENT : BTC_SIZE_EXPONENT;
    }

    private static List<String> webSocketFixtures()
    {
        return Stream.of(TRADES, BOOK_TICKERS, DEPTH_UPDATES, MARK_PRICES, KLINES).flatMap(List::stream).toList();
    }

    private static List<String> marketDataFixtures()
    {
        return Stream.of(webSocketFixtures(), SNAPSHOTS).flatMap(List::stream).toList();
    }

    private static String fixture(final String name) throws IOException
    {
        return Files.readString(SharedData.fixture("binance/" + name));
    }
}
