package com.tradefinder.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Writes {@code bench/RESULTS.md} from JMH's JSON results and the latency harness's figures: the machine, the JVM
 * and its flags, the command, one table per benchmark class (score ± error, units, B/op from {@code -prof gc}, ratio
 * against the baseline measured in the same run) and the PERFORMANCE.md bar with pass or FAIL.
 * <p>
 * Usage: {@code ResultsReport --json FILE --out FILE [--latency FILE] [--scaling FILE] [--tickToOrder FILE]
 * [--webhook FILE] [--sustained FILE] [--command TEXT] [--mode full|smoke] [--git TEXT] [--timings TEXT]
 * [--load TEXT]}. Run by {@code bench/run-benchmarks.sh};
 * RESULTS.md is never edited by hand.
 */
public final class ResultsReport
{
    /** Allocation below which an operation counts as allocation-free: JMH's own bookkeeping shows ~0.001 B/op. */
    static final double ZERO_BYTES_PER_OP = 0.1;

    /** P8, time: ns/event of a larger input at most this many times the best smaller one's (and the marginal). */
    static final double LINEAR_PASS = 1.3;

    /** P8, time: beyond this the growth is clearly worse than linear. */
    static final double LINEAR_FAIL = 2.0;

    /** P8, memory: engine heap growth from 1× to the largest input at most this fraction of the 1× heap. */
    static final double FLAT_PASS = 0.10;

    /** P8, memory: beyond this fraction the heap clearly grows with the input. */
    static final double FLAT_FAIL = 0.50;

    private static final String BACKTEST = "BacktestThroughputBenchmark";

    private static final String PKG = "com.tradefinder.bench.";

    private static final Spec[] SPECS = {
        new Spec("FrameDecodeBenchmark", "Binance JSON frame to SBE (P1)", "jacksonStreaming", true, "frames/s",
            "One real Binance USDⓈ-M combined-stream frame (1,024 per kind, cycled) decoded into SBE by " +
                "BinanceMarketDataDecoder, against Jackson's streaming JsonParser reading the same fields from the " +
                "same bytes (decimals to fixed-point without double, no SBE written). bookTicker and depthUpdate " +
                "frames are the first of the 2024-08-08 BTCUSDT capture; aggTrade frames are synthesised from its " +
                "first trade lines (real price, quantity, times, side and id in the aggTrade layout)."),
        new Spec("BusinessLogicBenchmark", "Business logic, cost per event (P3)", "decodeOnly", false, "events/s",
            "One pre-encoded real event handed to a warmed-up BusinessLogic with a no-op sink, against decoding " +
                "the SBE header and every field of the same event. bars-1h and trades: no bot, regimes only. " +
                "all-strategies: the 135,504 steady inbound events of a backtest of the example regime bot " +
                "(config/examples/backtest-regime-bot.toml: Supertrend 4h, Mean Reversion 1h, Squeeze Breakout 1h, " +
                "Grid 1h, with risk, orders and portfolio) over the real 1h BTCUSDT + ETHUSDT history with funding: " +
                "bars, funding rates and the simulated venue's answers, each lap into a fresh logic built in the " +
                "setup (settings, definitions and ConfigChange chunks excluded from the measured loop); its " +
                "decodeOnly reads the header and every 8-byte word of events other than bars."),
        new Spec("PipelineThroughputBenchmark", "Live pipeline: ring, journal, business logic (P2)",
            "noOpBusinessHandler", true, "events/s",
            "1,000,000 real events published from one producer thread and drained by Engine.close(), with the " +
                "business logic, against the same ring and journal with a no-op business handler. SingleShotTime, " +
                "score = invocation time / 1,000,000."),
        new Spec("JournalAppendBenchmark", "Journal append, average (P4)", "copyToBuffer", false, "msg/s",
            "Append of one real 74-byte SBE Bar (82-byte record) to a Chronicle journal on disk with its " +
                "pretoucher running (as the engine runs it), against copying the same bytes into a pre-allocated " +
                "buffer."),
        new Spec("ReplayBenchmark", "Replay through a fresh business logic (P5)", "rawTailerLoop", true,
            "records/s",
            "A journal of 111,747 records (settings, 2 instruments, 111,744 real events) read by JournalCursor " +
                "into a fresh BusinessLogic, against the same cursor loop without the logic. Score per record."),
        new Spec("IndicatorBenchmark", "Indicators, cost per update", "smaBaseline", false, "updates/s",
            "One update over real BTCUSDT 1h high/low/close, against Sma(20), the cheapest indicator " +
                "(arrayReadBaseline is the bare array reads)."),
    };

    private ResultsReport()
    {
    }

