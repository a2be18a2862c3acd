package com.tradefinder.tools.ops;

import com.tradefinder.engine.journal.Journal;
import com.tradefinder.engine.journal.JournalCursor;
import com.tradefinder.testsupport.SharedData;
import com.tradefinder.tools.TradeFinderCli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Captures, the project's example files, the in-process CLI and polling for the operator tests.
 */
final class OpsFixtures
{
    /** 2024-07-18 23:57 to 2024-07-19 00:05 UTC, depth, trades and book tickers. */
    static final String BTC_CAPTURE =
        "binance-futures-um-BTCUSDT-ws-depth0ms-trade-bookTicker-2024-07-18T2357_2024-07-19T0005.jsonl.gz";
    static final String ETH_CAPTURE =
        "binance-futures-um-ETHUSDT-ws-depth0ms-trade-bookTicker-2024-07-18T2357_2024-07-19T0005.jsonl.gz";

    record Run(int exitCode, String out, String err)
    {
    }

    private OpsFixtures()
    {
    }

    static Path btcCapture()
    {
        return SharedData.data(BTC_CAPTURE);
    }

    static Path ethCapture()
    {
        return SharedData.data(ETH_CAPTURE);
    }

    /** @return the checkout's root, where the README's relative paths start. */
    static Path projectRoot()
    {
        final String root = System.getenv("TRADEFINDER_PROJECT_ROOT");
        return (root == null ? Paths.get("..") : Paths.get(root)).toAbsolutePath().normalize();
    }

    /** Runs the command line in this JVM with its output captured; one at a time, as it swaps System.out. */
    static synchronized Run cli(final String... args)
    {
        final PrintStream oldOut = System.out;
        final PrintStream oldErr = System.err;
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final ByteArrayOutputStream err = new ByteArrayOutputStream();
        try
        {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            final int code = TradeFinderCli.execute(args);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
        finally
        {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    /**
     * @param journal    a journal being written.
     * @param templateId an SBE template id.
     * @return inbound events of that type so far, read through a cursor of the calling thread's own.
     */
    static int inboundCount(final Journal journal, final int templateId)
    {
        try (JournalCursor cursor = journal.inboundCursor())
        {
            int count = 0;
            while (cursor.next())
            {
                count += cursor.templateId() == templateId ? 1 : 0;
            }
            return count;
        }
    }

    /**
     * @param lines a {@code journal dump} output, one JSON event a line.
     * @param from  first line looked at.
     * @param parts texts the line must all contain.
     * @return the first line at or after {@code from} with every part; fails the test when there is none.
     */
    static int indexOf(final List<String> lines, final int from, final String... parts)
    {
        for (int i = from; i < lines.size(); i++)
        {
            final String line = lines.get(i);
            if (Arrays.stream(parts).allMatch(line::contains))
            {
                return i;
            }
        }
        throw new AssertionError("no line from " + from + " with " + Arrays.toString(parts) + " in:\n" +
            String.join("\n", lines));
    }

    /**
     * @param line one dumped event.
     * @param name a numeric field.
     * @return its digits.
     */
    static String field(final String line, final String name)
    {
        final Matcher matcher = Pattern.compile("\"" + name + "\":(-?\\d+)").matcher(line);
        if (!matcher.find())
        {
            throw new AssertionError("no " + name + " in " + line);
        }
        return matcher.group(1);
    }

    /** Polls every 20 ms until the condition holds. */
    static void await(final BooleanSupplier condition, final long timeoutSeconds, final String what)
        throws InterruptedException
    {
        final long deadlineNs = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        while (!condition.getAsBoolean())
        {
            if (System.nanoTime() > deadlineNs)
            {
                throw new AssertionError("not within " + timeoutSeconds + " s: " + what);
            }
            Thread.sleep(20);
        }
    }
}
