package com.tradefinder.engine.venue;

import com.tradefinder.engine.marketdata.InstrumentSpec;
import com.tradefinder.engine.util.Hashing;

import java.util.Arrays;

/**
 * The instruments defined at the simulated venue, by id. Ids are small non-negative ints; the table grows at
 * definition time only. Single-threaded.
 */
final class Instruments
{
    private InstrumentState[] states = new InstrumentState[0];

    /**
     * Defines or redefines an instrument.
     *
     * @param spec its filters; copied.
     */
    void define(final InstrumentSpec spec)
    {
        final int id = spec.instrumentId();
        if (id < 0)
        {
            throw new IllegalArgumentException("instrument id must be >= 0: " + id);
        }
        if (id >= states.length)
        {
            states = Arrays.copyOf(states, Math.max(id + 1, states.length * 2));
        }
        if (states[id] == null)
        {
            states[id] = new InstrumentState();
        }
        states[id].define(spec);
    }

    /**
     * @param instrumentId any int.
     * @return the instrument, or null if it is not defined.
     */
    InstrumentState get(final int instrumentId)
    {
        return instrumentId >= 0 && instrumentId < states.length ? states[instrumentId] : null;
    }

    /**
     * @return one more than the highest id the table can hold.
     */
    int capacity()
    {
        return states.length;
    }

    /**
     * @param hash running hash.
     * @return the hash with every defined instrument folded in, by id.
     */
    long stateHash(final long hash)
    {
        long h = hash;
        for (int id = 0; id < states.length; id++)
        {
            if (states[id] != null)
            {
                h = Hashing.mix(h, id);
                h = states[id].stateHash(h);
            }
        }
        return h;
    }
}
