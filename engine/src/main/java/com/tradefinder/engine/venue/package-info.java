/**
 * The simulated venue for backtest and paper trading: {@link com.tradefinder.engine.venue.SimulatedVenue} answers
 * NewOrder, CancelOrder and VenueSetup commands with the execution events a Binance USDⓈ-M gateway would produce,
 * matching open orders against trades, quotes and closed bars.
 * <p>
 * One job per class: {@code OrderEntry} (checks and acceptance, Binance's codes in {@code VenueError}),
 * {@code OrderBook} and {@code OrderPool} (open orders), {@code Matcher} and {@code BarPath} (what executes, when, at
 * which price), {@code FillProcessor} (fills, expiries, cancels), {@code FeeModel}, {@code SlippageModel},
 * {@code MarginModel}, {@code Accounts} / {@code Account} / {@code Position} (balances and positions),
 * {@code FundingSettlement}, {@code CommandQueue} (latency), {@code ExecutionPublisher} (SBE encoding).
 * <p>
 * Single-threaded, deterministic (event time only, no randomness), allocation-free per command and event once warm;
 * times are epoch nanoseconds, prices and sizes fixed-point {@code long} mantissas in the instrument's exponents,
 * quote amounts mantissas at exponent -8.
 */
package com.tradefinder.engine.venue;
