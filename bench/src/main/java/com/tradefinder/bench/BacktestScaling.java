package com.tradefinder.bench;

import com.tradefinder.codecs.TradeClosedDecoder;
import com.tradefinder.config.BotConfig;
import com.tradefinder.engine.journal.Journal;
import com.tradefinder.engine.journal.JournalCursor;
import com.tradefinder.tools.backtest.BacktestRunner;
import com.tradefinder.tools.importer.EventSource;
import com.tradefinder.tools.synthetic.SyntheticMarket;
import org.agrona.DirectBuffer;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Cost of growth (PERFORMANCE.md P8): the same backtest at 1×, 10× and 100× the input, in one JVM run.
 * <p>
 * Measures: {@link BacktestRunner} with the example regime bot ({@code config/examples/backtest-regime-bot.toml},
 * every strategy configured) over the seeded SYNTHETIC market ({@link SyntheticMarket}, seed 7, the bot's
 * BTCUSDT and ETHUSDT, hourly bars and 8h funding), at 2,000, 20,000 and 200,000 hourly bars per instrument
 * ({@code --base-bars} × 1, 10, 100). One backtest is timed from start to end: generating the market, the
 * simulated venue, the inbound and outbound journals on disk, the business logic. Per size it reports the inbound
 * events (bars, funding, the venue's answers, settings and config), the seconds, the nanoseconds per event and
 * their ratio to the 1× case (linear time means a roughly constant ns/event; the 1× case carries the fixed cost
 * of creating the journal and building the bot, so it is the slowest per event), and the heap used after a full
 * GC at the end of the input, with the backtest's whole state still live (memory flat in events means the same
 * heap at every size).
 * <p>
 * Baseline in the same run: the 1× case. Before it, two unmeasured 10× backtests warm the JIT. The 1× case is run
 * {@code --repeats} (5) times and the 10× case 3 times, the median kept; the 100× case once. The end-of-input GC
 * and heap reading are excluded from the timing.
 * <p>
 * The synthetic generator keeps the regime it generated for every bar (4 bytes per bar and instrument, the input's
 * own record, reported separately): that part of the heap grows with the input by design; the engine's part is
 * the rest.
 * <p>
 * Also per size: the bytes the backtest's thread allocated during the run (JVM thread allocation counter; the GC
 * and heap reading at the end excluded) and, between sizes, the marginal bytes per event, which is what the
 * backtest allocates per event once its fixed setup (journal, bot) is paid.
 * <p>
 * Checked per run: no halt, trades closed (TradeClosed outputs), the same run twice gives the same state hash.
 * <p>
 * Usage: {@code BacktestScaling [--base-bars N] [--max-factor F] [--repeats R] [--out FILE]}. Prints a markdown
 * table; {@code --out} writes the figures as properties for {@link ResultsReport}. Run with {@code -Xmx512m} (issue
 * 3: the full-history backtest fits a 512 MB heap) by {@code bench/run-benchmarks.sh}; its smoke mode passes
 * {@code --max-factor 25} to keep the pass short.
 */
public final class BacktestScaling
{
    private static final long START_NS = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond() * 1_000_000_000L;
    private static final long SEED = 7;
    private static final int WARMUP_RUNS = 2;

    private BacktestScaling()
    {
    }

