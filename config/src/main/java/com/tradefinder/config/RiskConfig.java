package com.tradefinder.config;

/**
 * The {@code [risk]} table: the bot's risk profile. Percentages are of the bot's equity.
 *
 * @param riskPerTradePct     {@code risk_per_trade_pct}: percent of equity lost if an entry's stop is hit; position
 *                            size = equity × risk% / |entry − stop|; default 1.0; 0.1..3.
 * @param maxTotalExposurePct {@code max_total_exposure_pct}: most notional of all open positions together, in percent
 *                            of equity; default 300; 1..12500.
 * @param maxLeverage         {@code max_leverage}: highest leverage of any instrument; default 5; 1..the venue's
 *                            maximum (binance_usdm 125, bybit_linear 100).
 * @param maxPortfolioHeatPct {@code max_portfolio_heat_pct}: most open risk to the stops of all positions together;
 *                            default 6; 0.1..100 and at least {@code risk_per_trade_pct}.
 * @param dailyLossLimitPct   {@code daily_loss_limit_pct}: loss within a UTC day that stops new entries until the next
 *                            day; default 3; 0.1..100.
 * @param maxDrawdownPct      {@code max_drawdown_pct}: drawdown from the equity peak that stops new entries; default
 *                            20; 0.1..100.
 * @param maxOrdersPerMinute  {@code max_orders_per_minute}: orders the bot may send in any minute; default 30;
 *                            1..1200.
 * @param priceBandPct        {@code price_band_pct}: a limit entry further than this from the mark price is refused
 *                            (fat finger); default 2.0; 0.01..50.
 * @param initialEquity       {@code initial_equity}: starting equity in the quote asset for backtest and paper;
 *                            default 10000; 1..1e12. An error in testnet and live, where equity is the account's.
 * @param quoteAsset          {@code quote_asset}: the asset equity and P&amp;L are counted in; default {@code USDT};
 *                            {@code [A-Z0-9]{2,8}}.
 */
public record RiskConfig(
    double riskPerTradePct,
    double maxTotalExposurePct,
    int maxLeverage,
    double maxPortfolioHeatPct,
    double dailyLossLimitPct,
    double maxDrawdownPct,
    int maxOrdersPerMinute,
    double priceBandPct,
    double initialEquity,
    String quoteAsset)
{
}
