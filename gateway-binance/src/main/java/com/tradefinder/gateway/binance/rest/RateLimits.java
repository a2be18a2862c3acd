package com.tradefinder.gateway.binance.rest;

import java.util.List;

import org.agrona.concurrent.UnsafeBuffer;

import com.tradefinder.codecs.GatewayState;
import com.tradefinder.codecs.GatewayStatusEncoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.Venue;
import com.tradefinder.gateway.binance.InboundSink;

/**
 * Binance's request-weight (per IP) and order-count (per account) limits, learnt from exchangeInfo's
 * {@code rateLimits} and kept current from every response's {@code X-MBX-USED-WEIGHT-1M} and
 * {@code X-MBX-ORDER-COUNT-10S}/{@code -1M} headers. Refuses locally what would break a limit, so the venue never has
 * to: an order over an order count, a request over the weight, anything while backing off after HTTP 429 (state
 * RATE_LIMITED, for Retry-After or else an exponential delay) or while banned after HTTP 418 (state
 * ORDER_ENTRY_BANNED until Retry-After ends, with an alert). Every change of state is published as an SBE
 * GatewayStatus for venue BINANCE_USDM; the way back to CONNECTED is noticed by the next call after the wait, or by
 * {@link #poll(long)} from a timer.
 * <p>
 * Windows are aligned to multiples of their length in epoch time, as Binance counts them; locally counted orders and
 * the headers' counts are combined by taking the larger, since headers lag behind orders still in flight.
 * <p>
 * Thread-safe: orders are admitted on the order-entry thread while responses arrive on the Netty event loop; every
 * method is synchronized and allocation-free except when it publishes a state change.
 */
public final class RateLimits
{
    /** Ban assumed when a 418 carries no Retry-After: Binance's shortest. */
    public static final long DEFAULT_BAN_MS = 120_000;
    /** First delay after a 429 without Retry-After; doubles per consecutive 429. */
    public static final long FIRST_BACKOFF_MS = 1_000;
    /** Longest delay after consecutive 429s without Retry-After. */
    public static final long MAX_BACKOFF_MS = 60_000;

    private static final int MAX_ORDER_LIMITS = 4;
    private static final int MAX_DETAIL = 200;

    private final InboundSink sink;
    private final RateLimitAlert alert;
    private final UnsafeBuffer statusBuffer = new UnsafeBuffer(new byte[
        MessageHeaderEncoder.ENCODED_LENGTH + GatewayStatusEncoder.BLOCK_LENGTH + 4 + MAX_DETAIL]);
    private final MessageHeaderEncoder header = new MessageHeaderEncoder();
    private final GatewayStatusEncoder status = new GatewayStatusEncoder();

    private long weightIntervalMs = 60_000;
    private int weightLimit = Integer.MAX_VALUE;
    private String weightHeader = "X-MBX-USED-WEIGHT-1M";
    private long weightWindowStartMs;
    private int usedWeight;

    private int orderLimitCount;
    private final long[] orderIntervalMs = new long[MAX_ORDER_LIMITS];
    private final int[] orderLimit = new int[MAX_ORDER_LIMITS];
    private final String[] orderHeader = new String[MAX_ORDER_LIMITS];
    private final long[] orderWindowStartMs = new long[MAX_ORDER_LIMITS];
    private final int[] orderCount = new int[MAX_ORDER_LIMITS];

    private GatewayState state = GatewayState.CONNECTED;
    private long blockedUntilMs;
    private int consecutive429;
    private long refusedOrders;
    private long refusedRequests;

    /**
     * @param sink  where GatewayStatus messages go.
     * @param alert told of every 418 ban.
     */
    public RateLimits(final InboundSink sink, final RateLimitAlert alert)
    {
        this.sink = sink;
        this.alert = alert;
    }

