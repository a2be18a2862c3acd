package com.tradefinder.gateway.binance.rest;

/**
 * Told when Binance bans this IP (HTTP 418): order entry is stopped until {@code untilMs}. Called on the Netty event
 * loop that received the response; implementations must return quickly and not block.
 */
@FunctionalInterface
public interface RateLimitAlert
{
    /**
     * @param untilMs epoch milliseconds when the ban ends.
     * @param detail  one line for a human: status, Retry-After, venue message.
     */
    void onOrderEntryBanned(long untilMs, String detail);
}
