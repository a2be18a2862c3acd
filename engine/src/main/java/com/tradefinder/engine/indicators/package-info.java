/**
 * Technical indicators updated once per closed bar: moving averages, volatility, trend and momentum.
 * <p>
 * Every indicator here is a small mutable state machine owned by the single business-logic thread. Each update is
 * O(1) (Donchian amortised O(1)), allocates nothing after construction and depends only on its inputs, so a replay
 * reproduces every value and every {@code stateHash(long)} bit for bit. Values are {@code double}; an indicator
 * reports {@link java.lang.Double#NaN NaN} until {@code isReady()}, which turns true on the first bar at which the
 * value equals its reference definition (for the TA-Lib indicators, on the bar TA-Lib reports as its first output,
 * its lookback). Where TA-Lib defines the indicator, the arithmetic follows TA-Lib's own order of operations, so the
 * results agree with TA-Lib's to the last bit, not only within a tolerance. Inputs are expected to be finite.
 */
package com.tradefinder.engine.indicators;
