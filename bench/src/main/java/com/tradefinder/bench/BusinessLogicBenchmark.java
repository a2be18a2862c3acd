package com.tradefinder.bench;

import com.tradefinder.codecs.BarDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.TradeDecoder;
import com.tradefinder.engine.logic.BusinessLogic;
import org.agrona.DirectBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Cost per event of the single-threaded core (PERFORMANCE.md P3, and the per-event cost behind P2 and P5).
 * <p>
 * Measures: the nanoseconds to hand one pre-encoded real event to a JIT-warmed {@link BusinessLogic} with a no-op
 * (counting) sink, {@link #logic()}, over either the 111,744 1h klines of BTCUSDT and ETHUSDT interleaved
 * ({@code bars-1h}) or the 58,604 trades of the WebSocket captures ({@code trades}), cycled lap after lap with
 * times moved forward so bars keep closing in order (see {@link EventTape}).
 * <p>
 * Baseline in the same run: {@link #decodeOnly()}, which decodes the SBE header and every field of the same
 * event, without the logic.
 * <p>
 * Run with {@code -prof gc}: the logic must show 0 B/op (P3). Time is 64-bit nanoseconds, so after
 * {@link EventTape#maxLaps()} laps a fresh logic, prepared in the trial setup, takes over (for the bars tape every
 * ~4M events; the fresh logic re-warms its indicators from scratch, as a new history does). After the trial the
 * run is checked: no fault, no halt, every event handled, regime updates produced.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
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
public class BusinessLogicBenchmark
{
    /** Fresh logics prepared per trial; one lasts {@link EventTape#maxLaps()} laps (~4M bars, ~12M trades). */
    private static final int LOGICS = 256;

    @Param({ BenchData.BARS, BenchData.TRADES })
    public String input;

    private EventTape tape;
    private CountingSink sink;
    private BusinessLogic[] logics;
    private int logicIndex;
    private BusinessLogic logic;
    private int extraLogics;
    private int preambleLength;
    private long sequence;
    private long handed;
    private int next;
    private long lap;

    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final BarDecoder bar = new BarDecoder();
    private final TradeDecoder trade = new TradeDecoder();

    /**
     * Loads the tape and prepares the fresh logics, each given the settings and instrument definitions.
     */
    @Setup(Level.Trial)
    public void setUp()
    {
        tape = BenchData.tape(input);
        preambleLength = BenchData.preamble().length;
        sink = new CountingSink();
        logics = new BusinessLogic[LOGICS];
        for (int i = 0; i < LOGICS; i++)
        {
            logics[i] = freshLogic();
        }
        logic = logics[0];
    }

    private BusinessLogic freshLogic()
    {
        final BusinessLogic fresh = new BusinessLogic(sink);
        for (final byte[] event : BenchData.preamble())
        {
            fresh.onEvent(sequence++, new org.agrona.concurrent.UnsafeBuffer(event), 0, event.length);
        }
        return fresh;
    }

    /**
     * One real event through the business logic.
     */
    @Benchmark
    public void logic()
    {
        final int i = advance();
        handed++;
        logic.onEvent(sequence++, tape.buffer(), tape.offset(i), tape.length(i));
    }

    /**
     * Baseline: decode the SBE header and every field of the same event.
     *
     * @return a sum of the fields, so nothing is dead code.
     */
    @Benchmark
    public long decodeOnly()
    {
        final int i = advance();
        final DirectBuffer buffer = tape.buffer();
        final int offset = tape.offset(i);
        header.wrap(buffer, offset);
        final int body = offset + MessageHeaderDecoder.ENCODED_LENGTH;
        switch (header.templateId())
        {
            case BarDecoder.TEMPLATE_ID:
                bar.wrap(buffer, body, header.blockLength(), header.version());
                return bar.instrumentId() + bar.priceSource().ordinal() + bar.timeframeSec() + bar.openTimeNs() +
                    bar.receiveTimeNs() + bar.openMantissa() + bar.highMantissa() + bar.lowMantissa() +
                    bar.closeMantissa() + bar.volumeMantissa() + bar.closed().ordinal();
            case TradeDecoder.TEMPLATE_ID:
                trade.wrap(buffer, body, header.blockLength(), header.version());
                return trade.instrumentId() + trade.exchangeTimeNs() + trade.receiveTimeNs() + trade.tradeId() +
                    trade.priceMantissa() + trade.sizeMantissa() + trade.aggressorSide().ordinal();
            default:
                throw new IllegalStateException("unexpected template " + header.templateId());
        }
    }

    private int advance()
    {
        final int i = next;
        tape.stamp(i, lap);
        if (++next == tape.count())
        {
            next = 0;
            if (++lap == tape.maxLaps())
            {
                lap = 0;
                nextLogic();
            }
        }
        return i;
    }

    private void nextLogic()
    {
        if (++logicIndex < LOGICS)
        {
            logic = logics[logicIndex];
        }
        else
        {
            // only in runs far longer than the annotations ask for; the allocation then shows in -prof gc
            extraLogics++;
            logic = freshLogic();
        }
    }

    /**
     * Checks the run: every event handed was handled, no logic halted or faulted, regime updates were produced.
     * <p>
     * It runs inside the last measured iteration, so on success it allocates only one short line (a
     * {@code StringBuilder}, not an indy string concatenation, whose first bootstrap allocates hundreds of KB and
     * would show in {@code -prof gc}).
     */
    @TearDown(Level.Trial)
    public void check()
    {
        if (handed == 0)
        {
            return;
        }
        long processed = 0;
        boolean clean = true;
        for (int i = 0; i <= Math.min(logicIndex, LOGICS - 1); i++)
        {
            final BusinessLogic used = logics[i];
            clean &= !used.halted() && used.unknownTemplates() == 0 && used.unknownInstrumentEvents() == 0;
            processed += used.eventsProcessed() - preambleLength;
        }
        if (!clean || extraLogics == 0 && processed != handed || sink.faults() != 0 || sink.regimeUpdates() == 0)
        {
            throw new IllegalStateException("check failed on " + input + ": handed " + handed + ", processed " +
                processed + ", faults " + sink.faults() + ", regime updates " + sink.regimeUpdates() +
                ", halted or unknown events " + !clean);
        }
        System.out.println(new StringBuilder(160).append("check ").append(input).append(": ").append(handed)
            .append(" events handled by ").append(logicIndex + 1).append(" logic(s), ")
            .append(sink.regimeUpdates()).append(" regime updates, ").append(sink.outputs())
            .append(" outputs, no fault, no halt"));
    }
}
