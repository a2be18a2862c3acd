package com.tradefinder.gateway.binance.book;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.UnsafeBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.tradefinder.codecs.DepthUpdateDecoder;
import com.tradefinder.codecs.GatewayState;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.gateway.binance.InboundSink;
import com.tradefinder.gateway.binance.marketdata.BinanceEvent;
import com.tradefinder.gateway.binance.marketdata.BinanceMarketDataDecoder;
import com.tradefinder.gateway.binance.marketdata.InstrumentLookup;
import com.tradefinder.gateway.binance.ws.GatewayStatusPublisher;

/**
 * Binance's "manage a local order book" procedure for one symbol, as a sequencer of update ids: it decides which
 * {@code DepthUpdate} messages reach the ring and when a fresh snapshot is needed; the book itself is built by
 * whoever consumes the ring.
 * <p>
 * Diffs (already decoded into SBE DepthUpdate chunks by the frame decoder) are buffered from the first one on, which
 * triggers the REST snapshot through the {@link DepthSnapshotSource}. When it arrives it is published as DepthUpdate
 * chunks with the snapshot flag (decoded by the same {@link BinanceMarketDataDecoder}); buffered diffs with
 * {@code u < lastUpdateId} are dropped; the first diff forwarded must have {@code U <= lastUpdateId <= u}; after
 * that each diff's {@code pu} must equal the previous forwarded diff's {@code u}. A diff with {@code u} at or below
 * the last forwarded one is a second copy (a rotation overlap, a replay) and is dropped. Any other break is a gap:
 * a GatewayStatus RESYNCING (detailCode the instrument id) is published, and the procedure starts again from a new
 * snapshot, buffering meanwhile. A snapshot older than the oldest diff kept (its {@code lastUpdateId} below that
 * diff's {@code U}) is thrown away; it, like a failed snapshot, is asked for again on the first diff after the retry
 * interval. Buffered diffs keep their own receive times, which precede the snapshot's.
 * <p>
 * Threading: {@link #onDiff} must be called on the executor's thread (the connection's event loop), and the
 * snapshot's completion is moved onto that executor. State and counters may be read from any thread.
 * Allocation-free per diff; a snapshot allocates its future's callback.
 */
public final class DepthSynchronizer
{
    /** Bytes of diffs buffered while a snapshot is on its way, unless configured. */
    public static final int DEFAULT_BUFFER_BYTES = 8 << 20;
    /** Diff frames buffered while a snapshot is on its way, unless configured. */
    public static final int DEFAULT_BUFFER_FRAMES = 16_384;
    /** Wait after a failed snapshot before asking again, unless configured. */
    public static final long DEFAULT_RETRY_INTERVAL_NS = TimeUnit.SECONDS.toNanos(2);

    private static final Logger LOG = LoggerFactory.getLogger(DepthSynchronizer.class);

    private final String symbol;
    private final int instrumentEntry;
    private final int instrumentId;
    private final DepthSnapshotSource source;
    private final Executor executor;
    private final InboundSink sink;
    private final GatewayStatusPublisher status;
    private final EpochNanoClock clock;
    private final long retryIntervalNs;
    private final BinanceMarketDataDecoder snapshotDecoder;
    private final UnsafeBuffer snapshotOut;
    private final UnsafeBuffer snapshotIn = new UnsafeBuffer(0, 0);
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final DepthUpdateDecoder depth = new DepthUpdateDecoder();
    private final UnsafeBuffer pending;
    private final int[] frameOffsets;
    private final int[] frameLengths;
    private final long[] firstIds;
    private final long[] finalIds;
    private final long[] previousFinalIds;
    private int frameCount;
    private int pendingLength;

    private volatile DepthSyncState state = DepthSyncState.IDLE;
    private long snapshotUpdateId;
    private long lastFinalUpdateId;
    private boolean snapshotInFlight;
    private long generation;
    private long failedAtNs;
    private boolean failed;

    private volatile long forwarded;
    private volatile long dropped;
    private volatile long resyncs;
    private volatile long snapshots;
    private volatile long snapshotFailures;
    private volatile long bufferOverflows;

