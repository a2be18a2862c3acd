package com.tradefinder.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The {@code [report]} table.
 *
 * @param currencies {@code currencies}: the currencies the scorecard states money in, among {@code USD CHF EUR},
 *                   no duplicates; default {@code ["USD"]}.
 * @param ratesFile  {@code rates_file}: a CSV {@code date,CHF,EUR} of daily rates per USD(T); required when
 *                   {@code currencies} has CHF or EUR; relative paths are against the working directory.
 */
public record ReportConfig(List<ReportCurrency> currencies, Optional<Path> ratesFile)
{
    /**
     * Copies the list, so the record stays immutable.
     *
     * @param currencies report currencies.
     * @param ratesFile  rates CSV, if any.
     */
    public ReportConfig
    {
        currencies = List.copyOf(currencies);
    }

}
