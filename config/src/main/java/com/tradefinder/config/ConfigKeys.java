package com.tradefinder.config;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every key a bot config may hold, table by table: the schema the loader reads, reports unknown keys against and
 * draws "did you mean" suggestions from. Each key is documented on the record component it fills.
 */
final class ConfigKeys
{
    static final List<String> ROOT = List.of(
        "bot", "instruments", "timeframes", "regime", "strategies", "routing", "risk", "execution", "fees",
        "simulation", "report", "webhook");
    static final List<String> BOT = List.of(
        "name", "mode", "venue", "account", "api_key_env", "api_secret_env", "secrets_file", "live_trading_opt_in",
        "output");
    static final List<String> INSTRUMENTS = List.of("whitelist", "leverage", "position_mode", "margin_mode");
    static final List<String> TIMEFRAMES = List.of("base");
    static final List<String> REGIME = List.of(
        "adx_period", "atr_period", "bollinger_period", "bollinger_stddevs", "percentile_window", "trend_adx_enter",
        "trend_adx_exit", "range_adx_max", "high_volatility_percentile", "high_volatility_exit_percentile",
        "squeeze_percentile", "confirm_bars");
    static final List<String> STRATEGY = List.of(
        "id", "type", "timeframe", "instruments", "allocation_cap_pct", "risk_per_trade_pct", "params");
    static final List<String> ROUTING = List.of(
        "trending_up", "trending_down", "ranging", "high_volatility", "uncertain", "uncertain_exposure_pct");
    static final List<String> RISK = List.of(
        "risk_per_trade_pct", "max_total_exposure_pct", "max_leverage", "max_portfolio_heat_pct",
        "daily_loss_limit_pct", "max_drawdown_pct", "max_orders_per_minute", "price_band_pct", "initial_equity",
        "quote_asset");
    static final List<String> EXECUTION = List.of(
        "entry", "entry_offset_ticks", "entry_timeout_bars", "entry_timeout_seconds", "max_reprices",
        "abandon_after_pct", "take_profit_r", "cancel_on_shutdown");
    static final List<String> FEES = List.of("maker_bps", "taker_bps");
    static final List<String> SIMULATION = List.of("slippage_bps", "latency_ms", "touch_fills", "funding");
    static final List<String> REPORT = List.of("currencies", "rates_file");
    static final List<String> WEBHOOK = List.of(
        "secret_env", "secret_file", "allowed_ips", "max_body_bytes", "dedup_window_seconds", "max_alert_age_seconds");

    static final Map<StrategyType, List<String>> PARAMS = params();

    private ConfigKeys()
    {
    }

    /**
     * @return table path → its keys, strategy params as {@code strategies.params.<type>}; for tests and docs.
     */
    static Map<String, List<String>> all()
    {
        final Map<String, List<String>> all = new LinkedHashMap<>();
        all.put("", ROOT);
        all.put("bot", BOT);
        all.put("instruments", INSTRUMENTS);
        all.put("timeframes", TIMEFRAMES);
        all.put("regime", REGIME);
        all.put("strategies", STRATEGY);
        for (final Map.Entry<StrategyType, List<String>> entry : PARAMS.entrySet())
        {
            all.put("strategies.params." + entry.getKey().configName(), entry.getValue());
        }
        all.put("routing", ROUTING);
        all.put("risk", RISK);
        all.put("execution", EXECUTION);
        all.put("fees", FEES);
        all.put("simulation", SIMULATION);
        all.put("report", REPORT);
        all.put("webhook", WEBHOOK);
        return all;
    }

    private static Map<StrategyType, List<String>> params()
    {
        final Map<StrategyType, List<String>> params = new EnumMap<>(StrategyType.class);
        params.put(StrategyType.SUPERTREND, List.of("atr_period", "multiplier"));
        params.put(StrategyType.SQUEEZE_BREAKOUT, List.of(
            "bollinger_period", "bollinger_stddevs", "keltner_period", "keltner_multiplier", "atr_period",
            "volume_period", "volume_factor", "stop_atr_multiplier", "take_profit_r"));
        params.put(StrategyType.MEAN_REVERSION, List.of(
            "bollinger_period", "bollinger_stddevs", "rsi_period", "rsi_oversold", "rsi_overbought", "atr_period",
            "stop_atr_multiplier"));
        params.put(StrategyType.GRID, List.of("levels", "spacing_pct", "range_lookback", "stop_pct", "atr_period"));
        params.put(StrategyType.MA_CROSSOVER, List.of(
            "fast_period", "slow_period", "ma_type", "atr_period", "stop_atr_multiplier"));
        params.put(StrategyType.TRADINGVIEW, List.of("default_stop_pct", "allow_short"));
        params.put(StrategyType.WEIGHTED, List.of("members", "weights", "threshold"));
        return Collections.unmodifiableMap(params);
    }
}
