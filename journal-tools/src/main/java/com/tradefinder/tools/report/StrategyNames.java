package com.tradefinder.tools.report;

import java.util.Map;
import java.util.TreeMap;

/**
 * Names of a bot's strategies by id, from its config; an id without a name shows as {@code strategy <id>}.
 * Immutable; safe on any thread.
 */
public final class StrategyNames
{
    private final Map<Integer, String> names;

    /**
     * @param names names by strategy id (copied); may be empty.
     */
    public StrategyNames(final Map<Integer, String> names)
    {
        this.names = new TreeMap<>(names);
    }

    /**
     * @param strategyId a strategy id.
     * @return its name, or {@code strategy <id>}.
     */
    public String name(final int strategyId)
    {
        final String name = names.get(strategyId);
        return name == null || name.isBlank() ? "strategy " + strategyId : name;
    }
}
