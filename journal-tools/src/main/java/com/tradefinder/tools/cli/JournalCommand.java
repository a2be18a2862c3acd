package com.tradefinder.tools.cli;

import com.tradefinder.engine.journal.Journal;
import com.tradefinder.tools.TradeFinderCli;
import com.tradefinder.tools.UserException;
import com.tradefinder.tools.journal.Instruments;
import com.tradefinder.tools.journal.JournalDump;
import com.tradefinder.tools.journal.JournalStats;
import com.tradefinder.tools.journal.RegimeTimeline;
import com.tradefinder.tools.journal.ReplayVerifier;
import com.tradefinder.engine.marketdata.Timeframe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code tradefinder journal ...}: post-mortem and research tools over a journal folder.
 */
@Command(name = "journal", mixinStandardHelpOptions = true,
    description = "Inspect, check and replay a journal.",
    subcommands = { JournalCommand.Dump.class, JournalCommand.Stats.class, JournalCommand.Replay.class,
        JournalCommand.RegimeCsv.class, BookCheckCommand.class })
public final class JournalCommand implements Callable<Integer>
{
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /**
     * Without a subcommand: the usage, as a usage error.
     *
     * @return {@link TradeFinderCli#EXIT_USER_ERROR}.
     */
    @Override
    public Integer call()
    {
        spec.commandLine().usage(System.err);
        return TradeFinderCli.EXIT_USER_ERROR;
    }

    static PrintStream output(final Path file)
    {
        if (file == null)
        {
            // standard output stays open after the command: closing only flushes
            final java.io.FilterOutputStream stdout = new java.io.FilterOutputStream(System.out)
            {
                @Override
                public void write(final byte[] bytes, final int offset, final int length) throws IOException
                {
                    out.write(bytes, offset, length);
                }

                @Override
                public void close() throws IOException
                {
                    flush();
                }
            };
            return new PrintStream(new BufferedOutputStream(stdout, 1 << 16), false);
        }
        try
        {
            return new PrintStream(new BufferedOutputStream(new FileOutputStream(file.toFile()), 1 << 16), false);
        }
        catch (final IOException ex)
        {
            throw new UserException("cannot write " + file + ": " + ex.getMessage());
        }
    }

    /** Every message as one JSON line. */
    @Command(name = "dump", mixinStandardHelpOptions = true,
        description = "Print every message as one JSON line (inbound events, each followed by the outputs it caused).")
    static final class Dump implements Callable<Integer>
    {
        @Parameters(index = "0", paramLabel = "JOURNAL", description = "journal folder")
        Path journalFolder;

        @Option(names = "--type", paramLabel = "TYPE", split = ",",
            description = "only these message types, e.g. Trade,Bar,RegimeChange")
        List<String> types = new ArrayList<>();

        @Option(names = "--instrument", paramLabel = "SYMBOL", split = ",",
            description = "only messages about these instruments (symbol or id)")
        List<String> instruments = new ArrayList<>();

        @Option(names = "--from", paramLabel = "TIME", description = "from this event time, inclusive (UTC)")
        String from;

        @Option(names = "--to", paramLabel = "TIME", description = "up to this event time, exclusive (UTC)")
        String to;

        @Option(names = "--direction", paramLabel = "in|out|both", defaultValue = "both",
            description = "inbound events, outputs or both (default: ${DEFAULT-VALUE})")
        String direction;

        @Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "write here instead of stdout")
        Path outputFile;

