/**
 * A bot's positions and account: per (strategy, instrument, LONG/SHORT) size, exact cost, realized P&amp;L, fees,
 * funding, isolated margin and liquidation price; balance, equity, exposure, open risk and peak equity.
 * <p>
 * Single-threaded (the business-logic thread), deterministic, exact fixed-point money (quote amounts at exponent -8),
 * allocation-free per fill, funding, mark and stop.
 */
package com.tradefinder.engine.portfolio;
