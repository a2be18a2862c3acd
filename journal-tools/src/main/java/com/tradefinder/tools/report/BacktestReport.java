package com.tradefinder.tools.report;

import com.tradefinder.engine.journal.Journal;
import com.tradefinder.tools.UserException;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a bot's backtest report from its journal: {@code trades.csv}, {@code equity.csv} and {@code report.html}
 * (see {@link TradesCsv}, {@link EquityCsv}, {@link HtmlReport}). The rates file is read first, so a bad one fails
 * before the journal is read; the journal is read once ({@link RunReader}).
 * <p>
 * For the command line and the backtest command, after the run: single-threaded, allocates freely. Problems with the
 * user's inputs are {@link UserException}s or {@link IllegalArgumentException}s with one-line messages.
 */
public final class BacktestReport
{
    /** Name of the trades file. */
    public static final String TRADES_CSV = "trades.csv";

    /** Name of the equity file. */
    public static final String EQUITY_CSV = "equity.csv";

    /** Name of the HTML report. */
    public static final String REPORT_HTML = "report.html";

    /**
     * What was written.
     *
     * @param tradesCsv  path of trades.csv.
     * @param equityCsv  path of equity.csv.
     * @param reportHtml path of report.html.
     * @param trades     trades written.
     * @param snapshots  equity snapshots written.
     * @param scorecard  the scorecard columns, USD first.
     */
    public record ReportFiles(Path tradesCsv, Path equityCsv, Path reportHtml, int trades, int snapshots,
        List<ScorecardResult> scorecard)
    {
    }

    private BacktestReport()
    {
    }

    /**
     * Opens the journal, writes the report, closes the journal.
     *
     * @param journalFolder a journal written by a backtest.
     * @param botId         the bot to report on.
     * @param outputFolder  created if missing; the three files in it are replaced.
     * @param options       title, currencies, rates file, benchmark, strategy names; concluded here.
     * @return what was written.
     * @throws UserException            for a bad journal, bot, rates file or output folder, in one line.
     * @throws IllegalArgumentException for inconsistent options.
     */
    public static ReportFiles write(final Path journalFolder, final int botId, final Path outputFolder,
        final ReportOptions options)
    {
        options.conclude();
        final CurrencyRates rates = rates(options);
        try (Journal journal = Journal.openForReading(journalFolder))
        {
            return write(journal, botId, outputFolder, options, rates);
        }
    }

    /**
     * Writes the report from an already open journal (left open).
     *
     * @param journal      an open journal.
     * @param botId        the bot to report on.
     * @param outputFolder created if missing; the three files in it are replaced.
     * @param options      title, currencies, rates file, benchmark, strategy names; concluded here.
     * @return what was written.
     * @throws UserException            for a bad bot, rates file or output folder, in one line.
     * @throws IllegalArgumentException for inconsistent options.
     */
    public static ReportFiles write(final Journal journal, final int botId, final Path outputFolder,
        final ReportOptions options)
    {
        options.conclude();
        return write(journal, botId, outputFolder, options, rates(options));
    }

    private static ReportFiles write(final Journal journal, final int botId, final Path outputFolder,
        final ReportOptions options, final CurrencyRates rates)
    {
        final BotRun run = new RunReader().read(journal, botId);
        final PriceSeries benchmark = run.benchmark(options.benchmarkInstrument(), options.benchmarkTimeframeSec());
        final List<ScorecardResult> scorecard = new ArrayList<>();
        scorecard.add(ScorecardResult.of(ScorecardInput.of(run, benchmark, rates, CurrencyRates.USD)));
        for (final String currency : options.currencies())
        {
            scorecard.add(ScorecardResult.of(ScorecardInput.of(run, benchmark, rates, currency)));
        }
        createFolder(outputFolder);
        final Path trades = outputFolder.resolve(TRADES_CSV);
        final Path equity = outputFolder.resolve(EQUITY_CSV);
        final Path html = outputFolder.resolve(REPORT_HTML);
        final TradesCsv tradesCsv = new TradesCsv(options.strategyNames());
        write(trades, out -> tradesCsv.write(run.trades(), out));
        write(equity, out -> new EquityCsv().write(run.equity(), out));
        final String page = new HtmlReport(options, rates).render(run, benchmark, scorecard);
        write(html, out -> out.write(page));
        return new ReportFiles(trades, equity, html, run.trades().size(), run.equity().size(), List.copyOf(scorecard));
    }

    private static CurrencyRates rates(final ReportOptions options)
    {
        return options.currencies().isEmpty() ? CurrencyRates.usdOnly() :
            CurrencyRates.read(options.ratesFile(), options.currencies());
    }

    private static void createFolder(final Path folder)
    {
        try
        {
            Files.createDirectories(folder);
        }
        catch (final IOException ex)
        {
            throw new UserException("report folder " + folder + " cannot be created: " +
                ex.getClass().getSimpleName() + ": " + ex.getMessage());
        }
    }

    /** Writes one file's content. */
    private interface Content
    {
        void writeTo(Writer out) throws IOException;
    }

    private static void write(final Path file, final Content content)
    {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8))
        {
            content.writeTo(out);
        }
        catch (final IOException ex)
        {
            throw new UserException("cannot write " + file + ": " + ex.getClass().getSimpleName() + ": " +
                ex.getMessage());
        }
    }
}
