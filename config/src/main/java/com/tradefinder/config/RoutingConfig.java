package com.tradefinder.config;

import com.tradefinder.codecs.Regime;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code [routing]} table: which strategies may open positions in which regime. A strategy whose regime ends
 * stops opening positions and manages what it holds to its exit rules.
 * <p>
 * Keys {@code trending_up}, {@code trending_down}, {@code ranging}, {@code high_volatility}, {@code uncertain}, each
 * an array of strategy ids (every id must exist, none twice in one array). A key left out takes its default:
 * <ul>
 *   <li>{@code trending_up}, {@code trending_down}: every {@code supertrend} and {@code ma_crossover} strategy;</li>
 *   <li>{@code ranging}: every {@code mean_reversion} and {@code grid} strategy;</li>
 *   <li>{@code high_volatility}: every {@code squeeze_breakout} strategy;</li>
 *   <li>{@code uncertain}: none ({@code []}): no new entries.</li>
 * </ul>
 * In the defaults, a member of a {@code weighted} strategy is not routed on its own; the {@code weighted} strategy
 * is routed wherever one of its members' types would be. A {@code tradingview} strategy is not regime-routed: its
 * signals are accepted in every regime unless a routing array lists it, and then only in the regimes that list it.
 * Any other strategy that ends up in no array (and is no weighted member) is an error: it could never trade.
 *
 * @param strategies           regime → ids, one entry for each of the five regimes, defaults filled in, ids in the
 *                             order written (defaults in file order).
 * @param uncertainExposurePct {@code uncertain_exposure_pct}: in an uncertain regime, open positions are cut to this
 *                             percent of their size; 100 keeps them; default 50; 0..100.
 */
public record RoutingConfig(Map<Regime, List<String>> strategies, double uncertainExposurePct)
{
    /**
     * Copies the table and its lists, so the record stays immutable.
     *
     * @param strategies           regime to strategy ids.
     * @param uncertainExposurePct exposure kept in an uncertain regime, in percent.
     */
    public RoutingConfig
    {
        final EnumMap<Regime, List<String>> copy = new EnumMap<>(Regime.class);
        for (final Map.Entry<Regime, List<String>> entry : strategies.entrySet())
        {
            copy.put(entry.getKey(), List.copyOf(entry.getValue()));
        }
        strategies = Collections.unmodifiableMap(copy);
    }

    /**
     * @param regime one of the five regimes.
     * @return the ids of the strategies that may open positions in it; empty when none.
     */
    public List<String> strategiesFor(final Regime regime)
    {
        final List<String> ids = strategies.get(regime);
        return ids == null ? List.of() : ids;
    }

    /**
     * @param strategyId a strategy id.
     * @return whether any routing array lists it (after defaults).
     */
    public boolean isRouted(final String strategyId)
    {
        for (final List<String> ids : strategies.values())
        {
            if (ids.contains(strategyId))
            {
                return true;
            }
        }
        return false;
    }
}
