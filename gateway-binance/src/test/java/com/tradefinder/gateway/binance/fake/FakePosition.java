package com.tradefinder.gateway.binance.fake;

import com.tradefinder.numeric.FixedMath;

/**
 * The fake account's position in one symbol and position side: signed amount, average entry price, realized PnL.
 * A fill that adds to the position moves the entry to the quantity-weighted average; one that reduces it realizes
 * {@code (fill - entry) × closed} (sign by direction); in one-way mode a fill larger than the position flips it and
 * opens the rest at the fill price.
 * <p>
 * Thread contract: mutated only under the {@link FakeExchange} lock.
 */
final class FakePosition
{
    final SymbolRules rules;
    final String positionSide;
    long amount;
    long entryPrice;
    long realizedPnl;
    long updateTimeMs;

    FakePosition(final SymbolRules rules, final String positionSide)
    {
        this.rules = rules;
        this.positionSide = positionSide;
    }

    /**
     * @param signedQuantity fill quantity, positive for BUY.
     * @param price          fill price.
     * @return the PnL this fill realized.
     */
    long fill(final long signedQuantity, final long price)
    {
        if (amount == 0 || Long.signum(amount) == Long.signum(signedQuantity))
        {
            final long size = Math.abs(amount) + Math.abs(signedQuantity);
            final long cost = Decimals.notional(entryPrice, Math.abs(amount)) +
                Decimals.notional(price, Math.abs(signedQuantity));
            entryPrice = FixedMath.multiplyDivideRound(cost, Decimals.ONE, size);
            amount += signedQuantity;
            return 0;
        }
        final long closed = Math.min(Math.abs(amount), Math.abs(signedQuantity));
        final long pnl = Decimals.notional(price - entryPrice, closed) * Long.signum(amount);
        realizedPnl += pnl;
        amount += signedQuantity;
        if (amount == 0)
        {
            entryPrice = 0;
        }
        else if (Long.signum(amount) == Long.signum(signedQuantity))
        {
            entryPrice = price;
        }
        return pnl;
    }

    long unrealizedPnl(final long markPrice)
    {
        return amount == 0 || markPrice == 0 ? 0 : Decimals.notional(markPrice - entryPrice, Math.abs(amount)) *
            Long.signum(amount);
    }

    PositionSnapshot snapshot()
    {
        return new PositionSnapshot(rules.symbol(), positionSide, Decimals.plain(amount), Decimals.plain(entryPrice),
            Decimals.plain(realizedPnl));
    }
}
