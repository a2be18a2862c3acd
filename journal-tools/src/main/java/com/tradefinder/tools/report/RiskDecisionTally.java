package com.tradefinder.tools.report;

import com.tradefinder.codecs.RejectReason;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts of one bot's {@code RiskDecision} events: accepted entries and rejections by reason.
 * Filled by one thread while reading, then only read.
 */
public final class RiskDecisionTally
{
    private final Map<RejectReason, Integer> rejected = new EnumMap<>(RejectReason.class);
    private int accepted;

    /**
     * @param wasAccepted true for an accepted entry.
     * @param reason      the reject reason (ignored when accepted).
     */
    public void add(final boolean wasAccepted, final RejectReason reason)
    {
        if (wasAccepted)
        {
            accepted++;
        }
        else
        {
            rejected.merge(reason, 1, Integer::sum);
        }
    }

    /**
     * @return accepted entries.
     */
    public int accepted()
    {
        return accepted;
    }

    /**
     * @return rejections by reason, in reason-code order.
     */
    public Map<RejectReason, Integer> rejected()
    {
        return Collections.unmodifiableMap(rejected);
    }

    /**
     * @return all decisions counted.
     */
    public int total()
    {
        int total = accepted;
        for (final int count : rejected.values())
        {
            total += count;
        }
        return total;
    }
}