    /**
     * Takes the limits from exchangeInfo: the REQUEST_WEIGHT limit and up to four ORDERS limits. Until called, no
     * count limit applies (but 429 and 418 still do).
     *
     * @param limits exchangeInfo's {@code rateLimits}.
     */
    public synchronized void configure(final List<RateLimit> limits)
    {
        orderLimitCount = 0;
        for (final RateLimit limit : limits)
        {
            if (RateLimit.REQUEST_WEIGHT.equals(limit.type()))
            {
                weightIntervalMs = limit.intervalMs();
                weightLimit = limit.limit();
                weightHeader = "X-MBX-USED-WEIGHT-" + intervalSuffix(limit.intervalMs());
            }
            else if (RateLimit.ORDERS.equals(limit.type()) && orderLimitCount < MAX_ORDER_LIMITS)
            {
                orderIntervalMs[orderLimitCount] = limit.intervalMs();
                orderLimit[orderLimitCount] = limit.limit();
                orderHeader[orderLimitCount] = "X-MBX-ORDER-COUNT-" + intervalSuffix(limit.intervalMs());
                orderCount[orderLimitCount] = 0;
                orderLimitCount++;
            }
        }
    }

    /**
     * Admits one order (it counts 1 on every ORDERS limit and 0 on the IP weight) or refuses it.
     *
     * @param nowMs epoch milliseconds.
     * @return true when the order may be sent; it is then counted.
     */
    public synchronized boolean tryAcquireOrder(final long nowMs)
    {
        if (blocked(nowMs))
        {
            refusedOrders++;
            return false;
        }
        for (int i = 0; i < orderLimitCount; i++)
        {
            rollOrderWindow(i, nowMs);
            if (orderCount[i] + 1 > orderLimit[i])
            {
                refusedOrders++;
                return false;
            }
        }
        for (int i = 0; i < orderLimitCount; i++)
        {
            orderCount[i]++;
        }
        return true;
    }

    /**
     * Admits a request of the given IP weight or refuses it.
     *
     * @param weight the endpoint's weight.
     * @param nowMs  epoch milliseconds.
     * @return true when the request may be sent; its weight is then counted.
     */
    public synchronized boolean tryAcquireWeight(final int weight, final long nowMs)
    {
        if (blocked(nowMs))
        {
            refusedRequests++;
            return false;
        }
        rollWeightWindow(nowMs);
        if (weight > 0 && (long)usedWeight + weight > weightLimit)
        {
            refusedRequests++;
            return false;
        }
        usedWeight += weight;
        return true;
    }

