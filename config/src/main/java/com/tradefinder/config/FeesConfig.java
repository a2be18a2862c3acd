package com.tradefinder.config;

/**
 * The {@code [fees]} table: the account's fee rates, charged by the simulated venue and used in reports.
 *
 * @param makerBps {@code maker_bps}: maker fee in basis points of notional; negative is a rebate; default 2;
 *                 -10..100.
 * @param takerBps {@code taker_bps}: taker fee in basis points of notional; default 5; 0..100.
 */
public record FeesConfig(double makerBps, double takerBps)
{
}