    /**
     * @param args see the class description.
     * @throws IOException if the output cannot be written.
     */
    public static void main(final String[] args) throws IOException
    {
        int baseBars = 2_000;
        int maxFactor = 100;
        int repeats = 5;
        Path out = null;
        for (int i = 0; i < args.length; i++)
        {
            switch (args[i])
            {
                case "--base-bars":
                    baseBars = Integer.parseInt(args[++i]);
                    break;
                case "--max-factor":
                    maxFactor = Integer.parseInt(args[++i]);
                    break;
                case "--repeats":
                    repeats = Integer.parseInt(args[++i]);
                    break;
                case "--out":
                    out = Paths.get(args[++i]);
                    break;
                default:
                    System.err.println("unknown argument " + args[i] + "; usage: BacktestScaling [--base-bars N] " +
                        "[--max-factor F] [--repeats R] [--out FILE]");
                    System.exit(2);
                    return;
            }
        }
        final int[] factors = maxFactor > 10 ? new int[]{ 1, 10, maxFactor } : new int[]{ 1, maxFactor };
        final BotConfig bot = BenchData.exampleBot();
        final List<BotConfig> bots = List.of(bot);
        final List<String> symbols = bot.instruments().whitelist();
        final Path folder = BenchFiles.tempFolder("tf-scaling-");
        final List<Row> rows = new ArrayList<>();
        final long started = System.nanoTime();
        try
        {
            for (int i = 0; i < WARMUP_RUNS; i++)
            {
                run(bots, symbols, baseBars * 10, folder, false);
            }
            for (final int factor : factors)
            {
                final int times = factor == 1 ? repeats : factor <= 10 ? 3 : 1;
                final List<Run> runs = new ArrayList<>();
                for (int r = 0; r < times; r++)
                {
                    runs.add(run(bots, symbols, baseBars * factor, folder, true));
                }
                rows.add(new Row(factor, baseBars * factor, runs));
                System.out.println(rows.get(rows.size() - 1).describe());
            }
        }
        finally
        {
            BenchFiles.delete(folder);
        }
        final long totalNs = System.nanoTime() - started;
        final Properties figures = report(rows, symbols.size(), baseBars, repeats, maxFactor, totalNs);
        System.out.println(figures.getProperty("table").replace("\\n", "\n"));
        System.out.println(figures.getProperty("verdict"));
        if (out != null)
        {
            try (OutputStream stream = Files.newOutputStream(out))
            {
                figures.store(stream, "BacktestScaling (P8)");
            }
        }
    }

    private static Run run(final List<BotConfig> bots, final List<String> symbols, final int bars,
        final Path folder, final boolean check)
    {
        final Path journalFolder = folder.resolve("journal-" + bars);
        final MeasuredSource source = new MeasuredSource(new SyntheticMarket(SEED, bars, START_NS, symbols));
        final long gcsBefore = collections();
        final long allocatedBefore = allocatedBytes();
        final long start = System.nanoTime();
        final BacktestRunner.Result result = new BacktestRunner(bots, journalFolder).run(source, events ->
        {
        });
        final long elapsed = System.nanoTime() - start - source.measuringNs;
        final long allocated = allocatedBytes() - allocatedBefore - source.measuringAllocatedBytes;
        long trades = 0;
        if (check)
        {
            try (Journal journal = Journal.openForReading(journalFolder); JournalCursor cursor =
                journal.outboundCursor())
            {
                while (cursor.next())
                {
                    trades += cursor.templateId() == TradeClosedDecoder.TEMPLATE_ID ? 1 : 0;
                }
            }
            if (result.halted() || trades == 0)
            {
                throw new IllegalStateException("backtest of " + bars + " bars: halted " + result.halted() + ", " +
                    trades + " trades closed");
            }
        }
        BenchFiles.delete(journalFolder);
        return new Run(result, elapsed, source.heapUsed, source.gcsDuringRun - gcsBefore, trades,
            (long)bars * symbols.size(), allocated);
    }

    /** Bytes allocated so far by this thread, the one the backtest runs on. */
    private static long allocatedBytes()
    {
        return ((com.sun.management.ThreadMXBean)ManagementFactory.getThreadMXBean()).getThreadAllocatedBytes(
            Thread.currentThread().getId());
    }

    private static long collections()
    {
        long count = 0;
        for (final GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans())
        {
            count += Math.max(0, gc.getCollectionCount());
        }
        return count;
    }

