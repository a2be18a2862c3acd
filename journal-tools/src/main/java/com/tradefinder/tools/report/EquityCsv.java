package com.tradefinder.tools.report;

import com.tradefinder.numeric.FixedPoint;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * Writes {@code equity.csv}: one row per equity snapshot, amounts as exact USD decimals (USDT counted as USD).
 * {@code drawdown_pct} is {@code (equity / running peak − 1) × 100}, ≤ 0, to 4 decimals; {@code exposure} is the
 * gross exposure (sum of |position notional|); {@code fees} and {@code funding} are running totals, funding
 * received (+) or paid (−).
 */
public final class EquityCsv
{
    /** The header line. */
    public static final String HEADER = "time,equity,balance,unrealized,drawdown_pct,exposure,open_risk,fees,funding";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * @param equity the snapshots.
     * @param out    destination; not closed.
     * @throws IOException if writing fails.
     */
    public void write(final EquitySeries equity, final Writer out) throws IOException
    {
        final StringBuilder line = new StringBuilder(200);
        final int exponent = ClosedTrade.AMOUNT_EXPONENT;
        out.write(HEADER);
        out.write('\n');
        long peak = Long.MIN_VALUE;
        for (int i = 0; i < equity.size(); i++)
        {
            final long value = equity.equityMantissa(i);
            peak = Math.max(peak, value);
            line.setLength(0);
            line.append(Instant.ofEpochSecond(0, equity.timeNs(i))).append(',');
            FixedPoint.appendTo(line, value, exponent).append(',');
            FixedPoint.appendTo(line, equity.balanceMantissa(i), exponent).append(',');
            FixedPoint.appendTo(line, equity.unrealizedMantissa(i), exponent).append(',');
            line.append(drawdownPercent(value, peak)).append(',');
            FixedPoint.appendTo(line, equity.grossExposureMantissa(i), exponent).append(',');
            FixedPoint.appendTo(line, equity.openRiskMantissa(i), exponent).append(',');
            FixedPoint.appendTo(line, equity.feesMantissa(i), exponent).append(',');
            FixedPoint.appendTo(line, equity.fundingMantissa(i), exponent).append('\n');
            out.append(line);
        }
    }

    /**
     * @param equityMantissa equity now.
     * @param peakMantissa   highest equity so far.
     * @return {@code (equity / peak − 1) × 100} to 4 decimals, "0" at a peak or with a non-positive peak.
     */
    static String drawdownPercent(final long equityMantissa, final long peakMantissa)
    {
        if (peakMantissa <= 0 || equityMantissa >= peakMantissa)
        {
            return "0";
        }
        final BigDecimal percent = BigDecimal.valueOf(equityMantissa - peakMantissa).multiply(HUNDRED)
            .divide(BigDecimal.valueOf(peakMantissa), 4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return percent.signum() == 0 ? "0" : percent.toPlainString();
    }
}
