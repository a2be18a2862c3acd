package com.tradefinder.tools.run;

import com.tradefinder.config.BotConfig;
import com.tradefinder.config.BotMode;

/**
 * The two opt-ins real-money trading needs: {@code live_trading_opt_in = true} in the bot file, and the environment
 * variable {@value #ENVIRONMENT_VARIABLE} set to exactly {@value #ENVIRONMENT_VALUE} in the process that runs it.
 * Either alone is not enough: the file says the bot is meant to trade real money, the environment says this machine
 * and this service are. Stateless; any thread.
 */
public final class LiveTradingOptIn
{
    /** The environment opt-in's variable. */
    public static final String ENVIRONMENT_VARIABLE = "TRADEFINDER_LIVE_TRADING";

    /** The environment opt-in's only accepted value. */
    public static final String ENVIRONMENT_VALUE = "I_UNDERSTAND";

    private LiveTradingOptIn()
    {
    }

    /**
     * @param bot              a validated bot config.
     * @param environmentValue the value of {@value #ENVIRONMENT_VARIABLE}, or null when it is not set.
     * @return null when the bot may run, otherwise the one-line reason it may not.
     */
    public static String refusal(final BotConfig bot, final String environmentValue)
    {
        if (bot.mode() != BotMode.LIVE)
        {
            return null;
        }
        if (!bot.liveTradingOptIn())
        {
            return bot.sourceName() + ": bot: mode = \"live\" needs live_trading_opt_in = true in the file; " +
                "refusing to trade real money";
        }
        if (!ENVIRONMENT_VALUE.equals(environmentValue))
        {
            return bot.sourceName() + ": bot: mode = \"live\" needs the environment opt-in " + ENVIRONMENT_VARIABLE +
                "=" + ENVIRONMENT_VALUE + (environmentValue == null ? " (not set)" : " (set to another value)") +
                "; refusing to trade real money";
        }
        return null;
    }
}
