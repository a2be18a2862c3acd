package com.tradefinder.bench;

import com.tradefinder.engine.app.Engine;
import com.tradefinder.engine.app.EngineContext;
import com.tradefinder.engine.app.WaitMode;
import com.tradefinder.engine.journal.Journal;
import com.tradefinder.engine.journal.JournalCursor;
import com.tradefinder.engine.logic.BusinessLogic;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Replay throughput (PERFORMANCE.md P5): a journal read back through a fresh business logic, as a backtest does.
 * <p>
 * Setup: a journal is written once per trial by an {@link Engine}: the settings, the two instrument definitions
 * and {@value #EVENTS} real events, either the 111,744 1h klines of BTCUSDT and ETHUSDT ({@code bars-1h}) or the
 * 58,604 captured trades and the first 53,140 of their second lap ({@code trades}).
 * <p>
 * Measures: {@link #replayThroughLogic()} reads every inbound record with a {@link JournalCursor} and hands it to a
 * fresh {@link BusinessLogic} with a no-op (counting) sink. The score is nanoseconds per record; records/s is its
 * inverse.
 * <p>
 * Baseline in the same run: {@link #rawTailerLoop()}, the same cursor over the same journal without the logic.
 * Bar: replay ≥ 0.25× the raw loop's throughput; ≥ 1M bars/s on klines, ≥ 5M events/s on trade captures.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(ReplayBenchmark.RECORDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 10, time = 1)
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
public class ReplayBenchmark
{
    /** Market-data events in the journal: every 1h kline of both instruments. */
    public static final int EVENTS = 111_744;

    /** Records in the journal: the three preamble events and the market data. */
    public static final int RECORDS = EVENTS + 3;

    @Param({ BenchData.BARS, BenchData.TRADES })
    public String input;

    private Path folder;
    private Journal journal;
    private CountingSink sink;
    private long replays;
    private BusinessLogic last;

    /**
     * Writes the journal through an engine, then opens it for reading.
     */
    @Setup(Level.Trial)
    public void setUp()
    {
        final EventTape tape = BenchData.tape(input);
        final byte[][] preamble = BenchData.preamble();
        if (preamble.length + EVENTS != RECORDS)
        {
            throw new IllegalStateException("preamble changed: " + preamble.length + " events");
        }
        folder = BenchFiles.tempFolder("tf-replay-");
        final Path journalFolder = folder.resolve("journal");
        final Engine engine = Engine.launch(new EngineContext().journalFolder(journalFolder)
            .waitMode(WaitMode.SLEEPING));
        for (final byte[] event : preamble)
        {
            engine.publish(new UnsafeBuffer(event), 0, event.length);
        }
        for (int published = 0; published < EVENTS; published++)
        {
            final int i = published % tape.count();
            tape.stamp(i, published / tape.count());
            engine.publish(tape.buffer(), tape.offset(i), tape.length(i));
        }
        engine.close();
        if (engine.logic().eventsProcessed() != RECORDS || engine.logic().halted())
        {
            throw new IllegalStateException("engine handled " + engine.logic().eventsProcessed() + " of " + RECORDS);
        }
        journal = Journal.openForReading(journalFolder);
        sink = new CountingSink();
    }

    /**
     * Every record of the journal through a fresh business logic.
     *
     * @return the logic, so the work is not dead code.
     */
    @Benchmark
    public BusinessLogic replayThroughLogic()
    {
        final BusinessLogic logic = new BusinessLogic(sink);
        try (JournalCursor cursor = journal.inboundCursor())
        {
            while (cursor.next())
            {
                logic.onEvent(cursor.sequence(), cursor.buffer(), 0, cursor.length());
            }
        }
        replays++;
        last = logic;
        return logic;
    }

    /**
     * Baseline: the same cursor over the same journal, reading each record's sequence and length.
     *
     * @return a sum over the records.
     */
    @Benchmark
    public long rawTailerLoop()
    {
        long sum = 0;
        long records = 0;
        try (JournalCursor cursor = journal.inboundCursor())
        {
            while (cursor.next())
            {
                sum += cursor.sequence() + cursor.length() + cursor.templateId();
                records++;
            }
        }
        if (records != RECORDS)
        {
            throw new IllegalStateException("raw loop read " + records + " records of " + RECORDS);
        }
        return sum;
    }

    /**
     * Checks the last replay (every record handled, no halt, regime updates produced) and deletes the journal.
     */
    @TearDown(Level.Trial)
    public void tearDown()
    {
        journal.close();
        BenchFiles.delete(folder);
        if (replays > 0 && (last.eventsProcessed() != RECORDS || last.halted() || sink.faults() != 0 ||
            sink.regimeUpdates() == 0))
        {
            throw new IllegalStateException("replay check failed on " + input + ": processed " +
                last.eventsProcessed() + " of " + RECORDS + ", halted " + last.halted() + ", regime updates " +
                sink.regimeUpdates());
        }
    }
}
