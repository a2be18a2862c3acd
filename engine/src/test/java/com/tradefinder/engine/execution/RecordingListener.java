package com.tradefinder.engine.execution;

import com.tradefinder.codecs.ExitReason;
import com.tradefinder.codecs.OrderRole;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.RejectReason;

import java.util.ArrayList;
import java.util.List;

/**
 * Records execution callbacks as short lines: {@code entryFill s1 i5 LONG 100x4 fee=2 tag=9 t=30},
 * {@code exitFill s1 i5 LONG STOP_LOSS/STOP_LOSS 95x4 fee=1 t=50}, {@code entryEnded s1 i5 LONG filled=0 NONE t=70}.
 */
final class RecordingListener implements ExecutionListener
{
    final List<String> events = new ArrayList<>();

    @Override
    public void onEntryFill(final int strategyId, final int instrumentId, final PositionSide side,
        final long priceMantissa, final long sizeMantissa, final long feeMantissa, final int tag, final long timeNs)
    {
        events.add("entryFill s" + strategyId + " i" + instrumentId + " " + side + " " + priceMantissa + "x" +
            sizeMantissa + " fee=" + feeMantissa + " tag=" + tag + " t=" + timeNs);
    }

    @Override
    public void onExitFill(final int strategyId, final int instrumentId, final PositionSide side, final OrderRole role,
        final ExitReason reason, final long priceMantissa, final long sizeMantissa, final long feeMantissa,
        final long timeNs)
    {
        events.add("exitFill s" + strategyId + " i" + instrumentId + " " + side + " " + role + "/" + reason + " " +
            priceMantissa + "x" + sizeMantissa + " fee=" + feeMantissa + " t=" + timeNs);
    }

    @Override
    public void onEntryEnded(final int strategyId, final int instrumentId, final PositionSide side,
        final long filledSizeMantissa, final RejectReason reason, final long timeNs)
    {
        events.add("entryEnded s" + strategyId + " i" + instrumentId + " " + side + " filled=" + filledSizeMantissa +
            " " + reason + " t=" + timeNs);
    }
}
