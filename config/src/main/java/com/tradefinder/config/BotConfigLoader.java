package com.tradefinder.config;

import org.tomlj.Toml;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseOptions;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlVersion;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads and validates bot config files: one TOML file per bot (see {@link BotConfig} and the records it holds for
 * every key, its default and its range; {@code config/examples/} has a commented file per mode).
 * <p>
 * Validation is complete before anything starts: every problem of a file is collected (syntax errors; unknown keys,
 * with a "did you mean" when one is close; wrong types; missing keys; out-of-range values; relations between keys;
 * mode requirements; credentials written into the file) and thrown together as one {@link ConfigException}, each
 * problem one line naming file, line and key. Values of credential-like keys never appear in a message.
 * <p>
 * Deterministic: {@link #parse(String, String)} depends on its arguments only (no clock, environment or file
 * system), so the engine can re-parse the journaled {@link BotConfig#text()} at replay and get an equal config.
 * TOML is read as version 1.0.0 whatever tomlj's default. Relative paths in a config stay relative (to the working
 * directory). Static methods; any thread.
 */
public final class BotConfigLoader
{
    private static final TomlParseOptions TOML = TomlParseOptions.defaults().withVersion(TomlVersion.V1_0_0);
    private static final Set<PosixFilePermission> NOT_OWNER = EnumSet.of(
        PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
        PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private BotConfigLoader()
    {
    }

    /**
     * Loads one bot file.
     *
     * @param file a TOML file, UTF-8.
     * @return the validated config; its source name is {@code file.toString()}.
     * @throws ConfigException with every problem found, or with one line when the file cannot be read.
     */
    public static BotConfig load(final Path file) throws ConfigException
    {
        return load(file, null);
    }

    /**
     * Loads one bot file and checks its whitelist against the instruments that exist.
     *
     * @param file         a TOML file, UTF-8.
     * @param knownSymbols the venue's or the data's instruments; a whitelisted symbol not among them is an error;
     *                     {@code null} not to check.
     * @return the validated config; its source name is {@code file.toString()}.
     * @throws ConfigException with every problem found, or with one line when the file cannot be read.
     */
    public static BotConfig load(final Path file, final Set<String> knownSymbols) throws ConfigException
    {
        final String source = file.toString();
        return parse(read(file, source), source, knownSymbols);
    }

    /**
     * Parses and validates a config text; gives a config equal to {@link #load(Path)} of a file with that text when
     * {@code sourceName} is the file's {@code toString()}.
     *
     * @param text       the whole TOML text.
     * @param sourceName the name error lines and {@link BotConfig#sourceName()} carry, usually the file's path.
     * @return the validated config.
     * @throws ConfigException with every problem found.
     */
    public static BotConfig parse(final String text, final String sourceName) throws ConfigException
    {
        return parse(text, sourceName, null);
    }

    /**
     * Parses and validates a config text, checking its whitelist against the instruments that exist.
     *
     * @param text         the whole TOML text.
     * @param sourceName   the name error lines and {@link BotConfig#sourceName()} carry, usually the file's path.
     * @param knownSymbols the venue's or the data's instruments; a whitelisted symbol not among them is an error;
     *                     {@code null} not to check.
     * @return the validated config.
     * @throws ConfigException with every problem found.
     */
    public static BotConfig parse(final String text, final String sourceName, final Set<String> knownSymbols)
        throws ConfigException
    {
        final ErrorSink errors = new ErrorSink(sourceName);
        final TomlParseResult toml = Toml.parse(text, TOML);
        Secrets.scan(toml, "", errors);
        if (toml.hasErrors())
        {
            final Map<Integer, String> secretLines = Secrets.lines(text);
            final Set<Integer> reported = errors.lines();
            for (final Map.Entry<Integer, String> secret : secretLines.entrySet())
            {
                if (!reported.contains(secret.getKey()))
                {
                    errors.add(secret.getKey(), secret.getValue(), Secrets.MESSAGE);
                }
            }
            for (final TomlParseError error : toml.errors())
            {
                final TomlPosition position = error.position();
                final int line = position == null ? 1 : position.line();
                if (!secretLines.containsKey(line))
                {
                    errors.syntax(line, position == null ? 1 : position.column(), error.getMessage());
                }
            }
            throw new ConfigException(errors.sorted());
        }
        final BotConfig config = new BotConfigParser(errors, toml, text, knownSymbols).parse();
        if (config == null || !errors.isEmpty())
        {
            throw new ConfigException(errors.sorted());
        }
        return config;
    }

    /**
     * Loads the bots one process runs together: every file is validated, then names and output folders must be
     * unique across them.
     *
     * @param files TOML files, one per bot.
     * @return the configs, in the order of {@code files}.
     * @throws ConfigException with every problem of every file, file by file.
     */
    public static List<BotConfig> loadAll(final List<Path> files) throws ConfigException
    {
        return loadAll(files, null);
    }

    /**
     * Loads the bots one process runs together, checking each whitelist against the instruments that exist.
     *
     * @param files        TOML files, one per bot.
     * @param knownSymbols the venue's or the data's instruments, or {@code null} not to check.
     * @return the configs, in the order of {@code files}.
     * @throws ConfigException with every problem of every file, file by file.
     */
    public static List<BotConfig> loadAll(final List<Path> files, final Set<String> knownSymbols)
        throws ConfigException
    {
        final List<ConfigError> all = new ArrayList<>();
        final List<BotConfig> configs = new ArrayList<>(files.size());
        final Map<String, BotConfig> byName = new HashMap<>();
        final Map<Path, BotConfig> byOutput = new HashMap<>();
        for (final Path file : files)
        {
            final BotConfig config;
            try
            {
                config = load(file, knownSymbols);
            }
            catch (final ConfigException ex)
            {
                all.addAll(ex.errors());
                continue;
            }
            configs.add(config);
            final BotConfig sameName = byName.putIfAbsent(config.name(), config);
            if (sameName != null)
            {
                all.add(new ConfigError(config.sourceName(), lineOf(config, "bot.name"), 0, "bot.name",
                    "\"" + config.name() + "\" is already the name of the bot in " + sameName.sourceName()));
            }
            final BotConfig sameOutput = byOutput.putIfAbsent(config.output().normalize(), config);
            if (sameOutput != null)
            {
                all.add(new ConfigError(config.sourceName(), lineOf(config, "bot.output"), 0, "bot.output",
                    config.output() + " is already the output folder of bot \"" + sameOutput.name() + "\" ("
                    + sameOutput.sourceName() + ")"));
            }
        }
        if (!all.isEmpty())
        {
            throw new ConfigException(all);
        }
        return configs;
    }

    /**
     * Checks the files a config names, at start (not at replay, which needs neither): the secrets file exists, is a
     * regular file and is readable and writable by its owner only (on POSIX file systems); the rates file exists and
     * is readable. Paths are against the working directory.
     *
     * @param config a validated config.
     * @throws ConfigException with one line per problem, naming the key.
     */
    public static void checkFiles(final BotConfig config) throws ConfigException
    {
        final List<ConfigError> errors = new ArrayList<>();
        final Path secrets = config.credentials().secretsFile().orElse(null);
        if (secrets != null)
        {
            final int line = lineOf(config, "bot.secrets_file");
            if (!Files.isRegularFile(secrets) || !Files.isReadable(secrets))
            {
                errors.add(new ConfigError(config.sourceName(), line, 0, "bot.secrets_file",
                    "cannot read " + secrets));
            }
            else
            {
                final String permissions = groupOrOthers(secrets);
                if (permissions != null)
                {
                    errors.add(new ConfigError(config.sourceName(), line, 0, "bot.secrets_file",
                        secrets + " must be readable by its owner only (chmod 600), found " + permissions));
                }
            }
        }
        final Path webhookSecret = config.webhook().flatMap(WebhookConfig::secretFile).orElse(null);
        if (webhookSecret != null)
        {
            final int line = lineOf(config, "webhook.secret_file");
            if (!Files.isRegularFile(webhookSecret) || !Files.isReadable(webhookSecret))
            {
                errors.add(new ConfigError(config.sourceName(), line, 0, "webhook.secret_file",
                    "cannot read " + webhookSecret));
            }
            else
            {
                final String permissions = groupOrOthers(webhookSecret);
                if (permissions != null)
                {
                    errors.add(new ConfigError(config.sourceName(), line, 0, "webhook.secret_file",
                        webhookSecret + " must be readable by its owner only (chmod 600), found " + permissions));
                }
            }
        }
        final Path rates = config.report().ratesFile().orElse(null);
        if (rates != null && (!Files.isRegularFile(rates) || !Files.isReadable(rates)))
        {
            errors.add(new ConfigError(config.sourceName(), lineOf(config, "report.rates_file"), 0,
                "report.rates_file", "cannot read " + rates));
        }
        if (!errors.isEmpty())
        {
            throw new ConfigException(errors);
        }
    }

    private static String groupOrOthers(final Path file)
    {
        try
        {
            final Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            for (final PosixFilePermission permission : permissions)
            {
                if (NOT_OWNER.contains(permission))
                {
                    return PosixFilePermissions.toString(permissions);
                }
            }
            return null;
        }
        catch (final UnsupportedOperationException | IOException ex)
        {
            return null;
        }
    }

    private static int lineOf(final BotConfig config, final String dottedKey)
    {
        final TomlParseResult toml = Toml.parse(config.text(), TOML);
        TomlPosition position = toml.inputPositionOf(dottedKey);
        if (position == null)
        {
            position = toml.inputPositionOf(dottedKey.substring(0, dottedKey.indexOf('.')));
        }
        return position == null ? 1 : position.line();
    }

    private static String read(final Path file, final String source) throws ConfigException
    {
        final byte[] bytes;
        try
        {
            bytes = Files.readAllBytes(file);
        }
        catch (final NoSuchFileException ex)
        {
            throw fileError(source, "no such file");
        }
        catch (final IOException ex)
        {
            throw fileError(source, "cannot be read: " + ex);
        }
        try
        {
            return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        }
        catch (final CharacterCodingException ex)
        {
            throw fileError(source, "is not valid UTF-8");
        }
    }

    private static ConfigException fileError(final String source, final String message)
    {
        return new ConfigException(List.of(new ConfigError(source, 0, 0, null, message)));
    }
}
