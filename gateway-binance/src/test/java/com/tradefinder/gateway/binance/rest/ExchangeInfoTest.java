package com.tradefinder.gateway.binance.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import com.tradefinder.numeric.FixedPoint;
import com.tradefinder.testsupport.SharedData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExchangeInfoTest
{
    @Test
    void shouldReadFiltersAsExactDecimalsFromTheRealExchangeInfo() throws IOException
    {
        // arrange
        final byte[] body = Files.readAllBytes(SharedData.fixture("binance/rest-exchangeInfo.json"));

        // act
        final ExchangeInfo info = ExchangeInfo.parse(body);

        // assert
        assertThat(info.symbols()).extracting(SymbolFilters::symbol)
            .containsExactly("BTCUSDT", "ETHUSDT", "BTCUSDT_220325");
        final SymbolFilters btc = info.symbol("BTCUSDT");
        assertThat(btc.status()).isEqualTo("TRADING");
        assertThat(btc.tickSize()).isEqualTo(new DecimalValue(1, -1));
        assertThat(btc.minPrice()).isEqualTo(new DecimalValue(402, 0));
        assertThat(btc.maxPrice()).isEqualTo(new DecimalValue(12463966, -1));
        assertThat(btc.stepSize()).isEqualTo(new DecimalValue(1, -3));
        assertThat(btc.minQty()).isEqualTo(new DecimalValue(1, -3));
        assertThat(btc.maxQty()).isEqualTo(new DecimalValue(1000, 0));
        assertThat(btc.marketStepSize()).isEqualTo(new DecimalValue(1, -3));
        assertThat(btc.marketMaxQty()).isEqualTo(new DecimalValue(1000, 0));
        assertThat(btc.minNotional()).isEqualTo(new DecimalValue(10, 0));
        assertThat(btc.priceExponent()).isEqualTo(-1);
        assertThat(btc.sizeExponent()).isEqualTo(-3);
        assertThat(info.symbol("ETHUSDT").tickSize()).isEqualTo(new DecimalValue(1, -2));
        assertThat(info.symbol("ETHUSDT").minPrice().at(-8)).isEqualTo(2_823_000_000L);
        assertThat(info.symbol("XRPUSDT")).isNull();
    }

    @Test
    void shouldReadTheRateLimits() throws IOException
    {
        // arrange
        final byte[] body = Files.readAllBytes(SharedData.fixture("binance/rest-exchangeInfo.json"));

        // act
        final ExchangeInfo info = ExchangeInfo.parse(body);

        // assert
        assertThat(info.rateLimits()).containsExactly(
            new RateLimit(RateLimit.REQUEST_WEIGHT, 60_000, 6000),
            new RateLimit(RateLimit.ORDERS, 60_000, 1200),
            new RateLimit(RateLimit.ORDERS, 10_000, 300));
        assertThat(info.serverTimeMs()).isPositive();
    }

    @Test
    void shouldNameTheSymbolFilterAndFieldOfABadDecimal()
    {
        // arrange
        final byte[] body = ("{\"rateLimits\":[{\"rateLimitType\":\"ORDERS\",\"interval\":\"SECOND\"," +
            "\"intervalNum\":10," +
            "\"limit\":300}],\"symbols\":[{\"symbol\":\"BTCUSDT\",\"filters\":[{\"filterType\":\"PRICE_FILTER\"," +
            "\"tickSize\":\"1e-1\"},{\"filterType\":\"LOT_SIZE\",\"stepSize\":\"0.001\"}]}]}")
            .getBytes(StandardCharsets.UTF_8);

        // act / assert
        assertThatThrownBy(() -> ExchangeInfo.parse(body))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessage("exchangeInfo BTCUSDT: PRICE_FILTER.tickSize '1e-1' is not an exact decimal");
    }

    @Test
    void shouldRefuseTruncatedJsonWithAOneLineMessage()
    {
        // arrange
        final byte[] body = "{\"rateLimits\":[{\"rateLimitType\":".getBytes(StandardCharsets.UTF_8);

        // act / assert
        assertThatThrownBy(() -> ExchangeInfo.parse(body))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageStartingWith("exchangeInfo: malformed JSON")
            .hasMessageNotContaining("\n");
    }

    @Test
    void shouldDeriveExponentsFromTheDigitsAndRescaleExactly()
    {
        // act
        final DecimalValue tick = DecimalValue.parse("0.00100");
        final DecimalValue whole = DecimalValue.parse("1000");

        // assert
        assertThat(tick).isEqualTo(new DecimalValue(1, -3));
        assertThat(tick.at(-8)).isEqualTo(100_000L);
        assertThat(tick.at(-2)).isEqualTo(FixedPoint.INVALID);
        assertThat(whole.at(-3)).isEqualTo(1_000_000L);
        assertThat(whole.at(0)).isEqualTo(1000L);
        assertThat(DecimalValue.parse("abc")).isNull();
        assertThat(tick.toString()).isEqualTo("0.001");
    }
}
