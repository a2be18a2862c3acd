package com.tradefinder.tools.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.tradefinder.engine.journal.Journal;
import com.tradefinder.tools.TradeFinderCli;
import com.tradefinder.tools.book.BookCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code tradefinder journal book-check JOURNAL}: the order book rebuilt from the journal's depth updates, checked
 * against its book tickers. Exit 0 when clean, {@link TradeFinderCli#EXIT_CHECK_FAILED} on any mismatch or gap.
 */
@Command(name = "book-check", mixinStandardHelpOptions = true,
    description = {
        "Rebuild each instrument's order book from the journal's DepthUpdate messages (snapshot, then diffs " +
            "checked for pu continuity; a gap is reported and the instrument waits for the next snapshot) and " +
            "compare it with every BestBidOffer whose update id is the final update id of an applied diff: best " +
            "bid and ask, price and size.",
        "Prints one line per gap and per mismatch, then per instrument and in total: diffs applied, snapshots, " +
            "tickers compared, tickers not comparable (their id falls inside a diff or a gap), mismatches, gaps.",
        "Exit 0 when clean, 1 when a mismatch or a gap was found, 2 on a user error (e.g. not a journal)."
    })
public final class BookCheckCommand implements Callable<Integer>
{
    @Parameters(index = "0", paramLabel = "JOURNAL", description = "journal folder")
    Path journalFolder;

    @Override
    public Integer call()
    {
        final BookCheck.Result result;
        try (Journal journal = Journal.openForReading(journalFolder);
            PrintStream out = JournalCommand.output(null))
        {
            result = new BookCheck(out).run(journal);
        }
        return result.clean() ? 0 : TradeFinderCli.EXIT_CHECK_FAILED;
    }
}