    private static Properties report(final List<Row> rows, final int instruments, final int baseBars,
        final int repeats, final int maxFactor, final long totalNs)
    {
        final Properties p = new Properties();
        final Row base = rows.get(0);
        final StringBuilder table = new StringBuilder(1024)
            .append("| input | bars per instrument | events | seconds (median) | ns/event | ns/event vs 1× | ")
            .append("heap after GC | of which the generator's record | runs | GCs during a run | trades |\\n")
            .append("|---|---|---|---|---|---|---|---|---|---|---|");
        p.setProperty("sizes", Integer.toString(rows.size()));
        p.setProperty("instruments", Integer.toString(instruments));
        p.setProperty("baseBars", Integer.toString(baseBars));
        p.setProperty("maxFactor", Integer.toString(maxFactor));
        p.setProperty("repeats", Integer.toString(repeats));
        p.setProperty("warmupRuns", Integer.toString(WARMUP_RUNS));
        p.setProperty("maxHeapMb", Long.toString(Runtime.getRuntime().maxMemory() >> 20));
        p.setProperty("totalSeconds", String.format(Locale.ROOT, "%.1f", totalNs / 1e9));
        double worstTimeRatio = 0;
        double bestSoFar = Double.MAX_VALUE;
        for (int i = 0; i < rows.size(); i++)
        {
            final Row row = rows.get(i);
            final String key = "size." + i + ".";
            p.setProperty(key + "factor", Integer.toString(row.factor));
            p.setProperty(key + "bars", Integer.toString(row.bars));
            p.setProperty(key + "events", Long.toString(row.events()));
            p.setProperty(key + "seconds", Double.toString(row.seconds()));
            p.setProperty(key + "nsPerEvent", Double.toString(row.nsPerEvent()));
            p.setProperty(key + "nsPerEventMin", Double.toString(row.nsPerEventMin()));
            p.setProperty(key + "nsPerEventMax", Double.toString(row.nsPerEventMax()));
            p.setProperty(key + "heapBytes", Long.toString(row.heapBytes()));
            p.setProperty(key + "inputRecordBytes", Long.toString(row.inputRecordBytes()));
            p.setProperty(key + "runs", Integer.toString(row.runs.size()));
            p.setProperty(key + "gcs", Long.toString(row.gcs()));
            p.setProperty(key + "trades", Long.toString(row.trades()));
            p.setProperty(key + "sameStateHash", Boolean.toString(row.sameStateHash()));
            p.setProperty(key + "allocatedBytes", Long.toString(row.allocatedBytes()));
            if (i > 0)
            {
                worstTimeRatio = Math.max(worstTimeRatio, row.nsPerEvent() / bestSoFar);
            }
            bestSoFar = Math.min(bestSoFar, row.nsPerEvent());
            table.append("\\n| ").append(row.factor).append("× | ").append(String.format(Locale.ROOT, "%,d", row.bars))
                .append(" | ").append(String.format(Locale.ROOT, "%,d", row.events())).append(" | ")
                .append(String.format(Locale.ROOT, "%.3f", row.seconds())).append(" | ")
                .append(String.format(Locale.ROOT, "%,.0f", row.nsPerEvent())).append(" | ")
                .append(String.format(Locale.ROOT, "%.2f×", row.nsPerEvent() / base.nsPerEvent())).append(" | ")
                .append(mb(row.heapBytes())).append(" | ").append(mb(row.inputRecordBytes())).append(" | ")
                .append(row.runs.size()).append(" | ").append(row.gcs()).append(" | ").append(row.trades())
                .append(" |");
        }
        final Row last = rows.get(rows.size() - 1);
        final long baseEngine = base.heapBytes() - base.inputRecordBytes();
        final long lastEngine = last.heapBytes() - last.inputRecordBytes();
        p.setProperty("worstTimeRatio", Double.toString(worstTimeRatio));
        p.setProperty("engineHeapGrowthBytes", Long.toString(lastEngine - baseEngine));
        p.setProperty("engineHeapBaseBytes", Long.toString(baseEngine));
        p.setProperty("table", table.toString());
        p.setProperty("verdict", String.format(Locale.ROOT, "time: worst ns/event of a larger input vs the best " +
            "smaller one %.2f×; heap after GC at %d× vs 1×: %s vs %s (engine part %s vs %s)", worstTimeRatio,
            last.factor, mb(last.heapBytes()), mb(base.heapBytes()), mb(lastEngine), mb(baseEngine)));
        return p;
    }

    private static String mb(final long bytes)
    {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }

