package com.tradefinder.tools.report;

import com.tradefinder.codecs.ExitReason;
import com.tradefinder.codecs.PositionSide;
import com.tradefinder.codecs.Regime;
import com.tradefinder.numeric.FixedPoint;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One round trip as journaled by a {@code TradeClosed} event, with its instrument resolved.
 * <p>
 * Prices are mantissas at {@code priceExponent}, the size at {@code sizeExponent}, amounts at
 * {@link #AMOUNT_EXPONENT}. Fees are paid when positive (a negative fee is a rebate); funding is received when
 * positive. Net P&amp;L is therefore {@code realized − fees + funding}.
 *
 * @param botId                      bot.
 * @param strategyId                 strategy.
 * @param instrumentId               instrument.
 * @param symbol                     the instrument's symbol, e.g. BTCUSDT.
 * @param priceExponent              decimal exponent of the prices.
 * @param sizeExponent               decimal exponent of the size.
 * @param positionSide               LONG, SHORT, or BOTH (one-way mode).
 * @param entryTimeNs                first entry fill, epoch ns.
 * @param exitTimeNs                 last exit fill, epoch ns.
 * @param entryPriceMantissa         average entry fill.
 * @param exitPriceMantissa          average exit fill.
 * @param intendedEntryPriceMantissa price the strategy asked for (0 if none).
 * @param sizeMantissa               size traded.
 * @param realizedPnlMantissa        realized P&amp;L gross of fees and funding.
 * @param feesMantissa               fees paid.
 * @param fundingMantissa            funding received (+) or paid (−) while open.
 * @param riskAmountMantissa         initial risk to the stop.
 * @param entryRegime                regime at entry.
 * @param exitReason                 why it closed.
 */
public record ClosedTrade(int botId, int strategyId, int instrumentId, String symbol, int priceExponent,
    int sizeExponent, PositionSide positionSide, long entryTimeNs, long exitTimeNs, long entryPriceMantissa,
    long exitPriceMantissa, long intendedEntryPriceMantissa, long sizeMantissa, long realizedPnlMantissa,
    long feesMantissa, long fundingMantissa, long riskAmountMantissa, Regime entryRegime, ExitReason exitReason)
{
    /** Decimal exponent of quote amounts (P&amp;L, fees, funding, risk). */
    public static final int AMOUNT_EXPONENT = -8;

    private static final int RATIO_SCALE = 4;

    /**
     * @return realized P&amp;L minus fees plus funding, exponent -8.
     */
    public long netPnlMantissa()
    {
        return Math.addExact(Math.subtractExact(realizedPnlMantissa, feesMantissa), fundingMantissa);
    }

    /**
     * @return net P&amp;L as a double, for statistics.
     */
    public double netPnl()
    {
        return FixedPoint.toDouble(netPnlMantissa(), AMOUNT_EXPONENT);
    }

    /**
     * @return initial risk as a double, for statistics.
     */
    public double risk()
    {
        return FixedPoint.toDouble(riskAmountMantissa, AMOUNT_EXPONENT);
    }

    /**
     * @return notional traded by the round trip, both legs: {@code (entry + exit price) × size}, as a double.
     */
    public double tradedNotional()
    {
        return (FixedPoint.toDouble(entryPriceMantissa, priceExponent) +
            FixedPoint.toDouble(exitPriceMantissa, priceExponent)) * FixedPoint.toDouble(sizeMantissa, sizeExponent);
    }

    /**
     * The trade's direction. In hedge mode it is the position side; in one-way mode (BOTH) it is inferred from the
     * sign of the gross P&amp;L against the price move, since the event carries no side.
     *
     * @return +1 long, −1 short, 0 if it cannot be told (BOTH with no price move or no P&amp;L).
     */
    public int direction()
    {
        if (positionSide == PositionSide.LONG)
        {
            return 1;
        }
        if (positionSide == PositionSide.SHORT)
        {
            return -1;
        }
        return Long.signum(exitPriceMantissa - entryPriceMantissa) * Long.signum(realizedPnlMantissa);
    }

    /**
     * @return LONG, SHORT, or BOTH when the direction cannot be told.
     */
    public String sideName()
    {
        final int direction = direction();
        return direction > 0 ? "LONG" : direction < 0 ? "SHORT" : "BOTH";
    }

    /**
     * Entry slippage against the intended price, positive when adverse (a long filled above, a short below it):
     * {@code direction × (entry − intended) / intended × 10 000}, exact to 4 decimals.
     *
     * @return basis points as decimal text; empty without an intended price or a known direction.
     */
    public String slippageBpsText()
    {
        final int direction = direction();
        if (intendedEntryPriceMantissa <= 0 || direction == 0)
        {
            return "";
        }
        final BigDecimal move = BigDecimal.valueOf(entryPriceMantissa - intendedEntryPriceMantissa)
            .multiply(BigDecimal.valueOf(10_000L * direction));
        return plain(move.divide(BigDecimal.valueOf(intendedEntryPriceMantissa), RATIO_SCALE, RoundingMode.HALF_EVEN));
    }

    /**
     * @return net P&amp;L over initial risk, exact to 4 decimals; empty without a positive initial risk.
     */
    public String rMultipleText()
    {
        if (riskAmountMantissa <= 0)
        {
            return "";
        }
        return plain(BigDecimal.valueOf(netPnlMantissa())
            .divide(BigDecimal.valueOf(riskAmountMantissa), RATIO_SCALE, RoundingMode.HALF_EVEN));
    }

    /**
     * @return net P&amp;L over initial risk; NaN without a positive initial risk.
     */
    public double rMultiple()
    {
        return riskAmountMantissa > 0 ? netPnlMantissa() / (double)riskAmountMantissa : Double.NaN;
    }

    private static String plain(final BigDecimal value)
    {
        final BigDecimal stripped = value.stripTrailingZeros();
        return stripped.signum() == 0 ? "0" : stripped.toPlainString();
    }
}
