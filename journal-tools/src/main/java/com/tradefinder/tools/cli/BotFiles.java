package com.tradefinder.tools.cli;

import com.tradefinder.config.BotConfig;
import com.tradefinder.config.BotConfigLoader;
import com.tradefinder.config.ConfigException;
import com.tradefinder.tools.UserException;

import java.nio.file.Path;
import java.util.List;

/**
 * Loads and validates the bot files a command is given, all of them before anything runs: every error in every file,
 * one line each, as one {@link UserException}.
 */
final class BotFiles
{
    private BotFiles()
    {
    }

    static List<BotConfig> load(final List<Path> configs)
    {
        try
        {
            final List<BotConfig> bots = BotConfigLoader.loadAll(configs);
            for (final BotConfig bot : bots)
            {
                BotConfigLoader.checkFiles(bot);
            }
            return bots;
        }
        catch (final ConfigException ex)
        {
            throw new UserException(String.join(System.lineSeparator(), ex.lines()));
        }
    }
}
