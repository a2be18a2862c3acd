package com.tradefinder.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static com.tradefinder.config.ConfigTexts.MINIMAL;
import static com.tradefinder.config.ConfigTexts.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BotConfigLoaderTest
{
    @Test
    void shouldGiveTheSameConfigFromTextAsFromTheFile(@TempDir final Path dir) throws Exception
    {
        final String text = MINIMAL.replace("\n", "\r\n") + "# a comment, kept in the text\r\n";
        final Path file = write(dir.resolve("bot.toml"), text);

        final BotConfig loaded = BotConfigLoader.load(file);
        final BotConfig parsed = BotConfigLoader.parse(Files.readString(file), file.toString());

        assertThat(parsed).isEqualTo(loaded);
        assertThat(parsed.hashCode()).isEqualTo(loaded.hashCode());
        assertThat(loaded.text()).isEqualTo(text);
        assertThat(loaded.sourceName()).isEqualTo(file.toString());
    }

    @Test
    void shouldReparseTheJournaledTextToAnEqualConfig()
    {
        final BotConfig config = parse(MINIMAL);

        assertThat(parse(config.text())).isEqualTo(config);
    }

    @Test
    void shouldHashTheTextStably()
    {
        assertThat(BotConfig.hashOf("")).isEqualTo(0xcbf29ce484222325L);
        assertThat(BotConfig.hashOf("a")).isEqualTo(0xaf63dc4c8601ec8cL);
        assertThat(parse(MINIMAL).hash()).isEqualTo(BotConfig.hashOf(MINIMAL));
        assertThat(parse(MINIMAL + "\n").hash()).isNotEqualTo(parse(MINIMAL).hash());
    }

    @Test
    void shouldReportAFileThatCannotBeRead(@TempDir final Path dir) throws IOException
    {
        final Path missing = dir.resolve("missing.toml");
        final Path binary = dir.resolve("binary.toml");
        Files.write(binary, new byte[]{ (byte)0xC3, (byte)0x28 });

        assertThatThrownBy(() -> BotConfigLoader.load(missing))
            .hasMessage(missing + ": no such file");
        assertThatThrownBy(() -> BotConfigLoader.load(binary))
            .hasMessage(binary + ": is not valid UTF-8");
    }

    @Test
    void shouldLoadSeveralBots(@TempDir final Path dir) throws Exception
    {
        final Path a = write(dir.resolve("a.toml"), MINIMAL);
        final Path b = write(dir.resolve("b.toml"), MINIMAL.replace("name = \"t\"", "name = \"u\""));

        final List<BotConfig> configs = BotConfigLoader.loadAll(List.of(a, b));

        assertThat(configs).extracting(BotConfig::name).containsExactly("t", "u");
    }

    @Test
    void shouldRequireUniqueNamesAndOutputsAcrossBots(@TempDir final Path dir) throws Exception
    {
        final Path a = write(dir.resolve("a.toml"), MINIMAL);
        final Path b = write(dir.resolve("b.toml"), MINIMAL);
        final Path c = write(dir.resolve("c.toml"),
            MINIMAL.replace("name = \"t\"", "name = \"v\"\noutput = \"out/t\""));
        final Path d = write(dir.resolve("d.toml"), MINIMAL.replace("\"backtest\"", "\"backtst\""));

        assertThatThrownBy(() -> BotConfigLoader.loadAll(List.of(a, b, c, d)))
            .isInstanceOfSatisfying(ConfigException.class, ex -> assertThat(ex.lines()).containsExactly(
                b + ":2: bot.name: \"t\" is already the name of the bot in " + a,
                b + ":1: bot.output: out/t is already the output folder of bot \"t\" (" + a + ")",
                c + ":3: bot.output: out/t is already the output folder of bot \"t\" (" + a + ")",
                d + ":3: bot.mode: \"backtst\" is not one of backtest, paper, testnet, live (did you mean "
                    + "backtest?)"));
    }

    @Test
    void shouldAcceptAnOwnerOnlySecretsFileAndARatesFile(@TempDir final Path dir) throws Exception
    {
        final Path secrets = write(dir.resolve("bot.secrets"), "key\nsecret\n");
        Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-------"));
        final Path rates = write(dir.resolve("rates.csv"), "date,CHF,EUR\n");

        BotConfigLoader.checkFiles(parse(withFiles(secrets, rates)));
    }

    @Test
    void shouldRefuseASecretsFileOthersCanRead(@TempDir final Path dir) throws Exception
    {
        final Path secrets = write(dir.resolve("bot.secrets"), "key\nsecret\n");
        Files.setPosixFilePermissions(secrets, PosixFilePermissions.fromString("rw-r--r--"));
        final Path rates = dir.resolve("missing.csv");

        assertThatThrownBy(() -> BotConfigLoader.checkFiles(parse(withFiles(secrets, rates))))
            .isInstanceOfSatisfying(ConfigException.class, ex -> assertThat(ex.lines()).containsExactly(
                "bot.toml:4: bot.secrets_file: " + secrets + " must be readable by its owner only (chmod 600), "
                    + "found rw-r--r--",
                "bot.toml:16: report.rates_file: cannot read " + rates));
    }

    @Test
    void shouldRefuseAMissingSecretsFile(@TempDir final Path dir) throws Exception
    {
        final Path secrets = dir.resolve("none.secrets");
        final BotConfig config = parse(MINIMAL.replace("mode = \"backtest\"",
            "mode = \"testnet\"\nsecrets_file = \"" + secrets + "\""));

        assertThatThrownBy(() -> BotConfigLoader.checkFiles(config))
            .hasMessage("bot.toml:4: bot.secrets_file: cannot read " + secrets);
    }

    private static String withFiles(final Path secrets, final Path rates)
    {
        return MINIMAL.replace("mode = \"backtest\"", "mode = \"testnet\"\nsecrets_file = \"" + secrets + "\"")
            + "[report]\ncurrencies = [\"USD\", \"CHF\"]\nrates_file = \"" + rates + "\"\n";
    }

    private static Path write(final Path file, final String text) throws IOException
    {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
