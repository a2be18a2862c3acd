package com.tradefinder.gateway.binance.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.tradefinder.codecs.RejectReason;
import com.tradefinder.testsupport.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

class BinanceErrorsTest
{
    /** Every code the engine treats specially; every other documented code must be VENUE_UNKNOWN. */
    private static final Map<Integer, RejectReason> SPECIAL = new LinkedHashMap<>();

    static
    {
        put(RejectReason.TIMESTAMP_OUT_OF_WINDOW, -1021, -5028);
        put(RejectReason.INSUFFICIENT_MARGIN, -2018, -2019, -4050, -4051);
        put(RejectReason.MIN_NOTIONAL, -4164, -5029);
        put(RejectReason.PRICE_TICK,
            -4001, -4002, -4006, -4007, -4013, -4014, -4016, -4024, -4029, -4184, -4210, -4211);
        put(RejectReason.SIZE_STEP, -1111, -4003, -4004, -4005, -4023, -4030);
        put(RejectReason.POSITION_SIDE_MISMATCH, -4060, -4061);
        put(RejectReason.REDUCE_ONLY_CONFLICT, -2022, -2026, -4062, -4118, -4138);
        put(RejectReason.WOULD_TAKE, -5022);
        put(RejectReason.DUPLICATE_CLIENT_ORDER_ID, -4115, -4116);
        put(RejectReason.UNKNOWN_ORDER, -2011, -2013);
        put(RejectReason.RATE_LIMITED, -1003, -1008, -1015);
    }

    private static void put(final RejectReason reason, final int... codes)
    {
        for (final int code : codes)
        {
            SPECIAL.put(code, reason);
        }
    }

    @Test
    void shouldMapEveryDocumentedCode() throws IOException
    {
        // arrange
        final String doc = Files.readString(
            SharedData.root().resolve("reference/binance/doc-error-codes.md"), StandardCharsets.UTF_8);
        final Matcher heading = Pattern.compile("(?m)^### \\\\-(\\d{4}) ").matcher(doc);
        final Map<Integer, RejectReason> actual = new LinkedHashMap<>();

        // act
        while (heading.find())
        {
            final int code = -Integer.parseInt(heading.group(1));
            actual.put(code, BinanceErrors.reasonFor(code));
        }

        // assert
        assertThat(actual).hasSizeGreaterThan(200);
        assertThat(actual.keySet()).containsAll(SPECIAL.keySet());
        actual.forEach((code, reason) ->
            assertThat(reason).as("code %d", code).isEqualTo(SPECIAL.getOrDefault(code, RejectReason.VENUE_UNKNOWN)));
    }

    @ParameterizedTest
    @CsvSource({
        "-1021, TIMESTAMP_OUT_OF_WINDOW",
        "-2019, INSUFFICIENT_MARGIN",
        "-4164, MIN_NOTIONAL",
        "-4014, PRICE_TICK",
        "-4023, SIZE_STEP",
        "-4061, POSITION_SIDE_MISMATCH",
        "-2022, REDUCE_ONLY_CONFLICT",
        "-4118, REDUCE_ONLY_CONFLICT",
        "-5022, WOULD_TAKE",
        "-4116, DUPLICATE_CLIENT_ORDER_ID",
        "-2011, UNKNOWN_ORDER",
        "-2013, UNKNOWN_ORDER",
        "-1003, RATE_LIMITED",
        "-1015, RATE_LIMITED",
        "-1008, RATE_LIMITED",
        "-1121, VENUE_UNKNOWN",
        "-4120, VENUE_UNKNOWN",
        "0, VENUE_UNKNOWN",
        "-9999, VENUE_UNKNOWN"})
    void shouldMapTheCodesTheBriefNames(final int code, final RejectReason expected)
    {
        // act
        final RejectReason reason = BinanceErrors.reasonFor(code);

        // assert
        assertThat(reason).isEqualTo(expected);
    }

    @Test
    void shouldParseTheDocumentedErrorPayload() throws IOException
    {
        // arrange
        final byte[] body = Files.readAllBytes(SharedData.fixture("binance/rest-error-payload.doc.json"));
        final BinanceErrorBody error = new BinanceErrorBody();

        // act
        final boolean parsed = error.parse(body);

        // assert
        assertThat(parsed).isTrue();
        assertThat(error.code()).isEqualTo(-1121);
        assertThat(error.message()).isEqualTo("Invalid symbol.");
    }

    @Test
    void shouldReportABodyThatIsNoErrorObjectWithItsText()
    {
        // arrange
        final BinanceErrorBody error = new BinanceErrorBody();

        // act
        final boolean parsed = error.parse("<html>502 Bad Gateway</html>".getBytes(StandardCharsets.UTF_8));

        // assert
        assertThat(parsed).isFalse();
        assertThat(error.code()).isEqualTo(BinanceErrorBody.NO_CODE);
        assertThat(error.message()).isEqualTo("<html>502 Bad Gateway</html>");
    }

    @Test
    void shouldTreatOnlyThe503UnknownErrorAsUnknownStatus()
    {
        // arrange
        final byte[] unknown = ("{\"code\":-1000,\"msg\":\"" + BinanceErrorBody.UNKNOWN_STATUS_TEXT + "\"}")
            .getBytes(StandardCharsets.UTF_8);
        final byte[] unavailable = "{\"code\":-1001,\"msg\":\"Service Unavailable.\"}".getBytes(StandardCharsets.UTF_8);

        // act / assert
        assertThat(BinanceErrorBody.isUnknownStatus(503, unknown)).isTrue();
        assertThat(BinanceErrorBody.isUnknownStatus(503, unavailable)).isFalse();
        assertThat(BinanceErrorBody.isUnknownStatus(400, unknown)).isFalse();
    }
}
