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
import com.tradefinder.tools.run.EngineHost;
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
        "venue over --source. Every session writes a new journal. Live bots need live_trading_opt_in = true in " +
        "their file AND the environment variable " + LiveTradingOptIn.ENVIRONMENT_VARIABLE + "=" +
        LiveTradingOptIn.ENVIRONMENT_VALUE + ".")
public final class RunCommand implements Callable<Integer>
{
    private static final String REPLAY = "replay:";
    private static final DateTimeFormatter SESSION_NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    @Parameters(arity = "1..*", paramLabel = "BOT.toml", description = "bot config files (one bot each)")
    List<Path> configs;

    @Option(names = "--journal", paramLabel = "DIR",
        description = "the session's journal folder; must be new or empty (default: a new " +
            "<first bot's output>/sessions/<UTC start time> folder)")
    Path journal;

    @Option(names = "--source", paramLabel = "replay:PATH[,pace=1|Nx|max]",
        description = "market data: a capture (*.jsonl.gz), CSV history or a journal folder replayed at its " +
            "original pace (pace=1, the default), N times faster (pace=10x) or as fast as possible (pace=max)")
    String source;

    @Option(names = "--exit-at-end", description = "stop in order when the replay reaches its end (tests, demos); " +
        "without it the engine keeps serving until SIGTERM/SIGINT")
    boolean exitAtEnd;

    @Override
    public Integer call() throws InterruptedException
    {
        final List<BotConfig> bots = BotFiles.load(configs);
        checkModes(bots);
        if (source == null)
        {
            throw new UserException("--source is required: the live market data gateways are not in this build; " +
                "give --source replay:<capture-or-journal>[,pace=1|Nx|max]");
        }
        final String[] parts = source.split(",", -1);
        if (!parts[0].startsWith(REPLAY) || parts[0].length() == REPLAY.length())
        {
            throw new UserException("--source " + source + ": expected replay:<capture-or-journal>[,pace=1|Nx|max]");
        }
        final Path input = Paths.get(parts[0].substring(REPLAY.length()));
        final ReplayPace pace = pace(parts);
        final Path journalFolder = journalFolder(bots);
        final ImportReport importReport = new ImportReport(20);
        final EngineHost host = new EngineHost(bots, journalFolder,
            new ReplaySource(open(input, bots, importReport), pace),
            new PaperVenue(new EngineSetup(bots).venueSettings(), PaperVenue.DEFAULT_QUEUE_BYTES));
        host.start();
        System.out.println("running " + names(bots) + " in paper mode on " + input.getFileName() + " at pace " +
            pace + "; journal " + journalFolder + (exitAtEnd ? "; stops at the end of the replay" :
            "; SIGTERM or Ctrl-C stops it"));
        final Thread hook = new Thread(() -> onSignal(host), "tradefinder-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        host.awaitSourceEnd(Long.MAX_VALUE);
        if (!exitAtEnd)
        {
            System.out.println("replay: end of " + input.getFileName() + " reached; the engine keeps running " +
                "until SIGTERM/SIGINT");
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
        final EngineHost.Summary summary = host.shutdown();
        importReport.print(System.out);
        System.out.println(summary.paragraph());
        return summary.halted() ? TradeFinderCli.EXIT_CHECK_FAILED : 0;
    }

    /** SIGTERM/SIGINT: the orderly stop, the summary, and exit 0 (a requested stop is not a failure). */
    private static void onSignal(final EngineHost host)
    {
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
        for (final BotConfig bot : bots)
        {
            if (bot.mode() != BotMode.PAPER)
            {
                throw new UserException(bot.sourceName() + ": bot: mode = \"" + bot.mode().configName() + "\" " +
                    (bot.mode() == BotMode.BACKTEST ? "runs with `tradefinder backtest`" :
                        "needs a venue gateway that is not in this build") + "; `run` runs paper bots");
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
