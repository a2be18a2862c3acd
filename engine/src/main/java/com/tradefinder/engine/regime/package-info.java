/**
 * Market regime per instrument and timeframe, classified once per closed bar from indicator readings.
 * <p>
 * Single-threaded, deterministic, allocation-free per bar; the regime vocabulary is the SBE {@code Regime} enum.
 */
package com.tradefinder.engine.regime;
