package com.tradefinder.tools.cli;

import com.tradefinder.codecs.Venue;
import com.tradefinder.engine.app.WaitMode;
import com.tradefinder.engine.marketdata.Timeframe;
import com.tradefinder.tools.TradeFinderCli;
import com.tradefinder.tools.UserException;
import com.tradefinder.tools.importer.HistoryImport;
import com.tradefinder.tools.importer.ImportException;
import com.tradefinder.tools.importer.ImportOptions;
import com.tradefinder.tools.importer.ImportReport;
import com.tradefinder.tools.journal.JournalRecorder;
import org.agrona.concurrent.UnsafeBuffer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code tradefinder import}: history files into a new journal, through the real event core.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Import history (kline, mark-price kline, funding and trade CSVs, raw WebSocket captures " +
        "*.jsonl.gz; files or folders) into a new journal, merged in time order and run through the business logic.")
public final class ImportCommand implements Callable<Integer>
{
    @Parameters(arity = "1..*", paramLabel = "FILE|FOLDER", description = "inputs; folders are read in name order")
    List<Path> inputs;

    @Option(names = "--journal", required = true, paramLabel = "DIR", description = "journal folder to create")
    Path journalFolder;

    @Option(names = "--force", description = "replace an existing journal in that folder")
    boolean force;

    @Option(names = "--from", paramLabel = "TIME", description = "import events from this time, inclusive (UTC)")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "import events up to this time, exclusive (UTC)")
    String to;

    @Option(names = "--instruments", split = ",", paramLabel = "SYMBOL",
        description = "import only these symbols")
    List<String> instruments;

    @Option(names = "--symbol", paramLabel = "SYMBOL",
        description = "symbol of files whose name does not tell it")
    String symbol;

    @Option(names = "--venue", paramLabel = "VENUE",
        description = "venue of files whose name does not tell it: binance_usdm or bybit_linear")
    String venue;

    @Option(names = "--kline-timeframe", paramLabel = "TF",
        description = "timeframe of kline files whose name does not tell it, e.g. 1h")
    String klineTimeframe;

    @Option(names = "--report-lines", defaultValue = "50", paramLabel = "N",
        description = "findings shown in full (all are counted; default: ${DEFAULT-VALUE})")
    int reportLines;

    @Option(names = "--strict", description = "exit with 1 if the input had any finding (gap, duplicate, ...)")
    boolean strict;

    @Option(names = "--wait-mode", defaultValue = "blocking", paramLabel = "MODE",
        description = "how the engine's threads wait: blocking, sleeping or busy-spin (default: ${DEFAULT-VALUE})")
    String waitMode;

    @Mixin
    EngineSettingsOptions settings = new EngineSettingsOptions();

    @Override
    public Integer call()
    {
        final ImportOptions options = ImportOptions.defaults().maxDetailLines(reportLines);
        if (from != null)
        {
            options.fromNs(TimeArgs.parseNs("--from", from));
        }
        if (to != null)
        {
            options.toNs(TimeArgs.parseNs("--to", to));
        }
        if (symbol != null)
        {
            options.symbol(symbol.toUpperCase(Locale.ROOT));
        }
        if (venue != null)
        {
            options.venue(parseVenue(venue));
        }
        if (klineTimeframe != null)
        {
            options.timeframeSec(Timeframe.parseSeconds(klineTimeframe));
        }
        if (instruments != null)
        {
            final HashSet<String> symbols = new HashSet<>();
            for (final String instrument : instruments)
            {
                symbols.add(instrument.toUpperCase(Locale.ROOT));
            }
            options.instruments(symbols);
        }
        final WaitMode mode = WaitMode.parse(waitMode);
        final UnsafeBuffer settingsBuffer = new UnsafeBuffer(new byte[512]);
        final ImportReport report = new ImportReport(reportLines);
        final JournalRecorder.Summary summary;
        final long started = System.nanoTime();
        try (HistoryImport history = HistoryImport.open(inputs, options, report))
        {
            final int settingsLength = settings.encode(settingsBuffer, 0);
            final boolean interactive = System.console() != null;
            summary = new JournalRecorder(journalFolder, force, mode).record(settingsBuffer, settingsLength, history,
                events ->
                {
                    if (interactive)
                    {
                        System.err.print("\rimported " + events + " events...");
                    }
                });
            if (interactive)
            {
                System.err.print("\r");
            }
        }
        catch (final ImportException ex)
        {
            throw new UserException(ex.getMessage());
        }
        report.print(System.out);
        final double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "journal %s: %d inbound events, %d outputs in %.1f s%n", journalFolder,
            summary.events(), summary.outputs(), seconds);
        System.out.println("state hash: " + Long.toHexString(summary.stateHash()));
        if (summary.halted())
        {
            System.out.println("the business logic halted on a fault: see `tradefinder journal dump " + journalFolder +
                " --type EngineFault`");
            return TradeFinderCli.EXIT_CHECK_FAILED;
        }
        final long findings = report.count(ImportReport.ProblemKind.MALFORMED) +
            report.count(ImportReport.ProblemKind.DUPLICATE) + report.count(ImportReport.ProblemKind.OUT_OF_ORDER) +
            report.count(ImportReport.ProblemKind.GAP) + report.count(ImportReport.ProblemKind.UNSUPPORTED);
        return strict && findings > 0 ? TradeFinderCli.EXIT_CHECK_FAILED : 0;
    }

    private static Venue parseVenue(final String text)
    {
        for (final Venue candidate : new Venue[]{ Venue.BINANCE_USDM, Venue.BYBIT_LINEAR })
        {
            if (candidate.name().equalsIgnoreCase(text.replace('-', '_')))
            {
                return candidate;
            }
        }
        throw new IllegalArgumentException("--venue '" + text + "': use binance_usdm or bybit_linear");
    }
}
