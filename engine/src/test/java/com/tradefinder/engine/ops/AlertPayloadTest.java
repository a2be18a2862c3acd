package com.tradefinder.engine.ops;

import com.tradefinder.engine.ops.webhook.AlertPayload;
import com.tradefinder.engine.ops.webhook.MalformedPayloadException;
import com.tradefinder.testsupport.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AlertPayloadTest
{
    @Test
    void shouldReadTheTradingViewFixturePayload() throws Exception
    {
        // arrange
        final String body = Files.readString(
            SharedData.fixture("tradingview/bot-hackingthemarkets-alert-filled.json"));

        // act
        final AlertPayload payload = AlertPayload.parse(body);

        // assert
        assertThat(payload.secret()).isEqualTo("abcdefgh");
        assertThat(payload.action()).isEqualTo("buy");
        assertThat(payload.instrument()).isEqualTo("DOGEUSDT");
        assertThat(payload.price()).isEqualTo("0.0027451");
        assertThat(payload.quantity()).isEqualTo("10000");
        assertThat(payload.time()).isEqualTo("2020-09-06T01:44:17Z");
        assertThat(payload.alertId()).isNull();
    }

    @Test
    void shouldReadTheTextFormat()
    {
        // arrange
        final String body = "action=SELL ticker=BINANCE:BTCUSDT.P, price=64000.5; stop=65000\n" +
            "tp=60000 alert_id=\"short 1\" secret=s3cret risk_pct=0.5";

        // act
        final AlertPayload payload = AlertPayload.parse(body);

        // assert
        assertThat(payload.action()).isEqualTo("SELL");
        assertThat(payload.instrument()).isEqualTo("BINANCE:BTCUSDT.P");
        assertThat(payload.price()).isEqualTo("64000.5");
        assertThat(payload.stop()).isEqualTo("65000");
        assertThat(payload.takeProfit()).isEqualTo("60000");
        assertThat(payload.alertId()).isEqualTo("short 1");
        assertThat(payload.secret()).isEqualTo("s3cret");
        assertThat(payload.riskPct()).isEqualTo("0.5");
        assertThat(payload.toString()).doesNotContain("s3cret");
    }

    @Test
    void shouldKeepNumbersAsTheirDigits()
    {
        // arrange
        final String body = "{\"action\":\"buy\",\"symbol\":\"BTCUSDT\",\"price\":0.10000000000000001," +
            "\"nested\":{\"list\":[1,{\"x\":null}],\"flag\":true}}";

        // act
        final AlertPayload payload = AlertPayload.parse(body);

        // assert
        assertThat(payload.price()).isEqualTo("0.10000000000000001");
        assertThat(payload.instrument()).isEqualTo("BTCUSDT");
    }

    @Test
    void shouldNameWhatIsWrongWithAMalformedBody()
    {
        // arrange, act, assert
        assertThatThrownBy(() -> AlertPayload.parse("{\"action\": \"buy\",")).isInstanceOf(
            MalformedPayloadException.class).hasMessageContaining("malformed JSON body at character").hasMessageContaining("expected a quoted key");
        assertThatThrownBy(() -> AlertPayload.parse("{\"a\":1,\"a\":2}")).hasMessageContaining("duplicate key");
        assertThatThrownBy(() -> AlertPayload.parse("{\"a\":1} tail")).hasMessageContaining("after the object");
        assertThatThrownBy(() -> AlertPayload.parse("buy BTCUSDT")).hasMessage(
            "malformed text body at character 0: expected key=value");
        assertThatThrownBy(() -> AlertPayload.parse("   ")).hasMessageContaining("empty body");
        assertThatThrownBy(() -> AlertPayload.parse("{\"a\":" + "[".repeat(20) + "]"))
            .hasMessageContaining("nested deeper");
    }
}
