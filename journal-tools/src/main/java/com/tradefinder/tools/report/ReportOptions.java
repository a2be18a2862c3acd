package com.tradefinder.tools.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a {@link BacktestReport} shows beyond the journal: title, extra currencies and their rates file, the
 * benchmark, strategy names and chart density. Fluent setters in the Aeron context style; {@link #conclude()}
 * validates and fills defaults. Not thread-safe; conclude once, then only read.
 */
public final class ReportOptions
{
    /** Title used when none is set. */
    public static final String DEFAULT_TITLE = "Backtest report";

    private String title = DEFAULT_TITLE;
    private final List<String> currencies = new ArrayList<>();
    private Path ratesFile;
    private String benchmarkInstrument;
    private int benchmarkTimeframeSec;
    private final Map<Integer, String> strategyNames = new TreeMap<>();
    private int maxChartPoints = Downsampler.DEFAULT_MAX_POINTS;

    /**
     * @param title page title and heading; default {@value #DEFAULT_TITLE}.
     * @return this.
     */
    public ReportOptions title(final String title)
    {
        this.title = title;
        return this;
    }

    /**
     * @return page title.
     */
    public String title()
    {
        return title;
    }

    /**
     * @param codes currencies shown next to USD, e.g. {@code CHF, EUR}; each needs a column in {@link #ratesFile}.
     * @return this.
     */
    public ReportOptions currencies(final List<String> codes)
    {
        currencies.clear();
        for (final String code : codes)
        {
            final String upper = code.trim().toUpperCase(Locale.ROOT);
            if (!upper.equals(CurrencyRates.USD) && !currencies.contains(upper))
            {
                currencies.add(upper);
            }
        }
        return this;
    }

    /**
     * @return currencies shown next to USD (USD itself not included).
     */
    public List<String> currencies()
    {
        return List.copyOf(currencies);
    }

    /**
     * @param file CSV {@code date,CHF,EUR} of units per USD (see {@link CurrencyRates}).
     * @return this.
     */
    public ReportOptions ratesFile(final Path file)
    {
        this.ratesFile = file;
        return this;
    }

    /**
     * @return the rates file, or null.
     */
    public Path ratesFile()
    {
        return ratesFile;
    }

    /**
     * @param instrument the buy-and-hold benchmark's instrument (symbol, VENUE:SYMBOL or id); null (default) for the
     *                   instrument the bot traded most.
     * @return this.
     */
    public ReportOptions benchmarkInstrument(final String instrument)
    {
        this.benchmarkInstrument = instrument;
        return this;
    }

    /**
     * @return the benchmark instrument, or null for the default.
     */
    public String benchmarkInstrument()
    {
        return benchmarkInstrument;
    }

    /**
     * @param timeframeSec the bot's base timeframe, whose bar closes give the benchmark; 0 (default) for the shortest
     *                     timeframe the journal has for that instrument.
     * @return this.
     */
    public ReportOptions benchmarkTimeframeSec(final int timeframeSec)
    {
        this.benchmarkTimeframeSec = timeframeSec;
        return this;
    }

    /**
     * @return the benchmark timeframe, 0 for the default.
     */
    public int benchmarkTimeframeSec()
    {
        return benchmarkTimeframeSec;
    }

    /**
     * @param names strategy names by strategy id, from the bot's config; ids without a name show as
     *              {@code strategy <id>}.
     * @return this.
     */
    public ReportOptions strategyNames(final Map<Integer, String> names)
    {
        strategyNames.clear();
        strategyNames.putAll(names);
        return this;
    }

    /**
     * @return the strategy names.
     */
    public StrategyNames strategyNames()
    {
        return new StrategyNames(strategyNames);
    }

    /**
     * @param points most points drawn per chart line (at least 4); default {@value Downsampler#DEFAULT_MAX_POINTS}.
     * @return this.
     */
    public ReportOptions maxChartPoints(final int points)
    {
        this.maxChartPoints = points;
        return this;
    }

    /**
     * @return most points drawn per chart line.
     */
    public int maxChartPoints()
    {
        return maxChartPoints;
    }

    /**
     * Validates the options.
     *
     * @return this.
     * @throws IllegalArgumentException one line naming the bad option.
     */
    public ReportOptions conclude()
    {
        if (title == null || title.isBlank())
        {
            title = DEFAULT_TITLE;
        }
        for (final String code : currencies)
        {
            if (!code.matches("[A-Z]{3}"))
            {
                throw new IllegalArgumentException("report currency '" + code + "' is not a three-letter code " +
                    "such as CHF");
            }
        }
        if (!currencies.isEmpty() && ratesFile == null)
        {
            throw new IllegalArgumentException("report currencies " + String.join(", ", currencies) +
                " need a rates file (CSV date," + String.join(",", currencies) + ")");
        }
        if (benchmarkTimeframeSec < 0)
        {
            throw new IllegalArgumentException("benchmark timeframe " + benchmarkTimeframeSec + " s is negative");
        }
        if (maxChartPoints < 4)
        {
            throw new IllegalArgumentException("chart points " + maxChartPoints + " is below 4");
        }
        return this;
    }
}
