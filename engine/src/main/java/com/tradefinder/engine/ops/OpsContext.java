package com.tradefinder.engine.ops;

import com.tradefinder.config.BotConfig;
import com.tradefinder.config.BotConfigLoader;
import com.tradefinder.config.ConfigException;
import com.tradefinder.engine.journal.Journal;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Everything the operator side needs from its host, in the Aeron Context style: fluent setters, defaults filled and
 * checked by {@link #conclude()}, then {@link OpsServer#start(OpsContext)}.
 * <p>
 * The seam to the engine is narrow: {@link #publisher} puts SBE messages on the ring, {@link #journal} is tailed
 * read-only, {@link #gauges} are sampled. The context is filled on one thread before the start and only read
 * afterwards.
 */
public final class OpsContext
{
    /** Checks a bot config text before a reload; {@link BotConfigLoader#parse(String, String)} by default. */
    @FunctionalInterface
    public interface ConfigValidator
    {
        /**
         * @param text       the whole config text.
         * @param sourceName the name error lines carry.
         * @return the validated config.
         * @throws ConfigException naming every problem.
         */
        BotConfig validate(String text, String sourceName) throws ConfigException;
    }

    private EventPublisher publisher;
    private Journal journal;
    private BotRoster bots;
    private EngineGauges gauges = EngineGauges.NONE;
    private InstrumentDirectory instruments;
    private ConfigValidator validator = BotConfigLoader::parse;
    private LongSupplier wallClockNs = OpsContext::systemEpochNs;
    private Function<String, String> environment = System::getenv;
    private LongSupplier decodeErrors = () -> 0;
    private Supplier<Map<String, Long>> counters = Map::of;
    private boolean webhookEnabled = true;
    private String webhookHost = "0.0.0.0";
    private int webhookPort = 8080;
    private boolean controlEnabled = true;
    private String controlHost = "127.0.0.1";
    private int controlPort = 8081;
    private Path controlTokenFile;
    private URI alertUrl;
    private long gatewayDownAlertNs = 30_000_000_000L;
    private int alertAttempts = 4;
    private long alertRetryDelayMs = 500;
    private long statusPollMs = 5;
    private boolean concluded;

    private static long systemEpochNs()
    {
        final Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    /**
     * Fills the defaults and checks that the required parts are there.
     *
     * @return this.
     * @throws IllegalStateException naming the first missing part.
     */
    public OpsContext conclude()
    {
        require(publisher, "publisher");
        require(journal, "journal");
        require(bots, "bots");
        if (instruments == null)
        {
            instruments = new InstrumentDirectory();
        }
        if (controlEnabled && controlTokenFile == null)
        {
            throw new IllegalStateException("ops context: controlTokenFile is required for the control endpoint");
        }
        concluded = true;
        return this;
    }

    private static void require(final Object value, final String name)
    {
        if (value == null)
        {
            throw new IllegalStateException("ops context: " + name + " is required");
        }
    }

    /**
     * @return whether {@link #conclude()} ran.
     */
    public boolean isConcluded()
    {
        return concluded;
    }

    /**
     * @param publisher puts messages on the engine's ring; required.
     * @return this.
     */
    public OpsContext publisher(final EventPublisher publisher)
    {
        this.publisher = Objects.requireNonNull(publisher);
        return this;
    }

    /**
     * @return the ring publisher.
     */
    public EventPublisher publisher()
    {
        return publisher;
    }

    /**
     * @param journal the engine's journal, tailed read-only by the status view; required.
     * @return this.
     */
    public OpsContext journal(final Journal journal)
    {
        this.journal = Objects.requireNonNull(journal);
        return this;
    }

    /**
     * @return the journal.
     */
    public Journal journal()
    {
        return journal;
    }

    /**
     * @param bots the engine's bots by id; required.
     * @return this.
     */
    public OpsContext bots(final BotRoster bots)
    {
        this.bots = Objects.requireNonNull(bots);
        return this;
    }

    /**
     * @return the bots.
     */
    public BotRoster bots()
    {
        return bots;
    }

    /**
     * @param gauges the ring and journal gauges; default none.
     * @return this.
     */
    public OpsContext gauges(final EngineGauges gauges)
    {
        this.gauges = Objects.requireNonNull(gauges);
        return this;
    }

    /**
     * @return the gauges.
     */
    public EngineGauges gauges()
    {
        return gauges;
    }

    /**
     * @param instruments the instruments; default a new directory filled from the journal's definitions.
     * @return this.
     */
    public OpsContext instruments(final InstrumentDirectory instruments)
    {
        this.instruments = Objects.requireNonNull(instruments);
        return this;
    }

    /**
     * @return the instruments.
     */
    public InstrumentDirectory instruments()
    {
        return instruments;
    }

    /**
     * @param validator checks a reloaded config; default {@link BotConfigLoader#parse(String, String)}.
     * @return this.
     */
    public OpsContext validator(final ConfigValidator validator)
    {
        this.validator = Objects.requireNonNull(validator);
        return this;
    }

    /**
     * @return the config validator.
     */
    public ConfigValidator validator()
    {
        return validator;
    }

    /**
     * @param wallClockNs epoch nanoseconds; the receive time the edge stamps on what it publishes.
     * @return this.
     */
    public OpsContext wallClockNs(final LongSupplier wallClockNs)
    {
        this.wallClockNs = Objects.requireNonNull(wallClockNs);
        return this;
    }

    /**
     * @return the wall clock, epoch nanoseconds.
     */
    public LongSupplier wallClockNs()
    {
        return wallClockNs;
    }

    /**
     * @param environment looks up environment variables (webhook secrets); default {@link System#getenv(String)}.
     * @return this.
     */
    public OpsContext environment(final Function<String, String> environment)
    {
        this.environment = Objects.requireNonNull(environment);
        return this;
    }

    /**
     * @return the environment lookup.
     */
    public Function<String, String> environment()
    {
        return environment;
    }

    /**
     * @param decodeErrors total frames the gateways dropped as malformed; default 0.
     * @return this.
     */
    public OpsContext decodeErrors(final LongSupplier decodeErrors)
    {
        this.decodeErrors = Objects.requireNonNull(decodeErrors);
        return this;
    }

    /**
     * @return the decode-error counter.
     */
    public LongSupplier decodeErrors()
    {
        return decodeErrors;
    }

    /**
     * @param counters further edge counters by name (gateway reconnects, ...), exported as metrics; default none.
     * @return this.
     */
    public OpsContext counters(final Supplier<Map<String, Long>> counters)
    {
        this.counters = Objects.requireNonNull(counters);
        return this;
    }

    /**
     * @return the further counters.
     */
    public Supplier<Map<String, Long>> counters()
    {
        return counters;
    }

    /**
     * @param enabled whether to serve webhooks; default true.
     * @param host    address to bind, default {@code 0.0.0.0} (TradingView only calls ports 80 and 443: put a
     *                reverse proxy in front).
     * @param port    port, default 8080; 0 for an ephemeral one.
     * @return this.
     */
    public OpsContext webhook(final boolean enabled, final String host, final int port)
    {
        this.webhookEnabled = enabled;
        this.webhookHost = Objects.requireNonNull(host);
        this.webhookPort = port;
        return this;
    }

    /**
     * @return whether webhooks are served.
     */
    public boolean webhookEnabled()
    {
        return webhookEnabled;
    }

    /**
     * @return webhook bind address.
     */
    public String webhookHost()
    {
        return webhookHost;
    }

    /**
     * @return webhook port.
     */
    public int webhookPort()
    {
        return webhookPort;
    }

    /**
     * @param enabled   whether to serve control, health and metrics; default true.
     * @param host      address to bind, default {@code 127.0.0.1} (loopback).
     * @param port      port, default 8081; 0 for an ephemeral one.
     * @param tokenFile owner-only file holding the bearer token; required when enabled.
     * @return this.
     */
    public OpsContext control(final boolean enabled, final String host, final int port, final Path tokenFile)
    {
        this.controlEnabled = enabled;
        this.controlHost = Objects.requireNonNull(host);
        this.controlPort = port;
        this.controlTokenFile = tokenFile;
        return this;
    }

    /**
     * @return whether control is served.
     */
    public boolean controlEnabled()
    {
        return controlEnabled;
    }

    /**
     * @return control bind address.
     */
    public String controlHost()
    {
        return controlHost;
    }

    /**
     * @return control port.
     */
    public int controlPort()
    {
        return controlPort;
    }

    /**
     * @return the bearer token file.
     */
    public Path controlTokenFile()
    {
        return controlTokenFile;
    }

    /**
     * @param alertUrl where alerts are POSTed as {@code {"text": ...}} (Slack, Discord, ...); null for none.
     * @return this.
     */
    public OpsContext alertUrl(final URI alertUrl)
    {
        this.alertUrl = alertUrl;
        return this;
    }

    /**
     * @return the alert URL, or null.
     */
    public URI alertUrl()
    {
        return alertUrl;
    }

    /**
     * @param seconds a gateway disconnected for longer raises an alert; default 30.
     * @return this.
     */
    public OpsContext gatewayDownAlertSeconds(final long seconds)
    {
        this.gatewayDownAlertNs = seconds * 1_000_000_000L;
        return this;
    }

    /**
     * @return gateway-down alert threshold in nanoseconds.
     */
    public long gatewayDownAlertNs()
    {
        return gatewayDownAlertNs;
    }

    /**
     * @param attempts     tries per alert, first included; default 4.
     * @param retryDelayMs delay before the first retry, doubled for each further one; default 500.
     * @return this.
     */
    public OpsContext alertRetries(final int attempts, final long retryDelayMs)
    {
        this.alertAttempts = attempts;
        this.alertRetryDelayMs = retryDelayMs;
        return this;
    }

    /**
     * @return tries per alert.
     */
    public int alertAttempts()
    {
        return alertAttempts;
    }

    /**
     * @return first retry delay in milliseconds.
     */
    public long alertRetryDelayMs()
    {
        return alertRetryDelayMs;
    }

    /**
     * @param pollMs how long the status view sleeps when the journal has nothing new; default 5.
     * @return this.
     */
    public OpsContext statusPollMs(final long pollMs)
    {
        this.statusPollMs = pollMs;
        return this;
    }

    /**
     * @return the status view's idle sleep.
     */
    public long statusPollMs()
    {
        return statusPollMs;
    }
}
