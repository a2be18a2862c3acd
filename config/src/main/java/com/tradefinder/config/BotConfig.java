package com.tradefinder.config;

import com.tradefinder.codecs.Venue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One bot's configuration, validated in full: immutable, every default filled in. Made only by
 * {@link BotConfigLoader}, from one TOML file.
 * <p>
 * The {@code [bot]} table lands here directly; the other tables have a record each. Keys of {@code [bot]}:
 * <ul>
 *   <li>{@code name}: required; {@code [a-z0-9-]{1,32}}; unique among the bots of one process.</li>
 *   <li>{@code mode}: required; {@code backtest | paper | testnet | live}.</li>
 *   <li>{@code venue}: required; {@code binance_usdm | bybit_linear}.</li>
 *   <li>{@code account}: a label for the venue account, for reports and logs; 1..64 printable characters; default
 *       the bot's name.</li>
 *   <li>{@code api_key_env}, {@code api_secret_env}, {@code secrets_file}: where the credentials are (see
 *       {@link CredentialsConfig}); required for testnet and live. A key named like a credential ({@code api_key},
 *       {@code api_secret}, {@code secret}, {@code password}...) is an error anywhere: keys never go in the file.</li>
 *   <li>{@code live_trading_opt_in}: boolean, default false; must be true for {@code mode = "live"} (the
 *       environment opt-in is checked separately, at start).</li>
 *   <li>{@code output}: the folder for the journal and reports; default {@code out/<name>}; relative paths are
 *       against the working directory; unique among the bots of one process.</li>
 * </ul>
 * Two configs are equal when their source name, text and every value are; {@link #hash()} depends on the text only.
 * Immutable; any thread.
 */
public final class BotConfig
{
    private static final long FNV_OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final String sourceName;
    private final String text;
    private final long hash;
    private final String name;
    private final BotMode mode;
    private final Venue venue;
    private final String account;
    private final CredentialsConfig credentials;
    private final boolean liveTradingOptIn;
    private final Path output;
    private final InstrumentsConfig instruments;
    private final TimeframesConfig timeframes;
    private final RegimeConfig regime;
    private final List<StrategyConfig> strategies;
    private final RoutingConfig routing;
    private final RiskConfig risk;
    private final ExecutionConfig execution;
    private final FeesConfig fees;
    private final SimulationConfig simulation;
    private final ReportConfig report;
    private final java.util.Optional<WebhookConfig> webhook;

    BotConfig(
        final String sourceName,
        final String text,
        final String name,
        final BotMode mode,
        final Venue venue,
        final String account,
        final CredentialsConfig credentials,
        final boolean liveTradingOptIn,
        final Path output,
        final InstrumentsConfig instruments,
        final TimeframesConfig timeframes,
        final RegimeConfig regime,
        final List<StrategyConfig> strategies,
        final RoutingConfig routing,
        final RiskConfig risk,
        final ExecutionConfig execution,
        final FeesConfig fees,
        final SimulationConfig simulation,
        final ReportConfig report,
        final java.util.Optional<WebhookConfig> webhook)
    {
        this.sourceName = Objects.requireNonNull(sourceName);
        this.text = Objects.requireNonNull(text);
        this.hash = hashOf(text);
        this.name = name;
        this.mode = mode;
        this.venue = venue;
        this.account = account;
        this.credentials = credentials;
        this.liveTradingOptIn = liveTradingOptIn;
        this.output = output;
        this.instruments = instruments;
        this.timeframes = timeframes;
        this.regime = regime;
        this.strategies = List.copyOf(strategies);
        this.routing = routing;
        this.risk = risk;
        this.execution = execution;
        this.fees = fees;
        this.simulation = simulation;
        this.report = report;
        this.webhook = webhook;
    }

    /**
     * The stable hash of a config text: 64-bit FNV-1a over its UTF-8 bytes. The same text gives the same value on
     * every JVM and run.
     *
     * @param text a config file's text.
     * @return its hash.
     */
    public static long hashOf(final String text)
    {
        long hash = FNV_OFFSET_BASIS;
        for (final byte b : text.getBytes(StandardCharsets.UTF_8))
        {
            hash ^= b & 0xFF;
            hash *= FNV_PRIME;
        }
        return hash;
    }

    /**
     * @return the name the text was loaded under (the file path as given, or the name passed to
     * {@link BotConfigLoader#parse(String, String)}); used in error lines.
     */
    public String sourceName()
    {
        return sourceName;
    }

    /**
     * @return the exact text of the file, for the journal: {@link BotConfigLoader#parse(String, String)} on it gives
     * an equal config.
     */
    public String text()
    {
        return text;
    }

    /**
     * @return {@link #hashOf(String)} of {@link #text()}.
     */
    public long hash()
    {
        return hash;
    }

    /**
     * @return {@code bot.name}.
     */
    public String name()
    {
        return name;
    }

    /**
     * @return {@code bot.mode}.
     */
    public BotMode mode()
    {
        return mode;
    }

    /**
     * @return {@code bot.venue}: {@link Venue#BINANCE_USDM} or {@link Venue#BYBIT_LINEAR}.
     */
    public Venue venue()
    {
        return venue;
    }

    /**
     * @return {@code bot.account}, default the bot's name.
     */
    public String account()
    {
        return account;
    }

    /**
     * @return where the credentials are: {@code bot.api_key_env}, {@code bot.api_secret_env}, {@code
     * bot.secrets_file}.
     */
    public CredentialsConfig credentials()
    {
        return credentials;
    }

    /**
     * @return {@code bot.live_trading_opt_in}; always true for a live bot.
     */
    public boolean liveTradingOptIn()
    {
        return liveTradingOptIn;
    }

    /**
     * @return {@code bot.output}, default {@code out/<name>}, as written (relative to the working directory).
     */
    public Path output()
    {
        return output;
    }

    /**
     * @return {@code [instruments]}.
     */
    public InstrumentsConfig instruments()
    {
        return instruments;
    }

    /**
     * @return {@code [timeframes]} and the derived set of timeframes.
     */
    public TimeframesConfig timeframes()
    {
        return timeframes;
    }

    /**
     * @return {@code [regime]}.
     */
    public RegimeConfig regime()
    {
        return regime;
    }

    /**
     * @return the {@code [[strategies]]}, in file order: a strategy's index is its number in events.
     */
    public List<StrategyConfig> strategies()
    {
        return strategies;
    }

    /**
     * @param id a strategy id.
     * @return the strategy with that id.
     * @throws IllegalArgumentException when there is none.
     */
    public StrategyConfig strategy(final String id)
    {
        return strategies.get(strategyIndex(id));
    }

    /**
     * @param id a strategy id.
     * @return its index in {@link #strategies()}.
     * @throws IllegalArgumentException when there is none.
     */
    public int strategyIndex(final String id)
    {
        for (int i = 0; i < strategies.size(); i++)
        {
            if (strategies.get(i).id().equals(id))
            {
                return i;
            }
        }
        throw new IllegalArgumentException("no strategy \"" + id + "\" in bot " + name);
    }

    /**
     * @return {@code [routing]}, defaults filled in.
     */
    public RoutingConfig routing()
    {
        return routing;
    }

    /**
     * @return {@code [risk]}.
     */
    public RiskConfig risk()
    {
        return risk;
    }

    /**
     * @return {@code [execution]}.
     */
    public ExecutionConfig execution()
    {
        return execution;
    }

    /**
     * @return {@code [fees]}.
     */
    public FeesConfig fees()
    {
        return fees;
    }

    /**
     * @return {@code [simulation]}; its defaults in testnet and live, where it is not used.
     */
    public SimulationConfig simulation()
    {
        return simulation;
    }

    /**
     * @return {@code [report]}.
     */
    public ReportConfig report()
    {
        return report;
    }

    /**
     * @return {@code [webhook]}, empty when the bot takes no webhook alerts.
     */
    public java.util.Optional<WebhookConfig> webhook()
    {
        return webhook;
    }

    @Override
    public boolean equals(final Object other)
    {
        if (this == other)
        {
            return true;
        }
        if (!(other instanceof BotConfig))
        {
            return false;
        }
        final BotConfig that = (BotConfig)other;
        return hash == that.hash &&
            liveTradingOptIn == that.liveTradingOptIn &&
            sourceName.equals(that.sourceName) &&
            text.equals(that.text) &&
            Objects.equals(name, that.name) &&
            mode == that.mode &&
            venue == that.venue &&
            Objects.equals(account, that.account) &&
            Objects.equals(credentials, that.credentials) &&
            Objects.equals(output, that.output) &&
            Objects.equals(instruments, that.instruments) &&
            Objects.equals(timeframes, that.timeframes) &&
            Objects.equals(regime, that.regime) &&
            strategies.equals(that.strategies) &&
            Objects.equals(routing, that.routing) &&
            Objects.equals(risk, that.risk) &&
            Objects.equals(execution, that.execution) &&
            Objects.equals(fees, that.fees) &&
            Objects.equals(simulation, that.simulation) &&
            Objects.equals(report, that.report) &&
            webhook.equals(that.webhook);
    }

    @Override
    public int hashCode()
    {
        return Long.hashCode(hash) * 31 + sourceName.hashCode();
    }

    @Override
    public String toString()
    {
        return "BotConfig{name=" + name + ", mode=" + mode.configName() + ", source=" + sourceName +
            ", hash=" + Long.toHexString(hash) + "}";
    }
}
