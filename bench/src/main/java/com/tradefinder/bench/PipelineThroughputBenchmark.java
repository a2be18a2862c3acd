package com.tradefinder.bench;

import com.tradefinder.engine.app.Engine;
import com.tradefinder.engine.app.EngineContext;
import com.tradefinder.engine.app.WaitMode;
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
 * Throughput of the live pipeline (PERFORMANCE.md P2): ring, then journal, then the full business logic.
 * <p>
 * Measures: one invocation launches nothing (the {@link Engine} is launched on a fresh journal folder in the
 * invocation's setup); it publishes {@value #EVENTS} real events from the benchmark thread (settings, two
 * instrument definitions, then the {@code bars-1h} or {@code trades} tape lap after lap with time moved forward)
 * and calls {@link Engine#close()}, which drains the ring through the journal handler and the business-logic
 * handler and closes the journal. The score is that time divided by {@value #EVENTS}: nanoseconds per event;
 * events/s is its inverse.
 * <p>
 * Baseline in the same run: {@link #noOpBusinessHandler}, the same ring and journal with the business handler
 * dropping every event ({@link EngineContext#businessLogicEnabled(boolean)}). Bar: throughput with logic ≥ 0.7× the
 * baseline's, and ≥ 2M events/s.
 * <p>
 * Three threads on this 2-core box: the producer (benchmark thread), the journal handler and the business handler.
 * Wait mode {@code SLEEPING} by default (no thread busy-spins); {@code -p waitMode=BLOCKING} for the engine default.
 * The journal is written under {@code java.io.tmpdir} (disk). Each invocation is checked afterwards: every event
 * handled (or, for the baseline, none), no fault, regime updates produced.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(PipelineThroughputBenchmark.EVENTS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
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
public class PipelineThroughputBenchmark
{
    /** Events published per invocation, the preamble included. */
    public static final int EVENTS = 1_000_000;

    /**
     * One engine per invocation, on a fresh journal folder; subclassed for the two benchmarks.
     */
    @State(Scope.Thread)
    public abstract static class Run
    {
        @Param({ BenchData.BARS, BenchData.TRADES })
        public String input;

        @Param({ "SLEEPING" })
        public String waitMode;

        private EventTape tape;
        private byte[][] preamble;
        private Path folder;
        private Engine engine;
        private CountingSink downstream;

        abstract boolean logicEnabled();

        /**
         * Loads the tape.
         */
        @Setup(Level.Trial)
        public void load()
        {
            tape = BenchData.tape(input);
            preamble = BenchData.preamble();
            if ((long)(EVENTS / tape.count() + 1) >= tape.maxLaps())
            {
                throw new IllegalStateException("tape " + tape.name() + " cannot hold " + EVENTS + " events in time");
            }
        }

        /**
         * Launches the engine on a fresh journal folder.
         */
        @Setup(Level.Invocation)
        public void launch()
        {
            folder = BenchFiles.tempFolder("tf-pipeline-");
            downstream = new CountingSink();
            engine = Engine.launch(new EngineContext()
                .journalFolder(folder.resolve("journal"))
                .waitMode(WaitMode.parse(waitMode))
                .downstream(downstream)
                .businessLogicEnabled(logicEnabled()));
        }

        /**
         * Checks the drained run and deletes the journal.
         */
        @TearDown(Level.Invocation)
        public void checkAndDelete()
        {
            final BusinessLogic logic = engine.logic();
            final boolean ok = logicEnabled() ?
                logic.eventsProcessed() == EVENTS && !logic.halted() && downstream.faults() == 0 &&
                    downstream.regimeUpdates() > 0 :
                logic.eventsProcessed() == 0 && downstream.outputs() == 0;
            BenchFiles.delete(folder);
            if (!ok)
            {
                throw new IllegalStateException("check failed (" + input + ", logic " + logicEnabled() +
                    "): processed " + logic.eventsProcessed() + " of " + EVENTS + ", halted " + logic.halted() +
                    ", faults " + downstream.faults() + ", regime updates " + downstream.regimeUpdates());
            }
        }

        void publishAndDrain()
        {
            final Engine engine = this.engine;
            for (final byte[] event : preamble)
            {
                engine.publish(new UnsafeBuffer(event), 0, event.length);
            }
            final EventTape tape = this.tape;
            final int count = tape.count();
            int next = 0;
            long lap = 0;
            for (int published = preamble.length; published < EVENTS; published++)
            {
                tape.stamp(next, lap);
                engine.publish(tape.buffer(), tape.offset(next), tape.length(next));
                if (++next == count)
                {
                    next = 0;
                    lap++;
                }
            }
            engine.close();
        }
    }

    /**
     * The engine with the business logic.
     */
    @State(Scope.Thread)
    public static class WithLogic extends Run
    {
        @Override
        boolean logicEnabled()
        {
            return true;
        }
    }

    /**
     * The engine with the no-op business handler.
     */
    @State(Scope.Thread)
    public static class WithoutLogic extends Run
    {
        @Override
        boolean logicEnabled()
        {
            return false;
        }
    }

    /**
     * {@value #EVENTS} events through ring, journal and business logic, drained.
     *
     * @param run launches the engine with the logic.
     */
    @Benchmark
    public void ringJournalLogic(final WithLogic run)
    {
        run.publishAndDrain();
    }

    /**
     * Baseline: {@value #EVENTS} events through the same ring and journal, the business handler dropping them.
     *
     * @param run launches the engine with the no-op business handler.
     */
    @Benchmark
    public void noOpBusinessHandler(final WithoutLogic run)
    {
        run.publishAndDrain();
    }
}
