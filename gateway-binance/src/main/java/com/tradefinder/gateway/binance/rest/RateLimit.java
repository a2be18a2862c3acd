package com.tradefinder.gateway.binance.rest;

/**
 * One entry of exchangeInfo's {@code rateLimits}, e.g. REQUEST_WEIGHT 2400 per 1 MINUTE. Immutable.
 *
 * @param type       {@code REQUEST_WEIGHT}, {@code ORDERS} or {@code RAW_REQUESTS}.
 * @param intervalMs length of the window.
 * @param limit      most weight (or orders) per window.
 */
public record RateLimit(String type, long intervalMs, int limit)
{
    /** IP weight limiter. */
    public static final String REQUEST_WEIGHT = "REQUEST_WEIGHT";
    /** Account order-count limiter. */
    public static final String ORDERS = "ORDERS";

    /**
     * @param interval    {@code SECOND}, {@code MINUTE} or {@code DAY}.
     * @param intervalNum how many of them.
     * @return the window in milliseconds, or -1 for an interval unit Binance does not document.
     */
    public static long intervalMs(final String interval, final int intervalNum)
    {
        return switch (interval)
        {
            case "SECOND" -> 1_000L * intervalNum;
            case "MINUTE" -> 60_000L * intervalNum;
            case "HOUR" -> 3_600_000L * intervalNum;
            case "DAY" -> 86_400_000L * intervalNum;
            default -> -1;
        };
    }
}
