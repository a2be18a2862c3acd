package com.tradefinder.engine.ops;

import com.tradefinder.engine.app.Engine;

/**
 * Read-only gauges of the event core, sampled by the metrics endpoint from any thread: each method returns a
 * snapshot and never blocks.
 */
public interface EngineGauges
{
    /** Gauges of nothing: for a host without a ring (tests, tools). */
    EngineGauges NONE = new EngineGauges()
    {
    };

    /**
     * @return ring entries; 0 when unknown.
     */
    default long ringSize()
    {
        return 0;
    }

    /**
     * @return free ring entries now.
     */
    default long ringRemaining()
    {
        return 0;
    }

    /**
     * @return highest inbound sequence appended to the journal, -1 before the first.
     */
    default long journaledSequence()
    {
        return -1;
    }

    /**
     * @return highest inbound sequence the business logic has handled, -1 before the first.
     */
    default long processedSequence()
    {
        return -1;
    }

    /**
     * @param engine a running engine.
     * @return its gauges.
     */
    static EngineGauges of(final Engine engine)
    {
        return new EngineGauges()
        {
            @Override
            public long ringSize()
            {
                return engine.ringSize();
            }

            @Override
            public long ringRemaining()
            {
                return engine.ringRemainingCapacity();
            }

            @Override
            public long journaledSequence()
            {
                return engine.journaledSequence();
            }

            @Override
            public long processedSequence()
            {
                return engine.processedSequence();
            }
        };
    }
}
