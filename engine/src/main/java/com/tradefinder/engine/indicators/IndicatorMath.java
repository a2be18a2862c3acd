package com.tradefinder.engine.indicators;

/**
 * Arithmetic shared by several indicators, written as TA-Lib writes it so that results agree bit for bit.
 * Pure functions: any thread, no allocation.
 */
final class IndicatorMath
{
    /** Magnitude under which TA-Lib treats a value as zero ({@code TA_IS_ZERO}). */
    static final double NEAR_ZERO = 1e-8;

    private IndicatorMath()
    {
    }

    /**
     * @param value value to test.
     * @return true when {@code value} lies strictly between {@code -1e-8} and {@code 1e-8}, as TA-Lib's
     * {@code TA_IS_ZERO}.
     */
    static boolean isNearZero(final double value)
    {
        return -NEAR_ZERO < value && value < NEAR_ZERO;
    }

    /**
     * Wilder's true range: the greatest of the bar's range and the distances from the previous close to its high
     * and to its low.
     *
     * @param high          the bar's high.
     * @param low           the bar's low.
     * @param previousClose the previous bar's close.
     * @return the true range.
     */
    static double trueRange(final double high, final double low, final double previousClose)
    {
        double greatest = high - low;
        final double toHigh = Math.abs(previousClose - high);
        if (toHigh > greatest)
        {
            greatest = toHigh;
        }
        final double toLow = Math.abs(previousClose - low);
        if (toLow > greatest)
        {
            greatest = toLow;
        }
        return greatest;
    }

    /**
     * @param name  parameter name for the message.
     * @param value value that must be at least {@code min}.
     * @param min   the smallest allowed value.
     * @return {@code value}.
     * @throws IllegalArgumentException when {@code value} is smaller; construction time only.
     */
    static int requireAtLeast(final String name, final int value, final int min)
    {
        if (value < min)
        {
            throw new IllegalArgumentException(name + " must be >= " + min + ": " + value);
        }
        return value;
    }

    /**
     * @param name  parameter name for the message.
     * @param value value that must be finite and not negative.
     * @return {@code value}.
     * @throws IllegalArgumentException when it is not; construction time only.
     */
    static double requireFiniteNonNegative(final String name, final double value)
    {
        if (!(value >= 0.0) || Double.isInfinite(value))
        {
            throw new IllegalArgumentException(name + " must be finite and >= 0: " + value);
        }
        return value;
    }
}
