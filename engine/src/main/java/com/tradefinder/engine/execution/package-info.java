/**
 * Order state machines of a bot: the lifecycle table ({@link com.tradefinder.engine.execution.OrderTransitions}),
 * pooled {@link com.tradefinder.engine.execution.Order}s with deterministic client order ids, entries with timeouts,
 * re-prices and an abandon rule, protective stop and take-profit orders per position, and exits, all behind one
 * {@link com.tradefinder.engine.execution.OrderManager} per bot.
 * <p>
 * Single-threaded (the business-logic thread), deterministic in event time, allocation-free per event after warm-up;
 * the vocabulary (states, roles, reasons) is the SBE schema's.
 */
package com.tradefinder.engine.execution;
