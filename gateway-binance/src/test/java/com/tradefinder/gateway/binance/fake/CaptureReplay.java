package com.tradefinder.gateway.binance.fake;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * Loads Binance WebSocket captures ({@code shared/data/*-ws-*.jsonl.gz}: {@code <receive time µs|ns> <json>} per
 * line) and plays them on its own thread at the original pace, {@code speed} times faster, or as fast as possible
 * ({@code speed <= 0}). Several captures are merged by receive time.
 * <p>
 * aggTrade is synthesised at load time from the {@code @trade} messages: consecutive capture lines that are trades of
 * the same symbol with the same price, the same maker side ({@code m}) and the same trade time ({@code T}) form one
 * aggregate, pushed on {@code <symbol>@aggTrade} right after its last trade; {@code a} counts aggregates from the
 * capture's first trade id, {@code f}/{@code l} are the first and last trade ids, {@code q} and {@code nq} the summed
 * quantity, {@code E} the last trade's event time.
 * <p>
 * Thread contract: load on the caller's thread, then {@link #start(Consumer)} once; the consumer runs on the replay
 * thread. {@link #close()} stops it from any thread.
 */
final class CaptureReplay implements AutoCloseable
{
    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern EVENT = Pattern.compile("\"e\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SYMBOL = Pattern.compile("\"s\"\\s*:\\s*\"([^\"]+)\"");

    private final List<CaptureMessage> messages = new ArrayList<>();
    private final double speed;
    private final AtomicLong replayed = new AtomicLong();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean running;
    private Thread thread;

    /**
     * @param captures   capture files.
     * @param lineLimit  lines read per capture at most (a prefix keeps tests fast); {@code <= 0} for all.
     * @param speed      pace multiplier; {@code <= 0} plays as fast as possible.
     */
    CaptureReplay(final List<Path> captures, final int lineLimit, final double speed)
    {
        this.speed = speed;
        for (final Path capture : captures)
        {
            load(capture, lineLimit);
        }
        messages.sort(Comparator.comparingLong(CaptureMessage::receiveTimeNs));
    }

    List<CaptureMessage> messages()
    {
        return messages;
    }

    long replayed()
    {
        return replayed.get();
    }

    boolean awaitFinished(final long timeout, final TimeUnit unit) throws InterruptedException
    {
        return finished.await(timeout, unit);
    }

    void start(final Consumer<CaptureMessage> consumer)
    {
        running = true;
        thread = new Thread(() -> play(consumer), "fake-binance-replay");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close()
    {
        running = false;
        if (thread != null)
        {
            thread.interrupt();
        }
    }

    private void play(final Consumer<CaptureMessage> consumer)
    {
        try
        {
            final long startNs = System.nanoTime();
            final long firstNs = messages.isEmpty() ? 0 : messages.get(0).receiveTimeNs();
            for (final CaptureMessage message : messages)
            {
                if (!running)
                {
                    return;
                }
                if (speed > 0)
                {
                    final long dueNs = startNs + (long)((message.receiveTimeNs() - firstNs) / speed);
                    for (long waitNs = dueNs - System.nanoTime(); waitNs > 0 && running;
                        waitNs = dueNs - System.nanoTime())
                    {
                        LockSupport.parkNanos(waitNs);
                    }
                }
                consumer.accept(message);
                replayed.incrementAndGet();
            }
        }
        finally
        {
            finished.countDown();
        }
    }

    private void load(final Path capture, final int lineLimit)
    {
        final List<CaptureMessage> loaded = new ArrayList<>();
        String symbol = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
            new GZIPInputStream(Files.newInputStream(capture), 1 << 16), StandardCharsets.UTF_8)))
        {
            String line;
            int lineNumber = 0;
            while ((line = reader.readLine()) != null && (lineLimit <= 0 || lineNumber < lineLimit))
            {
                lineNumber++;
                final int space = line.indexOf(' ');
                final String stamp = line.substring(0, space);
                // 16 digits: microseconds (2023 capture); 19 digits: nanoseconds
                final long receiveTimeNs = Long.parseLong(stamp) * (stamp.length() <= 16 ? 1_000L : 1L);
                final String json = line.substring(space + 1);
                final CaptureMessage message = parseLine(receiveTimeNs, json, capture, lineNumber);
                if (symbol == null && message.symbol() != null)
                {
                    symbol = message.symbol();
                }
                loaded.add(message);
            }
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("cannot read capture " + capture, ex);
        }
        // the REST snapshot line has no symbol of its own: it belongs to the capture's only symbol
        for (final CaptureMessage message : loaded)
        {
            messages.add(message.symbol() != null ? message : new CaptureMessage(
                message.receiveTimeNs(), symbol, null, CaptureMessage.SNAPSHOT, message.payload()));
        }
        synthesiseAggTrades(messages.size() - loaded.size());
    }

    private static CaptureMessage parseLine(
        final long receiveTimeNs, final String json, final Path capture, final int lineNumber)
    {
        try (JsonParser parser = JSON.createParser(json))
        {
            String stream = null;
            String data = null;
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME)
            {
                final String name = parser.currentName();
                final JsonToken value = parser.nextToken();
                if ("stream".equals(name))
                {
                    stream = parser.getText();
                }
                else if ("data".equals(name) && value == JsonToken.START_OBJECT)
                {
                    final int start = (int)parser.currentTokenLocation().getCharOffset();
                    parser.skipChildren();
                    data = json.substring(start, (int)parser.currentLocation().getCharOffset());
                }
                else
                {
                    parser.skipChildren();
                }
            }
            if (stream == null || data == null)
            {
                return new CaptureMessage(receiveTimeNs, null, null, CaptureMessage.SNAPSHOT, json);
            }
            return new CaptureMessage(receiveTimeNs, field(SYMBOL, data), stream, field(EVENT, data), data);
        }
        catch (final IOException ex)
        {
            throw new UncheckedIOException("capture " + capture + " line " + lineNumber + " is not JSON", ex);
        }
    }

    private static String field(final Pattern pattern, final String data)
    {
        final Matcher matcher = pattern.matcher(data);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** Inserts an aggTrade after each run of aggregatable trades among {@code messages[from..]}. */
    @SuppressWarnings("unchecked")
    private void synthesiseAggTrades(final int from)
    {
        final List<CaptureMessage> withAggregates = new ArrayList<>(messages.subList(from, messages.size()));
        final List<CaptureMessage> out = new ArrayList<>(withAggregates.size() * 5 / 4);
        final List<Map<String, Object>> run = new ArrayList<>();
        CaptureMessage last = null;
        long nextAggregateId = -1;
        for (final CaptureMessage message : withAggregates)
        {
            final Map<String, Object> trade = "trade".equals(message.eventType()) ?
                JsonValues.object(message.payload()) : null;
            if (!run.isEmpty() && (trade == null || !sameAggregate(run.get(0), trade)))
            {
                out.add(aggregate(last, run, nextAggregateId++));
                run.clear();
            }
            if (trade != null)
            {
                if (nextAggregateId < 0)
                {
                    nextAggregateId = Long.parseLong((String)trade.get("t"));
                }
                run.add(trade);
                last = message;
            }
            out.add(message);
        }
        if (!run.isEmpty())
        {
            out.add(aggregate(last, run, nextAggregateId));
        }
        messages.subList(from, messages.size()).clear();
        messages.addAll(out);
    }

    private static boolean sameAggregate(final Map<String, Object> first, final Map<String, Object> next)
    {
        return first.get("s").equals(next.get("s")) && first.get("p").equals(next.get("p")) &&
            first.get("m").equals(next.get("m")) && first.get("T").equals(next.get("T"));
    }

    private static CaptureMessage aggregate(
        final CaptureMessage lastTrade, final List<Map<String, Object>> run, final long aggregateId)
    {
        final Map<String, Object> first = run.get(0);
        final Map<String, Object> last = run.get(run.size() - 1);
        final String firstQuantity = (String)first.get("q");
        final int dot = firstQuantity.indexOf('.');
        final int decimals = dot < 0 ? 0 : firstQuantity.length() - dot - 1;
        long quantity = 0;
        for (final Map<String, Object> trade : run)
        {
            quantity += Decimals.parse((String)trade.get("q"));
        }
        final String quantityText = Decimals.format(quantity, decimals);
        final String symbol = (String)first.get("s");
        final String payload = new JsonText().beginObject()
            .string("e", "aggTrade")
            .number("E", Long.parseLong((String)last.get("E")))
            .string("s", symbol)
            .number("a", aggregateId)
            .string("p", (String)first.get("p"))
            .string("q", quantityText)
            .string("nq", quantityText)
            .number("f", Long.parseLong((String)first.get("t")))
            .number("l", Long.parseLong((String)last.get("t")))
            .number("T", Long.parseLong((String)first.get("T")))
            .bool("m", (Boolean)first.get("m"))
            .endObject().toString();
        return new CaptureMessage(lastTrade.receiveTimeNs(), symbol, symbol.toLowerCase(Locale.ROOT) + "@aggTrade",
            "aggTrade", payload);
    }
}