    /**
     * With the default buffer sizes and retry interval.
     *
     * @param symbol          venue symbol, upper case (as the REST call wants it).
     * @param instrumentEntry the symbol's entry in {@code instruments}.
     * @param instruments     instrument lookup shared with the frame decoder (read only).
     * @param source          fetches snapshots.
     * @param executor        the thread diffs arrive on.
     * @param sink            where forwarded DepthUpdate chunks go.
     * @param status          publishes RESYNCING.
     * @param clock           wall clock for the snapshot's receive time and the retry interval.
     */
    public DepthSynchronizer(
        final String symbol,
        final int instrumentEntry,
        final InstrumentLookup instruments,
        final DepthSnapshotSource source,
        final Executor executor,
        final InboundSink sink,
        final GatewayStatusPublisher status,
        final EpochNanoClock clock)
    {
        this(symbol, instrumentEntry, instruments, source, executor, sink, status, clock, DEFAULT_BUFFER_BYTES,
            DEFAULT_BUFFER_FRAMES, DEFAULT_RETRY_INTERVAL_NS);
    }

    /**
     * @param symbol          venue symbol, upper case (as the REST call wants it).
     * @param instrumentEntry the symbol's entry in {@code instruments}.
     * @param instruments     instrument lookup shared with the frame decoder (read only).
     * @param source          fetches snapshots.
     * @param executor        the thread diffs arrive on.
     * @param sink            where forwarded DepthUpdate chunks go.
     * @param status          publishes RESYNCING.
     * @param clock           wall clock for the snapshot's receive time and the retry interval.
     * @param bufferBytes     bytes of diffs kept while waiting; on overflow the buffer is emptied and counted.
     * @param bufferFrames    diff frames kept while waiting.
     * @param retryIntervalNs wait after a failed snapshot.
     */
    public DepthSynchronizer(
        final String symbol,
        final int instrumentEntry,
        final InstrumentLookup instruments,
        final DepthSnapshotSource source,
        final Executor executor,
        final InboundSink sink,
        final GatewayStatusPublisher status,
        final EpochNanoClock clock,
        final int bufferBytes,
        final int bufferFrames,
        final long retryIntervalNs)
    {
        if (instrumentEntry < 0 || instrumentEntry >= instruments.size())
        {
            throw new IllegalArgumentException("no instrument entry " + instrumentEntry + " for " + symbol);
        }
        this.symbol = symbol;
        this.instrumentEntry = instrumentEntry;
        this.instrumentId = instruments.instrumentId(instrumentEntry);
        this.source = source;
        this.executor = executor;
        this.sink = sink;
        this.status = status;
        this.clock = clock;
        this.retryIntervalNs = retryIntervalNs;
        snapshotDecoder = new BinanceMarketDataDecoder(instruments);
        snapshotOut = new UnsafeBuffer(new byte[snapshotDecoder.maxOutputLength()]);
        pending = new UnsafeBuffer(new byte[bufferBytes]);
        frameOffsets = new int[bufferFrames];
        frameLengths = new int[bufferFrames];
        firstIds = new long[bufferFrames];
        finalIds = new long[bufferFrames];
        previousFinalIds = new long[bufferFrames];
    }

    /**
     * One diff frame: its DepthUpdate chunks back to back, as the frame decoder wrote them. Executor thread only.
     *
     * @param buffer holding the chunks.
     * @param offset of the first chunk's header.
     * @param length of all chunks together.
     */
    public void onDiff(final DirectBuffer buffer, final int offset, final int length)
    {
        depth.wrapAndApplyHeader(buffer, offset, header);
        final long first = depth.firstUpdateId();
        final long last = depth.finalUpdateId();
        final long previous = depth.previousFinalUpdateId();
        switch (state)
        {
            case IDLE:
                keep(buffer, offset, length, first, last, previous);
                requestSnapshot();
                break;
            case AWAITING_SNAPSHOT:
                keep(buffer, offset, length, first, last, previous);
                if (!snapshotInFlight && (!failed || clock.nanoTime() - failedAtNs >= retryIntervalNs))
                {
                    requestSnapshot();
                }
                break;
            case AWAITING_FIRST_EVENT:
                if (last < snapshotUpdateId)
                {
                    dropped++;
                }
                else if (first <= snapshotUpdateId)
                {
                    forward(buffer, offset, length, last);
                    state = DepthSyncState.SYNCED;
                }
                else
                {
                    resync(buffer, offset, length, first, last, previous,
                        "first diff U " + first + " is past snapshot lastUpdateId " + snapshotUpdateId);
                }
                break;
            case SYNCED:
                if (last <= lastFinalUpdateId)
                {
                    dropped++;
                }
                else if (previous == lastFinalUpdateId)
                {
                    forward(buffer, offset, length, last);
                }
                else
                {
                    resync(buffer, offset, length, first, last, previous,
                        "gap: pu " + previous + " != previous u " + lastFinalUpdateId);
                }
                break;
            default:
                break;
        }
    }

