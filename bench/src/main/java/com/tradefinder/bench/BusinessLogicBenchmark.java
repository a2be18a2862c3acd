package com.tradefinder.bench;

import com.tradefinder.codecs.BarDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.TradeDecoder;
import com.tradefinder.engine.logic.BusinessLogic;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
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
import org.openjdk.jmh.infra.BenchmarkParams;

import java.nio.ByteOrder;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Cost per event of the single-threaded core (PERFORMANCE.md P3, and the per-event cost behind P2 and P5).
 * <p>
 * Measures: the nanoseconds to hand one pre-encoded real event to a JIT-warmed {@link BusinessLogic} with a no-op
 * (counting) sink, {@link #logic()}, over one of three inputs:
 * <ul>
 *     <li>{@code bars-1h}: the 111,744 1h klines of BTCUSDT and ETHUSDT interleaved, no bot (regimes only);</li>
 *     <li>{@code trades}: the 58,604 trades of the WebSocket captures, no bot;</li>
 *     <li>{@code all-strategies}: the inbound events of a backtest of the example regime bot
 *     ({@code config/examples/backtest-regime-bot.toml}: Supertrend, Mean Reversion, Squeeze Breakout and Grid, all
 *     configured and routed by regime, with risk, orders and portfolio) over the real 1h history of BTCUSDT and
 *     ETHUSDT with funding: the bars, the funding rates and the simulated venue's answers (accepted, canceled,
 *     fills, position and balance updates, funding payments), 135,504 events, as the journal holds them.</li>
 * </ul>
 * The bars and trades tapes are cycled lap after lap with times moved forward so bars keep closing in order (see
 * {@link EventTape}). The all-strategies tape is one whole backtest: each lap goes to a fresh logic, because the
 * venue's answers only fit the orders that logic's own bot sends.
 * <p>
 * Baseline in the same run: {@link #decodeOnly()}, which decodes the SBE header and every field of the same
 * event (for the all-strategies tape: every field of a Bar or Trade, the header and every 8-byte word of the
 * block of the other events), without the logic.
 * <p>
 * Run with {@code -prof gc}: the logic must show 0 B/op (P3). The fresh logics are built in the trial setup (for
 * all-strategies: the settings, the instrument definitions and the bot's ConfigChange chunks, which parse the TOML
 * and build the bot, all excluded from the measured loop), so the measured loop is the steady part only. Time is
 * 64-bit nanoseconds, so after {@link EventTape#maxLaps()} laps of the bars or trades tape a fresh logic takes over
 * (every ~4M bars; the fresh logic re-warms its indicators from scratch, as a new history does). After the trial
 * the run is checked: no fault, no halt, every event handled, regime updates produced; for all-strategies, every
 * completed lap ends with the backtest's state hash.
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
    /**
     * Most fresh logics prepared per trial; one lasts {@link EventTape#maxLaps()} laps (~4M bars, ~12M trades; one
     * backtest of ~135k events for all-strategies).
     */
    private static final int LOGICS = 256;

    /**
     * All-strategies laps per second of the trial to prepare for: 20, i.e. ≥ 50 ms per lap, ~0.37 µs per event (a
     * few times faster than measured); should a trial go faster, the extra logics are built inside the measurement
     * and the check line says so.
     */
    private static final int LAPS_PER_SECOND = 20;

    @Param({ BenchData.BARS, BenchData.TRADES, BenchData.ALL_STRATEGIES })
    public String input;

    private EventTape tape;
    private CountingSink sink;
    private byte[][] preamble;
    private long lapStateHash;
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
     * Loads the tape and prepares the fresh logics, each given the settings and instrument definitions (and, for
     * all-strategies, the example bot's config); only one for the decode baseline, which hands nothing to a logic.
     *
     * @param params the run's parameters: which benchmark, how many seconds of iterations.
     */
    @Setup(Level.Trial)
    public void setUp(final BenchmarkParams params)
    {
        if (BenchData.ALL_STRATEGIES.equals(input))
        {
            final BacktestInbound backtest = BacktestInbound.record(List.of(BenchData.exampleBot()),
                BenchData.realHistory());
            tape = EventTape.fixed(input, backtest.steady);
            preamble = backtest.preamble;
            lapStateHash = backtest.result.stateHash();
        }
        else
        {
            tape = BenchData.tape(input);
            preamble = BenchData.preamble();
        }
        preambleLength = preamble.length;
        sink = new CountingSink();
        final long seconds = params.getWarmup().getCount() * params.getWarmup().getTime().convertTo(TimeUnit.SECONDS) +
            params.getMeasurement().getCount() * params.getMeasurement().getTime().convertTo(TimeUnit.SECONDS);
        final int pool = !params.getBenchmark().endsWith(".logic") ? 1 :
            tape.maxLaps() == 1 ? (int)Math.min(LOGICS, 8 + LAPS_PER_SECOND * seconds) : LOGICS;
        logics = new BusinessLogic[pool];
        for (int i = 0; i < pool; i++)
        {
            logics[i] = freshLogic();
        }
        logic = logics[0];
        sequence = preambleLength;
    }

    /** A logic given the preamble at sequences 0 to preambleLength - 1, as the journal numbers them. */
    private BusinessLogic freshLogic()
    {
        final BusinessLogic fresh = new BusinessLogic(sink);
        long preambleSequence = 0;
        for (final byte[] event : preamble)
        {
            fresh.onEvent(preambleSequence++, new UnsafeBuffer(event), 0, event.length);
        }
        return fresh;
    }

    /**
     * One real event through the business logic.
     */
    @Benchmark
    public void logic()
    {
        final int i = current();
        handed++;
        logic.onEvent(sequence++, tape.buffer(), tape.offset(i), tape.length(i));
        step(true);
    }

    /**
     * Baseline: decode the SBE header and every field of the same event.
     *
     * @return a sum of the fields, so nothing is dead code.
     */
    @Benchmark
    public long decodeOnly()
    {
        final int i = current();
        final long sum = decode(tape.buffer(), tape.offset(i));
        step(false);
        return sum;
    }

    private long decode(final DirectBuffer buffer, final int offset)
    {
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
                return wordSum(buffer, body, header.blockLength()) + header.templateId();
        }
    }

    /** The other events of the all-strategies tape: every 8-byte word of the block, then its last bytes. */
    private static long wordSum(final DirectBuffer buffer, final int offset, final int blockLength)
    {
        long sum = 0;
        int i = 0;
        for (; i + Long.BYTES <= blockLength; i += Long.BYTES)
        {
            sum += buffer.getLong(offset + i, ByteOrder.LITTLE_ENDIAN);
        }
        for (; i < blockLength; i++)
        {
            sum += buffer.getByte(offset + i);
        }
        return sum;
    }

    /** Stamps the next event for its lap; {@link #step(boolean)} moves on once it is handled. */
    private int current()
    {
        final int i = next;
        tape.stamp(i, lap);
        return i;
    }

    /**
     * Moves to the following event; after the last lap a logic may take (the bars and trades tapes every
     * {@link EventTape#maxLaps()} laps, the all-strategies tape every lap), the next logic takes over.
     */
    private void step(final boolean switchLogic)
    {
        if (++next == tape.count())
        {
            next = 0;
            if (++lap == tape.maxLaps())
            {
                lap = 0;
                if (switchLogic)
                {
                    nextLogic();
                }
            }
        }
    }

    private void nextLogic()
    {
        sequence = preambleLength;
        if (++logicIndex < logics.length)
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
     * Checks the run: every event handed was handled, no logic halted or faulted, regime updates were produced;
     * for all-strategies, every logic that completed its lap ends with the backtest's state hash (it also counts
     * the PositionUpdate and BalanceUpdate answers the logic does not handle, so those are checked too).
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
        final boolean oneLapEach = tape.maxLaps() == 1;
        long processed = 0;
        boolean clean = true;
        int lapsChecked = 0;
        for (int i = 0; i <= Math.min(logicIndex, logics.length - 1); i++)
        {
            final BusinessLogic used = logics[i];
            clean &= !used.halted() && used.unknownInstrumentEvents() == 0 &&
                (oneLapEach || used.unknownTemplates() == 0);
            processed += used.eventsProcessed() - preambleLength;
            if (oneLapEach && i < logicIndex)
            {
                clean &= used.eventsProcessed() == preambleLength + tape.count() && used.stateHash() == lapStateHash;
                lapsChecked++;
            }
        }
        if (!clean || extraLogics == 0 && processed != handed || sink.faults() != 0 || sink.regimeUpdates() == 0)
        {
            throw new IllegalStateException("check failed on " + input + ": handed " + handed + ", processed " +
                processed + ", faults " + sink.faults() + ", regime updates " + sink.regimeUpdates() +
                ", halted, unknown events or state hash differing " + !clean);
        }
        final StringBuilder line = new StringBuilder(200).append("check ").append(input).append(": ")
            .append(handed).append(" events handled by ").append(logicIndex + 1).append(" logic(s), ")
            .append(sink.regimeUpdates()).append(" regime updates, ").append(sink.outputs())
            .append(" outputs, no fault, no halt");
        if (oneLapEach)
        {
            line.append(", ").append(lapsChecked).append(" complete laps with the backtest's state hash");
        }
        if (extraLogics > 0)
        {
            line.append(", ").append(extraLogics).append(" logics built inside the measurement (pool exhausted)");
        }
        System.out.println(line);
    }
}
