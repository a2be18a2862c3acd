package com.tradefinder.engine.marketdata;

import java.util.ArrayList;
import java.util.List;

/**
 * Test listener that keeps every closed bar, in delivery order.
 */
final class RecordingBarListener implements BarListener
{
    /**
     * One delivered bar.
     */
    record Bar(
        int instrumentId,
        int timeframeSec,
        long openTimeNs,
        long openMantissa,
        long highMantissa,
        long lowMantissa,
        long closeMantissa,
        long volumeMantissa)
    {
    }

    final List<Bar> bars = new ArrayList<>();

    @Override
    public void onBarClosed(
        final int instrumentId,
        final int timeframeSec,
        final long openTimeNs,
        final long openMantissa,
        final long highMantissa,
        final long lowMantissa,
        final long closeMantissa,
        final long volumeMantissa)
    {
        bars.add(new Bar(
            instrumentId, timeframeSec, openTimeNs, openMantissa, highMantissa, lowMantissa, closeMantissa,
            volumeMantissa));
    }

    Bar last()
    {
        return bars.get(bars.size() - 1);
    }

    List<Bar> of(final int timeframeSec)
    {
        final List<Bar> result = new ArrayList<>();
        for (final Bar bar : bars)
        {
            if (bar.timeframeSec() == timeframeSec)
            {
                result.add(bar);
            }
        }
        return result;
    }
}
