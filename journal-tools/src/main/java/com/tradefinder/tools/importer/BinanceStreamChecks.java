package com.tradefinder.tools.importer;

import java.nio.file.Path;

import org.agrona.DirectBuffer;
import org.agrona.collections.Int2ObjectHashMap;

import com.tradefinder.codecs.BestBidOfferDecoder;
import com.tradefinder.codecs.DepthUpdateDecoder;
import com.tradefinder.codecs.MarkPriceDecoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.TradeDecoder;
import com.tradefinder.gateway.binance.marketdata.BinanceEvent;
import com.tradefinder.tools.importer.ImportReport.ProblemKind;

/**
 * Sequence checks on the decoded Binance streams of one capture file, per instrument.
 * <p>
 * Trades ({@code t}) and aggregate trades ({@code a}) must count up by one: a repeat or a step back is a DUPLICATE
 * (skipped), a jump a GAP (reported, kept). Book-ticker update ids and mark-price event times must increase, else
 * DUPLICATE. Depth diffs follow NOTES 1.5: each diff's {@code pu} must equal the previous diff's {@code u} (GAP
 * otherwise; a diff whose {@code u} does not move forward is a DUPLICATE), and a REST snapshot must be bridged by the
 * first diff whose {@code u} reaches its {@code lastUpdateId}, which must start at or before it
 * ({@code U <= lastUpdateId <= u}) — whether that diff arrived before the snapshot (captures request the snapshot
 * after subscribing, so the bridging diff is usually already there) or after. Klines are not checked.
 * <p>
 * Single-threaded (the import thread). Allocates on findings and once per instrument.
 */
final class BinanceStreamChecks
{
    /** Diffs remembered per instrument for bridging a snapshot that arrives after them. */
    static final int RECENT_DIFFS = 256;

    private final Path file;
    private final ImportReport report;
    private final Int2ObjectHashMap<Streams> streamsByInstrument = new Int2ObjectHashMap<>();
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final TradeDecoder trade = new TradeDecoder();
    private final BestBidOfferDecoder bookTicker = new BestBidOfferDecoder();
    private final DepthUpdateDecoder depth = new DepthUpdateDecoder();
    private final MarkPriceDecoder markPrice = new MarkPriceDecoder();

    BinanceStreamChecks(final Path file, final ImportReport report)
    {
        this.file = file;
        this.report = report;
    }

    /**
     * Checks a decoded frame by its first message and reports what is wrong with it.
     *
     * @param event  the frame's event.
     * @param buffer holding the frame's messages.
     * @param offset of the first message's header.
     * @param line   the frame's line in the file.
     * @return true to import the frame, false to skip it.
     */
    boolean accept(final BinanceEvent event, final DirectBuffer buffer, final int offset, final long line)
    {
        header.wrap(buffer, offset);
        switch (event)
        {
            case TRADE:
            case AGG_TRADE:
            {
                trade.wrapAndApplyHeader(buffer, offset, header);
                return tradeId(streams(trade.instrumentId()), event == BinanceEvent.AGG_TRADE, trade.tradeId(), line);
            }
            case BOOK_TICKER:
            {
                bookTicker.wrapAndApplyHeader(buffer, offset, header);
                final Streams streams = streams(bookTicker.instrumentId());
                final long updateId = bookTicker.updateId();
                if (updateId <= streams.lastBookTickerUpdateId)
                {
                    report.problem(file, line, ProblemKind.DUPLICATE, "bookTicker update id " + updateId +
                        " not after " + streams.lastBookTickerUpdateId + ": skipped");
                    return false;
                }
                streams.lastBookTickerUpdateId = updateId;
                return true;
            }
            case MARK_PRICE_UPDATE:
            {
                markPrice.wrapAndApplyHeader(buffer, offset, header);
                final Streams streams = streams(markPrice.instrumentId());
                final long timeNs = markPrice.exchangeTimeNs();
                if (timeNs <= streams.lastMarkPriceTimeNs)
                {
                    report.problem(file, line, ProblemKind.DUPLICATE, "markPriceUpdate event time " + timeNs +
                        " ns not after " + streams.lastMarkPriceTimeNs + " ns: skipped");
                    return false;
                }
                streams.lastMarkPriceTimeNs = timeNs;
                return true;
            }
            case DEPTH_UPDATE:
            {
                depth.wrapAndApplyHeader(buffer, offset, header);
                return diff(streams(depth.instrumentId()), depth.firstUpdateId(), depth.finalUpdateId(),
                    depth.previousFinalUpdateId(), line);
            }
            case DEPTH_SNAPSHOT:
            {
                depth.wrapAndApplyHeader(buffer, offset, header);
                snapshot(streams(depth.instrumentId()), depth.finalUpdateId(), line);
                return true;
            }
            default:
                return true;
        }
    }

