package com.tradefinder.bench;

import com.tradefinder.engine.journal.Journal;
import com.tradefinder.engine.journal.JournalAppender;
import org.agrona.BufferUtil;
import org.agrona.concurrent.UnsafeBuffer;
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

import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Average cost of one journal append (PERFORMANCE.md P4, as an average; the percentiles come from
 * {@link JournalAppendLatency}).
 * <p>
 * Measures: {@link JournalAppender#append} of one real 74-byte SBE Bar (an 82-byte record with its sequence) from an
 * off-heap buffer, as the journal handler appends a ring entry, to the inbound queue of a Chronicle journal on
 * disk ({@code java.io.tmpdir}) with its {@link com.tradefinder.engine.journal.JournalPretoucher} running, as the
 * engine runs it (page faults are taken on the pretoucher's thread); the bars cycle through the 111,744 1h klines
 * of BTCUSDT and ETHUSDT.
 * <p>
 * Baseline in the same run: {@link #copyToBuffer()}, writing the same sequence and bytes into a pre-allocated
 * off-heap buffer. The journal is created once per trial (several GB of sparse cycle file in a full run, deleted
 * afterwards), so its creation stays out of {@code -prof gc}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 8, time = 1)
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
public class JournalAppendBenchmark
{
    private EventTape bars;
    private Path folder;
    private Journal journal;
    private JournalAppender appender;
    private final UnsafeBuffer scratch = new UnsafeBuffer(BufferUtil.allocateDirectAligned(Journal.MAX_MESSAGE_LENGTH,
        64));
    private int next;
    private long sequence;

    /**
     * Loads the bars and creates the journal.
     */
    @Setup(Level.Trial)
    public void setUp()
    {
        bars = BenchData.hourBars();
        folder = BenchFiles.tempFolder("tf-append-");
        journal = Journal.create(folder.resolve("journal"), false);
        journal.startPretoucher();
        appender = journal.inboundAppender();
    }

    /**
     * One record appended to the journal.
     */
    @Benchmark
    public void append()
    {
        final int i = advance();
        appender.append(sequence++, bars.buffer(), bars.offset(i), bars.length(i));
    }

    /**
     * Baseline: the same sequence and message bytes copied into a pre-allocated buffer.
     *
     * @return the buffer, so the copy is not dead code.
     */
    @Benchmark
    public UnsafeBuffer copyToBuffer()
    {
        final int i = advance();
        scratch.putLong(0, sequence++, ByteOrder.LITTLE_ENDIAN);
        scratch.putBytes(Long.BYTES, bars.buffer(), bars.offset(i), bars.length(i));
        return scratch;
    }

    private int advance()
    {
        final int i = next;
        if (++next == bars.count())
        {
            next = 0;
        }
        return i;
    }

    /**
     * Checks that every append was counted, then deletes the journal.
     */
    @TearDown(Level.Trial)
    public void tearDown()
    {
        final long appended = appender.appended();
        appender.close();
        journal.close();
        BenchFiles.delete(folder);
        if (appended != 0 && appended != sequence)
        {
            throw new IllegalStateException("appender counted " + appended + " records, expected " + sequence);
        }
    }
}
