package com.tradefinder.gateway.binance.account;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.Side;
import com.tradefinder.gateway.binance.ClientOrderIdText;
import com.tradefinder.gateway.binance.userdata.TestInstruments;

import static com.tradefinder.gateway.binance.userdata.UserDataFixtureText.fixture;
import static com.tradefinder.gateway.binance.userdata.UserDataFixtureText.integer;
import static com.tradefinder.gateway.binance.userdata.UserDataFixtureText.jsonOfDoc;
import static com.tradefinder.gateway.binance.userdata.UserDataFixtureText.mantissa;
import static com.tradefinder.gateway.binance.userdata.UserDataFixtureText.msToNs;
import static com.tradefinder.gateway.binance.userdata.UserDataFixtureText.objects;
import static com.tradefinder.gateway.binance.userdata.UserDataFixtureText.string;
import static com.tradefinder.gateway.binance.userdata.UserDataFixtureText.truncatedMantissa;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST snapshot fixtures parsed into records and checked against their own text; bad bodies named in one line.
 */
class VenueSnapshotParserTest
{
    private final VenueSnapshotParser parser = new VenueSnapshotParser(TestInstruments.lookup());

    @ParameterizedTest
    @ValueSource(strings = {
        "rest-positionRisk-v2-hedge.json", "rest-positionRisk-v2-hedge.doc.json", "rest-positionRisk-v2-oneway.doc.jsonc" })
    void shouldParsePositionRiskFixtures(final String name) throws IOException
    {
        // arrange
        final String json = jsonOfDoc(fixture(name));
        final List<String> expected = objects(json);

        // act
        final List<VenuePosition> positions = parser.positionRisk(bytes(json));

        // assert
        assertThat(positions).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++)
        {
            final String element = expected.get(i);
            final String symbol = string(element, "symbol");
            assertThat(positions.get(i)).isEqualTo(new VenuePosition(
                TestInstruments.id(symbol),
                PositionSide.valueOf(string(element, "positionSide")),
                mantissa(string(element, "positionAmt"), TestInstruments.sizeExponent(symbol)),
                truncatedMantissa(string(element, "entryPrice"), TestInstruments.priceExponent(symbol)),
                truncatedMantissa(string(element, "unRealizedProfit"), -8)));
        }
    }

    @Test
    void shouldRefuseTheOneWayDocumentsDoubledCommaNamingWhere() throws IOException
    {
        // act
        final List<VenuePosition> positions = parser.positionRisk(bytes(fixture("rest-positionRisk-v2-oneway.doc.jsonc")));

        // assert
        assertThat(positions).isNull();
        assertThat(parser.failures()).isEqualTo(1);
        assertThat(parser.lastError()).startsWith("positionRisk: ").contains("line 13").doesNotContain("\n");
    }

    @ParameterizedTest
    @ValueSource(strings = { "rest-order-response.json", "rest-order-response.doc.json" })
    void shouldParseOrderStatusFixtures(final String name) throws IOException
    {
        // arrange
        final String json = fixture(name);
        final String symbol = string(json, "symbol");

        // act
        final VenueOrderStatus status = parser.orderStatus(bytes(json));

        // assert
        assertThat(status).isEqualTo(new VenueOrderStatus(
            ClientOrderIdText.NOT_OURS,
            integer(json, "orderId"),
            TestInstruments.id(symbol),
            VenueOrderState.valueOf(string(json, "status")),
            mantissa(string(json, "origQty"), TestInstruments.sizeExponent(symbol)),
            mantissa(string(json, "executedQty"), TestInstruments.sizeExponent(symbol)),
            truncatedMantissa(string(json, "avgPrice"), TestInstruments.priceExponent(symbol)),
            msToNs(integer(json, "updateTime"))));
    }

    @Test
    void shouldParseOpenOrdersWithOurIdsAndOpenAlgoOrders() throws IOException
    {
        // arrange
        final long ours = ClientOrderIdText.parse("tf281474976710666");
        final String order = fixture("rest-order-response.json").replace("testOrder123", "tf281474976710666");
        final String algo = fixture("rest-algoOrder-response.doc.json");
        final String algoSymbol = string(algo, "symbol");

        // act
        final List<VenueOpenOrder> orders = parser.openOrders(bytes("[" + order + "]"));
        final List<VenueOpenOrder> algoOrders = parser.openAlgoOrders(bytes("[" + algo + "]"));

        // assert
        assertThat(orders).containsExactly(new VenueOpenOrder(
            TestInstruments.id("BTCUSDT"), ours, "tf281474976710666", integer(order, "orderId"), false, Side.BUY,
            PositionSide.BOTH, mantissa(string(order, "price"), -2), mantissa(string(order, "origQty"), -3),
            mantissa(string(order, "executedQty"), -3), 0));
        assertThat(algoOrders).containsExactly(new VenueOpenOrder(
            TestInstruments.id(algoSymbol), ClientOrderIdText.NOT_OURS, string(algo, "clientAlgoId"),
            integer(algo, "algoId"), true, Side.valueOf(string(algo, "side")),
            PositionSide.valueOf(string(algo, "positionSide")),
            mantissa(string(algo, "price"), TestInstruments.priceExponent(algoSymbol)),
            mantissa(string(algo, "quantity"), TestInstruments.sizeExponent(algoSymbol)), 0, 0));
    }

    @Test
    void shouldSkipUnknownSymbolsAndNameElementAndFieldOfABadValue() throws IOException
    {
        // arrange
        final String order = fixture("rest-order-response.json");
        final String unknown = order.replace("BTCUSDT", "XRPUSDT");
        final String bad = order.replace("\"0.001\"", "\"0.0015\"");

        // act
        final List<VenueOpenOrder> skipped = parser.openOrders(bytes("[" + unknown + "]"));
        final List<VenueOpenOrder> refused = parser.openOrders(bytes("[" + order + "," + bad + "]"));
        final VenueOrderStatus truncated = parser.orderStatus(bytes(order.substring(0, 40)));

        // assert
        assertThat(skipped).isEmpty();
        assertThat(parser.skippedUnknownSymbols()).isEqualTo(1);
        assertThat(refused).isNull();
        assertThat(truncated).isNull();
        assertThat(parser.failures()).isEqualTo(2);
        assertThat(parser.lastError()).startsWith("order: ").doesNotContain("\n");
    }

    @Test
    void shouldSayWhichElementAndFieldIsBad() throws IOException
    {
        // arrange
        final String order = fixture("rest-order-response.json");

        // act
        final List<VenueOpenOrder> refused =
            parser.openOrders(bytes("[" + order + "," + order.replace("\"0.001\"", "\"0.0015\"") + "]"));

        // assert
        assertThat(refused).isNull();
        assertThat(parser.lastError()).startsWith("openOrders: element 1: bad decimal \"0.0015\" in origQty (line ");
    }

    private static byte[] bytes(final String json)
    {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
