package com.tradefinder.tools.cli;

import com.tradefinder.config.BotConfig;
import com.tradefinder.config.BotMode;
import com.tradefinder.engine.journal.Journal;
import com.tradefinder.tools.TradeFinderCli;
import com.tradefinder.tools.UserException;
import com.tradefinder.tools.importer.EventSource;
import com.tradefinder.tools.importer.HistoryImport;
import com.tradefinder.tools.importer.ImportException;
import com.tradefinder.tools.importer.ImportOptions;
import com.tradefinder.tools.importer.ImportReport;
import com.tradefinder.engine.ops.BotRoster;
import com.tradefinder.engine.ops.EngineGauges;
import com.tradefinder.engine.ops.OpsContext;
import com.tradefinder.engine.ops.OpsServer;
import com.tradefinder.tools.run.EngineHost;
import com.tradefinder.tools.run.MarketDataSource;
import com.tradefinder.tools.run.VenueConnector;
import com.tradefinder.tools.run.binance.BinanceEndpoints;
import com.tradefinder.tools.run.binance.BinanceSession;
import com.tradefinder.tools.run.JournalMarketData;
import com.tradefinder.tools.run.LiveTradingOptIn;
import com.tradefinder.tools.run.PaperVenue;
import com.tradefinder.tools.run.ReplayPace;
import com.tradefinder.tools.run.ReplaySource;
import com.tradefinder.tools.session.EngineSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * {@code tradefinder run}: the long-running engine process (what the systemd service runs). Validates every bot file
 * first, then runs them all in one engine on a new journal until SIGTERM/SIGINT (or the end of a replay with
 * {@code --exit-at-end}), then stops in order (see {@link EngineHost#shutdown()}) and prints a summary.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run one or more bots in one engine until SIGTERM/SIGINT: paper bots trade on the simulated " +
        "venue over --source (a replay, or live Binance market data); testnet and live bots trade on Binance " +
        "USDⓈ-M. Every session writes a new journal. Live bots need live_trading_opt_in = true in " +
        "their file AND the environment variable " + LiveTradingOptIn.ENVIRONMENT_VARIABLE + "=" +
        LiveTradingOptIn.ENVIRONMENT_VALUE + ".")
public final class RunCommand implements Callable<Integer>
{
    private static final String REPLAY = "replay:";
    private static final String BINANCE = "binance";
    private static final int DEFAULT_WEBHOOK_PORT = 8080;
    private static final DateTimeFormatter SESSION_NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    @Parameters(arity = "1..*", paramLabel = "BOT.toml", description = "bot config files (one bot each)")
    List<Path> configs;

    @Option(names = "--journal", paramLabel = "DIR",
        description = "the session's journal folder; must be new or empty (default: a new " +
            "<first bot's output>/sessions/<UTC start time> folder)")
    Path journal;

    @Option(names = "--source", paramLabel = "replay:PATH[,pace=1|Nx|max] | binance",
        description = "market data: a capture (*.jsonl.gz), CSV history or a journal folder replayed at its " +
            "original pace (pace=1, the default), N times faster (pace=10x) or as fast as possible (pace=max); or " +
            "binance for the live Binance USDⓈ-M streams (the default for testnet and live bots)")
    String source;

    @Option(names = "--exit-at-end", description = "stop in order when the replay reaches its end (tests, demos); " +
        "without it the engine keeps serving until SIGTERM/SIGINT")
    boolean exitAtEnd;

    @Option(names = "--rest-url", paramLabel = "URL",
        description = "Binance REST base instead of the mode's default (live " + BinanceEndpoints.LIVE_REST +
            ", testnet " + BinanceEndpoints.TESTNET_REST + "), e.g. a local fake exchange")
    String restUrl;

    @Option(names = "--stream-url", paramLabel = "URL",
        description = "Binance WebSocket base instead of the mode's default (live " + BinanceEndpoints.LIVE_STREAMS +
            ", testnet " + BinanceEndpoints.TESTNET_STREAMS + "); the routes /public, /market and /private are added")
    String streamUrl;

    @Option(names = "--webhook-port", paramLabel = "PORT", defaultValue = "-1",
        description = "serve TradingView webhooks (POST /webhook/<bot>) on this port, 0 for any free port; by " +
            "default on 8080 when a bot has a [webhook] table, else off")
    int webhookPort;

    @Option(names = "--webhook-host", paramLabel = "HOST", defaultValue = "0.0.0.0",
        description = "address the webhook receiver binds (default ${DEFAULT-VALUE})")
    String webhookHost;

    @Option(names = "--control-port", paramLabel = "PORT", defaultValue = "8081",
        description = "loopback port of the control, health and metrics endpoint (default ${DEFAULT-VALUE}; 0 for " +
            "any free port); on when --control-token-file is given")
    int controlPort;

    @Option(names = "--control-token-file", paramLabel = "FILE",
        description = "owner-only file holding the bearer token `tradefinder ctl` must present")
    Path controlTokenFile;

    @Option(names = "--alert-url", paramLabel = "URL",
        description = "chat or paging webhook that receives alerts (bot halted, breaker tripped, gateway down, " +
            "418 ban, reconciliation difference)")
    String alertUrl;

    @Override
    public Integer call() throws InterruptedException
    {
        final List<BotConfig> bots = BotFiles.load(configs);
        checkModes(bots);
        final BotMode mode = bots.get(0).mode();
        final boolean binance = source == null ? mode != BotMode.PAPER : BINANCE.equals(source);
        if (source == null && mode == BotMode.PAPER)
        {
            throw new UserException("--source is required for paper bots: replay:<capture-or-journal>[,pace=1|Nx|max]" +
                " for a rehearsal with no network, or binance for live market data");
        }
        if (mode != BotMode.PAPER && !binance)
        {
            throw new UserException("--source " + source + ": " + mode.configName() + " bots trade on live market " +
                "data (--source binance, the default for them)");
        }
        final Path journalFolder = journalFolder(bots);
        final ImportReport importReport = new ImportReport(20);
        final MarketDataSource marketData;
        final VenueConnector venue;
        final String description;
        if (binance)
        {
            final BinanceSession session = BinanceSession.open(bots, BinanceEndpoints.of(mode, restUrl, streamUrl),
                System.getenv());
            marketData = session.marketData();
            venue = mode == BotMode.PAPER ?
                new PaperVenue(new EngineSetup(bots).venueSettings(), PaperVenue.DEFAULT_QUEUE_BYTES) : session.venue();
            description = mode.configName() + " mode on Binance USDⓈ-M market data from " +
                session.endpoints().streamUrl() + (mode == BotMode.PAPER ? " (simulated fills)" :
                ", orders to " + session.endpoints().restUrl());
        }
        else
        {
            final String[] parts = source.split(",", -1);
            if (!parts[0].startsWith(REPLAY) || parts[0].length() == REPLAY.length())
            {
                throw new UserException("--source " + source + ": expected replay:<capture-or-journal>[,pace=1|Nx|max]" +
                    " or binance");
            }
            final Path input = Paths.get(parts[0].substring(REPLAY.length()));
            final ReplayPace pace = pace(parts);
            marketData = new ReplaySource(open(input, bots, importReport), pace);
            venue = new PaperVenue(new EngineSetup(bots).venueSettings(), PaperVenue.DEFAULT_QUEUE_BYTES);
            description = "paper mode on " + input.getFileName() + " at pace " + pace;
        }
        final EngineHost host = new EngineHost(bots, journalFolder, marketData, venue);
        host.start();
        final OpsServer ops = startOps(bots, host);
        System.out.println("running " + names(bots) + " in " + description + "; journal " + journalFolder +
            (ops == null ? "" : opsLine(ops)) + (exitAtEnd ? "; stops at the end of the replay" :
            "; SIGTERM or Ctrl-C stops it"));
        final Thread hook = new Thread(() -> onSignal(host, ops), "tradefinder-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        host.awaitSourceEnd(Long.MAX_VALUE);
        if (!exitAtEnd)
        {
            System.out.println("replay: end of the market data reached; the engine keeps running until SIGTERM/SIGINT");
            new CountDownLatch(1).await();
        }
        try
        {
            Runtime.getRuntime().removeShutdownHook(hook);
        }
        catch (final IllegalStateException ex)
        {
            // the JVM is already shutting down: the hook stops the engine and reports
            return 0;
        }
        closeOps(ops);
        final EngineHost.Summary summary = host.shutdown();
        importReport.print(System.out);
        System.out.println(summary.paragraph());
        return summary.halted() ? TradeFinderCli.EXIT_CHECK_FAILED : 0;
    }

    private OpsServer startOps(final List<BotConfig> bots, final EngineHost host)
    {
        final boolean anyWebhook = bots.stream().anyMatch(bot -> bot.webhook().isPresent());
        final int port = webhookPort >= 0 ? webhookPort : anyWebhook ? DEFAULT_WEBHOOK_PORT : -1;
        final boolean control = controlTokenFile != null;
        if (port < 0 && !control && alertUrl == null)
        {
            return null;
        }
        final OpsContext context = new OpsContext()
            .publisher(host.engine()::publish)
            .journal(host.engine().journal())
            .bots(new BotRoster(bots))
            .gauges(EngineGauges.of(host.engine()))
            .webhook(port >= 0, webhookHost, Math.max(port, 0))
            .control(control, "127.0.0.1", controlPort, controlTokenFile);
        if (alertUrl != null)
        {
            try
            {
                context.alertUrl(new URI(alertUrl));
            }
            catch (final URISyntaxException ex)
            {
                throw new UserException("--alert-url " + alertUrl + ": not a URL (" + ex.getReason() + ")");
            }
        }
        try
        {
            return OpsServer.start(context);
        }
        catch (final IllegalArgumentException | IllegalStateException ex)
        {
            host.shutdown();
            throw new UserException(ex.getMessage());
        }
    }

    private static String opsLine(final OpsServer ops)
    {
        return (ops.webhookPort() > 0 ? "; webhooks on port " + ops.webhookPort() : "") +
            (ops.controlPort() > 0 ? "; control on 127.0.0.1:" + ops.controlPort() : "");
    }

    private static void closeOps(final OpsServer ops)
    {
        if (ops != null)
        {
            ops.close();
        }
    }

    /** SIGTERM/SIGINT: the orderly stop, the summary, and exit 0 (a requested stop is not a failure). */
    private static void onSignal(final EngineHost host, final OpsServer ops)
    {
        closeOps(ops);
        final EngineHost.Summary summary = host.shutdown();
        System.out.println(summary.paragraph());
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }

    private static void checkModes(final List<BotConfig> bots)
    {
        final String environment = System.getenv(LiveTradingOptIn.ENVIRONMENT_VARIABLE);
        for (final BotConfig bot : bots)
        {
            final String refusal = LiveTradingOptIn.refusal(bot, environment);
            if (refusal != null)
            {
                throw new UserException(refusal);
            }
        }
        final BotMode mode = bots.get(0).mode();
        for (final BotConfig bot : bots)
        {
            if (bot.mode() == BotMode.BACKTEST)
            {
                throw new UserException(bot.sourceName() + ": bot: mode = \"backtest\" runs with " +
                    "`tradefinder backtest`; `run` runs paper, testnet and live bots");
            }
            if (bot.mode() != mode)
            {
                throw new UserException(bot.sourceName() + ": bot: mode = \"" + bot.mode().configName() + "\" but " +
                    bots.get(0).sourceName() + " is " + mode.configName() + ": one engine runs bots of one mode");
            }
        }
    }

    private static ReplayPace pace(final String[] parts)
    {
        ReplayPace pace = ReplayPace.ORIGINAL;
        for (int i = 1; i < parts.length; i++)
        {
            if (!parts[i].startsWith("pace="))
            {
                throw new UserException("--source: unknown setting " + parts[i] + " (expected pace=1|Nx|max)");
            }
            pace = ReplayPace.parse(parts[i].substring("pace=".length()));
        }
        return pace;
    }

    private EventSource open(final Path input, final List<BotConfig> bots, final ImportReport report)
    {
        if (Files.isDirectory(input) && Journal.looksLikeJournal(input))
        {
            return new JournalMarketData(input);
        }
        final Set<String> symbols = new LinkedHashSet<>();
        bots.forEach(bot -> symbols.addAll(bot.instruments().whitelist()));
        try
        {
            final HistoryImport history = HistoryImport.open(List.of(input),
                ImportOptions.defaults().instruments(symbols), report);
            final Set<String> found = new LinkedHashSet<>();
            for (int id = 1; id <= history.catalog().size(); id++)
            {
                found.add(history.catalog().symbol(id));
            }
            for (final String symbol : symbols)
            {
                if (!found.contains(symbol))
                {
                    history.close();
                    throw new UserException("--source " + input + ": no data for whitelisted " + symbol +
                        " (found " + found + ")");
                }
            }
            return history;
        }
        catch (final ImportException ex)
        {
            throw new UserException(ex.getMessage());
        }
    }

    private Path journalFolder(final List<BotConfig> bots)
    {
        if (journal != null)
        {
            if (Files.exists(journal) && !isEmptyFolder(journal))
            {
                throw new UserException("--journal " + journal + " is not an empty folder: every session writes a " +
                    "new journal (leave out --journal for a new sessions/<time> folder)");
            }
            return journal;
        }
        final Path sessions = bots.get(0).output().resolve("sessions");
        final String name = ZonedDateTime.now(ZoneOffset.UTC).format(SESSION_NAME);
        Path folder = sessions.resolve(name);
        for (int n = 2; Files.exists(folder); n++)
        {
            folder = sessions.resolve(name + "-" + n);
        }
        return folder;
    }

    private static boolean isEmptyFolder(final Path folder)
    {
        if (!Files.isDirectory(folder))
        {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder))
        {
            return entries.findAny().isEmpty();
        }
        catch (final IOException ex)
        {
            return false;
        }
    }

    private static List<String> names(final List<BotConfig> bots)
    {
        final List<String> names = new ArrayList<>();
        bots.forEach(bot -> names.add(bot.name()));
        return names;
    }
}
