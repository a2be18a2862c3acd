package com.tradefinder.config;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Config texts and helpers shared by the tests. {@link #MINIMAL} is the smallest valid bot; its last line is 12, so
 * a table appended to it starts on line 13 and its first key is on line 14.
 */
final class ConfigTexts
{
    static final String SOURCE = "bot.toml";

    static final String HEAD = """
        [bot]
        name = "t"
        mode = "backtest"
        venue = "binance_usdm"

        [instruments]
        whitelist = ["BTCUSDT", "ETHUSDT"]

        """;

    static final String MINIMAL = HEAD + """
        [[strategies]]
        id = "st"
        type = "supertrend"
        timeframe = "1h"
        """;

    private ConfigTexts()
    {
    }

    static BotConfig parse(final String text)
    {
        try
        {
            return BotConfigLoader.parse(text, SOURCE);
        }
        catch (final ConfigException ex)
        {
            return fail("expected a valid config, got:\n" + ex.getMessage());
        }
    }

    static List<String> errors(final String text)
    {
        try
        {
            BotConfigLoader.parse(text, SOURCE);
        }
        catch (final ConfigException ex)
        {
            return ex.lines();
        }
        return fail("expected errors, the config is valid:\n" + text);
    }

    static void assertInvalid(final String text)
    {
        assertThatThrownBy(() -> BotConfigLoader.parse(text, SOURCE)).isInstanceOf(ConfigException.class);
    }

    /**
     * @return a bot whose only strategy has the given type and one params line (on line 14).
     */
    static String withParam(final String type, final String paramLine)
    {
        return HEAD + "[[strategies]]\nid = \"s\"\ntype = \"" + type + "\"\ntimeframe = \"1h\"\n"
            + "[strategies.params]\n" + paramLine + "\n";
    }

    static Path examples()
    {
        final String root = System.getenv("TRADEFINDER_PROJECT_ROOT");
        final Path base = root == null ? Path.of("..") : Path.of(root);
        return base.resolve("config").resolve("examples");
    }
}
