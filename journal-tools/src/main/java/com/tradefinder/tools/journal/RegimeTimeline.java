package com.tradefinder.tools.journal;

import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.RegimeUpdateDecoder;
import com.tradefinder.engine.journal.Journal;
import com.tradefinder.engine.journal.JournalCursor;
import com.tradefinder.numeric.FixedPoint;

import java.io.PrintStream;
import java.time.Instant;

/**
 * Writes the regime timeline of one instrument and timeframe as CSV, from the RegimeUpdate outputs the business
 * logic journaled at every bar close: {@code bar_close_time,close,adx,plus_di,minus_di,atr_pct,bollinger_width,regime}.
 * Indicator values not yet defined (warm-up) are empty cells.
 */
public final class RegimeTimeline
{
    /** The CSV header line. */
    public static final String HEADER = "bar_close_time,close,adx,plus_di,minus_di,atr_pct,bollinger_width,regime";

    /**
     * @param journal      an open journal.
     * @param instrumentId instrument to print.
     * @param priceExponent its price exponent, to print closes as decimals.
     * @param timeframeSec timeframe to print.
     * @param out          destination.
     * @return rows written.
     */
    public long print(final Journal journal, final int instrumentId, final int priceExponent, final int timeframeSec,
        final PrintStream out)
    {
        final MessageHeaderDecoder header = new MessageHeaderDecoder();
        final RegimeUpdateDecoder update = new RegimeUpdateDecoder();
        final StringBuilder line = new StringBuilder(160);
        long rows = 0;
        out.println(HEADER);
        try (JournalCursor cursor = journal.outboundCursor())
        {
            while (cursor.next())
            {
                if (cursor.templateId() != RegimeUpdateDecoder.TEMPLATE_ID)
                {
                    continue;
                }
                update.wrapAndApplyHeader(cursor.buffer(), 0, header);
                if (update.instrumentId() != instrumentId || update.timeframeSec() != timeframeSec)
                {
                    continue;
                }
                line.setLength(0);
                line.append(Instant.ofEpochSecond(0, update.barCloseTimeNs())).append(',');
                FixedPoint.appendTo(line, update.closeMantissa(), priceExponent).append(',');
                cell(line, update.adx()).append(',');
                cell(line, update.plusDi()).append(',');
                cell(line, update.minusDi()).append(',');
                cell(line, update.atrPct()).append(',');
                cell(line, update.bollingerWidth()).append(',');
                line.append(update.regime().name());
                out.println(line);
                rows++;
            }
        }
        out.flush();
        return rows;
    }

    private static StringBuilder cell(final StringBuilder line, final double value)
    {
        return Double.isFinite(value) ? line.append(value) : line;
    }
}