    /** One timed backtest. */
    private record Run(BacktestRunner.Result result, long elapsedNs, long heapBytes, long gcs, long trades,
        long barsTotal, long allocatedBytes)
    {
    }

    /** The runs of one size. */
    private record Row(int factor, int bars, List<Run> runs)
    {
        long events()
        {
            return runs.get(0).result().events();
        }

        private double[] nsPerEventSorted()
        {
            final double[] values = new double[runs.size()];
            for (int i = 0; i < values.length; i++)
            {
                values[i] = (double)runs.get(i).elapsedNs() / runs.get(i).result().events();
            }
            Arrays.sort(values);
            return values;
        }

        double nsPerEvent()
        {
            final double[] sorted = nsPerEventSorted();
            return sorted[sorted.length / 2];
        }

        double nsPerEventMin()
        {
            return nsPerEventSorted()[0];
        }

        double nsPerEventMax()
        {
            final double[] sorted = nsPerEventSorted();
            return sorted[sorted.length - 1];
        }

        double seconds()
        {
            return nsPerEvent() * events() / 1e9;
        }

        long heapBytes()
        {
            long max = 0;
            for (final Run run : runs)
            {
                max = Math.max(max, run.heapBytes());
            }
            return max;
        }

        /** The generator's Regime[instruments][bars] record: 4-byte compressed references. */
        long inputRecordBytes()
        {
            return runs.get(0).barsTotal() * 4L;
        }

        long gcs()
        {
            long max = 0;
            for (final Run run : runs)
            {
                max = Math.max(max, run.gcs());
            }
            return max;
        }

        long trades()
        {
            return runs.get(0).trades();
        }

        /** The least any run of this size allocated (the JIT's own first-run allocations aside). */
        long allocatedBytes()
        {
            long min = Long.MAX_VALUE;
            for (final Run run : runs)
            {
                min = Math.min(min, run.allocatedBytes());
            }
            return min;
        }

        boolean sameStateHash()
        {
            for (final Run run : runs)
            {
                if (run.result().stateHash() != runs.get(0).result().stateHash())
                {
                    return false;
                }
            }
            return true;
        }

        String describe()
        {
            return String.format(Locale.ROOT, "%d×: %,d bars per instrument, %,d events, %.3f s, %,.0f ns/event " +
                "(runs %s), heap after GC %s, allocated %s, %d trades, state hash %s", factor, bars, events(),
                seconds(), nsPerEvent(), Arrays.toString(nsPerEventSorted()), mb(heapBytes()), mb(allocatedBytes()),
                trades(), sameStateHash() ? "the same in every run" : "DIFFERS between runs");
        }
    }

    /**
     * The synthetic market, passed through; when it runs out (the backtest's whole state still live) it collects
     * garbage and reads the heap, timing that so it can be taken off the run's time.
     */
    private static final class MeasuredSource implements EventSource
    {
        private final EventSource source;
        private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        private boolean measured;
        private long heapUsed;
        private long measuringNs;
        private long measuringAllocatedBytes;
        private long gcsDuringRun;

        MeasuredSource(final EventSource source)
        {
            this.source = source;
        }

        @Override
        public boolean next()
        {
            if (source.next())
            {
                return true;
            }
            if (!measured)
            {
                measured = true;
                final long start = System.nanoTime();
                final long allocatedBefore = allocatedBytes();
                gcsDuringRun = collections();
                System.gc();
                System.gc();
                heapUsed = memory.getHeapMemoryUsage().getUsed();
                measuringAllocatedBytes = allocatedBytes() - allocatedBefore;
                measuringNs = System.nanoTime() - start;
            }
            return false;
        }

        @Override
        public long timeNs()
        {
            return source.timeNs();
        }

        @Override
        public DirectBuffer buffer()
        {
            return source.buffer();
        }

        @Override
        public int offset()
        {
            return source.offset();
        }

        @Override
        public int length()
        {
            return source.length();
        }

        @Override
        public String name()
        {
            return source.name();
        }

        @Override
        public void close()
        {
            source.close();
        }
    }
}
