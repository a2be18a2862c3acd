package com.tradefinder.bench;

import com.tradefinder.codecs.FillDecoder;
import com.tradefinder.codecs.TradeClosedDecoder;
import com.tradefinder.config.BotConfig;
import com.tradefinder.engine.journal.Journal;
import com.tradefinder.engine.journal.JournalCursor;
import com.tradefinder.tools.backtest.BacktestRunner;
import com.tradefinder.tools.journal.ReplayVerifier;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * Backtest throughput, the whole pipeline (PERFORMANCE.md P5; issue 3's bench bullet).
 * <p>
 * Measures: {@link #backtest} runs {@link BacktestRunner} with the example regime bot
 * ({@code config/examples/backtest-regime-bot.toml}: Supertrend 4h, Mean Reversion 1h, Squeeze Breakout 1h and Grid
 * 1h, every strategy configured and routed by regime) over the real history: the 1h klines of BTCUSDT and ETHUSDT
 * from 2020-01-01 to 2026-05-16 (111,744 bars) and their 8h funding rates (14,238), as the CLI's importer reads them.
 * One invocation is one whole backtest: history → simulated venue → inbound journal → business logic (regimes,
 * every strategy, risk, orders, portfolio) → outputs journaled and the venue answering the commands. The CSV files
 * are parsed once in the trial setup and replayed from memory ({@link HistoryTape}), so parsing is not measured;
 * creating the journal is. Each invocation writes a fresh journal folder, made and deleted outside the timing.
 * <p>
 * Baseline in the same run: {@link #rawJournalRead}, a {@link JournalCursor} loop without any logic over the inbound
 * queue of the SAME journal (the one a backtest produced in the trial setup), reading each record's sequence, length
 * and template.
 * <p>
 * Scores: the primary score is nanoseconds per invocation (a whole backtest, or a whole read); the secondary
 * {@code events} score (JMH {@link AuxCounters}) is nanoseconds per inbound event (history, venue answers,
 * settings and config: ~135,500 per backtest), {@code bars} nanoseconds per history bar. Bar (P5): ≥ 1M bars/s
 * with every strategy active, and ≥ 0.25× the raw read's throughput in events/s over the same journal.
 * <p>
 * Checked: the reference backtest in the setup must not halt, must close trades (TradeClosed outputs) and fill
 * orders, and a replay of its journal through a fresh business logic must give the same outputs and the same state
 * hash (once, in the setup); every measured backtest must give the reference's events, outputs and state hash.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@Fork(value = 1, jvmArgsAppend = {
    "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED",
    "--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED",
    "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-exports=jdk.unsupported/sun.misc=ALL-UNNAMED",
    "--add-exports=jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED",
    "--add-opens=jdk.compiler/com.sun.tools.javac=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/java.util=ALL-UNNAMED",
    "-Dchronicle.analytics.disable=true",
})
public class BacktestThroughputBenchmark
{
    private static final LongConsumer NO_PROGRESS = events ->
    {
    };

    private List<BotConfig> bots;
    private HistoryTape history;
    private Path folder;
    private Journal reference;
    private BacktestRunner.Result expected;
    private long trades;
    private long fills;
    private Path journalFolder;
    private BacktestRunner.Result result;
    private long runs;

    /**
     * Counts per iteration, normalised by JMH to nanoseconds per event and per bar.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counts
    {
        /** Inbound events handled (backtest) or records read (raw loop). */
        public long events;

        /** History bars in them. */
        public long bars;

        /**
         * Zeroes the counts before an iteration.
         */
        @Setup(Level.Iteration)
        public void reset()
        {
            events = 0;
            bars = 0;
        }
    }

    /**
     * Loads the example bot and the real history, runs the reference backtest, checks it (no halt, trades closed,
     * replay gives the same state hash) and opens its journal for the raw loop.
     */
    @Setup(Level.Trial)
    public void setUp()
    {
        bots = List.of(BenchData.exampleBot());
        history = BenchData.realHistory();
        folder = BenchFiles.tempFolder("tf-backtest-");
        final Path referenceFolder = folder.resolve("reference");
        expected = new BacktestRunner(bots, referenceFolder).run(history.rewind(), NO_PROGRESS);
        reference = Journal.openForReading(referenceFolder);
        final ReplayVerifier.Result replay = new ReplayVerifier(true).run(reference);
        try (JournalCursor out = reference.outboundCursor())
        {
            while (out.next())
            {
                trades += out.templateId() == TradeClosedDecoder.TEMPLATE_ID ? 1 : 0;
            }
        }
        try (JournalCursor in = reference.inboundCursor())
        {
            while (in.next())
            {
                fills += in.templateId() == FillDecoder.TEMPLATE_ID ? 1 : 0;
            }
        }
        if (expected.halted() || trades == 0 || fills == 0 || !replay.matched() ||
            replay.stateHash() != expected.stateHash() || replay.events() != expected.events())
        {
            throw new IllegalStateException("reference backtest check failed: " + expected + ", " + trades +
                " trades closed, " + fills + " fills, replay " + replay);
        }
        System.out.println("check reference backtest: " + expected.events() + " inbound events (" + history.bars() +
            " bars, " + history.fundingRates() + " funding rates), " + expected.outputs() + " outputs, " + trades +
            " trades closed, " + fills + " fills, no halt; replay verified: same " + replay.outputs() +
            " outputs, same state hash " + Long.toHexString(replay.stateHash()));
    }

    /**
     * Rewinds the history and names a fresh journal folder, outside the timing.
     */
    @Setup(Level.Invocation)
    public void beforeInvocation()
    {
        history.rewind();
        journalFolder = folder.resolve("run-" + runs++);
        result = null;
    }

    /**
     * After a backtest, outside the timing: deletes its journal and checks it against the reference.
     */
    @TearDown(Level.Invocation)
    public void afterInvocation()
    {
        if (result == null)
        {
            return;
        }
        BenchFiles.delete(journalFolder);
        if (result.halted() || result.events() != expected.events() || result.outputs() != expected.outputs() ||
            result.stateHash() != expected.stateHash())
        {
            throw new IllegalStateException("backtest " + runs + " differs from the reference: " + result + " vs " +
                expected);
        }
    }

    /**
     * One whole backtest of the example bot over the real history.
     *
     * @param counts events and bars, for the per-event scores.
     * @return the run's summary.
     */
    @Benchmark
    public BacktestRunner.Result backtest(final Counts counts)
    {
        result = new BacktestRunner(bots, journalFolder).run(history, NO_PROGRESS);
        counts.events += result.events();
        counts.bars += history.bars();
        return result;
    }

    /**
     * Baseline: the inbound queue of the reference backtest's journal read by a {@link JournalCursor}, no logic.
     *
     * @param counts records and bars, for the per-event scores.
     * @return a sum over the records.
     */
    @Benchmark
    public long rawJournalRead(final Counts counts)
    {
        long sum = 0;
        long records = 0;
        try (JournalCursor cursor = reference.inboundCursor())
        {
            while (cursor.next())
            {
                sum += cursor.sequence() + cursor.length() + cursor.templateId();
                records++;
            }
        }
        if (records != expected.events())
        {
            throw new IllegalStateException("raw loop read " + records + " records of " + expected.events());
        }
        counts.events += records;
        counts.bars += history.bars();
        return sum;
    }

    /**
     * Closes and deletes the journals.
     */
    @TearDown(Level.Trial)
    public void tearDown()
    {
        if (reference != null)
        {
            reference.close();
        }
        BenchFiles.delete(folder);
    }
}
