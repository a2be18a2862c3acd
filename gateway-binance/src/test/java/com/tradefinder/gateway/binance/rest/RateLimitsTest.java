package com.tradefinder.gateway.binance.rest;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.tradefinder.codecs.GatewayState;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitsTest
{
    private static final List<RateLimit> LIMITS = List.of(
        new RateLimit(RateLimit.REQUEST_WEIGHT, 60_000, 6000),
        new RateLimit(RateLimit.ORDERS, 60_000, 1200),
        new RateLimit(RateLimit.ORDERS, 10_000, 300));
    private static final long T0 = 1_700_000_000_000L;

    private final StatusRecorder sink = new StatusRecorder();
    private final List<String> alerts = new ArrayList<>();
    private final RateLimits limits = new RateLimits(sink, (untilMs, detail) -> alerts.add(untilMs + " " + detail));

    @Test
    void shouldRefuseTheOrderThatWouldExceedTheTenSecondCountAndAdmitAgainInTheNextWindow()
    {
        // arrange
        limits.configure(LIMITS);
        for (int i = 0; i < 300; i++)
        {
            assertThat(limits.tryAcquireOrder(T0 + i)).isTrue();
        }

        // act
        final boolean over = limits.tryAcquireOrder(T0 + 300);
        final boolean nextWindow = limits.tryAcquireOrder(T0 + 10_000);

        // assert
        assertThat(over).isFalse();
        assertThat(nextWindow).isTrue();
        assertThat(limits.refusedOrders()).isEqualTo(1);
        assertThat(limits.orderCount(10_000, T0 + 10_000)).isEqualTo(1);
        assertThat(limits.orderCount(60_000, T0 + 10_000)).isEqualTo(301);
        assertThat(sink.statuses()).isEmpty();
    }

    @Test
    void shouldTakeTheCountsTheHeadersReport()
    {
        // arrange
        limits.configure(LIMITS);
        final HttpHeaders headers = new DefaultHttpHeaders()
            .set("x-mbx-used-weight-1m", "5995")
            .set("X-MBX-ORDER-COUNT-10S", "299")
            .set("X-MBX-ORDER-COUNT-1M", "700");

        // act
        limits.onResponse(new RestResponse(200, headers, new byte[0]), T0);

        // assert
        assertThat(limits.usedWeight(T0)).isEqualTo(5995);
        assertThat(limits.tryAcquireWeight(5, T0)).isTrue();
        assertThat(limits.tryAcquireWeight(1, T0)).isFalse();
        assertThat(limits.tryAcquireOrder(T0)).isTrue();
        assertThat(limits.tryAcquireOrder(T0)).isFalse();
        assertThat(limits.orderCount(60_000, T0)).isEqualTo(701);
        assertThat(limits.refusedRequests()).isEqualTo(1);
    }

    @Test
    void shouldBackOffForRetryAfterOn429AndPublishEveryStateChange()
    {
        // arrange
        limits.configure(LIMITS);
        final HttpHeaders headers = new DefaultHttpHeaders().set("Retry-After", "3");

        // act
        limits.onResponse(new RestResponse(429, headers, new byte[0]), T0);
        final boolean during = limits.tryAcquireOrder(T0 + 2_999);
        final boolean after = limits.tryAcquireOrder(T0 + 3_000);

        // assert
        assertThat(during).isFalse();
        assertThat(after).isTrue();
        assertThat(limits.state()).isEqualTo(GatewayState.CONNECTED);
        assertThat(sink.statuses()).containsExactly(
            "BINANCE_USDM RATE_LIMITED 429 " + T0 * 1_000_000L + " HTTP 429 backing off 3000 ms (Retry-After)",
            "BINANCE_USDM CONNECTED 0 " + (T0 + 3_000) * 1_000_000L + " rate limit wait over");
    }

    @Test
    void shouldBackOffExponentiallyOnConsecutive429sWithoutRetryAfter()
    {
        // arrange
        final HttpHeaders none = new DefaultHttpHeaders();

        // act
        limits.onResponse(new RestResponse(429, none, new byte[0]), T0);
        final long first = limits.blockedUntilMs() - T0;
        limits.onResponse(new RestResponse(429, none, new byte[0]), T0 + first);
        final long second = limits.blockedUntilMs() - (T0 + first);
        limits.onResponse(new RestResponse(200, none, new byte[0]), T0 + first + second);
        limits.onResponse(new RestResponse(429, none, new byte[0]), T0 + first + second);
        final long afterSuccess = limits.blockedUntilMs() - (T0 + first + second);

        // assert
        assertThat(first).isEqualTo(RateLimits.FIRST_BACKOFF_MS);
        assertThat(second).isEqualTo(2 * RateLimits.FIRST_BACKOFF_MS);
        assertThat(afterSuccess).isEqualTo(RateLimits.FIRST_BACKOFF_MS);
        assertThat(limits.state()).isEqualTo(GatewayState.RATE_LIMITED);
    }

    @Test
    void shouldStopOrderEntryUntilTheBanEndsOn418AndAlert()
    {
        // arrange
        limits.configure(LIMITS);
        final HttpHeaders headers = new DefaultHttpHeaders().set("Retry-After", "120");

        // act
        limits.onResponse(new RestResponse(418, headers, new byte[0]), T0);
        final boolean order = limits.tryAcquireOrder(T0 + 119_999);
        final boolean request = limits.tryAcquireWeight(1, T0 + 119_999);
        final GatewayState during = limits.poll(T0 + 119_999);
        final GatewayState after = limits.poll(T0 + 120_000);

        // assert
        assertThat(order).isFalse();
        assertThat(request).isFalse();
        assertThat(during).isEqualTo(GatewayState.ORDER_ENTRY_BANNED);
        assertThat(after).isEqualTo(GatewayState.CONNECTED);
        assertThat(alerts).containsExactly((T0 + 120_000) + " HTTP 418 IP banned for 120000 ms (Retry-After)");
        assertThat(sink.statuses()).containsExactly(
            "BINANCE_USDM ORDER_ENTRY_BANNED 418 " + T0 * 1_000_000L +
                " HTTP 418 IP banned for 120000 ms (Retry-After)",
            "BINANCE_USDM CONNECTED 0 " + (T0 + 120_000) * 1_000_000L + " rate limit wait over");
    }

    @Test
    void shouldAssumeTheShortestBanWhen418HasNoRetryAfter()
    {
        // act
        limits.onResponse(new RestResponse(418, new DefaultHttpHeaders(), new byte[0]), T0);

        // assert
        assertThat(limits.blockedUntilMs()).isEqualTo(T0 + RateLimits.DEFAULT_BAN_MS);
        assertThat(limits.state()).isEqualTo(GatewayState.ORDER_ENTRY_BANNED);
    }
}
