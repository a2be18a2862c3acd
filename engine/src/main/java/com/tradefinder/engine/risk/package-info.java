/**
 * The risk engine and allocator: position sizing from the stop distance, per-trade and portfolio limits, circuit
 * breakers, order-rate limit, price band, whitelist, kill switch; every answer an accept with a size or a reject
 * with an SBE {@code RejectReason}.
 * <p>
 * Single-threaded (the business-logic thread), deterministic from event time, exact fixed-point money,
 * allocation-free per evaluation.
 */
package com.tradefinder.engine.risk;