    /**
     * @param args see the class description.
     * @throws IOException if a file cannot be read or written.
     */
    public static void main(final String[] args) throws IOException
    {
        final Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2)
        {
            if (!args[i].startsWith("--"))
            {
                throw new IllegalArgumentException("expected --option VALUE pairs, found " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        if (!options.containsKey("json") || !options.containsKey("out"))
        {
            System.err.println("usage: ResultsReport --json FILE --out FILE [--latency FILE] [--scaling FILE] " +
                "[--tickToOrder FILE] [--webhook FILE] [--sustained FILE] [--command TEXT] [--mode full|smoke] " +
                "[--git TEXT] [--timings TEXT] [--load TEXT]");
            System.exit(2);
        }
        final List<Result> results = readResults(Paths.get(options.get("json")));
        final Properties latency = properties(options.get("latency"));
        final Properties tickToOrder = properties(options.get("tickToOrder"));
        final Properties webhook = properties(options.get("webhook"));
        final Properties sustained = properties(options.get("sustained"));
        final Properties scaling = new Properties();
        final String scalingFile = options.get("scaling");
        if (scalingFile != null && Files.isRegularFile(Paths.get(scalingFile)))
        {
            try (java.io.InputStream stream = Files.newInputStream(Paths.get(scalingFile)))
            {
                scaling.load(stream);
            }
        }
        final String report = new ResultsReport.Writer(results, latency, scaling, tickToOrder, webhook, sustained,
            options).write();
        Files.write(Paths.get(options.get("out")), report.getBytes(StandardCharsets.UTF_8));
        System.out.println("wrote " + options.get("out") + " (" + results.size() + " results)");
    }

    /**
     * @param file a harness's {@code key=value} figures (UTF-8), or null.
     * @return them; empty when the file is not given or not there (the harness did not run).
     * @throws IOException if the file cannot be read.
     */
    static Properties properties(final String file) throws IOException
    {
        final Properties properties = new Properties();
        if (file != null && Files.isRegularFile(Paths.get(file)))
        {
            try (java.io.Reader reader = Files.newBufferedReader(Paths.get(file), StandardCharsets.UTF_8))
            {
                properties.load(reader);
            }
        }
        return properties;
    }

    @SuppressWarnings("unchecked")
    static List<Result> readResults(final Path json) throws IOException
    {
        final Object parsed = Json.parse(new String(Files.readAllBytes(json), StandardCharsets.UTF_8));
        final List<Result> results = new ArrayList<>();
        for (final Object item : (List<Object>)parsed)
        {
            final Map<String, Object> entry = (Map<String, Object>)item;
            final String benchmark = (String)entry.get("benchmark");
            final int dot = benchmark.lastIndexOf('.');
            final String className = benchmark.substring(benchmark.lastIndexOf('.', dot - 1) + 1, dot);
            final Map<String, String> params = new TreeMap<>();
            final Object rawParams = entry.get("params");
            if (rawParams != null)
            {
                for (final Map.Entry<String, Object> p : ((Map<String, Object>)rawParams).entrySet())
                {
                    params.put(p.getKey(), String.valueOf(p.getValue()));
                }
            }
            final Map<String, Object> primary = (Map<String, Object>)entry.get("primaryMetric");
            final Map<String, Object> secondary = (Map<String, Object>)entry.get("secondaryMetrics");
            double bytesPerOp = Double.NaN;
            if (secondary != null && secondary.get("gc.alloc.rate.norm") != null)
            {
                bytesPerOp = number(((Map<String, Object>)secondary.get("gc.alloc.rate.norm")).get("score"));
            }
            final List<Object> raw = (List<Object>)primary.get("rawData");
            int samples = 0;
            if (raw != null)
            {
                for (final Object fork : raw)
                {
                    samples += ((List<Object>)fork).size();
                }
            }
            results.add(new Result(className, benchmark.substring(dot + 1), params, (String)entry.get("mode"),
                number(primary.get("score")), number(primary.get("scoreError")), (String)primary.get("scoreUnit"),
                bytesPerOp, samples, entry));
        }
        return results;
    }

    private static double number(final Object value)
    {
        if (value instanceof Double)
        {
            return (Double)value;
        }
        if (value instanceof String)
        {
            try
            {
                return Double.parseDouble((String)value);
            }
            catch (final NumberFormatException ex)
            {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    /**
     * One JMH result.
     */
    static final class Result
    {
        final String className;
        final String method;
        final Map<String, String> params;
        final String mode;
        final double score;
        final double error;
        final String unit;
        final double bytesPerOp;
        final int samples;
        final Map<String, Object> raw;

        Result(final String className, final String method, final Map<String, String> params, final String mode,
            final double score, final double error, final String unit, final double bytesPerOp, final int samples,
            final Map<String, Object> raw)
        {
            this.className = className;
            this.method = method;
            this.params = params;
            this.mode = mode;
            this.score = score;
            this.error = error;
            this.unit = unit;
            this.bytesPerOp = bytesPerOp;
            this.samples = samples;
            this.raw = raw;
        }

        /**
         * @param name a secondary metric, e.g. a JMH {@code @AuxCounters} field.
         * @return it as a result of its own (same benchmark, params and mode), or null if absent.
         */
        @SuppressWarnings("unchecked")
        Result secondary(final String name)
        {
            final Map<String, Object> secondaryMetrics = (Map<String, Object>)raw.get("secondaryMetrics");
            if (secondaryMetrics == null || !(secondaryMetrics.get(name) instanceof Map))
            {
                return null;
            }
            final Map<String, Object> metric = (Map<String, Object>)secondaryMetrics.get(name);
            return new Result(className, method + ":" + name, params, mode, number(metric.get("score")),
                number(metric.get("scoreError")), (String)metric.get("scoreUnit"), Double.NaN, samples, raw);
        }

        /**
         * @return operations per second when the score is a time per operation, else NaN.
         */
        double perSecond()
        {
            final double nanos;
            switch (unit)
            {
                case "ns/op":
                    nanos = score;
                    break;
                case "us/op":
                    nanos = score * 1e3;
                    break;
                case "ms/op":
                    nanos = score * 1e6;
                    break;
                case "s/op":
                    nanos = score * 1e9;
                    break;
                default:
                    return Double.NaN;
            }
            return 1e9 / nanos;
        }
    }

    /**
     * A bar's verdict, taking JMH's 99.9 % error bars into account: pass only if the bar holds at the unfavourable
     * end of every error bar involved, FAIL only if it fails even at the favourable end, otherwise inconclusive.
     */
    enum Verdict
    {
        PASS("pass"),
        INCONCLUSIVE("inconclusive"),
        FAIL("FAIL");

        final String text;

        Verdict(final String text)
        {
            this.text = text;
        }

        static Verdict of(final boolean passesPessimistic, final boolean passesOptimistic)
        {
            return passesPessimistic ? PASS : passesOptimistic ? INCONCLUSIVE : FAIL;
        }

        static Verdict combine(final Verdict sofar, final Verdict next)
        {
            return sofar == null || next.ordinal() > sofar.ordinal() ? next : sofar;
        }
    }

    private static final class Spec
    {
        final String className;
        final String title;
        final String baseline;
        final boolean throughputRatio;
        final String rateLabel;
        final String what;

        Spec(final String className, final String title, final String baseline, final boolean throughputRatio,
            final String rateLabel, final String what)
        {
            this.className = className;
            this.title = title;
            this.baseline = baseline;
            this.throughputRatio = throughputRatio;
            this.rateLabel = rateLabel;
            this.what = what;
        }
    }

    private static final class Writer
    {
        private final List<Result> results;
        private final Properties latency;
        private final Properties scaling;
        private final Properties tickToOrder;
        private final Properties webhook;
        private final Properties sustained;
        private final Map<String, String> options;
        private final StringBuilder out = new StringBuilder(16_384);

        Writer(final List<Result> results, final Properties latency, final Properties scaling,
            final Properties tickToOrder, final Properties webhook, final Properties sustained,
            final Map<String, String> options)
        {
            this.results = results;
            this.latency = latency;
            this.scaling = scaling;
            this.tickToOrder = tickToOrder;
            this.webhook = webhook;
            this.sustained = sustained;
            this.options = options;
        }

        String write()
        {
            final boolean smoke = "smoke".equals(options.get("mode"));
            final String command = options.getOrDefault("command", "bench/run-benchmarks.sh");
            line("# Benchmark results");
            line("");
            line("> **Generated; do not edit by hand.** Written by `bench/run-benchmarks.sh` (formatter: " +
                "`com.tradefinder.bench.ResultsReport`). Regenerate with `bench/run-benchmarks.sh` from the " +
                "repository root (`--smoke` for the one-short-iteration CI pass).");
            line("");
            line("- Run: **" + (smoke ? "smoke (1 short iteration each: figures are indicative only)" : "full") +
                "**, " + options.getOrDefault("date", "") + (options.containsKey("git") ?
                ", commit `" + options.get("git") + "`" : ""));
            line("- Command: `" + command + "`");
            if (options.containsKey("jmhCommand"))
            {
                line("- JMH: `" + options.get("jmhCommand") + "`");
            }
            if (options.containsKey("latencyCommand"))
            {
                line("- Latency: `" + options.get("latencyCommand") + "`");
            }
            if (options.containsKey("scalingCommand"))
            {
                line("- Scaling: `" + options.get("scalingCommand") + "`");
            }
            if (options.containsKey("tickToOrderCommand"))
            {
                line("- Tick-to-order: `" + options.get("tickToOrderCommand") + "`");
            }
            if (options.containsKey("webhookCommand"))
            {
                line("- Webhook: `" + options.get("webhookCommand") + "`");
            }
            if (options.containsKey("sustainedCommand"))
            {
                line("- Sustained: `" + options.get("sustainedCommand") + "`");
            }
            if (options.containsKey("timings"))
            {
                line("- Wall time: " + options.get("timings"));
            }
            line("");
            machine();
            bar(smoke);
            for (final Spec spec : SPECS)
            {
                table(spec);
                if (spec.className.equals("ReplayBenchmark"))
                {
                    backtestTable();
                    scalingTable(smoke);
                }
            }
            latencyTable();
            sustainedTable();
            harnessTable(tickToOrder, "## TickToOrderLatency: kline frame to signed order request (P6)",
                "A loopback Netty WebSocket server pushes closed 1h BTCUSDT kline frames at a fixed rate; the " +
                "client decodes each with the gateway's frame handler, publishes the Bar into the engine (journal, " +
                "then an `ma_crossover` SMA 2/3 bot that reverses its position on every bar), and the business " +
                "thread's downstream sink encodes and signs the NewOrder as Binance's request; latency = that " +
                "moment minus the frame's intended send time (coordinated omission corrected). A paper venue " +
                "answers each bar's orders before the next bar: the client first waits until the engine has " +
                "handled the previous bar (no wait while it keeps up; a wait is queueing, and counts). Baseline, " +
                "same run, client, rate and frames: the client echoes each frame, the server times the echo. " +
                "P4's baseline: after the journaled run, the same path on a fresh engine launched without " +
                "journaling (EngineContext.journalEnabled(false): same ring, threads and gating, nothing appended), " +
                "same rate and frames; it runs second, so any warmth it inherits favours it.");
            harnessTable(webhook, "## WebhookLatency: TradingView alert to order command (P7)",
                "A Netty HTTP client on one keep-alive loopback connection POSTs TradingView alerts (`buy` and " +
                "`flat` alternating, unique alert ids) at a fixed rate to the engine's ops webhook, which checks " +
                "and journals each as a WebhookSignal; the `tradingview` bot turns it into a NewOrder; latency = " +
                "the NewOrder's arrival at the business thread's downstream sink minus the request's intended " +
                "send time. A paper venue fills each order on a trade at the alert price before the next alert " +
                "goes (a late alert carries the delay). The webhook's clock runs 3,600× fast so the bot's 1,200 " +
                "orders per event-minute limit does not refuse the load. Baseline, same run, client, rate and " +
                "bodies: a raw Netty HTTP echo server; latency = response arrival minus intended send time.");
            line("## Notes");
            line("");
            line("- Inputs are real: `../shared/data` Binance USD-M BTCUSDT and ETHUSDT 1h klines 2020-01-01 to " +
                "2026-05-16 (111,744 bars) and the four trade captures (58,604 trades), parsed with exact decimals " +
                "(`FixedPoint.parse(text, -8)`) into SBE events in each benchmark's setup. Laps of the inputs are " +
                "moved forward in time by whole days so bars keep closing in order.");
            line("- Ratios are taken between results of the same run; absolute figures are context only. " +
                "This 2-core VM is shared with other builds, so expect run-to-run swings of 20-50 % " +
                "(more for SingleShotTime); read the ratio and the error column together.");
            line("- " + loadNote());
            line("- B/op is JMH `-prof gc` `gc.alloc.rate.norm`; \"0\" means below " + ZERO_BYTES_PER_OP +
                " B/op (JMH's own bookkeeping shows ~0.001-0.01 B/op). For the pipeline it counts every thread " +
                "of the fork, the Chronicle journal included, over whole invocations (engine launch excluded).");
            line("- Replay B/op is per record but comes from each replay's fresh BusinessLogic and cursor " +
                "(~28 KB per replay of 111,747 records), not from the per-event path.");
            line("- Every benchmark checks its run and fails it otherwise: every event handled, no EngineFault, no " +
                "halt, RegimeUpdates produced (the baselines: nothing handled); the latency harness reads its " +
                "journal back. The check lines are in `bench/target/jmh-output.txt`.");
            line("- Journals are written under `java.io.tmpdir` on the VM's disk (ext4), not tmpfs.");
            line("- Only one thread may busy-spin on this box: the pipeline uses WaitMode.SLEEPING (`-p " +
                "waitMode=BLOCKING` for the engine default); the latency harness spins on its own thread only.");
            line("- Backtest throughput (P5) replays the history from memory: the CSV files are parsed once in the " +
                "setup (the CLI's `HistoryImport`), so import is not in the figure; creating, writing and closing " +
                "the journal is. Its B/event is the whole backtest's allocation (journal creation, building the " +
                "bot from its TOML, the venue) divided by its events; the business logic's own steady-state " +
                "allocation is the all-strategies row of P3.");
            line("- P8 runs the example bot over the SYNTHETIC market (seeded, made up, not market data) in a JVM " +
                "with `-Xmx512m`; the end-of-input GC and heap reading are taken off the timing. Its 1× case " +
                "carries the fixed cost of a backtest (creating the journal, building the bot), so its ns/event is " +
                "the highest; the marginal ns/event between sizes removes that fixed cost. Linear in bots × " +
                "instruments: not measured here (one bot, two instruments).");
            if (sustained.getProperty("gcCount") == null || tickToOrder.getProperty("journalCostP99") == null)
            {
                line("- Not run here: " + (sustained.getProperty("gcCount") == null ? "the no-GC run of P3 " +
                    "(SustainedEngineRun)" : "") + (sustained.getProperty("gcCount") == null &&
                    tickToOrder.getProperty("journalCostP99") == null ? " and " : "") +
                    (tickToOrder.getProperty("journalCostP99") == null ? "the tick-to-order half of P4 " +
                    "(TickToOrderLatency with and without the journal)" : "") + ".");
            }
            return out.toString();
        }

        private void machine()
        {
            line("## Machine and JVM");
            line("");
            line("| what | value |");
            line("|---|---|");
            line("| CPUs (nproc) | " + Runtime.getRuntime().availableProcessors() + " |");
            line("| CPU model | " + procField("/proc/cpuinfo", "model name") + " |");
            final String memKb = procField("/proc/meminfo", "MemTotal").replace("kB", "").trim();
            String memory = memKb;
            try
            {
                memory = String.format(Locale.ROOT, "%.1f GiB", Long.parseLong(memKb) / 1024.0 / 1024.0);
            }
            catch (final NumberFormatException ignored)
            {
                // keep the text as found
            }
            line("| memory | " + memory + " |");
            line("| OS | " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " " +
                System.getProperty("os.arch") + " |");
            if (options.containsKey("load"))
            {
                line("| load average (1, 5, 15 min) | " + options.get("load") + " |");
            }
            if (!results.isEmpty())
            {
                final Map<String, Object> first = results.get(0).raw;
                line("| JVM | " + first.get("vmName") + " " + first.get("vmVersion") + " (JDK " +
                    first.get("jdkVersion") + ") |");
                line("| JMH | " + first.get("jmhVersion") + ", " + fmt0(number(first.get("forks"))) +
                    " fork per benchmark, " + fmt0(number(first.get("threads"))) + " thread |");
                final Object args = first.get("jvmArgs");
                line("| fork flags | `" + (args == null ? "" : String.join(" ", toStrings(args))) + "` |");
            }
            line("");
        }

        @SuppressWarnings("unchecked")
        private static List<String> toStrings(final Object list)
        {
            final List<String> strings = new ArrayList<>();
            for (final Object o : (List<Object>)list)
            {
                strings.add(String.valueOf(o));
            }
            return strings;
        }

        private void bar(final boolean smoke)
        {
            line("## The bar (PERFORMANCE.md)");
            line("");
            if (smoke)
            {
                line("Smoke run: one short iteration each, so pass/FAIL below is indicative only.");
                line("");
            }
            line("Verdicts use JMH's 99.9 % error bars: **pass** if the bar holds even at the unfavourable end of " +
                "every error bar involved, **FAIL** if it fails even at the favourable end, **inconclusive** " +
                "otherwise (the noise of this shared box straddles the bar). Ranges in brackets are those ends.");
            line("");
            line("| # | bar | measured in this run | result |");
            line("|---|---|---|---|");

            final StringBuilder p1 = new StringBuilder();
            Verdict p1Verdict = null;
            for (final String input : inputs("FrameDecodeBenchmark"))
            {
                final Result decoder = find("FrameDecodeBenchmark", "decoder", input);
                final Result jackson = find("FrameDecodeBenchmark", "jacksonStreaming", input);
                if (decoder == null || jackson == null)
                {
                    continue;
                }
                final boolean aggTrade = input.contains("aggTrade");
                final boolean zeroBytes = decoder.bytesPerOp < ZERO_BYTES_PER_OP;
                final Verdict verdict = Verdict.of(
                    zeroBytes && ratioLow(jackson, decoder) >= 3 &&
                        (!aggTrade || decoder.score + err(decoder) <= 300),
                    zeroBytes && ratioHigh(jackson, decoder) >= 3 &&
                        (!aggTrade || decoder.score - err(decoder) <= 300));
                p1Verdict = Verdict.combine(p1Verdict, verdict);
                p1.append(input).append(": ").append(fmt1(decoder.score)).append(' ').append(decoder.unit)
                    .append(", ").append(bytes(decoder.bytesPerOp)).append(" B/op vs Jackson ")
                    .append(fmt1(jackson.score)).append(' ').append(jackson.unit).append(", ")
                    .append(fmt2(jackson.score / decoder.score)).append("× ")
                    .append(range(ratioLow(jackson, decoder), ratioHigh(jackson, decoder))).append(" (")
                    .append(verdict.text).append("); ");
            }
            p1.append("Bybit publicTrade and orderbook: not measured here");
            row("P1", "JSON frame → SBE ≥ 3× Jackson's streaming parser on the same frames, 0 B/op; aggTrade ≤ 300 ns",
                p1, p1Verdict);

            final StringBuilder p2 = new StringBuilder();
            Verdict p2Verdict = null;
            for (final String input : inputs("PipelineThroughputBenchmark"))
            {
                final Result logic = find("PipelineThroughputBenchmark", "ringJournalLogic", input);
                final Result base = find("PipelineThroughputBenchmark", "noOpBusinessHandler", input);
                if (logic == null || base == null)
                {
                    continue;
                }
                final Verdict verdict = Verdict.of(
                    ratioLow(base, logic) >= 0.7 && rateLow(logic) >= 2e6,
                    ratioHigh(base, logic) >= 0.7 && rateHigh(logic) >= 2e6);
                p2Verdict = Verdict.combine(p2Verdict, verdict);
                p2.append(input).append(": ").append(millions(logic.perSecond())).append(" events/s ")
                    .append(range(rateLow(logic) / 1e6, rateHigh(logic) / 1e6)).append(" M with logic vs ")
                    .append(millions(base.perSecond())).append(" without, ratio ").append(fmt2(base.score /
                    logic.score)).append("× ").append(range(ratioLow(base, logic), ratioHigh(base, logic)))
                    .append(" (").append(verdict.text).append("); ");
            }
            row("P2", "live pipeline ≥ 0.7× the no-op business handler's throughput, and ≥ 2M events/s", p2,
                p2Verdict);

            final StringBuilder p3 = new StringBuilder();
            Verdict p3Verdict = null;
            for (final Result r : results)
            {
                if (r.className.equals("BusinessLogicBenchmark") && r.method.equals("logic") ||
                    r.className.equals("IndicatorBenchmark") && !r.method.endsWith("Baseline"))
                {
                    final boolean pass = r.bytesPerOp < ZERO_BYTES_PER_OP;
                    p3Verdict = Verdict.combine(p3Verdict, Verdict.of(pass, pass));
                    if (r.className.equals("BusinessLogicBenchmark") || !pass)
                    {
                        p3.append(r.method).append(label(r.params)).append(' ').append(bytes(r.bytesPerOp))
                            .append(" B/op; ");
                    }
                }
            }
            if (p3Verdict != null)
            {
                p3.append("indicators: ").append(maxIndicatorBytes()).append(" B/op at most; ");
            }
            p3Verdict = sustainedFigures(p3, p3Verdict);
            row("P3", "0 B/op on the business thread in JMH `-prof gc`; no GC during a 10-minute run at 100k " +
                "events/s", p3, p3Verdict);

            final StringBuilder p4 = new StringBuilder();
            Verdict p4Verdict = appendFigures(p4);
            final Result append = find("JournalAppendBenchmark", "append", "");
            if (append != null)
            {
                p4.append("JMH average ").append(fmt1(append.score)).append(' ').append(append.unit).append("; ");
            }
            if (tickToOrder.getProperty("journalCostP99") != null)
            {
                final long cost = figure(tickToOrder, "journalCostP99");
                final boolean pass = cost <= 2_000;
                final Verdict verdict = Verdict.of(pass, pass);
                p4Verdict = Verdict.combine(p4Verdict, verdict);
                p4.append("tick-to-order at ").append(String.format(Locale.ROOT, "%,d",
                    figure(tickToOrder, "rate"))).append(" frames/s: p99 ")
                    .append(micros(figure(tickToOrder, "order.p99"))).append(" with the journal, ")
                    .append(micros(figure(tickToOrder, "noJournal.order.p99"))).append(" without, the journal's " +
                    "cost ").append(micros(cost)).append(" (").append(verdict.text).append(")");
            }
            else
            {
                p4.append("tick-to-order with vs without journal: not run");
            }
            row("P4", "journal append p99 ≤ 1 µs, p99.9 ≤ 2 µs at 100k msg/s; tick-to-order with the journal ≤ 2 µs " +
                "slower at p99 than without", p4, p4Verdict);

            final StringBuilder p5 = new StringBuilder();
            Verdict p5Verdict = null;
            for (final String input : inputs("ReplayBenchmark"))
            {
                final Result logic = find("ReplayBenchmark", "replayThroughLogic", input);
                final Result base = find("ReplayBenchmark", "rawTailerLoop", input);
                if (logic == null || base == null)
                {
                    continue;
                }
                final double floor = input.startsWith("bars") ? 1e6 : 5e6;
                final Verdict verdict = Verdict.of(
                    ratioLow(base, logic) >= 0.25 && rateLow(logic) >= floor,
                    ratioHigh(base, logic) >= 0.25 && rateHigh(logic) >= floor);
                p5Verdict = Verdict.combine(p5Verdict, verdict);
                p5.append(input).append(": ").append(millions(logic.perSecond())).append(" records/s ")
                    .append(range(rateLow(logic) / 1e6, rateHigh(logic) / 1e6)).append(" M, ratio ")
                    .append(fmt2(base.score / logic.score)).append("× ")
                    .append(range(ratioLow(base, logic), ratioHigh(base, logic))).append(" the raw loop (")
                    .append(millions(base.perSecond())).append("/s), floor ").append(millions(floor))
                    .append("/s (").append(verdict.text).append("); ");
            }
            final Result backtest = find(BACKTEST, "backtest", "");
            final Result raw = find(BACKTEST, "rawJournalRead", "");
            final Result bars = backtest == null ? null : backtest.secondary("bars");
            final Result events = backtest == null ? null : backtest.secondary("events");
            final Result rawEvents = raw == null ? null : raw.secondary("events");
            if (bars != null && events != null && rawEvents != null)
            {
                final Verdict verdict = Verdict.of(
                    rateLow(bars) >= 1e6 && ratioLow(rawEvents, events) >= 0.25,
                    rateHigh(bars) >= 1e6 && ratioHigh(rawEvents, events) >= 0.25);
                p5Verdict = Verdict.combine(p5Verdict, verdict);
                p5.append("backtest of the example bot, every strategy active: ").append(millions(bars.perSecond()))
                    .append(" bars/s ").append(range(rateLow(bars) / 1e6, rateHigh(bars) / 1e6)).append(" M (")
                    .append(millions(events.perSecond())).append(" events/s), ratio ")
                    .append(fmt2(rawEvents.score / events.score)).append("× ")
                    .append(range(ratioLow(rawEvents, events), ratioHigh(rawEvents, events)))
                    .append(" the raw read of its journal (").append(millions(rawEvents.perSecond()))
                    .append(" events/s), floor 1.00 M bars/s (").append(verdict.text).append("); ");
            }
            row("P5", "replay ≥ 0.25× a raw tailer loop; ≥ 1M bars/s on klines, ≥ 5M events/s on trade captures " +
                "(replay: regime logic only, no bot); backtest ≥ 1M bars/s with every strategy active and ≥ 0.25× " +
                "the raw read of the same journal", p5, p5Verdict);

            final StringBuilder p6 = new StringBuilder();
            final Verdict p6Verdict = harnessRow(tickToOrder, "frames", "framesWithoutOrder", "framesThatWaited",
                true, p6);
            row("P6", "tick-to-order p50 ≤ echo p50 + 10 µs; p99 and p99.9 ≤ 1.5× the echo's; no GC pause in the " +
                "run; coordinated omission corrected", p6, p6Verdict);

            final StringBuilder p7 = new StringBuilder();
            final Verdict p7Verdict = harnessRow(webhook, "requests", "requestsWithoutOrder", "requestsThatWaited",
                false, p7);
            row("P7", "webhook to order command ≤ 2× a raw Netty HTTP echo (p50 and p99); p99 ≤ 1 ms", p7,
                p7Verdict);

            final StringBuilder p8 = new StringBuilder();
            final Verdict p8Verdict = p8(p8);
            row("P8", "time linear in events (ns/event roughly constant from 1× to 100× the input); memory flat in " +
                "events", p8, p8Verdict);
            line("");
        }

        /**
         * P4's append half from the latency harness: the absolute bar on the pretouched append; a miss is
         * inconclusive rather than FAIL when the machine's own floor (the copy baseline in the same loop) is above
         * the bar and the append stays within the bar of that floor. Null if it did not run.
         */
        private Verdict appendFigures(final StringBuilder text)
        {
            if (latency.getProperty("p99") == null)
            {
                text.append("append latency: not run; ");
                return null;
            }
            final long p99 = figure(latency, "p99");
            final long p999 = figure(latency, "p99.9");
            final boolean pass = p99 <= 1_000 && p999 <= 2_000;
            text.append("open loop at ").append(String.format(Locale.ROOT, "%,d", figure(latency, "rate")))
                .append(" msg/s: append p99 ").append(micros(p99)).append(", p99.9 ").append(micros(p999))
                .append(" (service time p99 ").append(micros(figure(latency, "serviceP99"))).append(", p99.9 ")
                .append(micros(figure(latency, "serviceP99.9"))).append(")");
            Verdict verdict = Verdict.of(pass, pass);
            if (latency.getProperty("baseline.p99") != null)
            {
                final long floor99 = figure(latency, "baseline.p99");
                final long floor999 = figure(latency, "baseline.p99.9");
                final boolean floorAboveBar = floor99 > 1_000 || floor999 > 2_000;
                final boolean withinBarOfFloor = p99 - floor99 <= 1_000 && p999 - floor999 <= 2_000;
                verdict = pass ? Verdict.PASS : floorAboveBar && withinBarOfFloor ? Verdict.INCONCLUSIVE :
                    Verdict.FAIL;
                text.append(", against the machine's floor in the same loop (a copy into a buffer) p99 ")
                    .append(micros(floor99)).append(", p99.9 ").append(micros(floor999))
                    .append("; without the pretoucher p99 ").append(micros(figure(latency, "unpretouched.p99")))
                    .append(", p99.9 ").append(micros(figure(latency, "unpretouched.p99.9")))
                    .append("; minor page faults of the appending thread ").append(latency.getProperty("faults"))
                    .append(" pretouched, ").append(latency.getProperty("unpretouchedFaults")).append(" without");
            }
            text.append(" (").append(verdict.text).append("); ");
            return verdict;
        }

        /**
         * P3's sustained run: pass only for the bar's own run (10 minutes at 100k events/s or more) without a GC,
         * an event lost or a fault; a shorter or slower clean run is inconclusive. Returns {@code sofar} combined.
         */
        private Verdict sustainedFigures(final StringBuilder text, final Verdict sofar)
        {
            if (sustained.getProperty("gcCount") == null)
            {
                text.append("10-minute no-GC run: not run");
                return sofar;
            }
            final long gcs = figure(sustained, "gcCount");
            final double seconds = Double.parseDouble(sustained.getProperty("measuredSeconds"));
            final long rate = figure(sustained, "rate");
            final boolean clean = Boolean.parseBoolean(sustained.getProperty("pass"));
            final boolean fullRun = figure(sustained, "seconds") >= 600 && rate >= 100_000;
            final Verdict verdict = !clean ? Verdict.FAIL : fullRun ? Verdict.PASS : Verdict.INCONCLUSIVE;
            final long businessBytes = figure(sustained, "businessBytes");
            text.append("sustained run (").append(sustained.getProperty("input")).append(", ")
                .append(String.format(Locale.ROOT, "%,d", rate)).append(" events/s for ")
                .append(String.format(Locale.ROOT, "%.0f", seconds)).append(" s): ").append(gcs).append(" GCs (")
                .append(sustained.getProperty("gcMillis")).append(" ms), ")
                .append(sustained.getProperty("handled")).append(" of ").append(sustained.getProperty("expected"))
                .append(" events handled, business thread allocated ")
                .append(businessBytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,d B", businessBytes))
                .append(fullRun ? "" : ", shorter or slower than the bar's 10 minutes at 100k events/s")
                .append(" (").append(verdict.text).append(")");
            return Verdict.combine(sofar, verdict);
        }

        private void sustainedTable()
        {
            line("## SustainedEngineRun: the engine at a fixed rate for minutes (P3)");
            line("");
            final String table = sustained.getProperty("table");
            if (table == null)
            {
                line("Not run.");
                line("");
                return;
            }
            line("Real events (" + sustained.getProperty("input") + ") published open loop into a real Engine " +
                "(ring, journal with its pretoucher, business logic with every instrument's bars, indicators and " +
                "regime, no bot; wait mode " + sustained.getProperty("waitMode") + ") at a fixed rate, the " +
                "publisher parked between 1 ms rounds. " + sustained.getProperty("warmupSeconds") + " s of " +
                "warm-up, then one forced GC, then " + sustained.getProperty("seconds") + " s measured: GCs and " +
                "their time from the GarbageCollectorMXBeans, heap used at the start and the end (no GC forced at " +
                "the end; it counts whole TLABs as handed out), bytes allocated by the business-logic thread and " +
                "by the other threads (HotSpot's exact per-thread counters, in the check line), events that found " +
                "the ring full " +
                "(back-pressure: the publisher waits, nothing is dropped) and the publisher's largest lag behind " +
                "its schedule (about 1 ms is on schedule). In a heap of " +
                megabytes(Double.parseDouble(sustained.getProperty("maxHeap"))) + ".");
            line("");
            for (final String tableLine : table.split("\\\\n"))
            {
                line(tableLine);
            }
            line("");
            line("Check: " + sustained.getProperty("check").replaceFirst("^check: ", "") + ".");
            line("");
        }

        /** P8 from the scaling figures: time and memory verdicts, the worse of the two; null if not run. */
        private Verdict p8(final StringBuilder text)
        {
            if (scaling.getProperty("sizes") == null)
            {
                return null;
            }
            final int sizes = Integer.parseInt(scaling.getProperty("sizes"));
            double worst = 0;
            double best = Double.MAX_VALUE;
            for (int i = 0; i < sizes; i++)
            {
                final double ns = scalingNumber(i, "nsPerEvent");
                if (i > 0)
                {
                    worst = Math.max(worst, ns / best);
                }
                best = Math.min(best, ns);
            }
            final double marginalRatio = sizes >= 3 ? marginal(sizes - 1) / marginal(1) : 1.0;
            final Verdict time = worst <= LINEAR_PASS && marginalRatio <= LINEAR_PASS ? Verdict.PASS :
                worst > LINEAR_FAIL || marginalRatio > LINEAR_FAIL ? Verdict.FAIL : Verdict.INCONCLUSIVE;
            final int last = sizes - 1;
            final double baseEngine = scalingNumber(0, "heapBytes") - scalingNumber(0, "inputRecordBytes");
            final double lastEngine = scalingNumber(last, "heapBytes") - scalingNumber(last, "inputRecordBytes");
            final double growth = (lastEngine - baseEngine) / baseEngine;
            final Verdict memory = growth <= FLAT_PASS ? Verdict.PASS : growth > FLAT_FAIL ? Verdict.FAIL :
                Verdict.INCONCLUSIVE;
            final String largest = factorLabel(last);
            text.append("time: ns/event at ").append(largest).append(' ')
                .append(fmt2(scalingNumber(last, "nsPerEvent") / scalingNumber(0, "nsPerEvent")))
                .append("× the 1× case; worst ns/event of a larger input vs the best smaller one ").append(fmt2(worst))
                .append("×");
            if (sizes >= 3)
            {
                text.append(", marginal ns/event ").append(factorLabel(last - 1)).append("→").append(largest)
                    .append(' ').append(fmt2(marginalRatio)).append("× that of 1×→").append(factorLabel(1));
            }
            text.append(" (pass ≤ ").append(fmt2(LINEAR_PASS)).append("×, FAIL > ").append(fmt2(LINEAR_FAIL))
                .append("×: ").append(time.text).append("); memory: heap after GC ")
                .append(megabytes(scalingNumber(0, "heapBytes"))).append(" at 1×, ")
                .append(megabytes(scalingNumber(last, "heapBytes"))).append(" at ").append(largest)
                .append(", engine part (without the synthetic generator's own per-bar record) ")
                .append(growth >= 0 ? "+" : "").append(String.format(Locale.ROOT, "%.1f %%", growth * 100))
                .append(" (pass ≤ ").append(fmt0(FLAT_PASS * 100)).append(" %, FAIL > ").append(fmt0(FLAT_FAIL * 100))
                .append(" %: ").append(memory.text).append("); in a ").append(scaling.getProperty("maxHeapMb"))
                .append(" MB heap");
            return Verdict.combine(time, memory);
        }

        /** Nanoseconds per event added between size i - 1 and size i (the fixed cost of a backtest cancels). */
        private double marginal(final int i)
        {
            final double seconds = scalingNumber(i, "seconds") - scalingNumber(i - 1, "seconds");
            final double events = scalingNumber(i, "events") - scalingNumber(i - 1, "events");
            return seconds * 1e9 / events;
        }

        private double scalingNumber(final int size, final String key)
        {
            return Double.parseDouble(scaling.getProperty("size." + size + "." + key));
        }

        private String factorLabel(final int size)
        {
            return scaling.getProperty("size." + size + ".factor") + "×";
        }

        private static String megabytes(final double bytes)
        {
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
        }

        private void backtestTable()
        {
            final Result backtest = find(BACKTEST, "backtest", "");
            final Result raw = find(BACKTEST, "rawJournalRead", "");
            if (backtest == null && raw == null)
            {
                return;
            }
            line("## " + BACKTEST + ": backtest throughput, whole pipeline (P5)");
            line("");
            line("One whole backtest per invocation: the example regime bot " +
                "(config/examples/backtest-regime-bot.toml, every strategy configured and routed by regime) over the " +
                "real 1h klines of BTCUSDT and ETHUSDT 2020-01-01 to 2026-05-16 (111,744 bars) with their 8h " +
                "funding rates (14,238), replayed from memory through BacktestRunner: simulated venue, inbound " +
                "journal, business logic, outputs journaled. " +
                "Baseline: a JournalCursor loop without logic over the inbound queue of the same journal. Per event " +
                "and per bar from JMH aux counters (events: every inbound record, ~135,500 per backtest).");
            line("");
            line("| benchmark | mode | samples | time per run | events per run | ns/event ± error | events/s | " +
                "ns/bar | bars/s | B/op (per run) | B/event | throughput vs rawJournalRead |");
            line("|---|---|---|---|---|---|---|---|---|---|---|---|");
            final Result rawEvents = raw == null ? null : raw.secondary("events");
            for (final Result r : new Result[]{ backtest, raw })
            {
                if (r == null)
                {
                    continue;
                }
                final Result events = r.secondary("events");
                final Result bars = r.secondary("bars");
                final double eventsPerRun = events == null ? Double.NaN : r.score / events.score;
                final String ratio = r == raw ? "baseline" : rawEvents == null || events == null ? "n/a" :
                    fmt2(rawEvents.score / events.score) + "× " +
                        range(ratioLow(rawEvents, events), ratioHigh(rawEvents, events));
                line("| " + r.method + " | " + r.mode + " | " + r.samples + " | " +
                    String.format(Locale.ROOT, "%.1f ms", r.score / 1e6) + " | " +
                    (Double.isNaN(eventsPerRun) ? "n/a" : String.format(Locale.ROOT, "%,.0f", eventsPerRun)) +
                    " | " + (events == null ? "n/a" : fmt1(events.score) + " ± " +
                    (r.samples < 2 ? "n/a" : fmt1(err(events)))) + " | " +
                    (events == null ? "" : millions(events.perSecond())) + " | " +
                    (bars == null ? "n/a" : fmt1(bars.score)) + " | " +
                    (bars == null ? "" : millions(bars.perSecond())) + " | " +
                    (Double.isNaN(r.bytesPerOp) ? "n/a" : String.format(Locale.ROOT, "%,.0f", r.bytesPerOp)) + " | " +
                    (Double.isNaN(r.bytesPerOp) || Double.isNaN(eventsPerRun) ? "n/a" :
                        fmt2(r.bytesPerOp / eventsPerRun)) + " | " + ratio + " |");
            }
            line("");
        }

        private void scalingTable(final boolean smoke)
        {
            if (scaling.getProperty("sizes") == null)
            {
                return;
            }
            final int sizes = Integer.parseInt(scaling.getProperty("sizes"));
            line("## BacktestScaling: cost of growth, 1× to " + factorLabel(sizes - 1) + " the input (P8)");
            line("");
            line("The example regime bot over the seeded SYNTHETIC market (BTCUSDT and ETHUSDT names, hourly bars " +
                "and 8h funding) at " + scaling.getProperty("baseBars") + " hourly bars per instrument × each " +
                "factor, in one JVM with a " + scaling.getProperty("maxHeapMb") + " MB heap, after " +
                scaling.getProperty("warmupRuns") +
                " unmeasured 10× runs; the 1× case run " + scaling.getProperty("repeats") + " times and the 10× " +
                "case 3 times, the median kept (ns/event range in brackets), the largest once. Heap after GC is " +
                "read at the end of the input with the whole backtest still live; the synthetic generator's own " +
                "record of each bar's regime (4 B per bar) is input, listed apart. Allocated: bytes the " +
                "backtest's thread allocated in the run (least of the runs; generating the market included); " +
                "marginal B/event: the difference to the previous size per added event. Whole run " +
                scaling.getProperty("totalSeconds") + " s." + (smoke && !"100".equals(scaling.getProperty(
                "maxFactor")) ? " **Smoke: the largest input is reduced from 100× to " + factorLabel(sizes - 1) +
                " to keep the pass short.**" : ""));
            line("");
            line("| input | bars per instrument | events | seconds | ns/event [min, max] | ns/event vs 1× | " +
                "marginal ns/event vs the previous size | heap after GC | engine part | allocated per run | " +
                "marginal B/event | GCs during a run | trades closed | same state hash every run |");
            line("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
            for (int i = 0; i < sizes; i++)
            {
                line("| " + factorLabel(i) + " | " + String.format(Locale.ROOT, "%,.0f", scalingNumber(i, "bars")) +
                    " | " + String.format(Locale.ROOT, "%,.0f", scalingNumber(i, "events")) + " | " +
                    String.format(Locale.ROOT, "%.3f", scalingNumber(i, "seconds")) + " | " +
                    String.format(Locale.ROOT, "%,.0f [%,.0f, %,.0f]", scalingNumber(i, "nsPerEvent"),
                        scalingNumber(i, "nsPerEventMin"), scalingNumber(i, "nsPerEventMax")) + " | " +
                    fmt2(scalingNumber(i, "nsPerEvent") / scalingNumber(0, "nsPerEvent")) + "× | " +
                    (i == 0 ? "—" : String.format(Locale.ROOT, "%,.0f", marginal(i))) + " | " +
                    megabytes(scalingNumber(i, "heapBytes")) + " | " +
                    megabytes(scalingNumber(i, "heapBytes") - scalingNumber(i, "inputRecordBytes")) + " | " +
                    megabytes(scalingNumber(i, "allocatedBytes")) + " | " + (i == 0 ? "—" : fmt1(
                    (scalingNumber(i, "allocatedBytes") - scalingNumber(i - 1, "allocatedBytes")) /
                        (scalingNumber(i, "events") - scalingNumber(i - 1, "events")))) + " | " +
                    scaling.getProperty("size." + i + ".gcs") + " | " + scaling.getProperty("size." + i + ".trades") +
                    " | " + ("true".equals(scaling.getProperty("size." + i + ".sameStateHash")) ? "yes" : "NO") +
                    " |");
            }
            line("");
        }

        /** The machine's load, from the {@code --load} option ("before: 1 5 15; after: 1 5 15"). */
        private String loadNote()
        {
            final String load = options.get("load");
            final int cpus = Runtime.getRuntime().availableProcessors();
            final String before = firstNumberAfter(load, "before:");
            final String after = firstNumberAfter(load, "after:");
            if (before == null || after == null)
            {
                return "The machine is shared with other builds and agents; its load during the run was not recorded.";
            }
            final boolean loaded = Double.parseDouble(before) > cpus * 0.5 || Double.parseDouble(after) > cpus * 0.5;
            return "The machine is shared with other builds and agents" + (loaded ? " and was loaded during this " +
                "run" : "") + ": 1-minute load average " + before + " before and " + after + " after, on " + cpus +
                " CPUs (above " + cpus + " means processes were queueing for a CPU). " + (loaded ? "Absolute " +
                "figures are depressed and noisier than on an idle machine; the ratios against baselines measured " +
                "in the same run are the figures to read." : "");
        }

        private static String firstNumberAfter(final String text, final String label)
        {
            if (text == null || !text.contains(label))
            {
                return null;
            }
            final String rest = text.substring(text.indexOf(label) + label.length()).trim();
            final String first = rest.split("[\\s;]+")[0];
            try
            {
                Double.parseDouble(first);
                return first;
            }
            catch (final NumberFormatException ex)
            {
                return null;
            }
        }

        /** Lowest throughput ratio (baseline time / time) within both scores' error bars. */
        private static double ratioLow(final Result base, final Result logic)
        {
            return Math.max(0, base.score - err(base)) / (logic.score + err(logic));
        }

        /** Highest throughput ratio within both scores' error bars. */
        private static double ratioHigh(final Result base, final Result logic)
        {
            final double denominator = logic.score - err(logic);
            return denominator <= 0 ? Double.POSITIVE_INFINITY : (base.score + err(base)) / denominator;
        }

        private static double rateLow(final Result r)
        {
            return r.perSecond() * r.score / (r.score + err(r));
        }

        private static double rateHigh(final Result r)
        {
            final double low = r.score - err(r);
            return low <= 0 ? Double.POSITIVE_INFINITY : r.perSecond() * r.score / low;
        }

        private static double err(final Result r)
        {
            return Double.isNaN(r.error) ? 0 : r.error;
        }

        private static String range(final double low, final double high)
        {
            return "[" + fmt2(low) + ", " + (Double.isInfinite(high) ? "∞" : fmt2(high)) + "]";
        }

        private String maxIndicatorBytes()
        {
            double max = 0;
            for (final Result r : results)
            {
                if (r.className.equals("IndicatorBenchmark") && !Double.isNaN(r.bytesPerOp))
                {
                    max = Math.max(max, r.bytesPerOp);
                }
            }
            return bytes(max);
        }

        private void row(final String id, final String bar, final StringBuilder measured, final Verdict verdict)
        {
            String text = measured.toString().trim();
            if (text.endsWith(";"))
            {
                text = text.substring(0, text.length() - 1);
            }
            line("| " + id + " | " + bar + " | " + (text.isEmpty() ? "not run" : text) + " | " +
                (verdict == null ? "not run" : "**" + verdict.text + "**") + " |");
        }

        private void table(final Spec spec)
        {
            final List<Result> rows = new ArrayList<>();
            for (final Result r : results)
            {
                if (r.className.equals(spec.className))
                {
                    rows.add(r);
                }
            }
            if (rows.isEmpty())
            {
                return;
            }
            line("## " + spec.className + ": " + spec.title);
            line("");
            line(spec.what);
            line("");
            line("| benchmark | params | mode | samples | score ± error | units | " + spec.rateLabel + " | B/op | " +
                (spec.throughputRatio ? "throughput vs " : "time vs ") + spec.baseline + " |");
            line("|---|---|---|---|---|---|---|---|---|");
            for (final Result r : rows)
            {
                final Result base = find(spec.className, spec.baseline, key(r.params));
                final String ratio;
                if (r.method.equals(spec.baseline))
                {
                    ratio = "baseline";
                }
                else if (base == null)
                {
                    ratio = "n/a";
                }
                else
                {
                    ratio = fmt2(spec.throughputRatio ? base.score / r.score : r.score / base.score) + "×";
                }
                line("| " + r.method + " | " + (r.params.isEmpty() ? "" : key(r.params)) + " | " + r.mode + " | " +
                    r.samples + " | " + fmt1(r.score) + " ± " + (Double.isNaN(r.error) ? "n/a" : fmt1(r.error)) +
                    " | " + r.unit + " | " + millions(r.perSecond()) + " | " + bytes(r.bytesPerOp) + " | " +
                    ratio + " |");
            }
            line("");
        }

        /**
         * P6 or P7 from a latency harness's figures: its own bar ({@code pass}), every measured trigger making an
         * order, and for P6 no GC in the measured run; null if it did not run.
         */
        private Verdict harnessRow(final Properties figures, final String unit, final String withoutOrderKey,
            final String waitedKey, final boolean noGc, final StringBuilder text)
        {
            if (figures.getProperty("order.p50") == null)
            {
                text.append("not run");
                return null;
            }
            final long withoutOrder = Long.parseLong(figures.getProperty(withoutOrderKey));
            final long gcs = Long.parseLong(figures.getProperty("gcCount"));
            final boolean pass = Boolean.parseBoolean(figures.getProperty("pass")) && withoutOrder == 0 &&
                (!noGc || gcs == 0);
            text.append("open loop at ").append(String.format(Locale.ROOT, "%,d",
                Long.parseLong(figures.getProperty("rate")))).append(' ').append(unit).append("/s: p50 ")
                .append(micros(figure(figures, "order.p50"))).append(", p99 ")
                .append(micros(figure(figures, "order.p99"))).append(", p99.9 ")
                .append(micros(figure(figures, "order.p99.9"))).append(" against the echo's ")
                .append(micros(figure(figures, "echo.p50"))).append(", ")
                .append(micros(figure(figures, "echo.p99"))).append(", ")
                .append(micros(figure(figures, "echo.p99.9"))).append("; ").append(figures.getProperty("events"))
                .append(' ').append(unit).append(" measured, ").append(withoutOrder).append(" without a NewOrder, ")
                .append(figures.getProperty(waitedKey)).append(" waited for the previous one's venue round; ")
                .append(gcs).append(" GCs (").append(figures.getProperty("gcMillis")).append(" ms) in the run");
            return Verdict.of(pass, pass);
        }

        private static long figure(final Properties figures, final String key)
        {
            return Long.parseLong(figures.getProperty(key));
        }

        private void harnessTable(final Properties figures, final String title, final String description)
        {
            line(title);
            line("");
            final String table = figures.getProperty("table");
            if (table == null)
            {
                line("Not run.");
                line("");
                return;
            }
            line(description + " " + figures.getProperty("warmupEvents") + " warm-up triggers at the same rate " +
                "not recorded, then " + figures.getProperty("events") + " recorded.");
            line("");
            for (final String tableLine : table.split("\\\\n"))
            {
                line(tableLine);
            }
            line("");
            line("Check: " + figures.getProperty("check").replaceFirst("^check: ", "") + ".");
            line("");
        }

        private void latencyTable()
        {
            final String table = latency.getProperty("table");
            line("## JournalAppendLatency: append latency at a fixed rate (P4)");
            line("");
            if (table == null)
            {
                line("Not run.");
                line("");
                return;
            }
            line("Open loop: each message is due at sliceStart + i / rate; latency is completion minus the due time " +
                "(coordinated omission corrected), into an HdrHistogram; service time = actual start to " +
                "completion. Three paths take turns in slices of " + latency.getProperty("sliceMs") + " ms on one " +
                "thread (the only spinning one), so the box's drifting load falls on all three alike: the append " +
                "to a journal with its pretoucher (as the engine runs it), the append to a second journal without " +
                "one, and the baseline, a copy of the same bytes into a pre-allocated buffer, whose tail is the " +
                "machine's own (scheduler, interrupts, timer): the floor under the other two. " +
                latency.getProperty("warmupSeconds") + " s of warm-up per path at the same rate not recorded, then " +
                latency.getProperty("seconds") + " s per path recorded. Message: a real " +
                latency.getProperty("messageBytes") + "-byte SBE Bar. Minor page faults are the measuring " +
                "thread's, over the measured slices. The P4 verdict is on the pretouched append; when the floor " +
                "itself is above the bar and the append stays within the bar of the floor, it is inconclusive: " +
                "this box cannot show the bar either way.");
            line("");
            for (final String tableLine : table.split("\\\\n"))
            {
                line(tableLine);
            }
            line("");
            line("Check: " + latency.getProperty("check", "check: " + latency.getProperty("recordsChecked") +
                " records read back in order").replaceFirst("^check: ", "") + ".");
            line("");
        }

        private List<String> inputs(final String className)
        {
            final List<String> inputs = new ArrayList<>();
            for (final Result r : results)
            {
                if (r.className.equals(className) && !inputs.contains(key(r.params)))
                {
                    inputs.add(key(r.params));
                }
            }
            return inputs;
        }

        private Result find(final String className, final String method, final String paramsKey)
        {
            for (final Result r : results)
            {
                if (r.className.equals(className) && r.method.equals(method) &&
                    (paramsKey.isEmpty() || key(r.params).equals(paramsKey)))
                {
                    return r;
                }
            }
            return null;
        }

        private static String key(final Map<String, String> params)
        {
            final StringBuilder key = new StringBuilder();
            for (final Map.Entry<String, String> p : params.entrySet())
            {
                if (key.length() > 0)
                {
                    key.append(", ");
                }
                key.append(p.getKey().equals("input") ? "" : p.getKey() + "=").append(p.getValue());
            }
            return key.toString();
        }

        private static String label(final Map<String, String> params)
        {
            return params.isEmpty() ? "" : " (" + key(params) + ")";
        }

        private static String procField(final String file, final String field)
        {
            try
            {
                for (final String text : Files.readAllLines(Paths.get(file), StandardCharsets.UTF_8))
                {
                    if (text.startsWith(field))
                    {
                        return text.substring(text.indexOf(':') + 1).trim();
                    }
                }
            }
            catch (final IOException ex)
            {
                return "unknown (" + file + " unreadable)";
            }
            return "unknown";
        }

        private static String millions(final double perSecond)
        {
            if (Double.isNaN(perSecond))
            {
                return "";
            }
            return perSecond >= 1e5 ? String.format(Locale.ROOT, "%.2f M", perSecond / 1e6) :
                String.format(Locale.ROOT, "%,.0f", perSecond);
        }

        private static String bytes(final double bytesPerOp)
        {
            if (Double.isNaN(bytesPerOp))
            {
                return "n/a";
            }
            if (bytesPerOp < ZERO_BYTES_PER_OP)
            {
                return String.format(Locale.ROOT, "0 (%.3f)", bytesPerOp);
            }
            return String.format(Locale.ROOT, "%.2f", bytesPerOp);
        }

        private static String micros(final long nanos)
        {
            return String.format(Locale.ROOT, "%.2f µs", nanos / 1000.0);
        }

        private static String fmt0(final double value)
        {
            return String.format(Locale.ROOT, "%.0f", value);
        }

        private static String fmt1(final double value)
        {
            return String.format(Locale.ROOT, "%.1f", value);
        }

        private static String fmt2(final double value)
        {
            return String.format(Locale.ROOT, "%.2f", value);
        }

        private void line(final String text)
        {
            out.append(text).append('\n');
        }
    }
}
