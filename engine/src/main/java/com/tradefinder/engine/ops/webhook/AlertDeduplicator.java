package com.tradefinder.engine.ops.webhook;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Remembers the alert ids accepted per bot for a window, so a re-sent alert is refused. Ids older than the window are
 * forgotten as new ones arrive. Thread-safe (synchronized): the check and the mark are one step, so two copies of one
 * alert racing on two connections cannot both pass.
 */
final class AlertDeduplicator
{
    private final Map<String, Long> acceptedNs = new HashMap<>();
    private long lastPurgeNs;

    /**
     * Marks an id as accepted unless it was accepted within the window.
     *
     * @param botId    the bot.
     * @param alertId  the alert id.
     * @param nowNs    wall-clock time, epoch nanoseconds.
     * @param windowNs window; 0 accepts every id.
     * @return true if the id is new (and is now marked), false for a duplicate.
     */
    synchronized boolean markNew(final int botId, final String alertId, final long nowNs, final long windowNs)
    {
        if (windowNs <= 0)
        {
            return true;
        }
        purge(nowNs, windowNs);
        final String key = botId + "/" + alertId;
        final Long previous = acceptedNs.get(key);
        if (previous != null && nowNs - previous < windowNs)
        {
            return false;
        }
        acceptedNs.put(key, nowNs);
        return true;
    }

    /**
     * Forgets an id marked by {@link #markNew} whose signal could not be published after all.
     *
     * @param botId   the bot.
     * @param alertId the alert id.
     */
    synchronized void forget(final int botId, final String alertId)
    {
        acceptedNs.remove(botId + "/" + alertId);
    }

    private void purge(final long nowNs, final long windowNs)
    {
        if (nowNs - lastPurgeNs < windowNs / 4 && acceptedNs.size() < 10_000)
        {
            return;
        }
        lastPurgeNs = nowNs;
        final Iterator<Map.Entry<String, Long>> entries = acceptedNs.entrySet().iterator();
        while (entries.hasNext())
        {
            // windows differ per bot; an hour past the longest allowed (one day) is always safe to drop
            if (nowNs - entries.next().getValue() > Math.max(windowNs, 86_400_000_000_000L + 3_600_000_000_000L))
            {
                entries.remove();
            }
        }
    }
}
