package com.tradefinder.bench;

import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.ConfigChangeEncoder;
import com.tradefinder.codecs.InstrumentDefinitionDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.config.BotConfig;
import com.tradefinder.config.BotConfigLoader;
import com.tradefinder.config.ConfigException;
import com.tradefinder.engine.app.Engine;
import com.tradefinder.engine.app.EngineContext;
import com.tradefinder.engine.app.WaitMode;
import com.tradefinder.gateway.binance.book.DepthSynchronizer;
import com.tradefinder.gateway.binance.marketdata.InstrumentLookup;
import com.tradefinder.gateway.binance.order.BinanceInstruments;
import com.tradefinder.gateway.binance.order.OrderRequestEncoder;
import com.tradefinder.gateway.binance.order.WorkingType;
import com.tradefinder.gateway.binance.rest.BinanceSigner;
import com.tradefinder.gateway.binance.ws.MarketDataFrameHandler;
import io.netty.buffer.ByteBuf;
import org.HdrHistogram.Histogram;
import org.agrona.concurrent.UnsafeBuffer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Tick-to-order latency (PERFORMANCE.md P6): a loopback Netty WebSocket server pushes closed 1h BTCUSDT kline frames
 * at a fixed rate; the client hands each frame to the gateway's {@link MarketDataFrameHandler} (Binance JSON to an SBE
 * Bar), the Bar goes onto the {@link Engine}'s ring (journal, then the business logic running the bot below), and the
 * business thread's downstream sink turns the resulting NewOrder into Binance's signed request bytes with the
 * gateway's {@link OrderRequestEncoder}; that moment, minus the frame's intended send time, is the latency
 * (coordinated omission corrected). The {@link PaperVenue} answers the orders on the client's thread, before each
 * next bar, so positions open and close and every bar makes an order.
 * <p>
 * Why the client waits: the strategy's next order depends on the venue's answer to the previous one (a bar that
 * finds its predecessor's entry still unacknowledged cancels it instead of reversing, and from then on holds the
 * wrong side half the time). Live, a 1h bar leaves the venue an hour to answer; here bars come every few
 * microseconds, so before handing bar {@code k} to the venue and the engine, the client waits until the business
 * logic has handled bar {@code k - 1} ({@link Engine#processedSequence()}), then the venue acknowledges and fills
 * its orders ahead of bar {@code k}. While the engine keeps up there is nothing to wait for; when it does not, the
 * wait is queueing that bar {@code k} would suffer behind bar {@code k - 1} anyway, and it is in the latency, which
 * runs from the intended send time. Frames that waited are counted and reported.
 * <p>
 * Strategy: {@code ma_crossover} SMA 2/3 on 1h, routed in every regime, market entries, hedge mode, no fees and no
 * slippage; the {@link KlineFrames} pattern makes it cross on every bar: each bar exits the side held and enters the
 * other. Frames whose bar made no NewOrder are counted and reported.
 * <p>
 * Baseline, same run, same client, rate and frames: the client echoes each frame back and the server records
 * {@code echo arrival - intended send time}.
 * <p>
 * PERFORMANCE.md P4's second half (tick-to-order with the journal at most 2 µs slower at p99 than without): after the
 * journaled run, the same path runs again on a fresh engine launched with
 * {@link EngineContext#journalEnabled(boolean) journalEnabled(false)} (same ring, threads and gating, nothing
 * appended), same rate and frames. The journaled run goes first, so any warmth the second run inherits (JIT, page
 * cache) favours the run without the journal and the journal's cost is if anything overstated.
 * <p>
 * Usage: {@code TickToOrderLatency [--rate FRAMES_PER_S] [--events N] [--warmup-events N] [--out FILE]}.
 */
public final class TickToOrderLatency
{
    static final String BOT = """
        [bot]
        name = "tick-to-order"
        mode = "paper"
        venue = "binance_usdm"

        [instruments]
        whitelist = ["BTCUSDT"]
        leverage = { BTCUSDT = 5 }
        position_mode = "hedge"

        [[strategies]]
        id = "cross-1h"
        type = "ma_crossover"
        timeframe = "1h"
        allocation_cap_pct = 100
        [strategies.params]
        fast_period = 2
        slow_period = 3
        ma_type = "sma"
        atr_period = 2
        stop_atr_multiplier = 2.0

        [routing]
        trending_up = ["cross-1h"]
        trending_down = ["cross-1h"]
        ranging = ["cross-1h"]
        high_volatility = ["cross-1h"]
        uncertain = ["cross-1h"]
        uncertain_exposure_pct = 100

        [risk]
        max_leverage = 5
        risk_per_trade_pct = 0.1
        max_orders_per_minute = 1200

        [execution]
        entry = "market"

        [fees]
        maker_bps = 0
        taker_bps = 0

        [simulation]
        slippage_bps = 0
        latency_ms = 0
        funding = false
        """;

    private TickToOrderLatency()
    {
    }

    /**
     * The figures of one engine run of the tick-to-order path.
     *
     * @param order            tick-to-order latencies of the measured frames that made a NewOrder.
     * @param framesWithoutOrder measured frames whose bar made no NewOrder.
     * @param framesThatWaited measured frames that waited for the engine to finish the previous bar.
     * @param gcCount          GCs while the measured frames were sent.
     * @param gcMillis         time in those GCs.
     */
    record EngineRun(Histogram order, long framesWithoutOrder, long framesThatWaited, long newOrders,
        long encodeFailures, long riskRejects, int lastRiskRejectReason, long faults, long malformed,
        long droppedCommands, long gcCount, long gcMillis)
    {
        String check(final long events)
        {
            return events + " measured frames, " + framesWithoutOrder + " without a NewOrder, " + framesThatWaited +
                " waited for the engine to finish the previous bar; " + newOrders + " NewOrders in all, " +
                encodeFailures + " encode failures, " + riskRejects + " entries refused by risk (last reason code " +
                lastRiskRejectReason + "), " + faults + " engine faults, " + malformed + " malformed frames, " +
                droppedCommands + " venue commands dropped";
        }

        boolean failed()
        {
            return faults > 0 || encodeFailures > 0 || malformed > 0;
        }
    }

    /**
     * The figures of the echo baseline and of the two engine runs.
     *
     * @param echo         echo latencies of the measured frames.
     * @param events       measured frames per run.
     * @param journaled    the engine as it runs live (P6).
     * @param unjournaled  the same engine without journaling (P4's baseline).
     */
    record Result(Histogram echo, long events, long echoGcCount, long echoGcMillis, EngineRun journaled,
        EngineRun unjournaled)
    {
        /** P6: p50 within 10 µs of the echo's, p99 and p99.9 within 1.5× the echo's. */
        boolean pass()
        {
            final Histogram order = journaled.order();
            return order.getValueAtPercentile(50) <= echo.getValueAtPercentile(50) + 10_000 &&
                order.getValueAtPercentile(99) <= 1.5 * echo.getValueAtPercentile(99) &&
                order.getValueAtPercentile(99.9) <= 1.5 * echo.getValueAtPercentile(99.9);
        }

        /**
         * @return the journal's cost at p99: p99 with the journal minus p99 without, ns (negative when noise has
         * the journaled run faster).
         */
        long journalCostP99()
        {
            return journaled.order().getValueAtPercentile(99) - unjournaled.order().getValueAtPercentile(99);
        }

        /** P4's second half: with the journal at most 2 µs slower at p99 than without. */
        boolean journalPass()
        {
            return journalCostP99() <= 2_000;
        }
    }

    /**
     * @param args see the class description.
     * @throws Exception if the run fails.
     */
    public static void main(final String[] args) throws Exception
    {
        final LatencyArgs parsed = LatencyArgs.parse("TickToOrderLatency", args, 20_000, 1_000_000, 100_000);
        final int rate = parsed.rate();
        final Path out = parsed.out();
        final Result r = run(rate, parsed.events(), parsed.warmup());
        final EngineRun journaled = r.journaled();
        final EngineRun unjournaled = r.unjournaled();
        final String header = "| path | rate (frames/s) | frames | p50 | p99 | p99.9 | p99.99 | max | GCs (ms) |\n" +
            "|---|---|---|---|---|---|---|---|---|";
        final String rows = row("tick-to-order", rate, journaled.order(), journaled.gcCount(),
            journaled.gcMillis()) + "\n" +
            row("raw WebSocket echo (baseline)", rate, r.echo(), r.echoGcCount(), r.echoGcMillis()) + "\n" +
            row("tick-to-order without the journal (P4 baseline)", rate, unjournaled.order(), unjournaled.gcCount(),
                unjournaled.gcMillis());
        System.out.println(header);
        System.out.println(rows);
        final String check = "check: " + journaled.check(r.events()) + "; without the journal: " +
            unjournaled.check(r.events());
        System.out.println(check);
        System.out.println("P6 bar (p50 ≤ echo p50 + 10 µs, p99 and p99.9 ≤ 1.5× echo): " +
            (r.pass() ? "pass" : "FAIL"));
        System.out.println("P4 bar, tick-to-order half (p99 with the journal ≤ p99 without + 2 µs): journal cost " +
            LatencyRun.micros(r.journalCostP99()) + " at p99: " + (r.journalPass() ? "pass" : "FAIL"));
        if (out != null)
        {
            final StringBuilder text = new StringBuilder();
            text.append("rate=").append(rate).append("\nevents=").append(parsed.events()).append("\nwarmupEvents=")
                .append(parsed.warmup());
            engineFigures("", journaled, text);
            engineFigures("noJournal.", unjournaled, text);
            text.append("echoGcCount=").append(r.echoGcCount()).append("\nechoGcMillis=").append(r.echoGcMillis())
                .append("\npass=").append(r.pass()).append("\njournalCostP99=").append(r.journalCostP99())
                .append("\njournalPass=").append(r.journalPass()).append('\n');
            LatencyRun.put("order.", journaled.order(), text);
            LatencyRun.put("echo.", r.echo(), text);
            LatencyRun.put("noJournal.order.", unjournaled.order(), text);
            text.append("check=").append(check).append("\ntable=").append(header.replace("\n", "\\n"))
                .append("\\n").append(rows.replace("\n", "\\n")).append('\n');
            Files.writeString(out, text.toString(), StandardCharsets.UTF_8);
        }
        if (journaled.failed() || unjournaled.failed())
        {
            System.exit(1);
        }
    }

    private static void engineFigures(final String prefix, final EngineRun run, final StringBuilder text)
    {
        text.append('\n').append(prefix).append("framesWithoutOrder=").append(run.framesWithoutOrder())
            .append('\n').append(prefix).append("framesThatWaited=").append(run.framesThatWaited())
            .append('\n').append(prefix).append("newOrders=").append(run.newOrders())
            .append('\n').append(prefix).append("encodeFailures=").append(run.encodeFailures())
            .append('\n').append(prefix).append("faults=").append(run.faults())
            .append('\n').append(prefix).append("malformed=").append(run.malformed())
            .append('\n').append(prefix).append("gcCount=").append(run.gcCount())
            .append('\n').append(prefix).append("gcMillis=").append(run.gcMillis()).append('\n');
    }

    private static String row(final String path, final int rate, final Histogram h, final long gcs, final long gcMs)
    {
        return String.format(Locale.ROOT, "| %s | %,d | %,d | %s | %s | %s | %s | %s | %d (%d ms) |", path, rate,
            h.getTotalCount(), LatencyRun.micros(h.getValueAtPercentile(50)),
            LatencyRun.micros(h.getValueAtPercentile(99)), LatencyRun.micros(h.getValueAtPercentile(99.9)),
            LatencyRun.micros(h.getValueAtPercentile(99.99)), LatencyRun.micros(h.getMaxValue()), gcs, gcMs);
    }

    /**
     * The echo baseline, then the tick-to-order path, then the same path without the journal, at the same rate over
     * the same frames.
     *
     * @param rate   frames per second.
     * @param events measured frames.
     * @param warmup frames sent first at the same rate, not measured.
     * @return the figures.
     * @throws Exception if the loopback or the engine fails.
     */
    static Result run(final int rate, final long events, final long warmup) throws Exception
    {
        final KlineFrames frames = new KlineFrames(BenchData.lastBtcHourBar());
        final long intervalNs = 1_000_000_000L / rate;
        final long total = warmup + events;
        final long[] gcBefore = new long[2];

        // baseline: the client echoes every frame; the server times the echo
        final Histogram echo = new Histogram(LatencyRun.HIGHEST_TRACKABLE_NS, 3);
        final long[] start = new long[1];
        final CountDownLatch echoed = new CountDownLatch(1);
        final long[] echoCount = new long[1];
        final long echoGcCount;
        final long echoGcMillis;
        try (WebSocketLoopback loopback = new WebSocketLoopback(
            (ctx, frame) -> ctx.writeAndFlush(frame.retain(), ctx.voidPromise()),
            content ->
            {
                final long k = echoCount[0]++;
                if (k >= warmup)
                {
                    echo.recordValue(Math.max(0, System.nanoTime() - (start[0] + k * intervalNs)));
                }
                if (k == total - 1)
                {
                    echoed.countDown();
                }
            }))
        {
            send(loopback, frames, total, warmup, intervalNs, start, gcBefore);
            if (!echoed.await(60 + total / Math.max(1, rate), TimeUnit.SECONDS))
            {
                throw new IllegalStateException("echo baseline: " + echoCount[0] + " of " + total + " frames echoed");
            }
            echoGcCount = LatencyRun.gcCount() - gcBefore[0];
            echoGcMillis = LatencyRun.gcMillis() - gcBefore[1];
        }

        final EngineRun journaled = tickToOrder(frames, intervalNs, total, warmup, true);
        final EngineRun unjournaled = tickToOrder(frames, intervalNs, total, warmup, false);
        return new Result(echo, events, echoGcCount, echoGcMillis, journaled, unjournaled);
    }

    private static EngineRun tickToOrder(final KlineFrames frames, final long intervalNs, final long total,
        final long warmup, final boolean journal) throws Exception
    {
        final Path folder = BenchFiles.tempFolder("tf-tick-to-order-");
        try
        {
            return tickToOrder(frames, folder, intervalNs, total, warmup, journal);
        }
        finally
        {
            BenchFiles.delete(folder);
        }
    }

    private static EngineRun tickToOrder(final KlineFrames frames, final Path folder, final long intervalNs,
        final long total, final long warmup, final boolean journal) throws Exception
    {
        final Histogram order = new Histogram(LatencyRun.HIGHEST_TRACKABLE_NS, 3);
        final BotConfig bot = bot();
        final TriggerTimes triggers = new TriggerTimes(1 << 16);
        final SequencedPublisher[] publisher = new SequencedPublisher[1];
        final PaperVenue venue = new PaperVenue(bot, (buffer, offset, length) ->
            publisher[0].publish(buffer, offset, length));
        final OrderRequestTimer timer = new OrderRequestTimer(encoder(), triggers, venue);
        final Engine engine = Engine.launch(new EngineContext().journalFolder(folder.resolve("journal"))
            .waitMode(WaitMode.BUSY_SPIN).downstream(timer).journalEnabled(journal));
        final long[] start = new long[1];
        final long[] gcBefore = new long[2];
        final long[] waits = new long[1];
        final MarketDataFrameHandler handler;
        try
        {
            publisher[0] = new SequencedPublisher(engine, triggers);
            final long[] previousBar = {configure(publisher[0], venue, bot)};
            final InstrumentLookup lookup = new InstrumentLookup(4);
            lookup.register("BTCUSDT", BenchData.BTC, BenchData.EXPONENT, BenchData.EXPONENT);
            final long[] current = new long[3];
            handler = new MarketDataFrameHandler("tick-to-order", lookup, (buffer, offset, length) ->
            {
                // the venue answers the previous bar's orders before this bar, as it would in the hour between
                // them: wait (no wait while the engine keeps up) until the logic has sent them
                if (awaitProcessed(engine, previousBar[0]) && current[0] >= warmup)
                {
                    waits[0]++;
                }
                if (current[0] == warmup)
                {
                    // the last warm-up bar is handled: the first order recorded is the first measured bar's
                    timer.record(order);
                }
                venue.onMarketData(buffer, offset, length, current[2]);
                previousBar[0] = publisher[0].publishTrigger(buffer, offset, length, current[0], current[1]);
            }, new DepthSynchronizer[0], 1_000_000_000L);
            final UnsafeBuffer frameBuffer = new UnsafeBuffer(new byte[frames.maxLength() * 2]);
            final long[] received = new long[1];
            try (WebSocketLoopback loopback = new WebSocketLoopback((ctx, frame) ->
            {
                final long index = received[0]++;
                final ByteBuf content = frame.content();
                final int length = content.readableBytes();
                content.getBytes(content.readerIndex(), frameBuffer.byteArray(), 0, length);
                current[0] = index;
                current[1] = start[0] + index * intervalNs;
                current[2] = frames.closeTimeNs(index);
                handler.onFrame(frameBuffer, 0, length, current[2]);
            }, content ->
            {
            }))
            {
                send(loopback, frames, total, warmup, intervalNs, start, gcBefore);
                final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (handler.decoded() + handler.malformed() + handler.unsupported() +
                    handler.unknownInstrument() < total && System.nanoTime() < deadline)
                {
                    Thread.sleep(1);
                }
                // the last bar's orders are made before the engine closes
                while (engine.processedSequence() < previousBar[0] && System.nanoTime() < deadline)
                {
                    Thread.sleep(1);
                }
            }
        }
        finally
        {
            engine.close();
        }
        final long gcCount = LatencyRun.gcCount() - gcBefore[0];
        final long gcMillis = LatencyRun.gcMillis() - gcBefore[1];
        final long measured = total - warmup;
        return new EngineRun(order, measured - order.getTotalCount(), waits[0], timer.newOrders(),
            timer.encodeFailures(), timer.riskRejects(), timer.lastRiskRejectReason(), timer.faults(),
            handler.malformed() + handler.unknownInstrument(), venue.droppedCommands(), gcCount, gcMillis);
    }

    /** Sends every frame at its due time; the GC counts are taken when the measured frames begin. */
    private static void send(final WebSocketLoopback loopback, final KlineFrames frames, final long total,
        final long warmup, final long intervalNs, final long[] start, final long[] gcBefore)
    {
        start[0] = System.nanoTime() + 1_000_000;
        for (long i = 0; i < total; i++)
        {
            if (i == warmup)
            {
                gcBefore[0] = LatencyRun.gcCount();
                gcBefore[1] = LatencyRun.gcMillis();
            }
            LatencyRun.awaitDue(start[0] + i * intervalNs);
            final ByteBuf content = loopback.pushChannel().alloc().directBuffer(frames.maxLength());
            frames.write(i, content);
            loopback.send(content);
        }
    }

    static BotConfig bot()
    {
        try
        {
            return BotConfigLoader.parse(BOT, "tick-to-order.toml");
        }
        catch (final ConfigException ex)
        {
            throw new IllegalStateException(String.join("; ", ex.lines()), ex);
        }
    }

    static OrderRequestEncoder encoder()
    {
        final BinanceInstruments instruments = new BinanceInstruments(4)
            .register(BenchData.BTC, "BTCUSDT", BenchData.EXPONENT, BenchData.EXPONENT)
            .register(BenchData.ETH, "ETHUSDT", BenchData.EXPONENT, BenchData.EXPONENT);
        return new OrderRequestEncoder(instruments,
            new BinanceSigner("bench-secret-not-a-key".getBytes(StandardCharsets.US_ASCII)), 5_000,
            WorkingType.CONTRACT_PRICE, true);
    }

    /**
     * Engine settings, the instruments (also to the venue) and the bot's config, as bot id 0.
     *
     * @return the inbound sequence of the last of them.
     */
    static long configure(final SequencedPublisher publisher, final PaperVenue venue, final BotConfig bot)
    {
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        for (final byte[] event : BenchData.preamble())
        {
            final UnsafeBuffer buffer = new UnsafeBuffer(event);
            header.wrap(buffer, 0);
            if (header.templateId() == InstrumentDefinitionDecoder.TEMPLATE_ID)
            {
                venue.define(buffer, 0);
            }
            publisher.publish(buffer, 0, event.length);
        }
        final UnsafeBuffer scratch = new UnsafeBuffer(new byte[8192]);
        final ConfigChangeEncoder change = new ConfigChangeEncoder()
            .wrapAndApplyHeader(scratch, 0, new MessageHeaderEncoder())
            .botId(0)
            .configHash(bot.hash())
            .configVersion(1)
            .timeNs(0)
            .chunk(0)
            .lastChunk(BooleanType.TRUE)
            .configText(bot.text());
        return publisher.publish(scratch, 0, MessageHeaderEncoder.ENCODED_LENGTH + change.encodedLength());
    }

    /**
     * Waits, yielding, until the business logic has handled {@code sequence}, so that every command it caused is in
     * the paper venue's queue.
     *
     * @return whether it had to wait.
     */
    private static boolean awaitProcessed(final Engine engine, final long sequence)
    {
        if (engine.processedSequence() >= sequence)
        {
            return false;
        }
        while (engine.processedSequence() < sequence)
        {
            Thread.yield();
        }
        return true;
    }
}
