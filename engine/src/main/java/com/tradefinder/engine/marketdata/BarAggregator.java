package com.tradefinder.engine.marketdata;

import com.tradefinder.engine.util.Hashing;

import java.util.Arrays;
import java.util.Objects;

/**
 * Builds OHLCV bars of one instrument on several timeframes at once, from trades or from closed klines.
 * <p>
 * <b>Contract.</b> Business-logic thread only, not thread-safe. Deterministic: the output depends only on the order
 * and content of the calls, never on a clock. O(number of timeframes) per call and allocation-free after
 * construction. Times are epoch nanoseconds, prices and sizes fixed-point {@code long} mantissas in the instrument's
 * exponents, taken as given (no validation on the hot path).
 *
 * <p><b>Buckets.</b> A bar of timeframe {@code T} covers the UTC-aligned bucket
 * {@code [open, open + T)} of {@link Timeframe#alignDownNs}. An interval with no input produces no bar: gaps are
 * never filled with invented bars.
 *
 * <p><b>Inputs.</b>
 * <ul>
 *   <li>{@link #onTrade}: a trade contributes to every timeframe. It first advances the aggregator's clock to its
 *       time (see {@link #onTime}).</li>
 *   <li>{@link #onKline}: a closed kline of timeframe {@code k} contributes to every target timeframe {@code T} that
 *       it divides ({@code T % k == 0}, so {@code T >= k}); for {@code T == k} it passes straight through as a bar that
 *       closes at once, for larger {@code T} it is aggregated (open of the first constituent, close of the last, max
 *       high, min low, summed volume). For every other target, and for every target when the kline is malformed
 *       (non-positive timeframe, open time not aligned to its own timeframe), it is ignored and counted once per
 *       target in {@link #ignoredKlines()}. A kline does not advance the clock.</li>
 *   <li>{@link #onTime}: the event time advanced.</li>
 * </ul>
 *
 * <p><b>Closing.</b> A bar closes, and the listener is called exactly once for it, when
 * <ol>
 *   <li>an input for a later bucket of its timeframe arrives (any kind of input);</li>
 *   <li>the clock reaches its end plus {@code closeDelayNs} ({@code open + T + closeDelayNs <= clock});</li>
 *   <li>for bars built from klines, the constituent that ends exactly at the bucket end arrives, so four consecutive
 *       1h klines close a 4h bar on the fourth, without waiting. A bar with a missing constituent closes by rule 1 or
 *       2 with what it has.</li>
 * </ol>
 * Within one call, timeframes are visited in ascending order, so bars closing at the same instant are delivered in
 * ascending timeframe order; in {@link #onKline} the bars that the kline's later bucket ends are delivered before the
 * bars that the kline completes.
 *
 * <p><b>Klines and time.</b> A closed kline can only be known after its end, so a caller that advances time to an
 * event's time before handing over the kline of that event would close the bar the kline completes by rule 2 first;
 * the kline would then arrive late and be counted out of order. Either hand a kline to {@link #onKline} before calling
 * {@link #onTime} with its event's time (a backtest from kline history), or construct the aggregator with a
 * {@code closeDelayNs} that covers the delivery delay of closed klines (live klines; the delay postpones rule 2 only).
 *
 * <p><b>Out of order.</b> Each timeframe keeps a watermark: the end of its last closed bar, the open time of the
 * bucket a trade is building, or the end of the last kline taken. Input that starts before the watermark, and a trade
 * whose bucket the clock has already finished (rule 2), is ignored for that timeframe and counted once per timeframe
 * in {@link #outOfOrderCount()}. Nothing is ever reordered or re-emitted; a duplicate kline is out of order. Trades
 * inside the bucket being built are taken in arrival order: the first sets the open, the last the close (a venue's
 * trade stream is ordered per instrument).
 *
 * <p><b>Trades and klines together.</b> A bar is built from one kind of input only: the kind of the input that opened
 * it. Input of the other kind for the same open bar is ignored and counted in {@link #mixedInputCount()}, so the same
 * interval is never counted twice. Input of either kind for a later bucket closes the bar as usual and opens a bar of
 * its own kind, which lets a feed switch between klines and trades at a bucket boundary (klines for warm-up, trades
 * afterwards).
 */
public final class BarAggregator
{
    private static final byte NONE = 0;
    private static final byte FROM_TRADES = 1;
    private static final byte FROM_KLINES = 2;

