package com.tradefinder.config;

import com.tradefinder.codecs.Regime;
import org.junit.jupiter.api.Test;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExamplesTest
{
    private static final List<String> EXAMPLES = List.of(
        "backtest-regime-bot.toml", "paper-bot.toml", "testnet-bot.toml", "live-bot.toml", "webhook-bot.toml",
        "paper-replay-bot.toml");

    @Test
    void shouldHaveExactlyTheDocumentedExamples() throws IOException
    {
        try (Stream<Path> files = Files.list(ConfigTexts.examples()))
        {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrderElementsOf(EXAMPLES);
        }
    }

    @Test
    void shouldValidateEveryExample() throws Exception
    {
        for (final String example : EXAMPLES)
        {
            final Path file = ConfigTexts.examples().resolve(example);
            final BotConfig config = BotConfigLoader.load(file);

            assertThat(BotConfigLoader.parse(Files.readString(file), file.toString())).isEqualTo(config);
        }
        assertThat(BotConfigLoader.loadAll(EXAMPLES.stream().map(ConfigTexts.examples()::resolve).toList()))
            .extracting(BotConfig::mode)
            .containsExactly(BotMode.BACKTEST, BotMode.PAPER, BotMode.TESTNET, BotMode.LIVE, BotMode.PAPER,
                BotMode.PAPER);
    }

    @Test
    void shouldDescribeTheExampleRegimeBot() throws Exception
    {
        final BotConfig config = BotConfigLoader.load(ConfigTexts.examples().resolve("backtest-regime-bot.toml"));

        assertThat(config.instruments().whitelist()).containsExactly("BTCUSDT", "ETHUSDT");
        assertThat(config.strategies()).extracting(StrategyConfig::type).containsExactly(
            StrategyType.SUPERTREND, StrategyType.MEAN_REVERSION, StrategyType.SQUEEZE_BREAKOUT, StrategyType.GRID);
        assertThat(config.strategy("trend-4h").timeframe()).isEqualTo("4h");
        assertThat(config.strategy("range-1h").timeframe()).isEqualTo("1h");
        assertThat(config.strategy("squeeze-1h").timeframe()).isEqualTo("1h");
        assertThat(config.routing().strategiesFor(Regime.TRENDING_UP)).containsExactly("trend-4h");
        assertThat(config.routing().strategiesFor(Regime.RANGING)).containsExactly("range-1h", "grid-1h");
        assertThat(config.routing().strategiesFor(Regime.HIGH_VOLATILITY)).containsExactly("squeeze-1h");
        assertThat(config.risk().riskPerTradePct()).isEqualTo(1.0);
        assertThat(config.timeframes().allSec()).containsExactly(3_600, 14_400);
        assertThat(config.simulation().funding()).isTrue();
    }

    @Test
    void shouldRequireTheOptInForTheLiveExample() throws Exception
    {
        final Path file = ConfigTexts.examples().resolve("live-bot.toml");
        final String text = Files.readString(file);
        final String withoutOptIn = text.replace("live_trading_opt_in = true", "live_trading_opt_in = false");
        assertThat(withoutOptIn).isNotEqualTo(text);

        assertThat(BotConfigLoader.load(file).liveTradingOptIn()).isTrue();
        assertThatThrownBy(() -> BotConfigLoader.parse(withoutOptIn, "live-bot.toml"))
            .isInstanceOf(ConfigException.class)
            .hasMessageContaining("bot.live_trading_opt_in: mode = \"live\" requires live_trading_opt_in = true");
    }

    @Test
    void shouldNameNoKeyInTheExamples() throws Exception
    {
        final BotConfig testnet = BotConfigLoader.load(ConfigTexts.examples().resolve("testnet-bot.toml"));

        assertThat(testnet.credentials().apiKeyEnv()).contains("BINANCE_TESTNET_API_KEY");
        assertThat(testnet.credentials().apiSecretEnv()).contains("BINANCE_TESTNET_API_SECRET");
    }

    @Test
    void shouldSetAndCommentEveryKeyInSomeExample() throws IOException
    {
        final Set<String> commented = new TreeSet<>();
        for (final String example : EXAMPLES)
        {
            final String text = Files.readString(ConfigTexts.examples().resolve(example));
            final String[] lines = text.split("\n", -1);
            final TomlParseResult toml = Toml.parse(text);
            for (final String table : ConfigKeys.ROOT)
            {
                final Object value = toml.get(table);
                if (value instanceof TomlTable)
                {
                    collect((TomlTable)value, table, lines, commented);
                }
                else if (value instanceof TomlArray)
                {
                    final TomlArray strategies = (TomlArray)value;
                    for (int i = 0; i < strategies.size(); i++)
                    {
                        final TomlTable strategy = strategies.getTable(i);
                        collect(strategy, table, lines, commented);
                        final TomlTable params = strategy.getTable("params");
                        if (params != null)
                        {
                            collect(params, "strategies.params." + strategy.getString("type"), lines, commented);
                        }
                    }
                }
            }
        }

        final List<String> expected = new ArrayList<>();
        for (final Map.Entry<String, List<String>> table : ConfigKeys.all().entrySet())
        {
            if (!table.getKey().isEmpty())
            {
                table.getValue().forEach(key -> expected.add(table.getKey() + "." + key));
            }
        }
        assertThat(commented).containsAll(expected);
    }

    private static void collect(final TomlTable table, final String path, final String[] lines, final Set<String> out)
    {
        for (final String key : table.keySet())
        {
            final TomlPosition position = table.inputPositionOf(List.of(key));
            final int index = position.line() - 1;
            final boolean inline = lines[index].contains("#");
            final boolean above = index > 0 && lines[index - 1].trim().startsWith("#");
            if (inline || above)
            {
                out.add(path + "." + key);
            }
        }
    }
}
