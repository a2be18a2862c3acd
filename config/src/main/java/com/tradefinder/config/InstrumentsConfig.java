package com.tradefinder.config;

import com.tradefinder.codecs.MarginMode;
import com.tradefinder.codecs.PositionMode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code [instruments]} table: what the bot may trade and how.
 *
 * @param whitelist    {@code whitelist}: the venue symbols the bot may trade, e.g. {@code ["BTCUSDT", "ETHUSDT"]};
 *                     required, non-empty, no duplicates, each {@code [A-Z0-9]{2,20}}; in file order. Orders for any
 *                     other symbol are refused by the risk engine.
 * @param leverage     {@code leverage}: a table symbol → integer leverage, every key a whitelisted symbol; default 1
 *                     per symbol; each in 1..{@code risk.max_leverage}. Here resolved: one entry per whitelisted
 *                     symbol, in whitelist order.
 * @param positionMode {@code position_mode}: {@code hedge} (LONG and SHORT sides at once) or {@code one_way};
 *                     default {@code hedge}.
 * @param marginMode   {@code margin_mode}: {@code isolated} or {@code crossed}; default {@code isolated}.
 */
public record InstrumentsConfig(
    List<String> whitelist,
    Map<String, Integer> leverage,
    PositionMode positionMode,
    MarginMode marginMode)
{
    /**
     * Copies the whitelist and the leverage table (keeping its order), so the record stays immutable.
     *
     * @param whitelist    symbols.
     * @param leverage     symbol to leverage.
     * @param positionMode position mode.
     * @param marginMode   margin mode.
     */
    public InstrumentsConfig
    {
        whitelist = List.copyOf(whitelist);
        leverage = Collections.unmodifiableMap(new LinkedHashMap<>(leverage));
    }

    /**
     * @param symbol a whitelisted symbol.
     * @return its leverage.
     * @throws IllegalArgumentException when the symbol is not whitelisted.
     */
    public int leverageOf(final String symbol)
    {
        final Integer value = leverage.get(symbol);
        if (value == null)
        {
            throw new IllegalArgumentException("not whitelisted: " + symbol);
        }
        return value;
    }
}