    private final int instrumentId;
    private final long closeDelayNs;
    private final BarListener listener;
    private final int[] timeframeSec;
    private final long[] periodNs;

    private final byte[] source;
    private final long[] openTimeNs;
    private final long[] openMantissa;
    private final long[] highMantissa;
    private final long[] lowMantissa;
    private final long[] closeMantissa;
    private final long[] volumeMantissa;
    private final long[] acceptFromNs;
    private final boolean[] accepting;
    private int acceptingKlineSec;

    private long clockNs = Long.MIN_VALUE;
    private long barsClosed;
    private long outOfOrderCount;
    private long ignoredKlines;
    private long mixedInputCount;

    /**
     * An aggregator that closes bars by time as soon as the clock reaches their end.
     *
     * @param instrumentId  the instrument, passed through to the listener.
     * @param timeframesSec target timeframes in seconds, each {@linkplain Timeframe#isSupported supported}, no
     *                      duplicates, any order (copied and sorted ascending).
     * @param listener      receives every closed bar.
     * @throws IllegalArgumentException on an empty, duplicate or unsupported timeframe.
     */
    public BarAggregator(final int instrumentId, final int[] timeframesSec, final BarListener listener)
    {
        this(instrumentId, timeframesSec, 0L, listener);
    }

    /**
     * An aggregator whose closing by time waits {@code closeDelayNs} after a bucket's end.
     *
     * @param instrumentId  the instrument, passed through to the listener.
     * @param timeframesSec target timeframes in seconds, each {@linkplain Timeframe#isSupported supported}, no
     *                      duplicates, any order (copied and sorted ascending).
     * @param closeDelayNs  how long after a bucket's end the clock must be before the bar closes by time, in
     *                      nanoseconds, {@code >= 0}; input for a later bucket and a completing kline close at once
     *                      regardless.
     * @param listener      receives every closed bar.
     * @throws IllegalArgumentException on an empty, duplicate or unsupported timeframe or a negative delay.
     */
    public BarAggregator(
        final int instrumentId, final int[] timeframesSec, final long closeDelayNs, final BarListener listener)
    {
        Objects.requireNonNull(timeframesSec, "timeframesSec");
        Objects.requireNonNull(listener, "listener");
        if (timeframesSec.length == 0)
        {
            throw new IllegalArgumentException("bar aggregator needs at least one timeframe");
        }
        if (closeDelayNs < 0)
        {
            throw new IllegalArgumentException("closeDelayNs must be >= 0, was " + closeDelayNs);
        }
        final int[] sorted = timeframesSec.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++)
        {
            Timeframe.label(sorted[i]);
            if (i > 0 && sorted[i] == sorted[i - 1])
            {
                throw new IllegalArgumentException("duplicate timeframe " + Timeframe.label(sorted[i]));
            }
        }

