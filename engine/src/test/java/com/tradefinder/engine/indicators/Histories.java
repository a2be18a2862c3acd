package com.tradefinder.engine.indicators;

import com.tradefinder.engine.testsupport.BarSeries;
import org.junit.jupiter.params.provider.Arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real histories every conformance test runs over: the full 1h BTCUSDT and ETHUSDT perpetual klines.
 */
final class Histories
{
    /** Rows in each full 1h history. */
    static final int FULL_1H_ROWS = 55_872;

    private static final String[] FILES = {BarSeries.BTCUSDT_1H, BarSeries.ETHUSDT_1H};

    private Histories()
    {
    }

    /**
     * @param parameterSets indicator parameters, one array per set.
     * @return every history crossed with every parameter set: the file name first, then the parameters.
     */
    static Stream<Arguments> crossedWith(final Object[]... parameterSets)
    {
        final List<Arguments> all = new ArrayList<>();
        for (final String file : FILES)
        {
            for (final Object[] parameters : parameterSets)
            {
                final Object[] arguments = new Object[parameters.length + 1];
                arguments[0] = file;
                System.arraycopy(parameters, 0, arguments, 1, parameters.length);
                all.add(Arguments.of(arguments));
            }
        }
        return all.stream();
    }

    /**
     * @param file a history's file name.
     * @return its bars, checked to be the full history.
     */
    static BarSeries load(final String file)
    {
        final BarSeries series = BarSeries.shared(file);
        if (series.size() != FULL_1H_ROWS)
        {
            throw new IllegalStateException(file + ": expected " + FULL_1H_ROWS + " rows but read " + series.size());
        }
        return series;
    }

    /**
     * @param file a history's file name.
     * @return its symbol, for labels.
     */
    static String symbol(final String file)
    {
        return file.contains("BTCUSDT") ? "BTCUSDT" : "ETHUSDT";
    }
}
