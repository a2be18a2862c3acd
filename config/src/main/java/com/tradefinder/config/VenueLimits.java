package com.tradefinder.config;

import com.tradefinder.codecs.Venue;

/**
 * Hard limits of the venues a bot may name, as the config validates them.
 */
public final class VenueLimits
{
    /** Binance USDⓈ-M's highest leverage on any symbol. */
    public static final int BINANCE_USDM_MAX_LEVERAGE = 125;
    /** Bybit v5 linear's highest leverage on any symbol. */
    public static final int BYBIT_LINEAR_MAX_LEVERAGE = 100;

    private VenueLimits()
    {
    }

    /**
     * @param venue a venue a bot may trade on.
     * @return the highest leverage the venue allows on any symbol; a symbol's own bracket may be lower.
     * @throws IllegalArgumentException for a venue a bot cannot name.
     */
    public static int maxLeverage(final Venue venue)
    {
        switch (venue)
        {
            case BINANCE_USDM:
                return BINANCE_USDM_MAX_LEVERAGE;
            case BYBIT_LINEAR:
                return BYBIT_LINEAR_MAX_LEVERAGE;
            default:
                throw new IllegalArgumentException("no bot venue: " + venue);
        }
    }

    /**
     * @param venue a venue a bot may trade on.
     * @return its name in config: {@code binance_usdm} or {@code bybit_linear}.
     * @throws IllegalArgumentException for a venue a bot cannot name.
     */
    public static String configName(final Venue venue)
    {
        switch (venue)
        {
            case BINANCE_USDM:
                return "binance_usdm";
            case BYBIT_LINEAR:
                return "bybit_linear";
            default:
                throw new IllegalArgumentException("no bot venue: " + venue);
        }
    }
}
