/**
 * Strategies: the contract ({@link com.tradefinder.engine.strategy.Strategy},
 * {@link com.tradefinder.engine.strategy.StrategyContext}, {@link com.tradefinder.engine.strategy.BarClose}), six
 * strategies, a weighted composer and the factory that builds them from config.
 * <p>
 * Rules every strategy here keeps:
 * <ul>
 *     <li>Single business-logic thread; deterministic (decisions from the events given, never a clock or a random
 *     source); allocation-free per callback (indicators and buffers created in the constructor).</li>
 *     <li>Entries only when {@link com.tradefinder.engine.strategy.StrategyContext#mayOpen()}; exits and stop
 *     management always, so a strategy whose regime ended manages what it holds to its own exit rules. While it
 *     may not open, a strategy cancels its working entries.</li>
 *     <li>Every entry carries a stop strictly on the losing side of its limit; prices are mantissas at the
 *     context's exponent on its tick grid: a {@code double} level is scaled with {@link java.lang.Math#round}, then
 *     entries and take-profits snap toward the less favourable side, stops toward the wider side. An entry whose
 *     snapped stop is not on the losing side is not sent.</li>
 *     <li>Level-triggered entries (squeeze breakout, mean reversion) open only when nothing is held or working;
 *     edge-triggered ones (Supertrend flip, MA cross, composer stance) cancel stale entries and open unless that
 *     side is already held.</li>
 *     <li>{@code stateHash} folds every mutable field, indicators included, in a fixed order.</li>
 * </ul>
 */
package com.tradefinder.engine.strategy;
