package com.tradefinder.tools.cli;

import com.tradefinder.config.BotConfig;
import com.tradefinder.config.StrategyConfig;
import com.tradefinder.engine.journal.Journal;
import com.tradefinder.tools.TradeFinderCli;
import com.tradefinder.tools.UserException;
import com.tradefinder.tools.backtest.BacktestRunner;
import com.tradefinder.tools.importer.EventSource;
import com.tradefinder.tools.importer.HistoryImport;
import com.tradefinder.tools.importer.ImportException;
import com.tradefinder.tools.importer.ImportOptions;
import com.tradefinder.tools.importer.ImportReport;
import com.tradefinder.tools.journal.ReplayVerifier;
import com.tradefinder.tools.report.BacktestReport;
import com.tradefinder.tools.report.ReportOptions;
import com.tradefinder.tools.synthetic.SyntheticMarket;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;

/**
 * {@code tradefinder backtest}: bots over history with the simulated venue, through the same business logic that
 * trades live; writes the journal, verifies its replay, and writes each bot's trades, equity and report.
 */
@Command(name = "backtest", mixinStandardHelpOptions = true,
    description = "Backtest one or more bot configs over history (--data) or, without --data, over the embedded " +
        "SYNTHETIC market: journal, replay check, trades.csv, equity.csv and report.html per bot.")
public final class BacktestCommand implements Callable<Integer>
{
    private static final long SYNTHETIC_START_NS = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond() *
        1_000_000_000L;

    @Parameters(arity = "1..*", paramLabel = "BOT.toml", description = "bot config files (one bot each)")
    List<Path> configs;

    @Option(names = "--data", split = ",", paramLabel = "FILE|FOLDER",
        description = "history to run on (CSV klines, funding, trades, captures; files or folders). " +
            "Without it: the seeded SYNTHETIC market for the bots' instruments")
    List<Path> data;

