package com.tradefinder.engine.bot;

import com.tradefinder.codecs.ExitReason;
import com.tradefinder.codecs.Regime;
import com.tradefinder.engine.util.Hashing;

/**
 * The round trip a strategy has open on one side of one instrument: what was intended, what filled, what it cost.
 * Reused: {@link #reset()} when the trade closes. Business-logic thread only.
 */
final class OpenTrade
{
    long intendedEntryPriceMantissa;
    long riskAmountMantissa;
    Regime entryRegime = Regime.UNCERTAIN;
    long entryTimeNs;
    long enteredSizeMantissa;
    long entryNotionalMantissa;
    long exitedSizeMantissa;
    long exitNotionalMantissa;
    long realizedPnlMantissa;
    long feesMantissa;
    long fundingBaseMantissa;
    ExitReason exitReason = ExitReason.NONE;
    boolean open;

    void reset()
    {
        intendedEntryPriceMantissa = 0;
        riskAmountMantissa = 0;
        entryRegime = Regime.UNCERTAIN;
        entryTimeNs = 0;
        enteredSizeMantissa = 0;
        entryNotionalMantissa = 0;
        exitedSizeMantissa = 0;
        exitNotionalMantissa = 0;
        realizedPnlMantissa = 0;
        feesMantissa = 0;
        fundingBaseMantissa = 0;
        exitReason = ExitReason.NONE;
        open = false;
    }

    long stateHash(final long hash)
    {
        long h = Hashing.mix(hash, intendedEntryPriceMantissa);
        h = Hashing.mix(h, riskAmountMantissa);
        h = Hashing.mix(h, entryRegime.value());
        h = Hashing.mix(h, entryTimeNs);
        h = Hashing.mix(h, enteredSizeMantissa);
        h = Hashing.mix(h, entryNotionalMantissa);
        h = Hashing.mix(h, exitedSizeMantissa);
        h = Hashing.mix(h, exitNotionalMantissa);
        h = Hashing.mix(h, realizedPnlMantissa);
        h = Hashing.mix(h, feesMantissa);
        h = Hashing.mix(h, fundingBaseMantissa);
        h = Hashing.mix(h, exitReason.value());
        return Hashing.mix(h, open);
    }
}
