package com.tradefinder.tools.book;

import java.io.PrintStream;

import org.agrona.DirectBuffer;
import org.agrona.collections.Int2ObjectHashMap;

import com.tradefinder.codecs.BestBidOfferDecoder;
import com.tradefinder.codecs.DepthUpdateDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.engine.journal.Journal;
import com.tradefinder.engine.journal.JournalCursor;
import com.tradefinder.tools.journal.Instruments;

/**
 * {@code journal book-check}: rebuilds every instrument's order book from a journal's inbound {@code DepthUpdate}
 * messages and compares it with the journal's {@code BestBidOffer} messages wherever the book's state is known
 * exactly (see {@link InstrumentBookCheck}).
 * <p>
 * Prints each gap and mismatch as one line as it is found, then one summary line per instrument and a total.
 * Single-threaded; one instance per run.
 */
public final class BookCheck
{
    /** The figures of a run, over all instruments. */
    public record Result(long diffsApplied, long snapshots, long tickersCompared, long tickersNotComparable,
        long mismatches, long gaps)
    {
        /**
         * @return true when no mismatch and no gap was found.
         */
        public boolean clean()
        {
            return mismatches == 0 && gaps == 0;
        }
    }

    private final PrintStream out;
    private final Int2ObjectHashMap<InstrumentBookCheck> checks = new Int2ObjectHashMap<>();
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final DepthUpdateDecoder depth = new DepthUpdateDecoder();
    private final BestBidOfferDecoder ticker = new BestBidOfferDecoder();
    private Instruments instruments;

    /**
     * @param out where findings and the summary are printed.
     */
    public BookCheck(final PrintStream out)
    {
        this.out = out;
    }

    /**
     * Reads the whole inbound queue of the journal.
     *
     * @param journal an open journal.
     * @return the totals.
     */
    public Result run(final Journal journal)
    {
        instruments = Instruments.read(journal);
        try (JournalCursor cursor = journal.inboundCursor())
        {
            while (cursor.next())
            {
                onMessage(cursor.templateId(), cursor.buffer(), cursor.length());
            }
        }
        return summarise();
    }

    private void onMessage(final int templateId, final DirectBuffer buffer, final int length)
    {
        if (templateId == DepthUpdateDecoder.TEMPLATE_ID)
        {
            depth.wrapAndApplyHeader(buffer, 0, header);
            check(depth.instrumentId()).onDepthUpdate(depth, buffer, 0, length);
        }
        else if (templateId == BestBidOfferDecoder.TEMPLATE_ID)
        {
            ticker.wrapAndApplyHeader(buffer, 0, header);
            check(ticker.instrumentId()).onBestBidOffer(ticker);
        }
    }

    private InstrumentBookCheck check(final int instrumentId)
    {
        InstrumentBookCheck check = checks.get(instrumentId);
        if (check == null)
        {
            final Instruments.Instrument instrument = instruments.byId(instrumentId);
            check = instrument == null ?
                new InstrumentBookCheck(instrumentId, "#" + instrumentId, 0, 0, out) :
                new InstrumentBookCheck(instrumentId, instrument.symbol(), instrument.priceExponent(),
                    instrument.sizeExponent(), out);
            checks.put(instrumentId, check);
        }
        return check;
    }

    private Result summarise()
    {
        long diffsApplied = 0;
        long snapshots = 0;
        long compared = 0;
        long notComparable = 0;
        long mismatches = 0;
        long gaps = 0;
        final int[] ids = checks.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        for (final int id : ids)
        {
            final InstrumentBookCheck check = checks.get(id);
            check.finish();
            out.println(check.symbol() + ": " + figures(check.diffsApplied(), check.snapshots(),
                check.tickersCompared(), check.tickersNotComparable(), check.mismatches(), check.gaps()));
            diffsApplied += check.diffsApplied();
            snapshots += check.snapshots();
            compared += check.tickersCompared();
            notComparable += check.tickersNotComparable();
            mismatches += check.mismatches();
            gaps += check.gaps();
        }
        if (checks.isEmpty())
        {
            out.println("no DepthUpdate or BestBidOffer messages in this journal: nothing to check");
        }
        out.println("summary: " + figures(diffsApplied, snapshots, compared, notComparable, mismatches, gaps));
        return new Result(diffsApplied, snapshots, compared, notComparable, mismatches, gaps);
    }

    private static String figures(
        final long diffsApplied, final long snapshots, final long compared, final long notComparable,
        final long mismatches, final long gaps)
    {
        return "diffs applied " + diffsApplied + ", snapshots " + snapshots + ", tickers compared " + compared +
            ", tickers not comparable " + notComparable + ", mismatches " + mismatches + ", gaps " + gaps;
    }
}
