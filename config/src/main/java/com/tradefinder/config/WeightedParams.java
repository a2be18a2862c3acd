package com.tradefinder.config;

import java.util.List;
import java.util.Map;

/**
 * Params of a {@code weighted} strategy: a weighted vote of other strategies' signals; it enters when the weighted
 * share of members signalling the same direction reaches the threshold.
 *
 * @param members   {@code members}: ids of the strategies voting, at least 2, no duplicates, each an existing
 *                  strategy that is not {@code weighted} itself; required.
 * @param weights   {@code weights}: one weight per member, each &gt; 0 (at most 1000), in member order; default 1.0
 *                  each.
 * @param threshold {@code threshold}: share of the total weight that must agree, 0..1; default 0.5.
 */
public record WeightedParams(List<String> members, List<Double> weights, double threshold) implements StrategyParams
{
    /**
     * Copies the lists, so the record stays immutable.
     *
     * @param members   member ids.
     * @param weights   weights in member order.
     * @param threshold agreeing share of the total weight.
     */
    public WeightedParams
    {
        members = List.copyOf(members);
        weights = List.copyOf(weights);
    }

    @Override
    public StrategyType type()
    {
        return StrategyType.WEIGHTED;
    }

    @Override
    public void parameters(final Map<String, String> out)
    {
        out.put("members", String.join(",", members));
        final StringBuilder text = new StringBuilder();
        for (final Double weight : weights)
        {
            if (text.length() > 0)
            {
                text.append(',');
            }
            text.append(Texts.number(weight));
        }
        out.put("weights", text.toString());
        out.put("threshold", Texts.number(threshold));
    }
}
