package com.tradefinder.bench;

import com.tradefinder.codecs.MarkPriceEncoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.Side;
import com.tradefinder.codecs.TradeEncoder;
import com.tradefinder.codecs.WebhookSignalDecoder;
import com.tradefinder.config.BotConfig;
import com.tradefinder.config.BotConfigLoader;
import com.tradefinder.config.ConfigException;
import com.tradefinder.engine.app.Engine;
import com.tradefinder.engine.app.EngineContext;
import com.tradefinder.engine.app.WaitMode;
import com.tradefinder.engine.ops.BotRoster;
import com.tradefinder.engine.ops.EngineGauges;
import com.tradefinder.engine.ops.OpsContext;
import com.tradefinder.engine.ops.OpsServer;
import com.tradefinder.numeric.FixedPoint;
import io.netty.buffer.ByteBuf;
import io.netty.handler.codec.http.FullHttpResponse;
import org.HdrHistogram.Histogram;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Webhook-to-order latency (PERFORMANCE.md P7): a Netty HTTP client on one keep-alive loopback connection POSTs
 * TradingView alerts at a fixed rate to the engine's {@link OpsServer} webhook; the receiver checks and journals each
 * as a WebhookSignal on the {@link Engine}'s ring, the business logic's {@code tradingview} bot turns it into a
 * NewOrder, and the moment that NewOrder reaches the business thread's downstream sink, minus the request's intended
 * send time, is the latency (coordinated omission corrected). Alerts alternate {@code buy} (a market entry) and
 * {@code flat} (a market exit of the filled entry), each with a unique alert id, so every alert makes one order.
 * <p>
 * The exit needs the entry filled first, so after each answer the client waits until the business logic has handled
 * that signal ({@link Engine#processedSequence()}, the sequence the webhook answered with), then the
 * {@link PaperVenue} acknowledges the orders and fills them on one trade at the alert's price (published to the engine
 * too), and only then may the next alert go; one that could not go at its due time carries the delay in its latency.
 * <p>
 * Time: the bot's risk engine allows at most 1,200 orders per minute of event time, and the webhook stamps signals
 * with its wall clock; the harness gives the webhook a clock running {@value #TIME_SCALE}× faster (epoch based), so
 * a few thousand alerts per second are a few per event minute, as live. Everything else is real.
 * <p>
 * Baseline, same run, same client, rate and bodies: a raw Netty HTTP echo server ({@link HttpEchoServer}); latency =
 * the echoed response's arrival minus the intended send time. Bar: p50 and p99 ≤ 2× the echo's, p99 ≤ 1 ms.
 * <p>
 * One request is outstanding at a time and the webhook answers once the journal holds the signal (checked every
 * millisecond), so the rate that fits is a few hundred alerts per second; above it the requests queue and the
 * latency shows it.
 * <p>
 * Usage: {@code WebhookLatency [--rate REQUESTS_PER_S] [--events N] [--warmup-events N] [--out FILE]}.
 */
public final class WebhookLatency
{
    /** How much faster than real time the webhook's clock runs. */
    static final long TIME_SCALE = 3_600;

    static final String SECRET = "bench-webhook-secret";
    static final String BOT_NAME = "webhook-bench";

    static final String BOT = """
        [bot]
        name = "webhook-bench"
        mode = "paper"
        venue = "binance_usdm"

        [instruments]
        whitelist = ["BTCUSDT"]
        leverage = { BTCUSDT = 5 }
        position_mode = "hedge"

        [[strategies]]
        id = "tv"
        type = "tradingview"
        timeframe = "1h"
        allocation_cap_pct = 100

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

        [webhook]
        secret_env = "TV_SECRET"
        dedup_window_seconds = 600
        """;

    private static final String PATH = "/webhook/" + BOT_NAME;
    private static final String ALERT_ID_PREFIX = "p7-";
    private static final int ALERT_ID_DIGITS = 10;

    private WebhookLatency()
    {
    }

    /** The figures of one run. */
    record Result(Histogram order, Histogram echo, long events, long requestsWithoutOrder, long requestsRefused,
        long requestsThatWaited, long newOrders, long riskRejects, int lastRiskRejectReason, long faults,
        long droppedCommands, long gcCount, long gcMillis, long echoGcCount, long echoGcMillis)
    {
        boolean pass()
        {
            final long p99 = order.getValueAtPercentile(99);
            return order.getValueAtPercentile(50) <= 2 * echo.getValueAtPercentile(50) &&
                p99 <= 2 * echo.getValueAtPercentile(99) && p99 <= 1_000_000L;
        }
    }

    /**
     * @param args see the class description.
     * @throws Exception if the run fails.
     */
    public static void main(final String[] args) throws Exception
    {
        final LatencyArgs parsed = LatencyArgs.parse("WebhookLatency", args, 200, 6_000, 2_000);
        final int rate = parsed.rate();
        final Path out = parsed.out();
        final Result r = run(rate, parsed.events(), parsed.warmup());
        final String header = "| path | rate (requests/s) | requests | p50 | p99 | p99.9 | p99.99 | max | " +
            "GCs (ms) |\n|---|---|---|---|---|---|---|---|---|";
        final String rows = row("webhook to NewOrder", rate, r.order(), r.gcCount(), r.gcMillis()) + "\n" +
            row("raw HTTP echo (baseline)", rate, r.echo(), r.echoGcCount(), r.echoGcMillis());
        System.out.println(header);
        System.out.println(rows);
        final String check = "check: " + r.events() + " measured alerts, " + r.requestsWithoutOrder() +
            " without a NewOrder, " + r.requestsRefused() + " not answered 200, " + r.requestsThatWaited() +
            " waited for the previous alert's venue round; " + r.newOrders() + " NewOrders in all, " +
            r.riskRejects() + " entries refused by risk (last reason code " + r.lastRiskRejectReason() + "), " +
            r.faults() + " engine faults, " + r.droppedCommands() + " venue commands dropped";
        System.out.println(check);
        System.out.println("P7 bar (p50 and p99 ≤ 2× echo, p99 ≤ 1 ms): " + (r.pass() ? "pass" : "FAIL"));
        if (out != null)
        {
            final StringBuilder text = new StringBuilder();
            text.append("rate=").append(rate).append("\nevents=").append(parsed.events()).append("\nwarmupEvents=")
                .append(parsed.warmup()).append("\nrequestsWithoutOrder=").append(r.requestsWithoutOrder())
                .append("\nrequestsRefused=").append(r.requestsRefused())
                .append("\nrequestsThatWaited=").append(r.requestsThatWaited())
                .append("\nnewOrders=").append(r.newOrders()).append("\nfaults=").append(r.faults())
                .append("\ngcCount=").append(r.gcCount()).append("\ngcMillis=").append(r.gcMillis())
                .append("\nechoGcCount=").append(r.echoGcCount()).append("\nechoGcMillis=").append(r.echoGcMillis())
                .append("\npass=").append(r.pass()).append('\n');
            LatencyRun.put("order.", r.order(), text);
            LatencyRun.put("echo.", r.echo(), text);
            text.append("check=").append(check).append("\ntable=").append(header.replace("\n", "\\n"))
                .append("\\n").append(rows.replace("\n", "\\n")).append('\n');
            Files.writeString(out, text.toString(), StandardCharsets.UTF_8);
        }
        if (r.faults() > 0 || r.requestsRefused() > 0)
        {
            System.exit(1);
        }
    }

    private static String row(final String path, final int rate, final Histogram h, final long gcs, final long gcMs)
    {
        return String.format(Locale.ROOT, "| %s | %,d | %,d | %s | %s | %s | %s | %s | %d (%d ms) |", path, rate,
            h.getTotalCount(), LatencyRun.micros(h.getValueAtPercentile(50)),
            LatencyRun.micros(h.getValueAtPercentile(99)), LatencyRun.micros(h.getValueAtPercentile(99.9)),
            LatencyRun.micros(h.getValueAtPercentile(99.99)), LatencyRun.micros(h.getMaxValue()), gcs, gcMs);
    }

    /**
     * The echo baseline, then the webhook path, at the same rate with the same alert bodies.
     *
     * @param rate   requests per second.
     * @param events measured requests.
     * @param warmup requests sent first at the same rate, not measured.
     * @return the figures.
     * @throws Exception if the loopback or the engine fails.
     */
    static Result run(final int rate, final long events, final long warmup) throws Exception
    {
        final long intervalNs = 1_000_000_000L / rate;
        final long total = warmup + events;
        final AlertBodies bodies = new AlertBodies(priceText());

        final Histogram echo = new Histogram(LatencyRun.HIGHEST_TRACKABLE_NS, 3);
        final AtomicLong start = new AtomicLong();
        final AtomicLong rounds = new AtomicLong();
        final long[] gcBefore = new long[2];
        try (HttpEchoServer server = new HttpEchoServer();
            KeepAliveHttpClient client = new KeepAliveHttpClient(server.port(), response ->
            {
                final long k = rounds.get();
                if (k >= warmup)
                {
                    echo.recordValue(Math.max(0, System.nanoTime() - (start.get() + k * intervalNs)));
                }
                rounds.lazySet(k + 1);
            }))
        {
            send(client, bodies, total, warmup, intervalNs, start, rounds, gcBefore, null, null);
            awaitRounds(rounds, total, rate);
        }
        final long echoGcCount = LatencyRun.gcCount() - gcBefore[0];
        final long echoGcMillis = LatencyRun.gcMillis() - gcBefore[1];

        final Path folder = BenchFiles.tempFolder("tf-webhook-");
        try
        {
            return webhook(bodies, folder, intervalNs, total, warmup, echo, echoGcCount, echoGcMillis);
        }
        finally
        {
            BenchFiles.delete(folder);
        }
    }

    private static Result webhook(final AlertBodies bodies, final Path folder, final long intervalNs, final long total,
        final long warmup, final Histogram echo, final long echoGcCount, final long echoGcMillis) throws Exception
    {
        final BotConfig bot = bot();
        final Histogram order = new Histogram(LatencyRun.HIGHEST_TRACKABLE_NS, 3);
        final TriggerTimes triggers = new TriggerTimes(1 << 16);
        final SequencedPublisher[] publisher = new SequencedPublisher[1];
        final PaperVenue venue = new PaperVenue(bot, (buffer, offset, length) ->
            publisher[0].publish(buffer, offset, length));
        final OrderRequestTimer timer = new OrderRequestTimer(TickToOrderLatency.encoder(), triggers, venue, true);
        final Engine engine = Engine.launch(new EngineContext().journalFolder(folder.resolve("journal"))
            .waitMode(WaitMode.BUSY_SPIN).downstream(timer));
        final AtomicLong start = new AtomicLong();
        final AtomicLong rounds = new AtomicLong();
        final long[] gcBefore = new long[2];
        final long[] refused = new long[1];
        final long[] waited = new long[1];
        final long priceMantissa = bodies.priceMantissa();
        final EventClock clock = new EventClock();
        try
        {
            publisher[0] = new SequencedPublisher(engine, triggers);
            TickToOrderLatency.configure(publisher[0], venue, bot);
            final long last = publishMark(publisher[0], priceMantissa, clock.nowNs());
            final SignalPublisher signals = new SignalPublisher(publisher[0], start, intervalNs);
            final OpsServer ops = OpsServer.start(new OpsContext()
                .publisher(signals::publish)
                .journal(engine.journal())
                .bots(new BotRoster(List.of(bot)))
                .gauges(EngineGauges.of(engine))
                .environment(Map.of("TV_SECRET", SECRET)::get)
                .wallClockNs(clock::nowNs)
                .webhook(true, "127.0.0.1", 0)
                .control(false, "127.0.0.1", 0, null)
                .statusPollMs(1));
            try
            {
                // the webhook learns the instruments from the journal
                final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (ops.status().inboundEvents() < last + 1 && System.nanoTime() < deadline)
                {
                    Thread.sleep(1);
                }
                final VenueRound round = new VenueRound(engine, venue, publisher[0], priceMantissa, clock);
                try (KeepAliveHttpClient client = new KeepAliveHttpClient(ops.webhookPort(), response ->
                {
                    final long k = rounds.get();
                    if (response.status().code() != 200)
                    {
                        refused[0]++;
                    }
                    if (round.settle(journaledSequence(response)) && k >= warmup)
                    {
                        waited[0]++;
                    }
                    rounds.lazySet(k + 1);
                }))
                {
                    send(client, bodies, total, warmup, intervalNs, start, rounds, gcBefore, timer, order);
                    awaitRounds(rounds, total, (int)(1_000_000_000L / intervalNs));
                }
            }
            finally
            {
                ops.close();
            }
        }
        finally
        {
            engine.close();
        }
        final long gcCount = LatencyRun.gcCount() - gcBefore[0];
        final long gcMillis = LatencyRun.gcMillis() - gcBefore[1];
        final long measured = total - warmup;
        return new Result(order, echo, measured, measured - order.getTotalCount(), refused[0], waited[0],
            timer.newOrders(), timer.riskRejects(), timer.lastRiskRejectReason(), timer.faults(),
            venue.droppedCommands(), gcCount, gcMillis, echoGcCount, echoGcMillis);
    }

    /**
     * Sends every request at its due time once the previous one's round is over; GC counts are taken, and the order
     * timer armed, when the measured requests begin.
     */
    private static void send(final KeepAliveHttpClient client, final AlertBodies bodies, final long total,
        final long warmup, final long intervalNs, final AtomicLong start, final AtomicLong rounds,
        final long[] gcBefore, final OrderRequestTimer timer, final Histogram order)
    {
        start.set(System.nanoTime() + 1_000_000);
        for (long i = 0; i < total; i++)
        {
            LatencyRun.awaitDue(start.get() + i * intervalNs);
            while (rounds.get() < i)
            {
                Thread.yield();
            }
            if (i == warmup)
            {
                gcBefore[0] = LatencyRun.gcCount();
                gcBefore[1] = LatencyRun.gcMillis();
                if (timer != null)
                {
                    // the last warm-up alert is handled: the first order recorded is the first measured alert's
                    timer.record(order);
                }
            }
            final ByteBuf body = client.channel().alloc().buffer(bodies.maxLength());
            bodies.write(i, body);
            client.post(PATH, body);
        }
    }

    private static void awaitRounds(final AtomicLong rounds, final long total, final int rate)
        throws InterruptedException
    {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60 + total / Math.max(1, rate));
        while (rounds.get() < total)
        {
            if (System.nanoTime() > deadline)
            {
                throw new IllegalStateException("webhook latency: " + rounds.get() + " of " + total +
                    " requests answered");
            }
            Thread.sleep(1);
        }
    }

    /**
     * @return the sequence in the webhook's {@code {"status":"journaled","sequence":N}} answer, -1 if there is none.
     */
    private static long journaledSequence(final FullHttpResponse response)
    {
        final ByteBuf content = response.content();
        long sequence = -1;
        for (int i = content.readerIndex(); i < content.writerIndex(); i++)
        {
            final byte b = content.getByte(i);
            if (b >= '0' && b <= '9')
            {
                sequence = (sequence < 0 ? 0 : sequence * 10) + (b - '0');
            }
            else if (sequence >= 0)
            {
                break;
            }
        }
        return sequence;
    }

    private static String priceText()
    {
        final long tenths = FixedPoint.parse(BenchData.lastBtcHourBar()[4], -1);
        return (tenths / 10) + "." + (tenths % 10);
    }

    private static long publishMark(final SequencedPublisher publisher, final long priceMantissa, final long nowNs)
    {
        // the risk engine bands entry prices around the mark
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[256]);
        final MarkPriceEncoder mark = new MarkPriceEncoder()
            .wrapAndApplyHeader(buffer, 0, new MessageHeaderEncoder())
            .instrumentId(BenchData.BTC)
            .exchangeTimeNs(nowNs)
            .receiveTimeNs(nowNs)
            .markPriceMantissa(priceMantissa)
            .indexPriceMantissa(priceMantissa)
            .fundingRatePpb(0)
            .nextFundingTimeNs(nowNs + 3_600_000_000_000L);
        return publisher.publish(buffer, 0, MessageHeaderEncoder.ENCODED_LENGTH + mark.encodedLength());
    }

    static BotConfig bot()
    {
        try
        {
            return BotConfigLoader.parse(BOT, BOT_NAME + ".toml");
        }
        catch (final ConfigException ex)
        {
            throw new IllegalStateException(String.join("; ", ex.lines()), ex);
        }
    }

    /**
     * The webhook's clock: epoch nanoseconds running {@link #TIME_SCALE}× faster than real time from construction.
     * Any thread.
     */
    static final class EventClock
    {
        private final long epochStartNs = System.currentTimeMillis() * 1_000_000L;
        private final long nanoStart = System.nanoTime();

        long nowNs()
        {
            return epochStartNs + (System.nanoTime() - nanoStart) * TIME_SCALE;
        }
    }

    /**
     * The webhook's way into the engine: a WebhookSignal is a measured trigger, recorded under its inbound sequence
     * with its request's due time (from the alert id's number); anything else goes in unmeasured. Thread-safe (the
     * webhook's event loop; the {@link SequencedPublisher} serialises).
     */
    private static final class SignalPublisher
    {
        private final SequencedPublisher publisher;
        private final AtomicLong start;
        private final long intervalNs;
        private final MessageHeaderDecoder header = new MessageHeaderDecoder();
        private final WebhookSignalDecoder signal = new WebhookSignalDecoder();

        SignalPublisher(final SequencedPublisher publisher, final AtomicLong start, final long intervalNs)
        {
            this.publisher = publisher;
            this.start = start;
            this.intervalNs = intervalNs;
        }

        synchronized long publish(final DirectBuffer buffer, final int offset, final int length)
        {
            header.wrap(buffer, offset);
            if (header.templateId() != WebhookSignalDecoder.TEMPLATE_ID)
            {
                return publisher.publish(buffer, offset, length);
            }
            signal.wrapAndApplyHeader(buffer, offset, header);
            final long index = alertNumber(signal);
            if (index < 0)
            {
                return publisher.publish(buffer, offset, length);
            }
            return publisher.publishTrigger(buffer, offset, length, index, start.get() + index * intervalNs);
        }

        private static long alertNumber(final WebhookSignalDecoder signal)
        {
            final int prefix = ALERT_ID_PREFIX.length();
            if (WebhookSignalDecoder.alertIdLength() < prefix + ALERT_ID_DIGITS)
            {
                return -1;
            }
            for (int i = 0; i < prefix; i++)
            {
                if (signal.alertId(i) != ALERT_ID_PREFIX.charAt(i))
                {
                    return -1;
                }
            }
            long number = 0;
            for (int i = prefix; i < prefix + ALERT_ID_DIGITS; i++)
            {
                final byte digit = signal.alertId(i);
                if (digit < '0' || digit > '9')
                {
                    return -1;
                }
                number = number * 10 + (digit - '0');
            }
            return number;
        }
    }

    /**
     * The paper venue's turn between two alerts, on the client's event loop: wait until the business logic has
     * handled the alert's signal, then let the venue take its orders and fill them on one trade at the alert price,
     * which the engine sees too.
     */
    private static final class VenueRound
    {
        private final Engine engine;
        private final PaperVenue venue;
        private final SequencedPublisher publisher;
        private final long priceMantissa;
        private final EventClock clock;
        private final UnsafeBuffer trade = new UnsafeBuffer(new byte[128]);
        private final TradeEncoder encoder = new TradeEncoder();
        private final int length;
        private long tradeId;

        VenueRound(final Engine engine, final PaperVenue venue, final SequencedPublisher publisher,
            final long priceMantissa, final EventClock clock)
        {
            this.engine = engine;
            this.venue = venue;
            this.publisher = publisher;
            this.priceMantissa = priceMantissa;
            this.clock = clock;
            encoder.wrapAndApplyHeader(trade, 0, new MessageHeaderEncoder());
            length = MessageHeaderEncoder.ENCODED_LENGTH + encoder.encodedLength();
        }

        /**
         * @param sequence the signal's inbound sequence, -1 when the alert was not journaled.
         * @return whether it had to wait for the business logic.
         */
        boolean settle(final long sequence)
        {
            boolean waitedForEngine = false;
            while (engine.processedSequence() < sequence)
            {
                waitedForEngine = true;
                Thread.yield();
            }
            final long nowNs = clock.nowNs();
            encoder.instrumentId(BenchData.BTC)
                .exchangeTimeNs(nowNs)
                .receiveTimeNs(nowNs)
                .tradeId(++tradeId)
                .priceMantissa(priceMantissa)
                .sizeMantissa(100_00000000L)
                .aggressorSide(Side.BUY);
            venue.onMarketData(trade, 0, length, nowNs);
            publisher.publish(trade, 0, length);
            return waitedForEngine;
        }
    }

    /**
     * The alert bodies: {@code buy} for even numbers, {@code flat} for odd ones, at one price, with the alert id
     * {@code p7-} and the request's number in ten digits. Allocation-free {@link #write}; one sending thread.
     */
    static final class AlertBodies
    {
        private final byte[][] templates = new byte[2][];
        private final int[] idOffsets = new int[2];
        private final long priceMantissa;

        AlertBodies(final String price)
        {
            priceMantissa = FixedPoint.parse(price, BenchData.EXPONENT);
            for (int parity = 0; parity < 2; parity++)
            {
                final String json = "{\"secret\":\"" + SECRET + "\",\"action\":\"" + (parity == 0 ? "buy" : "flat") +
                    "\",\"ticker\":\"BINANCE:BTCUSDT.P\",\"price\":\"" + price + "\",\"alert_id\":\"" +
                    ALERT_ID_PREFIX + "0".repeat(ALERT_ID_DIGITS) + "\"}";
                templates[parity] = json.getBytes(StandardCharsets.US_ASCII);
                idOffsets[parity] = json.indexOf(ALERT_ID_PREFIX) + ALERT_ID_PREFIX.length();
            }
        }

        long priceMantissa()
        {
            return priceMantissa;
        }

        int maxLength()
        {
            return Math.max(templates[0].length, templates[1].length);
        }

        void write(final long index, final ByteBuf out)
        {
            final int parity = (int)(index & 1);
            final int begin = out.writerIndex();
            out.writeBytes(templates[parity]);
            long value = index;
            for (int i = ALERT_ID_DIGITS - 1; i >= 0; i--)
            {
                out.setByte(begin + idOffsets[parity] + i, (int)('0' + value % 10));
                value /= 10;
            }
        }
    }
}