        @Override
        public Integer call()
        {
            if (!direction.equals("in") && !direction.equals("out") && !direction.equals("both"))
            {
                throw new UserException("--direction '" + direction + "': use in, out or both");
            }
            try (Journal journal = Journal.openForReading(journalFolder); PrintStream out = output(outputFile))
            {
                final JournalDump dump = new JournalDump();
                final Set<Integer> templateIds = new HashSet<>();
                for (final String type : types)
                {
                    final int id = dump.schema().templateId(type);
                    if (id < 0)
                    {
                        throw new UserException("--type '" + type + "' is not a message type; types are " +
                            String.join(", ", dump.schema().messageNames()));
                    }
                    templateIds.add(id);
                }
                final Set<Integer> instrumentIds = new HashSet<>();
                if (!instruments.isEmpty())
                {
                    final Instruments known = Instruments.read(journal);
                    for (final String instrument : instruments)
                    {
                        instrumentIds.add(known.resolve(instrument));
                    }
                }
                dump.templateIds(templateIds).instrumentIds(instrumentIds)
                    .window(from == null ? Long.MIN_VALUE : TimeArgs.parseNs("--from", from),
                        to == null ? Long.MAX_VALUE : TimeArgs.parseNs("--to", to))
                    .directions(!direction.equals("out"), !direction.equals("in"))
                    .print(journal, out);
            }
            return 0;
        }
    }

    /** Counts, time span and gaps. */
    @Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Count messages per type and instrument, show the time span and any gaps in the market data.")
    static final class Stats implements Callable<Integer>
    {
        @Parameters(index = "0", paramLabel = "JOURNAL", description = "journal folder")
        Path journalFolder;

        @Override
        public Integer call()
        {
            try (Journal journal = Journal.openForReading(journalFolder))
            {
                new JournalStats().read(journal).print(System.out);
            }
            return 0;
        }
    }

    /** Replay, optionally verifying. */
    @Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Run a fresh business logic over the journal's inbound events and print its state hash; " +
            "with --verify, check every output byte for byte against the journal.")
    static final class Replay implements Callable<Integer>
    {
        @Parameters(index = "0", paramLabel = "JOURNAL", description = "journal folder")
        Path journalFolder;

        @Option(names = "--verify", description = "compare outputs and state hash with the journal; exit 1 on the first difference")
        boolean verify;

        @Override
        public Integer call()
        {
            try (Journal journal = Journal.openForReading(journalFolder))
            {
                final ReplayVerifier.Result result = new ReplayVerifier(verify).run(journal);
                System.out.println("events replayed: " + result.events() + ", outputs: " + result.outputs() +
                    (result.halted() ? " (the logic halted on a fault, as journaled)" : ""));
                System.out.println("state hash: " + Long.toHexString(result.stateHash()));
                if (verify)
                {
                    if (!result.matched())
                    {
                        System.out.println("MISMATCH: " + result.difference());
                        return TradeFinderCli.EXIT_CHECK_FAILED;
                    }
                    System.out.println("verified: every output matches the journal byte for byte" +
                        (result.journaledStateHash() != 0 ? ", journaled state hash " +
                            Long.toHexString(result.journaledStateHash()) + " reproduced" : ""));
                }
            }
            return 0;
        }
    }

    /** Regime timeline CSV. */
    @Command(name = "regime", mixinStandardHelpOptions = true,
        description = "The regime timeline of one instrument and timeframe as CSV: " + RegimeTimeline.HEADER)
    static final class RegimeCsv implements Callable<Integer>
    {
        @Parameters(index = "0", paramLabel = "JOURNAL", description = "journal folder")
        Path journalFolder;

        @Option(names = "--instrument", required = true, paramLabel = "SYMBOL", description = "symbol or id")
        String instrument;

        @Option(names = "--timeframe", required = true, paramLabel = "TF", description = "e.g. 1h, 4h, 1d")
        String timeframe;

        @Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "write here instead of stdout")
        Path outputFile;

        @Override
        public Integer call()
        {
            final int timeframeSec = Timeframe.parseSeconds(timeframe);
            try (Journal journal = Journal.openForReading(journalFolder); PrintStream out = output(outputFile))
            {
                final Instruments instruments = Instruments.read(journal);
                final int id = instruments.resolve(instrument);
                final long rows = new RegimeTimeline().print(journal, id, instruments.byId(id).priceExponent(),
                    timeframeSec, out);
                if (rows == 0)
                {
                    System.err.println("tradefinder: no " + timeframe + " bars closed for " + instrument +
                        " in this journal (was it imported with --timeframes including " + timeframe + "?)");
                }
            }
            return 0;
        }
    }
}
