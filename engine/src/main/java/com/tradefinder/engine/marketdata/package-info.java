/**
 * Market data on the business-logic thread: timeframes and the bars built from trades and closed klines.
 * <p>
 * Single-threaded, deterministic (event time only), allocation-free per event; times are epoch nanoseconds, prices
 * and sizes fixed-point {@code long} mantissas in the instrument's exponents.
 */
package com.tradefinder.engine.marketdata;
