package com.tradefinder.engine.strategy;

/**
 * Range checks for strategy parameters at construction time. Every failure is an {@link IllegalArgumentException}
 * with one line naming the strategy type and the parameter, e.g.
 * {@code strategy supertrend: parameter 'atr_period' must be at least 1, got 0}.
 * <p>
 * Pure functions: any thread; they allocate only to build the message of a failure.
 */
final class ParameterChecks
{
    private ParameterChecks()
    {
    }

    /**
     * @param type  strategy type.
     * @param name  parameter name.
     * @param value value.
     * @param min   the smallest allowed value.
     * @return {@code value}.
     */
    static int atLeast(final String type, final String name, final int value, final int min)
    {
        if (value < min)
        {
            throw failure(type, name, "must be at least " + min, Integer.toString(value));
        }
        return value;
    }

    /**
     * @param type  strategy type.
     * @param name  parameter name.
     * @param value value.
     * @param min   the smallest allowed value.
     * @param max   the largest allowed value.
     * @return {@code value}.
     */
    static int within(final String type, final String name, final int value, final int min, final int max)
    {
        if (value < min || value > max)
        {
            throw failure(type, name, "must be from " + min + " to " + max, Integer.toString(value));
        }
        return value;
    }

    /**
     * @param type  strategy type.
     * @param name  parameter name.
     * @param value value.
     * @return {@code value}, finite and greater than 0.
     */
    static double positive(final String type, final String name, final double value)
    {
        if (!(value > 0.0) || !Double.isFinite(value))
        {
            throw failure(type, name, "must be a finite number greater than 0", Double.toString(value));
        }
        return value;
    }

    /**
     * @param type  strategy type.
     * @param name  parameter name.
     * @param value value.
     * @return {@code value}, finite and not negative.
     */
    static double notNegative(final String type, final String name, final double value)
    {
        if (!(value >= 0.0) || !Double.isFinite(value))
        {
            throw failure(type, name, "must be a finite number not below 0", Double.toString(value));
        }
        return value;
    }

    /**
     * @param type  strategy type.
     * @param name  parameter name.
     * @param value value.
     * @param min   lower bound, exclusive.
     * @param max   upper bound, exclusive.
     * @return {@code value}, strictly between the bounds.
     */
    static double between(final String type, final String name, final double value, final double min,
        final double max)
    {
        if (!(value > min && value < max))
        {
            throw failure(type, name, "must lie strictly between " + min + " and " + max, Double.toString(value));
        }
        return value;
    }

    /**
     * @param type    strategy type.
     * @param name    parameter name.
     * @param problem what is wrong, e.g. {@code must be an integer}.
     * @param got     the offending value as text.
     * @return the exception to throw.
     */
    static IllegalArgumentException failure(final String type, final String name, final String problem,
        final String got)
    {
        return new IllegalArgumentException(
            "strategy " + type + ": parameter '" + name + "' " + problem + ", got " + got);
    }
}