    /**
     * @return where the procedure stands; any thread.
     */
    public DepthSyncState state()
    {
        return state;
    }

    /**
     * @return the symbol.
     */
    public String symbol()
    {
        return symbol;
    }

    /**
     * @return the lookup entry of the symbol.
     */
    public int instrumentEntry()
    {
        return instrumentEntry;
    }

    /**
     * @return diff frames forwarded to the sink.
     */
    public long forwarded()
    {
        return forwarded;
    }

    /**
     * @return diff frames dropped as older than the snapshot or already forwarded.
     */
    public long dropped()
    {
        return dropped;
    }

    /**
     * @return gaps that restarted the procedure (each published a RESYNCING status).
     */
    public long resyncs()
    {
        return resyncs;
    }

    /**
     * @return snapshots published.
     */
    public long snapshots()
    {
        return snapshots;
    }

    /**
     * @return snapshots that failed, could not be decoded or were too old.
     */
    public long snapshotFailures()
    {
        return snapshotFailures;
    }

    /**
     * @return times the buffer filled up while waiting and was emptied.
     */
    public long bufferOverflows()
    {
        return bufferOverflows;
    }

    private void resync(
        final DirectBuffer buffer,
        final int offset,
        final int length,
        final long first,
        final long last,
        final long previous,
        final String reason)
    {
        resyncs++;
        final String text = symbol + " depth " + reason + "; fetching a new snapshot";
        LOG.warn(text);
        status.publish(GatewayState.RESYNCING, instrumentId, text);
        clear();
        keep(buffer, offset, length, first, last, previous);
        requestSnapshot();
    }

    private void requestSnapshot()
    {
        state = DepthSyncState.AWAITING_SNAPSHOT;
        snapshotInFlight = true;
        final long requested = ++generation;
        CompletableFuture<byte[]> future;
        try
        {
            future = source.snapshot(symbol);
        }
        catch (final RuntimeException ex)
        {
            future = CompletableFuture.failedFuture(ex);
        }
        future.whenCompleteAsync((body, error) -> onSnapshot(requested, body, error), executor);
    }