    @Option(names = "--from", paramLabel = "TIME", description = "start of the backtest, inclusive (UTC)")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "end of the backtest, exclusive (UTC)")
    String to;

    @Option(names = "--output", paramLabel = "DIR",
        description = "output folder (default: the first bot's [bot] output)")
    Path output;

    @Option(names = "--seed", defaultValue = "7", description = "synthetic market seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--bars", defaultValue = "17520",
        description = "synthetic hourly bars per instrument (default: ${DEFAULT-VALUE}, two years)")
    int bars;

    @Option(names = "--no-verify", description = "skip the replay check of the journal")
    boolean noVerify;

    @Override
    public Integer call()
    {
        final List<BotConfig> bots = BotFiles.load(configs);
        final Path outputFolder = output != null ? output : bots.get(0).output();
        final Path journalFolder = outputFolder.resolve("journal");
        final boolean synthetic = data == null || data.isEmpty();
        final ImportReport importReport = new ImportReport(50);
        final EventSource history = synthetic ? syntheticHistory(bots) : history(bots, importReport);
        final BacktestRunner runner = new BacktestRunner(bots, journalFolder);
        final boolean interactive = System.console() != null;
        final long started = System.nanoTime();
        final BacktestRunner.Result result;
        try (history)
        {
            if (synthetic)
            {
                System.out.println("data: SYNTHETIC market " + symbols(bots) + " (seed " + seed + ", " + bars +
                    " hourly bars each; made up for trying the engine, not market data)");
            }
            result = runner.run(history, events ->
            {
                if (interactive)
                {
                    System.err.print("\rbacktest: " + events + " market events, at " +
                        Instant.ofEpochSecond(0, history.timeNs()).toString().substring(0, 10) + " ...");
                }
            });
            if (interactive)
            {
                System.err.print("\r");
            }
        }
        if (!synthetic)
        {
            importReport.print(System.out);
        }
        System.out.printf(Locale.ROOT, "journal %s: %d events, %d outputs in %.1f s, state hash %s%n",
            journalFolder, result.events(), result.outputs(), (System.nanoTime() - started) / 1e9,
            Long.toHexString(result.stateHash()));
        if (result.halted())
        {
            System.out.println("the business logic halted on a fault: see `tradefinder journal dump " + journalFolder +
                " --type EngineFault`");
            return TradeFinderCli.EXIT_CHECK_FAILED;
        }
        if (!noVerify)
        {
            try (Journal journal = Journal.openForReading(journalFolder))
            {
                final ReplayVerifier.Result replay = new ReplayVerifier(true).run(journal);
                if (!replay.matched())
                {
                    System.out.println("replay MISMATCH: " + replay.difference());
                    return TradeFinderCli.EXIT_CHECK_FAILED;
                }
                System.out.println("replay verified: " + replay.outputs() + " outputs identical, state hash " +
                    Long.toHexString(replay.stateHash()));
            }
        }
        for (int botId = 0; botId < bots.size(); botId++)
        {
            report(bots.get(botId), botId, journalFolder, outputFolder, synthetic);
        }
        return 0;
    }

    private static List<String> symbols(final List<BotConfig> bots)
    {
        final Set<String> symbols = new LinkedHashSet<>();
        for (final BotConfig bot : bots)
        {
            symbols.addAll(bot.instruments().whitelist());
        }
        return new ArrayList<>(symbols);
    }

    private EventSource syntheticHistory(final List<BotConfig> bots)
    {
        if (bars < 100 || bars > 2_000_000)
        {
            throw new IllegalArgumentException("--bars " + bars + " is outside 100..2000000");
        }
        return new SyntheticMarket(seed, bars, SYNTHETIC_START_NS, symbols(bots));
    }

    private EventSource history(final List<BotConfig> bots, final ImportReport report)
    {
        final ImportOptions options = ImportOptions.defaults().instruments(new LinkedHashSet<>(symbols(bots)));
        if (from != null)
        {
            options.fromNs(TimeArgs.parseNs("--from", from));
        }
        if (to != null)
        {
            options.toNs(TimeArgs.parseNs("--to", to));
        }
        try
        {
            final HistoryImport history = HistoryImport.open(data, options, report);
            final Set<String> found = new LinkedHashSet<>();
            for (int id = 1; id <= history.catalog().size(); id++)
            {
                found.add(history.catalog().symbol(id));
            }
            for (final BotConfig bot : bots)
            {
                for (final String symbol : bot.instruments().whitelist())
                {
                    if (!found.contains(symbol))
                    {
                        history.close();
                        throw new UserException(bot.sourceName() + ": instruments: whitelist: " + symbol +
                            " has no data in " + data + " (found " + found + ")");
                    }
                }
            }
            return history;
        }
        catch (final ImportException ex)
        {
            throw new UserException(ex.getMessage());
        }
    }

    private static void report(final BotConfig bot, final int botId, final Path journalFolder,
        final Path outputFolder, final boolean synthetic)
    {
        final Map<Integer, String> strategyNames = new TreeMap<>();
        for (final StrategyConfig strategy : bot.strategies())
        {
            strategyNames.put(bot.strategyIndex(strategy.id()), strategy.id() + " (" +
                strategy.type().name().toLowerCase(Locale.ROOT) + ")");
        }
        final List<String> currencies = new ArrayList<>();
        bot.report().currencies().forEach(currency -> currencies.add(currency.name()));
        final ReportOptions options = new ReportOptions()
            .title(bot.name() + " backtest" + (synthetic ? " on SYNTHETIC data" : ""))
            .currencies(currencies)
            .benchmarkInstrument(bot.instruments().whitelist().get(0))
            .benchmarkTimeframeSec(bot.timeframes().baseSec())
            .strategyNames(strategyNames);
        bot.report().ratesFile().ifPresent(options::ratesFile);
        final Path folder = outputFolder.resolve(bot.name());
        final BacktestReport.ReportFiles files = BacktestReport.write(journalFolder, botId, folder, options);
        System.out.println("bot " + bot.name() + ": " + files.trades() + " trades; " + files.reportHtml() + ", " +
            files.tradesCsv() + ", " + files.equityCsv());
    }
}
