package com.tradefinder.engine.venue;

import com.tradefinder.codecs.PositionSide;
import com.tradefinder.engine.marketdata.InstrumentSpec;
import com.tradefinder.numeric.FixedMath;

/**
 * Settles a funding event on every open position of an instrument.
 * <p>
 * For each bot in id order and each of its positions on the instrument in position-side order (BOTH, LONG, SHORT):
 * {@code amount = -sign(size) × round(notional(price, |size|) × rate / 10^9)}, rounding half away from zero, where the
 * price is the last MarkPrice seen, else the last trade price, quote mid-point or bar close. A long pays a positive
 * rate, a short receives it. The amount goes to the wallet and is published as FundingPayment (exponent -8, negative
 * is paid); a BalanceUpdate follows each bot's payments. With no price known nothing is settled.
 * <p>
 * Single-threaded, allocation-free.
 */
final class FundingSettlement
{
    private static final long PPB = 1_000_000_000L;
    private static final PositionSide[] SIDES = {PositionSide.BOTH, PositionSide.LONG, PositionSide.SHORT};

    private final Accounts accounts;
    private final ExecutionPublisher publisher;

    FundingSettlement(final Accounts accounts, final ExecutionPublisher publisher)
    {
        this.accounts = accounts;
        this.publisher = publisher;
    }

    /**
     * @param instrument the instrument funded.
     * @param ratePpb    funding rate, parts per billion.
     * @param timeNs     settlement time.
     */
    void settle(final InstrumentState instrument, final long ratePpb, final long timeNs)
    {
        final long price = instrument.valuationPrice();
        if (price <= 0)
        {
            return;
        }
        final InstrumentSpec spec = instrument.spec();
        final int instrumentId = spec.instrumentId();
        for (int botId = 0; botId < accounts.capacity(); botId++)
        {
            final Account account = accounts.accountAt(botId);
            if (account == null)
            {
                continue;
            }
            boolean paid = false;
            for (final PositionSide side : SIDES)
            {
                final long size = account.sizeMantissa(instrumentId, side);
                if (size == 0)
                {
                    continue;
                }
                final long magnitude =
                    FixedMath.multiplyDivideRound(spec.notional(price, Math.abs(size)), ratePpb, PPB);
                final long amount = size > 0 ? -magnitude : magnitude;
                account.walletMantissa += amount;
                account.fundingMantissa += amount;
                publisher.fundingPayment(botId, instrumentId, side, amount, ratePpb, timeNs);
                paid = true;
            }
            if (paid)
            {
                publisher.balanceUpdate(account, timeNs);
            }
        }
    }
}
