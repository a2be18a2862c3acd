package com.tradefinder.gateway.binance.book;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import com.sun.management.ThreadMXBean;
import com.tradefinder.codecs.BooleanType;
import com.tradefinder.codecs.DepthUpdateDecoder;
import com.tradefinder.codecs.DepthUpdateEncoder;
import com.tradefinder.codecs.MessageHeaderDecoder;
import com.tradefinder.codecs.MessageHeaderEncoder;
import com.tradefinder.codecs.Side;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The book allocates nothing per update once warm: snapshot chunks, diffs that insert, replace and remove levels at
 * every depth, and a full side pushing levels out.
 */
class DepthBookAllocationTest
{
    private static final int INSTRUMENT = 3;
    private static final int DIFFS = 2_000;
    private static final int LEVELS_PER_DIFF = 12;
    private static final int SNAPSHOT_LEVELS = 400;
    private static final int WARM_UP_ROUNDS = 30;
    private static final int MEASURED_ROUNDS = 30;
    /** As in the decoder's allocation test: a collection on another thread can make the count drift once. */
    private static final int MEASURED_PASSES = 12;

    private final MessageHeaderEncoder headerEncoder = new MessageHeaderEncoder();
    private final DepthUpdateEncoder encoder = new DepthUpdateEncoder();
    private final MessageHeaderDecoder header = new MessageHeaderDecoder();
    private final DepthUpdateDecoder decoder = new DepthUpdateDecoder();

    @Test
    void shouldNotAllocatePerUpdateOnceWarm()
    {
        // arrange: a two-chunk snapshot, then diffs around the top; 500 levels per side at most, so the bounded
        // sides overflow too
        final ThreadMXBean threads = (ThreadMXBean)ManagementFactory.getThreadMXBean();
        threads.setThreadAllocatedMemoryEnabled(true);
        final UnsafeBuffer[] stream = stream(new SplittableRandom(42));
        final DepthBook book = new DepthBook(INSTRUMENT, 500);
        final long warmHash = run(book, stream, WARM_UP_ROUNDS);

        // act
        long fewest = Long.MAX_VALUE;
        long hash = 0;
        for (int pass = 0; pass < MEASURED_PASSES && fewest > 0; pass++)
        {
            final long before = threads.getCurrentThreadAllocatedBytes();
            hash = run(book, stream, MEASURED_ROUNDS);
            fewest = Math.min(fewest, threads.getCurrentThreadAllocatedBytes() - before);
        }

        // assert: the same stream rebuilt the same book, and allocated nothing doing it
        assertThat(fewest).isZero();
        assertThat(hash).isEqualTo(warmHash);
        assertThat(book.levelsDropped()).isPositive();
        assertThat(book.bidLevels()).isPositive();
    }

    private long run(final DepthBook book, final UnsafeBuffer[] stream, final int rounds)
    {
        long checksum = 0;
        for (int round = 0; round < rounds; round++)
        {
            for (final UnsafeBuffer message : stream)
            {
                book.apply(decoder.wrapAndApplyHeader(message, 0, header));
                checksum += book.bestBidPrice() + book.bestAskSize();
            }
        }
        return checksum + book.stateHash();
    }

    private UnsafeBuffer[] stream(final SplittableRandom random)
    {
        final UnsafeBuffer[] stream = new UnsafeBuffer[2 + DIFFS];
        final long mid = 1_000_000;
        for (int chunk = 0; chunk < 2; chunk++)
        {
            final long[] levels = new long[SNAPSHOT_LEVELS * 3];
            for (int i = 0; i < SNAPSHOT_LEVELS; i++)
            {
                final boolean bid = chunk == 0;
                levels[i * 3] = bid ? 0 : 1;
                levels[i * 3 + 1] = bid ? mid - 1 - i : mid + 1 + i;
                levels[i * 3 + 2] = 1 + random.nextInt(100);
            }
            stream[chunk] = encode(true, chunk == 1, 100, levels);
        }
        for (int d = 0; d < DIFFS; d++)
        {
            final long[] levels = new long[LEVELS_PER_DIFF * 3];
            for (int i = 0; i < LEVELS_PER_DIFF; i++)
            {
                final boolean bid = random.nextBoolean();
                final long distance = 1 + (random.nextInt(8) == 0 ? random.nextInt(900) : random.nextInt(20));
                levels[i * 3] = bid ? 0 : 1;
                levels[i * 3 + 1] = bid ? mid - distance : mid + distance;
                levels[i * 3 + 2] = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(100);
            }
            stream[2 + d] = encode(false, true, 101 + d, levels);
        }
        return stream;
    }

    private UnsafeBuffer encode(final boolean snapshot, final boolean lastChunk, final long updateId,
        final long[] levels)
    {
        final UnsafeBuffer buffer = new UnsafeBuffer(new byte[64 + levels.length / 3 * 17 + 64]);
        final DepthUpdateEncoder.LevelsEncoder group = encoder.wrapAndApplyHeader(buffer, 0, headerEncoder)
            .instrumentId(INSTRUMENT)
            .firstUpdateId(updateId)
            .finalUpdateId(updateId)
            .previousFinalUpdateId(updateId - 1)
            .snapshot(snapshot ? BooleanType.TRUE : BooleanType.FALSE)
            .lastChunk(lastChunk ? BooleanType.TRUE : BooleanType.FALSE)
            .levelsCount(levels.length / 3);
        for (int i = 0; i < levels.length; i += 3)
        {
            group.next().side(levels[i] == 0 ? Side.BUY : Side.SELL).priceMantissa(levels[i + 1])
                .sizeMantissa(levels[i + 2]);
        }
        return buffer;
    }
}
