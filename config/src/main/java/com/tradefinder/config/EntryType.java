package com.tradefinder.config;

import java.util.Locale;

/**
 * How entries are placed, the {@code [execution] entry} key.
 */
public enum EntryType
{
    /** A limit order at the bar close moved by {@code entry_offset_ticks}, re-priced on timeout. */
    LIMIT,
    /** A market order. */
    MARKET;

    /**
     * @return the value as written in config, e.g. {@code "limit"}.
     */
    public String configName()
    {
        return name().toLowerCase(Locale.ROOT);
    }
}
