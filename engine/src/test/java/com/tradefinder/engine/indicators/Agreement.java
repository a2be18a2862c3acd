package com.tradefinder.engine.indicators;

import org.junit.jupiter.api.TestReporter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Compares a whole series of our incremental values with a reference series (TA-Lib's or a textbook loop's).
 * <p>
 * The reference covers bars {@code begIdx} to the last; ours must be NaN before {@code begIdx} and within
 * {@value #RELATIVE_TOLERANCE} relative ({@code |ours - reference| <= 1e-9 * max(1, |reference|)}) from it on. The
 * largest error seen is published to the test report.
 */
final class Agreement
{
    static final double RELATIVE_TOLERANCE = 1e-9;

    private Agreement()
    {
    }

    /**
     * @param reporter  where the largest relative error is published.
     * @param label     what is compared, for messages.
     * @param ours      our value at every bar.
     * @param reference the reference values, the first at bar {@code begIdx}.
     * @param begIdx    the reference's first bar (TA-Lib {@code outBegIdx}).
     * @param count     the number of reference values (TA-Lib {@code outNBElement}).
     * @return the largest relative error.
     */
    static double assertAgrees(
        final TestReporter reporter,
        final String label,
        final double[] ours,
        final double[] reference,
        final int begIdx,
        final int count)
    {
        assertThat(begIdx + count).as("%s: reference covers every bar from %d", label, begIdx).isEqualTo(ours.length);
        for (int bar = 0; bar < begIdx; bar++)
        {
            if (!Double.isNaN(ours[bar]))
            {
                fail("%s: expected NaN before bar %d but bar %d is %s", label, begIdx, bar, ours[bar]);
            }
        }

        double maxError = 0.0;
        for (int i = 0; i < count; i++)
        {
            final int bar = begIdx + i;
            final double expected = reference[i];
            final double error = Math.abs(ours[bar] - expected) / Math.max(1.0, Math.abs(expected));
            if (!(error <= RELATIVE_TOLERANCE))
            {
                fail("%s: bar %d: ours %s, reference %s, relative error %s", label, bar, ours[bar], expected, error);
            }
            maxError = Math.max(maxError, error);
        }
        reporter.publishEntry(label + " max relative error", Double.toString(maxError));
        return maxError;
    }

    /**
     * @param ready whether the indicator reported ready after each bar.
     * @return the first bar after which it was ready, or -1.
     */
    static int firstReady(final boolean[] ready)
    {
        for (int bar = 0; bar < ready.length; bar++)
        {
            if (ready[bar])
            {
                return bar;
            }
        }
        return -1;
    }
}
