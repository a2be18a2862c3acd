package com.tradefinder.config;

import java.util.Locale;

/**
 * How a bot runs, the {@code [bot] mode} key.
 */
public enum BotMode
{
    /** Historical data through the simulated venue, as fast as it can be read. */
    BACKTEST,
    /** Live market data, orders filled by the simulated venue. */
    PAPER,
    /** The venue's testnet: real order flow, test money. Needs API credentials. */
    TESTNET,
    /** Real money. Needs API credentials and {@code live_trading_opt_in = true} (and the environment opt-in). */
    LIVE;

    /**
     * @return the value as written in config, e.g. {@code "backtest"}.
     */
    public String configName()
    {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @return whether orders go to the simulated venue (backtest and paper).
     */
    public boolean simulated()
    {
        return this == BACKTEST || this == PAPER;
    }

    /**
     * @return whether the bot trades on a venue account and so needs API credentials (testnet and live).
     */
    public boolean needsCredentials()
    {
        return !simulated();
    }
}
