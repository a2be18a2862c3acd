package com.tradefinder.config;

/**
 * The {@code [execution]} table: how entries, re-prices and exits are placed. The protective stop is always a
 * stop-market order placed as soon as an entry fills.
 *
 * @param entry               {@code entry}: {@code limit} or {@code market}; default {@code limit}.
 * @param entryOffsetTicks    {@code entry_offset_ticks}: a limit entry's distance from the bar close in ticks,
 *                            positive further from the market (below the close for a buy), negative closer; default 0
 *                            (at the close); -1000..1000.
 * @param entryTimeoutBars    {@code entry_timeout_bars}: bars of the strategy's timeframe an unfilled limit entry may
 *                            rest before it is cancelled and re-priced; default 1; 1..1000. 0 here when
 *                            {@code entry_timeout_seconds} is given instead (the two exclude each other).
 * @param entryTimeoutSeconds {@code entry_timeout_seconds}: the same timeout in seconds instead of bars; no default
 *                            (0 here when not given); 1..604800.
 * @param maxReprices         {@code max_reprices}: cancel-and-re-price rounds before an entry is given up; default 2;
 *                            0..100.
 * @param abandonAfterPct     {@code abandon_after_pct}: an entry is given up when the price ran more than this
 *                            percent from the first limit price; default 0.5; 0.01..50.
 * @param takeProfitR         {@code take_profit_r}: take-profit distance as a multiple of the initial risk (entry to
 *                            stop); 0 = no take-profit; default 0; 0..100. A strategy's own {@code take_profit_r}
 *                            param, where it has one, wins.
 * @param cancelOnShutdown    {@code cancel_on_shutdown}: cancel the bot's resting entry orders on an orderly shutdown
 *                            (protective stops stay); default true.
 */
public record ExecutionConfig(
    EntryType entry,
    int entryOffsetTicks,
    int entryTimeoutBars,
    int entryTimeoutSeconds,
    int maxReprices,
    double abandonAfterPct,
    double takeProfitR,
    boolean cancelOnShutdown)
{
}
