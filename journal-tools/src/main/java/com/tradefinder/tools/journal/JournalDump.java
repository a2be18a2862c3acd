package com.tradefinder.tools.journal;

import com.tradefinder.engine.journal.Journal;
import com.tradefinder.engine.journal.JournalCursor;

import java.io.PrintStream;
import java.util.Set;

/**
 * Prints a journal as JSON lines, inbound and outbound interleaved in processing order: each inbound event,
 * then the outputs it caused. Every line carries the record's sequence and direction, then the message's fields
 * as the schema names them.
 * <p>
 * Filters: message types, instrument ids, and a time window on the message's event time. A message without an
 * instrument or a time passes the instrument or time filter only when that filter is not set.
 */
public final class JournalDump
{
    private final SchemaJson json = new SchemaJson();
    private Set<Integer> templateIds = Set.of();
    private Set<Integer> instrumentIds = Set.of();
    private long fromNs = Long.MIN_VALUE;
    private long toNs = Long.MAX_VALUE;
    private boolean inbound = true;
    private boolean outbound = true;

    /**
     * @param ids template ids to keep; empty keeps all.
     * @return this.
     */
    public JournalDump templateIds(final Set<Integer> ids)
    {
        this.templateIds = ids;
        return this;
    }

    /**
     * @param ids instrument ids to keep; empty keeps all.
     * @return this.
     */
    public JournalDump instrumentIds(final Set<Integer> ids)
    {
        this.instrumentIds = ids;
        return this;
    }

    /**
     * @param from inclusive start, epoch ns.
     * @param to   exclusive end, epoch ns.
     * @return this.
     */
    public JournalDump window(final long from, final long to)
    {
        this.fromNs = from;
        this.toNs = to;
        return this;
    }

    /**
     * @param in  include inbound records.
     * @param out include outbound records.
     * @return this.
     */
    public JournalDump directions(final boolean in, final boolean out)
    {
        this.inbound = in;
        this.outbound = out;
        return this;
    }

    /**
     * @return the schema renderer, to resolve message names.
     */
    public SchemaJson schema()
    {
        return json;
    }

    /**
     * @param journal an open journal.
     * @param out     destination.
     * @return lines printed.
     */
    public long print(final Journal journal, final PrintStream out)
    {
        final StringBuilder line = new StringBuilder(512);
        long printed = 0;
        try (JournalCursor in = journal.inboundCursor(); JournalCursor outCursor = journal.outboundCursor())
        {
            boolean outPending = outCursor.next();
            while (in.next())
            {
                if (inbound && keep(in, line, "in"))
                {
                    out.append(line).append('\n');
                    printed++;
                }
                while (outPending && outCursor.sequence() <= in.sequence())
                {
                    if (outbound && keep(outCursor, line, "out"))
                    {
                        out.append(line).append('\n');
                        printed++;
                    }
                    outPending = outCursor.next();
                }
            }
            while (outPending)
            {
                if (outbound && keep(outCursor, line, "out"))
                {
                    out.append(line).append('\n');
                    printed++;
                }
                outPending = outCursor.next();
            }
        }
        out.flush();
        return printed;
    }

    private boolean keep(final JournalCursor cursor, final StringBuilder line, final String direction)
    {
        if (!templateIds.isEmpty() && !templateIds.contains(cursor.templateId()))
        {
            return false;
        }
        line.setLength(0);
        line.append("{\"seq\":").append(cursor.sequence()).append(",\"dir\":\"").append(direction).append("\",");
        if (!json.render(cursor.buffer(), 0, line))
        {
            line.append("\"type\":\"Unknown\",\"templateId\":").append(cursor.templateId());
        }
        line.append('}');
        if (!instrumentIds.isEmpty() && !instrumentIds.contains(json.instrumentId()))
        {
            return false;
        }
        if (fromNs != Long.MIN_VALUE || toNs != Long.MAX_VALUE)
        {
            final long time = json.timeNs();
            return time != Long.MIN_VALUE && time >= fromNs && time < toNs;
        }
        return true;
    }
}