    private boolean tradeId(final Streams streams, final boolean aggregate, final long id, final long line)
    {
        final long last = aggregate ? streams.lastAggregateTradeId : streams.lastTradeId;
        final String what = aggregate ? "aggregate trade id" : "trade id";
        if (last >= 0 && id <= last)
        {
            report.problem(file, line, ProblemKind.DUPLICATE, what + " " + id + " not after " + last + ": skipped");
            return false;
        }
        if (last >= 0 && id != last + 1)
        {
            final long missing = id - last - 1;
            report.problem(file, line, ProblemKind.GAP, missing + " " + what + (missing == 1 ? " " : "s ") +
                (last + 1) + (missing == 1 ? "" : " to " + (id - 1)) + " missing before " + id);
        }
        if (aggregate)
        {
            streams.lastAggregateTradeId = id;
        }
        else
        {
            streams.lastTradeId = id;
        }
        return true;
    }

    private boolean diff(
        final Streams streams, final long firstUpdateId, final long finalUpdateId, final long previousFinalUpdateId,
        final long line)
    {
        final long last = streams.lastDiffFinalUpdateId;
        if (last >= 0 && finalUpdateId <= last)
        {
            report.problem(file, line, ProblemKind.DUPLICATE, "depth update u=" + finalUpdateId +
                " not after previous u=" + last + ": skipped");
            return false;
        }
        if (last >= 0 && previousFinalUpdateId != last)
        {
            report.problem(file, line, ProblemKind.GAP, "depth continuity broken: pu=" + previousFinalUpdateId +
                " but previous u=" + last);
        }
        streams.remember(firstUpdateId, finalUpdateId);
        streams.lastDiffFinalUpdateId = finalUpdateId;
        final long pending = streams.pendingSnapshotUpdateId;
        if (pending >= 0 && finalUpdateId >= pending)
        {
            streams.pendingSnapshotUpdateId = -1;
            if (firstUpdateId > pending)
            {
                report.problem(file, line, ProblemKind.GAP, notBridged(pending, firstUpdateId, finalUpdateId));
            }
        }
        return true;
    }

    private void snapshot(final Streams streams, final long lastUpdateId, final long line)
    {
        for (int i = 0; i < streams.recentCount; i++)
        {
            final int slot = streams.recentSlot(i);
            if (streams.recentFinal[slot] >= lastUpdateId)
            {
                final long firstUpdateId = streams.recentFirst[slot];
                if (firstUpdateId <= lastUpdateId)
                {
                    streams.pendingSnapshotUpdateId = -1;
                }
                else if (i == 0 && streams.recentCount == RECENT_DIFFS)
                {
                    report.problem(file, line, ProblemKind.GAP, "depth snapshot lastUpdateId=" + lastUpdateId +
                        " precedes the last " + RECENT_DIFFS + " diffs: cannot be bridged");
                }
                else
                {
                    report.problem(file, line, ProblemKind.GAP,
                        notBridged(lastUpdateId, firstUpdateId, streams.recentFinal[slot]));
                }
                return;
            }
        }
        streams.pendingSnapshotUpdateId = lastUpdateId;
    }

    private static String notBridged(final long lastUpdateId, final long firstUpdateId, final long finalUpdateId)
    {
        return "depth snapshot lastUpdateId=" + lastUpdateId + " not bridged: the first diff reaching it has U=" +
            firstUpdateId + " u=" + finalUpdateId;
    }

    private Streams streams(final int instrumentId)
    {
        Streams streams = streamsByInstrument.get(instrumentId);
        if (streams == null)
        {
            streams = new Streams();
            streamsByInstrument.put(instrumentId, streams);
        }
        return streams;
    }

    private static final class Streams
    {
        private long lastTradeId = -1;
        private long lastAggregateTradeId = -1;
        private long lastBookTickerUpdateId = -1;
        private long lastMarkPriceTimeNs = -1;
        private long lastDiffFinalUpdateId = -1;
        private long pendingSnapshotUpdateId = -1;
        private final long[] recentFirst = new long[RECENT_DIFFS];
        private final long[] recentFinal = new long[RECENT_DIFFS];
        private int recentCount;
        private int recentNext;

        private void remember(final long firstUpdateId, final long finalUpdateId)
        {
            recentFirst[recentNext] = firstUpdateId;
            recentFinal[recentNext] = finalUpdateId;
            recentNext = (recentNext + 1) % RECENT_DIFFS;
            recentCount = Math.min(recentCount + 1, RECENT_DIFFS);
        }

        /**
         * @param age 0 for the oldest remembered diff.
         */
        private int recentSlot(final int age)
        {
            return (recentNext - recentCount + age + RECENT_DIFFS) % RECENT_DIFFS;
        }
    }
}