    private void onSnapshot(final long requested, final byte[] body, final Throwable error)
    {
        if (requested != generation || state != DepthSyncState.AWAITING_SNAPSHOT)
        {
            return;
        }
        snapshotInFlight = false;
        if (error != null || body == null)
        {
            snapshotFailed("snapshot request failed: " + (error == null ? "no body" : String.valueOf(error)));
            return;
        }
        snapshotIn.wrap(body);
        final int length = snapshotDecoder.decode(
            snapshotIn, 0, body.length, clock.nanoTime(), instrumentEntry, snapshotOut, 0);
        if (length <= 0 || snapshotDecoder.lastEvent() != BinanceEvent.DEPTH_SNAPSHOT)
        {
            snapshotFailed("snapshot not usable: " + snapshotDecoder.lastError() +
                (snapshotDecoder.lastErrorField() == null ? "" : " in field " + snapshotDecoder.lastErrorField()) +
                (snapshotDecoder.lastErrorPosition() < 0 ? "" : " at byte " + snapshotDecoder.lastErrorPosition()));
            return;
        }
        depth.wrapAndApplyHeader(snapshotOut, 0, header);
        final long updateId = depth.finalUpdateId();

        int firstKept = 0;
        while (firstKept < frameCount && finalIds[firstKept] < updateId)
        {
            firstKept++;
        }
        dropped += firstKept;
        if (firstKept < frameCount && firstIds[firstKept] > updateId)
        {
            dropFront(firstKept);
            snapshotFailed("snapshot lastUpdateId " + updateId + " older than the buffered diffs (U " +
                firstIds[0] + ")");
            return;
        }

        snapshotUpdateId = updateId;
        publishAll(snapshotOut, 0, length);
        snapshots++;
        if (firstKept == frameCount)
        {
            clear();
            state = DepthSyncState.AWAITING_FIRST_EVENT;
            return;
        }
        forward(pending, frameOffsets[firstKept], frameLengths[firstKept], finalIds[firstKept]);
        state = DepthSyncState.SYNCED;
        for (int i = firstKept + 1; i < frameCount; i++)
        {
            if (finalIds[i] <= lastFinalUpdateId)
            {
                dropped++;
            }
            else if (previousFinalIds[i] == lastFinalUpdateId)
            {
                forward(pending, frameOffsets[i], frameLengths[i], finalIds[i]);
            }
            else
            {
                final String reason = "gap in buffered diffs: pu " + previousFinalIds[i] + " != previous u " +
                    lastFinalUpdateId;
                dropFront(i);
                resyncs++;
                final String text = symbol + " depth " + reason + "; fetching a new snapshot";
                LOG.warn(text);
                status.publish(GatewayState.RESYNCING, instrumentId, text);
                requestSnapshot();
                return;
            }
        }
        clear();
    }

    private void snapshotFailed(final String reason)
    {
        snapshotFailures++;
        failed = true;
        failedAtNs = clock.nanoTime();
        LOG.warn("{} depth {}; asking again in {} ms", symbol, reason, TimeUnit.NANOSECONDS.toMillis(retryIntervalNs));
    }

    private void forward(final DirectBuffer buffer, final int offset, final int length, final long finalUpdateId)
    {
        publishAll(buffer, offset, length);
        lastFinalUpdateId = finalUpdateId;
        forwarded++;
    }

    private void publishAll(final DirectBuffer buffer, final int offset, final int length)
    {
        int position = offset;
        final int end = offset + length;
        while (position < end)
        {
            depth.wrapAndApplyHeader(buffer, position, header);
            final int chunkLength = MessageHeaderDecoder.ENCODED_LENGTH + depth.sbeDecodedLength();
            sink.publish(buffer, position, chunkLength);
            position += chunkLength;
        }
    }

    private void keep(
        final DirectBuffer buffer,
        final int offset,
        final int length,
        final long first,
        final long last,
        final long previous)
    {
        if (frameCount == frameOffsets.length || pendingLength + length > pending.capacity())
        {
            bufferOverflows++;
            LOG.warn("{} depth buffer full ({} frames, {} bytes) while waiting for a snapshot: emptied", symbol,
                frameCount, pendingLength);
            clear();
            if (length > pending.capacity())
            {
                dropped++;
                return;
            }
        }
        pending.putBytes(pendingLength, buffer, offset, length);
        frameOffsets[frameCount] = pendingLength;
        frameLengths[frameCount] = length;
        firstIds[frameCount] = first;
        finalIds[frameCount] = last;
        previousFinalIds[frameCount] = previous;
        frameCount++;
        pendingLength += length;
    }

    /**
     * Forgets the first {@code count} buffered frames, moving the rest to the front.
     */
    private void dropFront(final int count)
    {
        if (count == 0)
        {
            return;
        }
        if (count >= frameCount)
        {
            clear();
            return;
        }
        final int shift = frameOffsets[count];
        pending.putBytes(0, pending, shift, pendingLength - shift);
        for (int i = count; i < frameCount; i++)
        {
            final int to = i - count;
            frameOffsets[to] = frameOffsets[i] - shift;
            frameLengths[to] = frameLengths[i];
            firstIds[to] = firstIds[i];
            finalIds[to] = finalIds[i];
            previousFinalIds[to] = previousFinalIds[i];
        }
        frameCount -= count;
        pendingLength -= shift;
    }

    private void clear()
    {
        frameCount = 0;
        pendingLength = 0;
    }
}
