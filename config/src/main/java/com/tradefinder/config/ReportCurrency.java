package com.tradefinder.config;

/**
 * A currency the report states money in, the {@code [report] currencies} key. USD stands for the quote asset
 * (USDT or USDC, taken at par); CHF and EUR are converted with the rates file.
 */
public enum ReportCurrency
{
    /** US dollars: the quote asset at par. */
    USD,
    /** Swiss francs, from the rates file. */
    CHF,
    /** Euros, from the rates file. */
    EUR
}
