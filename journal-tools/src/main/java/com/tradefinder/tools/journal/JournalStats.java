package com.tradefinder.tools.journal;

import com.tradefinder.codecs.BarDecoder;
import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.DepthUpdateDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.TradeDecoder;
import com.tradefinder.engine.journal.Journal;
import com.tradefinder.engine.journal.JournalCursor;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts a journal's records per direction, message type and instrument, finds its time span, and checks the
 * continuity of its market data: bar open times per instrument, timeframe and price source; trade ids per
 * instrument; depth update ids ({@code pu} against the previous {@code u}) per instrument.
 */
public final class JournalStats
{
    private static final int MAX_GAP_LINES = 20;

    private final SchemaJson json = new SchemaJson();
    private final Map<String, Long> counts = new TreeMap<>();
    private final Map<String, Long> lastBarOpen = new HashMap<>();
    private final Map<Integer, Long> lastTradeId = new HashMap<>();
    private final Map<Integer, Long> lastDepthId = new HashMap<>();
    private final List<String> gapLines = new ArrayList<>();
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final BarDecoder bar = new BarDecoder();
    private final TradeDecoder trade = new TradeDecoder();
    private final DepthUpdateDecoder depth = new DepthUpdateDecoder();
    private long gaps;
    private long firstNs = Long.MAX_VALUE;
    private long lastNs = Long.MIN_VALUE;
    private long inboundRecords;
    private long outboundRecords;

    /**
     * Reads the whole journal.
     *
     * @param journal an open journal.
     * @return this.
     */
    public JournalStats read(final Journal journal)
    {
        final Instruments instruments = Instruments.read(journal);
        final StringBuilder scratch = new StringBuilder(512);
        try (JournalCursor in = journal.inboundCursor())
        {
            while (in.next())
            {
                inboundRecords++;
                count("in", in, scratch, instruments);
                final long time = json.timeNs();
                if (time != Long.MIN_VALUE)
                {
                    firstNs = Math.min(firstNs, time);
                    lastNs = Math.max(lastNs, time);
                }
                continuity(in, instruments);
            }
        }
        try (JournalCursor out = journal.outboundCursor())
        {
            while (out.next())
            {
                outboundRecords++;
                count("out", out, scratch, instruments);
            }
        }
        return this;
    }

    private void count(final String direction, final JournalCursor cursor, final StringBuilder scratch,
        final Instruments instruments)
    {
        scratch.setLength(0);
        json.render(cursor.buffer(), 0, scratch);
        final int id = json.instrumentId();
        final Instruments.Instrument instrument = id < 0 ? null : instruments.byId(id);
        final String key = direction + " " + json.messageName(cursor.templateId()) + " " +
            (id < 0 ? "-" : instrument == null ? "#" + id : instrument.symbol());
        counts.merge(key, 1L, Long::sum);
    }

    private void continuity(final JournalCursor cursor, final Instruments instruments)
    {
        switch (cursor.templateId())
        {
            case BarDecoder.TEMPLATE_ID:
            {
                bar.wrapAndApplyHeader(cursor.buffer(), 0, header);
                if (bar.closed() != BooleanType.TRUE)
                {
                    return;
                }
                final String key = symbol(instruments, bar.instrumentId()) + " " + bar.priceSource() + " " +
                    bar.timeframeSec() + "s bars";
                final long stepNs = bar.timeframeSec() * 1_000_000_000L;
                final Long previous = lastBarOpen.put(key, bar.openTimeNs());
                if (previous != null && bar.openTimeNs() != previous + stepNs)
                {
                    gap(key + ": after " + Instant.ofEpochSecond(0, previous) + " next is " +
                        Instant.ofEpochSecond(0, bar.openTimeNs()) + " (" +
                        ((bar.openTimeNs() - previous) / stepNs - 1) + " missing)");
                }
                break;
            }
            case TradeDecoder.TEMPLATE_ID:
            {
                trade.wrapAndApplyHeader(cursor.buffer(), 0, header);
                final Long previous = lastTradeId.put(trade.instrumentId(), trade.tradeId());
                if (previous != null && trade.tradeId() != previous + 1)
                {
                    gap(symbol(instruments, trade.instrumentId()) + " trades: id " + previous + " then " +
                        trade.tradeId());
                }
                break;
            }
            case DepthUpdateDecoder.TEMPLATE_ID:
            {
                depth.wrapAndApplyHeader(cursor.buffer(), 0, header);
                if (depth.snapshot() == BooleanType.TRUE)
                {
                    // a snapshot is a separate request; the diff stream's own pu/u chain is what must be unbroken
                    return;
                }
                final Long previous = lastDepthId.get(depth.instrumentId());
                if (previous != null && depth.finalUpdateId() == previous)
                {
                    return;
                }
                lastDepthId.put(depth.instrumentId(), depth.finalUpdateId());
                if (previous != null && depth.previousFinalUpdateId() != previous)
                {
                    gap(symbol(instruments, depth.instrumentId()) + " depth: previous u " + previous + ", next pu " +
                        depth.previousFinalUpdateId());
                }
                break;
            }
            default:
                break;
        }
    }

    private static String symbol(final Instruments instruments, final int id)
    {
        final Instruments.Instrument instrument = instruments.byId(id);
        return instrument == null ? "#" + id : instrument.symbol();
    }

    private void gap(final String line)
    {
        gaps++;
        if (gapLines.size() < MAX_GAP_LINES)
        {
            gapLines.add(line);
        }
    }

    /**
     * @return gaps found in the market data.
     */
    public long gaps()
    {
        return gaps;
    }

    /**
     * @return records per "direction type instrument" key.
     */
    public Map<String, Long> counts()
    {
        return counts;
    }

    /**
     * @param out destination for the report.
     */
    public void print(final PrintStream out)
    {
        out.println("records: " + inboundRecords + " inbound, " + outboundRecords + " outbound");
        if (firstNs <= lastNs)
        {
            out.println("time span: " + Instant.ofEpochSecond(0, firstNs) + " .. " + Instant.ofEpochSecond(0, lastNs));
        }
        out.printf("%-4s %-22s %-14s %12s%n", "dir", "type", "instrument", "count");
        for (final Map.Entry<String, Long> entry : counts.entrySet())
        {
            final String[] parts = entry.getKey().split(" ", 3);
            out.printf("%-4s %-22s %-14s %12d%n", parts[0], parts[1], parts[2], entry.getValue());
        }
        out.println("gaps: " + gaps);
        for (final String line : gapLines)
        {
            out.println("  " + line);
        }
        if (gaps > gapLines.size())
        {
            out.println("  ... " + (gaps - gapLines.size()) + " more");
        }
    }
}