    /**
     * Learns from a response: used weight and order counts from its headers; 429 starts a back-off, 418 a ban.
     *
     * @param response the venue's response.
     * @param nowMs    epoch milliseconds when it arrived.
     */
    public synchronized void onResponse(final RestResponse response, final long nowMs)
    {
        rollWeightWindow(nowMs);
        final int weight = headerInt(response, weightHeader);
        if (weight >= 0)
        {
            usedWeight = Math.max(usedWeight, weight);
        }
        for (int i = 0; i < orderLimitCount; i++)
        {
            rollOrderWindow(i, nowMs);
            final int count = headerInt(response, orderHeader[i]);
            if (count >= 0)
            {
                orderCount[i] = Math.max(orderCount[i], count);
            }
        }

        final int httpStatus = response.status();
        final long retryAfterMs = retryAfterMs(response);
        if (httpStatus == 418)
        {
            final long until = nowMs + (retryAfterMs >= 0 ? retryAfterMs : DEFAULT_BAN_MS);
            blockedUntilMs = Math.max(blockedUntilMs, until);
            final String detail = "HTTP 418 IP banned for " + (blockedUntilMs - nowMs) + " ms" +
                (retryAfterMs >= 0 ? " (Retry-After)" : " (no Retry-After, assumed)");
            state(GatewayState.ORDER_ENTRY_BANNED, 418, nowMs, detail);
            alert.onOrderEntryBanned(blockedUntilMs, detail);
        }
        else if (httpStatus == 429)
        {
            consecutive429++;
            final long delay = retryAfterMs >= 0 ? retryAfterMs :
                Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS << Math.min(consecutive429 - 1, 16));
            blockedUntilMs = Math.max(blockedUntilMs, nowMs + delay);
            if (state != GatewayState.ORDER_ENTRY_BANNED)
            {
                state(GatewayState.RATE_LIMITED, 429, nowMs, "HTTP 429 backing off " + delay + " ms" +
                    (retryAfterMs >= 0 ? " (Retry-After)" : " (exponential, attempt " + consecutive429 + ")"));
            }
        }
        else
        {
            consecutive429 = 0;
            blocked(nowMs);
        }
    }

    /**
     * Moves back to CONNECTED once a back-off or ban is over; for a timer, so the engine learns it without waiting for
     * the next order.
     *
     * @param nowMs epoch milliseconds.
     * @return the state after the check.
     */
    public synchronized GatewayState poll(final long nowMs)
    {
        blocked(nowMs);
        return state;
    }

    /**
     * @return the current state: CONNECTED, RATE_LIMITED or ORDER_ENTRY_BANNED.
     */
    public synchronized GatewayState state()
    {
        return state;
    }

    /**
     * @return epoch milliseconds when the current back-off or ban ends (in the past when none).
     */
    public synchronized long blockedUntilMs()
    {
        return blockedUntilMs;
    }

    /**
     * @param nowMs epoch milliseconds.
     * @return IP weight used in the current window, as far as known.
     */
    public synchronized int usedWeight(final long nowMs)
    {
        rollWeightWindow(nowMs);
        return usedWeight;
    }

    /**
     * @param intervalMs an ORDERS limit's window.
     * @param nowMs      epoch milliseconds.
     * @return orders counted in that window, or -1 when no such limit is configured.
     */
    public synchronized int orderCount(final long intervalMs, final long nowMs)
    {
        for (int i = 0; i < orderLimitCount; i++)
        {
            if (orderIntervalMs[i] == intervalMs)
            {
                rollOrderWindow(i, nowMs);
                return orderCount[i];
            }
        }
        return -1;
    }

    /**
     * @return orders refused locally since start.
     */
    public synchronized long refusedOrders()
    {
        return refusedOrders;
    }

    /**
     * @return non-order requests refused locally since start.
     */
    public synchronized long refusedRequests()
    {
        return refusedRequests;
    }

    private boolean blocked(final long nowMs)
    {
        if (nowMs < blockedUntilMs)
        {
            return true;
        }
        if (state != GatewayState.CONNECTED)
        {
            state(GatewayState.CONNECTED, 0, nowMs, "rate limit wait over");
        }
        return false;
    }

    private void rollWeightWindow(final long nowMs)
    {
        final long start = nowMs - Math.floorMod(nowMs, weightIntervalMs);
        if (start != weightWindowStartMs)
        {
            weightWindowStartMs = start;
            usedWeight = 0;
        }
    }

    private void rollOrderWindow(final int i, final long nowMs)
    {
        final long start = nowMs - Math.floorMod(nowMs, orderIntervalMs[i]);
        if (start != orderWindowStartMs[i])
        {
            orderWindowStartMs[i] = start;
            orderCount[i] = 0;
        }
    }

    private void state(final GatewayState next, final int detailCode, final long nowMs, final String detail)
    {
        state = next;
        status.wrapAndApplyHeader(statusBuffer, 0, header)
            .venue(Venue.BINANCE_USDM)
            .state(next)
            .detailCode(detailCode)
            .timeNs(nowMs * 1_000_000L)
            .detail(detail.length() > MAX_DETAIL ? detail.substring(0, MAX_DETAIL) : detail);
        sink.publish(statusBuffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + status.encodedLength());
    }

    private static int headerInt(final RestResponse response, final String name)
    {
        final String value = response.header(name);
        if (value == null)
        {
            return -1;
        }
        try
        {
            return Integer.parseInt(value.trim());
        }
        catch (final NumberFormatException ex)
        {
            return -1;
        }
    }

    private static long retryAfterMs(final RestResponse response)
    {
        final int seconds = headerInt(response, "Retry-After");
        return seconds >= 0 ? seconds * 1_000L : -1;
    }

    private static String intervalSuffix(final long intervalMs)
    {
        if (intervalMs % 86_400_000L == 0)
        {
            return intervalMs / 86_400_000L + "D";
        }
        if (intervalMs % 3_600_000L == 0)
        {
            return intervalMs / 3_600_000L + "H";
        }
        if (intervalMs % 60_000L == 0)
        {
            return intervalMs / 60_000L + "M";
        }
        return intervalMs / 1_000L + "S";
    }
}
