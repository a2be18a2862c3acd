/**
 * Per-bot configuration: one TOML file per bot, loaded and validated in full by
 * {@link com.tradefinder.config.BotConfigLoader} into an immutable {@link com.tradefinder.config.BotConfig}.
 * <p>
 * Tables and where each key is documented (key, default, range):
 * <ul>
 *   <li>{@code [bot]}: {@link com.tradefinder.config.BotConfig} and
 *       {@link com.tradefinder.config.CredentialsConfig};</li>
 *   <li>{@code [instruments]}: {@link com.tradefinder.config.InstrumentsConfig};</li>
 *   <li>{@code [timeframes]}: {@link com.tradefinder.config.TimeframesConfig};</li>
 *   <li>{@code [regime]}: {@link com.tradefinder.config.RegimeConfig};</li>
 *   <li>{@code [[strategies]]}: {@link com.tradefinder.config.StrategyConfig}, its {@code [strategies.params]} one
 *       record per type: {@link com.tradefinder.config.SupertrendParams},
 *       {@link com.tradefinder.config.SqueezeBreakoutParams}, {@link com.tradefinder.config.MeanReversionParams},
 *       {@link com.tradefinder.config.GridParams}, {@link com.tradefinder.config.MaCrossoverParams},
 *       {@link com.tradefinder.config.TradingViewParams}, {@link com.tradefinder.config.WeightedParams};</li>
 *   <li>{@code [routing]}: {@link com.tradefinder.config.RoutingConfig};</li>
 *   <li>{@code [risk]}: {@link com.tradefinder.config.RiskConfig};</li>
 *   <li>{@code [execution]}: {@link com.tradefinder.config.ExecutionConfig};</li>
 *   <li>{@code [fees]}: {@link com.tradefinder.config.FeesConfig};</li>
 *   <li>{@code [simulation]}: {@link com.tradefinder.config.SimulationConfig};</li>
 *   <li>{@code [report]}: {@link com.tradefinder.config.ReportConfig}.</li>
 * </ul>
 * A commented example per mode is in {@code config/examples/}. This module depends on the SBE codecs (for the
 * {@code Venue}, {@code PositionMode}, {@code MarginMode} and {@code Regime} enums) and tomlj, never on the engine.
 */
package com.tradefinder.config;
