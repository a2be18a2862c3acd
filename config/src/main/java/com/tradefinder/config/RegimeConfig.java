package com.tradefinder.config;

/**
 * The {@code [regime]} table: settings of the regime classifier (trending up / down, ranging, high volatility,
 * uncertain), the same fields as the engine's regime settings and the {@code EngineSettings} message. ADX values are
 * on Wilder's 0..100 scale, percentiles are fractions in [0, 1], periods and windows count bars.
 * Relations checked, all strict so that every exit level sits below its entry level (hysteresis):
 * {@code trend_adx_exit < trend_adx_enter}, {@code range_adx_max < trend_adx_enter},
 * {@code high_volatility_exit_percentile < high_volatility_percentile},
 * {@code squeeze_percentile < high_volatility_exit_percentile}. The engine's regime settings accept equal exit and
 * entry levels; the config is stricter.
 *
 * @param adxPeriod                    {@code adx_period}: ADX / DI period; default 14; 2..500.
 * @param atrPeriod                    {@code atr_period}: ATR period; default 14; 2..500.
 * @param bollingerPeriod              {@code bollinger_period}: Bollinger Bands period; default 20; 2..500.
 * @param bollingerStdDevs             {@code bollinger_stddevs}: band half-width in standard deviations; default 2.0;
 *                                     0.1..10.
 * @param percentileWindow             {@code percentile_window}: bars in the rolling ATR% and band-width percentile
 *                                     windows; default 100; 10..10000.
 * @param trendAdxEnter                {@code trend_adx_enter}: ADX at or above which a trend is entered; default 25;
 *                                     0..100.
 * @param trendAdxExit                 {@code trend_adx_exit}: ADX at or above which an adopted trend is kept;
 *                                     default 20; 0..100 and below {@code trend_adx_enter}.
 * @param rangeAdxMax                  {@code range_adx_max}: ADX at or below which a quiet market may enter a range;
 *                                     default 20; 0..100 and below {@code trend_adx_enter}.
 * @param highVolatilityPercentile     {@code high_volatility_percentile}: ATR% percentile at or above which the market
 *                                     is highly volatile; default 0.90; 0..1.
 * @param highVolatilityExitPercentile {@code high_volatility_exit_percentile}: ATR% percentile at or above which an
 *                                     adopted high-volatility regime is kept; default 0.80; 0..1 and below
 *                                     {@code high_volatility_percentile}.
 * @param squeezePercentile            {@code squeeze_percentile}: band-width percentile at or below which a quiet
 *                                     market may enter a range; default 0.50; 0..1 and below
 *                                     {@code high_volatility_exit_percentile}.
 * @param confirmBars                  {@code confirm_bars}: consecutive bars a new regime must persist before it is
 *                                     adopted; default 2; 1..100.
 */
public record RegimeConfig(
    int adxPeriod,
    int atrPeriod,
    int bollingerPeriod,
    double bollingerStdDevs,
    int percentileWindow,
    double trendAdxEnter,
    double trendAdxExit,
    double rangeAdxMax,
    double highVolatilityPercentile,
    double highVolatilityExitPercentile,
    double squeezePercentile,
    int confirmBars)
{
}