        this.instrumentId = instrumentId;
        this.closeDelayNs = closeDelayNs;
        this.listener = listener;
        this.timeframeSec = sorted;
        final int count = sorted.length;
        this.periodNs = new long[count];
        for (int i = 0; i < count; i++)
        {
            periodNs[i] = Timeframe.periodNs(sorted[i]);
        }
        this.source = new byte[count];
        this.openTimeNs = new long[count];
        this.openMantissa = new long[count];
        this.highMantissa = new long[count];
        this.lowMantissa = new long[count];
        this.closeMantissa = new long[count];
        this.volumeMantissa = new long[count];
        this.acceptFromNs = new long[count];
        Arrays.fill(acceptFromNs, Long.MIN_VALUE);
        this.accepting = new boolean[count];
    }

    /**
     * A trade: advances the clock to {@code timeNs} (closing bars as {@link #onTime} does) and contributes to every
     * timeframe.
     *
     * @param timeNs        trade time, epoch nanoseconds (the venue's trade time).
     * @param priceMantissa trade price mantissa.
     * @param sizeMantissa  trade size mantissa, added to the volume.
     */
    public void onTrade(final long timeNs, final long priceMantissa, final long sizeMantissa)
    {
        if (timeNs > clockNs)
        {
            clockNs = timeNs;
        }
        for (int i = 0; i < timeframeSec.length; i++)
        {
            final long period = periodNs[i];
            final long open = openTimeNs[i];
            // Most trades fall in the open bucket: no division to find it
            final long bucketNs = source[i] != NONE && timeNs >= open && timeNs - open < period ?
                open : Timeframe.alignDownToPeriodNs(timeNs, period);
            if (source[i] != NONE && (bucketNs > openTimeNs[i] || isDue(i)))
            {
                close(i);
            }

            if (timeNs < acceptFromNs[i] || bucketNs + period + closeDelayNs <= clockNs)
            {
                outOfOrderCount++;
            }
            else if (source[i] == FROM_KLINES)
            {
                mixedInputCount++;
            }
            else if (source[i] == NONE)
            {
                open(i, FROM_TRADES, bucketNs, priceMantissa, priceMantissa, priceMantissa, priceMantissa,
                    sizeMantissa);
                acceptFromNs[i] = Math.max(acceptFromNs[i], bucketNs);
            }
            else
            {
                merge(i, priceMantissa, priceMantissa, priceMantissa, sizeMantissa);
            }
        }
    }

    /**
     * A closed kline; see the class description for which timeframes it feeds. Does not advance the clock.
     *
     * @param openTimeNs        kline open time, epoch nanoseconds, aligned to its own timeframe.
     * @param klineTimeframeSec kline timeframe in seconds.
     * @param openMantissa      open price mantissa.
     * @param highMantissa      high price mantissa.
     * @param lowMantissa       low price mantissa.
     * @param closeMantissa     close price mantissa.
     * @param volumeMantissa    volume mantissa.
     */
    public void onKline(
        final long openTimeNs,
        final int klineTimeframeSec,
        final long openMantissa,
        final long highMantissa,
        final long lowMantissa,
        final long closeMantissa,
        final long volumeMantissa)
    {
        final long klinePeriodNs = Timeframe.periodNs(klineTimeframeSec);
        final boolean wellFormed = klineTimeframeSec > 0 && Math.floorMod(openTimeNs, klinePeriodNs) == 0;
        final long klineEndNs = openTimeNs + klinePeriodNs;
        final boolean[] accepts = timeframesAccepting(klineTimeframeSec, klinePeriodNs);

        // A well-formed kline starts inside the open bucket or after it; starting at or after the bucket's end
        // means the bucket is over (the same test as comparing aligned starts, without a division per timeframe)
        for (int i = 0; i < timeframeSec.length; i++)
        {
            if (wellFormed && accepts[i] && source[i] != NONE && openTimeNs >= this.openTimeNs[i] + periodNs[i])
            {
                close(i);
            }
        }

        for (int i = 0; i < timeframeSec.length; i++)
        {
            final long period = periodNs[i];
            if (!wellFormed || !accepts[i])
            {
                ignoredKlines++;
            }
            else if (openTimeNs < acceptFromNs[i])
            {
                outOfOrderCount++;
            }
            else if (source[i] == FROM_TRADES)
            {
                mixedInputCount++;
            }
            else
            {
                if (source[i] == NONE)
                {
                    // Only a bucket's first kline needs aligning; one as long as the bucket is the bucket
                    final long bucketNs = period == klinePeriodNs ?
                        openTimeNs : Timeframe.alignDownToPeriodNs(openTimeNs, period);
                    open(i, FROM_KLINES, bucketNs, openMantissa, highMantissa, lowMantissa, closeMantissa,
                        volumeMantissa);
                }
                else
                {
                    merge(i, highMantissa, lowMantissa, closeMantissa, volumeMantissa);
                }
                acceptFromNs[i] = klineEndNs;
                if (klineEndNs == this.openTimeNs[i] + period)
                {
                    close(i);
                }
            }
        }
    }

    /**
     * Which timeframes a kline of {@code klineTimeframeSec} builds: those whose period it divides. Remembered for
     * the latest kline timeframe (a feed sends one or a few), so a kline costs no division per timeframe.
     */
    private boolean[] timeframesAccepting(final int klineTimeframeSec, final long klinePeriodNs)
    {
        if (klineTimeframeSec != acceptingKlineSec)
        {
            for (int i = 0; i < timeframeSec.length; i++)
            {
                accepting[i] = klinePeriodNs > 0 && periodNs[i] % klinePeriodNs == 0;
            }
            acceptingKlineSec = klineTimeframeSec;
        }
        return accepting;
    }

    /**
     * The event time advanced: closes every open bar with {@code open + timeframe + closeDelayNs <= timeNs}.
     * A time earlier than one already seen changes nothing.
     *
     * @param timeNs event time, epoch nanoseconds.
     */
    public void onTime(final long timeNs)
    {
        if (timeNs > clockNs)
        {
            clockNs = timeNs;
        }
        for (int i = 0; i < timeframeSec.length; i++)
        {
            if (source[i] != NONE && isDue(i))
            {
                close(i);
            }
        }
    }

    /**
     * @return the instrument of this aggregator.
     */
    public int instrumentId()
    {
        return instrumentId;
    }

    /**
     * @return the number of target timeframes.
     */
    public int timeframeCount()
    {
        return timeframeSec.length;
    }

    /**
     * @param index from 0 to {@link #timeframeCount()} - 1.
     * @return the target timeframe at that index in seconds, ascending with the index.
     */
    public int timeframeSec(final int index)
    {
        return timeframeSec[index];
    }

    /**
     * @return the delay after a bucket's end before its bar closes by time, in nanoseconds.
     */
    public long closeDelayNs()
    {
        return closeDelayNs;
    }

    /**
     * @return the latest time seen by {@link #onTrade} or {@link #onTime}, epoch nanoseconds; {@link Long#MIN_VALUE}
     * before any.
     */
    public long clockNs()
    {
        return clockNs;
    }

    /**
     * @return bars delivered to the listener, over all timeframes.
     */
    public long barsClosed()
    {
        return barsClosed;
    }

    /**
     * @return (input, timeframe) pairs ignored because the input was older than the timeframe's watermark.
     */
    public long outOfOrderCount()
    {
        return outOfOrderCount;
    }

    /**
     * @return (kline, timeframe) pairs ignored because the kline's timeframe does not divide the target or the
     * kline is malformed.
     */
    public long ignoredKlines()
    {
        return ignoredKlines;
    }

    /**
     * @return (input, timeframe) pairs ignored because the open bar is built from the other kind of input.
     */
    public long mixedInputCount()
    {
        return mixedInputCount;
    }

    /**
     * Folds all mutable state (clock, counters, watermarks and open bars) into {@code hash}.
     *
     * @param hash running hash.
     * @return the new running hash.
     */
    public long stateHash(final long hash)
    {
        long h = Hashing.mix(hash, clockNs);
        h = Hashing.mix(h, barsClosed);
        h = Hashing.mix(h, outOfOrderCount);
        h = Hashing.mix(h, ignoredKlines);
        h = Hashing.mix(h, mixedInputCount);
        for (int i = 0; i < timeframeSec.length; i++)
        {
            h = Hashing.mix(h, source[i]);
            h = Hashing.mix(h, acceptFromNs[i]);
            if (source[i] != NONE)
            {
                h = Hashing.mix(h, openTimeNs[i]);
                h = Hashing.mix(h, openMantissa[i]);
                h = Hashing.mix(h, highMantissa[i]);
                h = Hashing.mix(h, lowMantissa[i]);
                h = Hashing.mix(h, closeMantissa[i]);
                h = Hashing.mix(h, volumeMantissa[i]);
            }
        }
        return h;
    }

    private boolean isDue(final int i)
    {
        return openTimeNs[i] + periodNs[i] + closeDelayNs <= clockNs;
    }

    private void open(
        final int i,
        final byte kind,
        final long bucketNs,
        final long open,
        final long high,
        final long low,
        final long close,
        final long volume)
    {
        source[i] = kind;
        openTimeNs[i] = bucketNs;
        openMantissa[i] = open;
        highMantissa[i] = high;
        lowMantissa[i] = low;
        closeMantissa[i] = close;
        volumeMantissa[i] = volume;
    }

    private void merge(final int i, final long high, final long low, final long close, final long volume)
    {
        if (high > highMantissa[i])
        {
            highMantissa[i] = high;
        }
        if (low < lowMantissa[i])
        {
            lowMantissa[i] = low;
        }
        closeMantissa[i] = close;
        volumeMantissa[i] += volume;
    }

    private void close(final int i)
    {
        final long endNs = openTimeNs[i] + periodNs[i];
        source[i] = NONE;
        if (endNs > acceptFromNs[i])
        {
            acceptFromNs[i] = endNs;
        }
        barsClosed++;
        listener.onBarClosed(
            instrumentId,
            timeframeSec[i],
            openTimeNs[i],
            openMantissa[i],
            highMantissa[i],
            lowMantissa[i],
            closeMantissa[i],
            volumeMantissa[i]);
    }
}
