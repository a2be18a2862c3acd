package com.tradefinder.engine.ops;

import com.tradefinder.config.BotConfig;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The bots one engine runs, by id (their position, as given to the business logic in ConfigChange events) and by
 * name. A reload replaces one entry after its ConfigChange was journaled. Thread-safe: read by HTTP threads and the
 * status view, replaced by the control endpoint.
 */
public final class BotRoster
{
    private final CopyOnWriteArrayList<BotConfig> bots;

    /**
     * @param bots validated configs in bot-id order, with unique names.
     */
    public BotRoster(final List<BotConfig> bots)
    {
        this.bots = new CopyOnWriteArrayList<>(bots);
    }

    /**
     * @param name a bot name.
     * @return its id, or -1 when no bot has that name.
     */
    public int idOf(final String name)
    {
        for (int id = 0; id < bots.size(); id++)
        {
            if (bots.get(id).name().equals(name))
            {
                return id;
            }
        }
        return -1;
    }

    /**
     * @param id a bot id.
     * @return its config.
     * @throws IndexOutOfBoundsException for an unknown id.
     */
    public BotConfig config(final int id)
    {
        return bots.get(id);
    }

    /**
     * @return bots configured.
     */
    public int size()
    {
        return bots.size();
    }

    /**
     * @param id     a bot id.
     * @param config its new config, already validated and journaled.
     */
    public void replace(final int id, final BotConfig config)
    {
        bots.set(id, config);
    }

    /**
     * @return a snapshot of every config, in id order.
     */
    public List<BotConfig> all()
    {
        return List.copyOf(bots);
    }
}
