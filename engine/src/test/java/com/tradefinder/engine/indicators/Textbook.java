package com.tradefinder.engine.indicators;

import java.util.Arrays;

/**
 * Textbook definitions over whole arrays, written independently of the production classes, as references for the
 * indicators TA-Lib does not have. Plain loops; NaN where a value is not defined.
 */
final class Textbook
{
    private Textbook()
    {
    }

    /**
     * Exponential moving average: the simple average of the first {@code period} values, then
     * {@code alpha * x + (1 - alpha) * previous} with {@code alpha = 2 / (period + 1)}.
     */
    static double[] ema(final double[] values, final int period)
    {
        final double[] ema = new double[values.length];
        Arrays.fill(ema, Double.NaN);
        if (values.length < period)
        {
            return ema;
        }
        double sum = 0.0;
        for (int i = 0; i < period; i++)
        {
            sum += values[i];
        }
        ema[period - 1] = sum / period;
        final double alpha = 2.0 / (period + 1);
        for (int i = period; i < values.length; i++)
        {
            ema[i] = alpha * values[i] + (1.0 - alpha) * ema[i - 1];
        }
        return ema;
    }

    /**
     * Wilder's average true range: true ranges from the second bar on (the first has no previous close), their
     * simple average over bars 1 to {@code period}, then {@code (previous * (period - 1) + tr) / period}.
     */
    static double[] atr(final double[] high, final double[] low, final double[] close, final int period)
    {
        final int size = close.length;
        final double[] trueRange = new double[size];
        trueRange[0] = Double.NaN;
        for (int i = 1; i < size; i++)
        {
            trueRange[i] = Math.max(high[i] - low[i],
                Math.max(Math.abs(high[i] - close[i - 1]), Math.abs(low[i] - close[i - 1])));
        }
        final double[] atr = new double[size];
        Arrays.fill(atr, Double.NaN);
        if (size <= period)
        {
            return atr;
        }
        double sum = 0.0;
        for (int i = 1; i <= period; i++)
        {
            sum += trueRange[i];
        }
        atr[period] = sum / period;
        for (int i = period + 1; i < size; i++)
        {
            atr[i] = (atr[i - 1] * (period - 1) + trueRange[i]) / period;
        }
        return atr;
    }
}
