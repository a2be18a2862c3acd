package com.tradefinder.tools.run;

import com.tradefinder.codecs.BarDecoder;
import com.tradefinder.codecs.BestBidOfferDecoder;
import com.tradefinder.codecs.DepthUpdateDecoder;
import com.tradefinder.codecs.FundingRateDecoder;
import com.tradefinder.codecs.InstrumentDefinitionDecoder;
import com.tradefinder.codecs.MarkPriceDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.TradeDecoder;
import com.tradefinder.engine.journal.Journal;
import com.tradefinder.engine.journal.JournalCursor;
import com.tradefinder.tools.importer.EventSource;
import org.agrona.DirectBuffer;

import java.nio.file.Path;

/**
 * An existing journal's inbound market data as an {@link EventSource}: its InstrumentDefinitions and its Trade,
 * BestBidOffer, DepthUpdate, Bar, MarkPrice and FundingRate events, in journal order; everything else (settings,
 * configs, executions, timers, admin, checkpoints) is left out, since the new session makes its own.
 * <p>
 * The merge key {@link #timeNs()} is the event's receive time (FundingRate: the settlement time when no receive time
 * was recorded); a definition keeps the time of the event before it. Single-threaded.
 */
public final class JournalMarketData implements EventSource
{
    private final Journal journal;
    private final JournalCursor cursor;
    private final String name;
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final TradeDecoder trade = new TradeDecoder();
    private final BestBidOfferDecoder bestBidOffer = new BestBidOfferDecoder();
    private final DepthUpdateDecoder depth = new DepthUpdateDecoder();
    private final BarDecoder bar = new BarDecoder();
    private final MarkPriceDecoder markPrice = new MarkPriceDecoder();
    private final FundingRateDecoder fundingRate = new FundingRateDecoder();
    private long timeNs;

    /**
     * @param folder a journal folder.
     * @throws com.tradefinder.engine.journal.JournalFormatException if it holds no readable journal.
     */
    public JournalMarketData(final Path folder)
    {
        this.journal = Journal.openForReading(folder);
        this.cursor = journal.inboundCursor();
        this.name = folder.getFileName() == null ? folder.toString() : folder.getFileName().toString();
    }

    @Override
    public boolean next()
    {
        while (cursor.next())
        {
            final DirectBuffer buffer = cursor.buffer();
            header.wrap(buffer, 0);
            final int templateId = header.templateId();
            if (templateId == InstrumentDefinitionDecoder.TEMPLATE_ID)
            {
                return true;
            }
            final long eventNs = marketTimeNs(templateId, buffer);
            if (eventNs != Long.MIN_VALUE)
            {
                timeNs = eventNs;
                return true;
            }
        }
        return false;
    }

    /** @return the event's receive time, or Long.MIN_VALUE when it is not market data. */
    private long marketTimeNs(final int templateId, final DirectBuffer buffer)
    {
        switch (templateId)
        {
            case TradeDecoder.TEMPLATE_ID:
                return trade.wrapAndApplyHeader(buffer, 0, header).receiveTimeNs();
            case BestBidOfferDecoder.TEMPLATE_ID:
                return bestBidOffer.wrapAndApplyHeader(buffer, 0, header).receiveTimeNs();
            case DepthUpdateDecoder.TEMPLATE_ID:
                return depth.wrapAndApplyHeader(buffer, 0, header).receiveTimeNs();
            case BarDecoder.TEMPLATE_ID:
                return bar.wrapAndApplyHeader(buffer, 0, header).receiveTimeNs();
            case MarkPriceDecoder.TEMPLATE_ID:
                return markPrice.wrapAndApplyHeader(buffer, 0, header).receiveTimeNs();
            case FundingRateDecoder.TEMPLATE_ID:
                fundingRate.wrapAndApplyHeader(buffer, 0, header);
                return fundingRate.receiveTimeNs() > 0 ? fundingRate.receiveTimeNs() : fundingRate.fundingTimeNs();
            default:
                return Long.MIN_VALUE;
        }
    }

    @Override
    public long timeNs()
    {
        return timeNs;
    }

    @Override
    public DirectBuffer buffer()
    {
        return cursor.buffer();
    }

    @Override
    public int offset()
    {
        return 0;
    }

    @Override
    public int length()
    {
        return cursor.length();
    }

    @Override
    public String name()
    {
        return name;
    }

    @Override
    public void close()
    {
        cursor.close();
        journal.close();
    }
}
