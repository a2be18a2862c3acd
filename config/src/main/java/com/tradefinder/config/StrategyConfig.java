package com.tradefinder.config;

import java.util.List;

/**
 * One {@code [[strategies]]} table. The strategy's index in {@link BotConfig#strategies()} is its position in the
 * file, the number the engine uses as its strategy id in events and client order ids.
 *
 * @param id               {@code id}: unique within the bot, {@code [a-z0-9_-]{1,32}}; required.
 * @param type             {@code type}: {@code supertrend | squeeze_breakout | mean_reversion | grid | ma_crossover |
 *                         tradingview | weighted}; required.
 * @param timeframeSec     {@code timeframe}: the bars that drive it, one of {@code 1m 3m 5m 15m 30m 1h 2h 4h 6h 8h 12h
 *                         1d}; required. In seconds.
 * @param instruments      {@code instruments}: the symbols it trades, a non-empty subset of the whitelist without
 *                         duplicates; default the whole whitelist.
 * @param allocationCapPct {@code allocation_cap_pct}: most of the equity, in percent of notional, its open positions
 *                         may use; default 25; 1..100.
 * @param riskPerTradePct  {@code risk_per_trade_pct}: percent of equity risked per entry (entry to stop); default
 *                         {@code risk.risk_per_trade_pct}; 0.1..3. Here resolved (the override or the bot's).
 * @param params           {@code [strategies.params]}: parameters of its type, defaults filled in.
 */
public record StrategyConfig(
    String id,
    StrategyType type,
    int timeframeSec,
    List<String> instruments,
    double allocationCapPct,
    double riskPerTradePct,
    StrategyParams params)
{
    /**
     * Copies the instrument list, so the record stays immutable.
     *
     * @param id               strategy id.
     * @param type             strategy type.
     * @param timeframeSec     timeframe in seconds.
     * @param instruments      symbols it trades.
     * @param allocationCapPct allocation cap in percent.
     * @param riskPerTradePct  risk per trade in percent.
     * @param params           typed params.
     */
    public StrategyConfig
    {
        instruments = List.copyOf(instruments);
    }

    /**
     * @return the timeframe's label, e.g. {@code "4h"}.
     */
    public String timeframe()
    {
        return Timeframes.label(timeframeSec);
    }
}
